#include "followthroughview.h"

#include "models/viewguide.h"

#include "models/format.h"
#include "models/roles.h"
#include "report/csvwriter.h"
#include "report/outputfile.h"
#include "views/headingbar.h"
#include "widgets/figuretile.h"
#include "widgets/fittext.h"
#include "widgets/tilegridlayout.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace acc {

namespace {

const QString kDash = QStringLiteral("\u2014");

// The buttons' texts: the customers a figure reached, and those it missed.
QString buttonText(int row, bool met, int count)
{
    const QString n = QLocale().toString(count);
    switch (row) {
    case FollowThroughModel::FeedbackAfterSale:
        return met ? FollowThroughView::tr("Answered (%1)").arg(n)
                   : FollowThroughView::tr("Did not answer (%1)").arg(n);
    case FollowThroughModel::FollowedUp:
        return met ? FollowThroughView::tr("Followed up (%1)").arg(n)
                   : FollowThroughView::tr("Not followed up (%1)").arg(n);
    case FollowThroughModel::ReEngaged:
        return met ? FollowThroughView::tr("Customers re-engaged")
                   : FollowThroughView::tr("Customers with no new order");
    default:
        return {};
    }
}

} // namespace

ViewDescriptor FollowThroughView::descriptor()
{
    return {QStringLiteral("follow-through"), [] { return FollowThroughView::tr("Follow-through"); },
            QStringLiteral("mail-replied"),
            [](const theme::Theme &theme, QWidget *parent) -> ReportView * {
                return new FollowThroughView(parent, theme);
            }};
}

FollowThroughView::FollowThroughView(QWidget *parent, const theme::Theme &theme)
    : ReportView(parent)
{
    setObjectName(QStringLiteral("followThroughView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 8, 14, 8);
    layout->setSpacing(10);

    const HeadingBar bar =
        addHeadingBar(this, layout, theme, tr("Save the follow-through figures as a CSV file"));
    m_heading = bar.heading;
    m_exportButton = bar.exportButton;

    // A column per accountability: its tile, and under it the two lists behind it.
    auto *columns = new TileGridLayout(280);
    columns->setSpacing(16);
    for (int row = 0; row < FollowThroughModel::RowCount; ++row) {
        auto *column = new QWidget(this);
        column->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        auto *columnLayout = new QVBoxLayout(column);
        columnLayout->setContentsMargins(0, 0, 0, 0);
        columnLayout->setSpacing(6);
        auto *tile = new FigureTile(column);
        m_tiles.append(tile);
        columnLayout->addWidget(tile);
        auto *buttons = new QVBoxLayout;
        buttons->setSpacing(4);
        for (const bool met : {true, false}) {
            auto *button = new QPushButton(column);
            button->setFont(theme.font(theme::Text::Body));
            button->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
            button->setToolTip(FollowThroughModel::customersTitle(row, met));
            connect(button, &QPushButton::clicked, this, [this, row, met] { requestCustomers(row, met); });
            m_buttons.append(button);
            buttons->addWidget(button);
        }
        columnLayout->addLayout(buttons);
        columns->addWidget(column);
    }
    layout->addLayout(columns);

    m_table = new QTableView(this);
    m_table->setModel(&m_model);
    theme.styleTable(m_table);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FollowThroughModel::Counted, QHeaderView::Stretch);
    // "What is counted" wraps onto as many lines as it needs.
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Follow-through figures"));
    m_table->setToolTip(tr("Double-click a row, or press Enter, to list the customers it missed"));
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { requestCustomers(index.row(), false); });
    layout->addWidget(m_table);
    layout->addStretch(1);

    setSnapshot(nullptr);
}

void FollowThroughView::resizeEvent(QResizeEvent *event)
{
    ReportView::resizeEvent(event);
    fitTableHeight();
}

void FollowThroughView::fitTableHeight()
{
    m_table->resizeRowsToContents();
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_model.rowCount(); ++row)
        height += m_table->rowHeight(row);
    // A maximum, not a fixed height: while the view is narrow (before its first layout)
    // the wrapped rows are tall, and a fixed height would make the window grow.
    m_table->setMaximumHeight(height + 2);
}

QString FollowThroughView::title() const
{
    return tr("Follow-through");
}

QPushButton *FollowThroughView::button(int row, bool met) const
{
    const int i = row * 2 + (met ? 0 : 1);
    return i >= 0 && i < m_buttons.size() ? m_buttons[i] : nullptr;
}

void FollowThroughView::setSnapshot(const std::shared_ptr<const MetricsSnapshot> &snapshot)
{
    m_snapshot = snapshot && snapshot->data ? snapshot : nullptr;
    m_model.setSnapshot(m_snapshot);
    m_exportButton->setEnabled(m_snapshot != nullptr);
    m_heading->setText(m_snapshot
                           ? tr("After the sale, %1").arg(format::periodShort(m_snapshot->report.days.period))
                           : tr("Follow-through"));
    for (int row = 0; row < FollowThroughModel::RowCount; ++row) {
        const std::optional<double> rate = m_model.rate(row);
        m_tiles[row]->setFigure(FollowThroughModel::figureLabel(row), rate ? format::percent(rate, 1) : kDash,
                                m_snapshot ? m_model.note(row) : tr("No figures yet"));
        static const QStringList keys{QStringLiteral("feedback_after_sale"), QStringLiteral("followed_up"),
                                      QStringLiteral("re_engage_rate")};
        m_tiles[row]->setDefinition(guide::definition(keys.value(row)));
        // Feedback and follow-up count customers: the buttons say how many. Re-engagement
        // counts contacts, its lists customers: no count that could be read as the figure's.
        const int count = m_model.numerator(row);
        const int missed = m_model.denominator(row) - count;
        button(row, true)->setText(buttonText(row, true, count));
        button(row, false)->setText(buttonText(row, false, missed));
        button(row, true)->setEnabled(m_snapshot && count > 0);
        button(row, false)->setEnabled(m_snapshot && missed > 0);
    }
    fitTableHeight();
}

void FollowThroughView::requestCustomers(int row, bool met)
{
    if (!m_snapshot || row < 0 || row >= FollowThroughModel::RowCount)
        return;
    emit customersRequested({tr("%1 (%2)").arg(FollowThroughModel::customersTitle(row, met),
                                               format::periodShort(m_snapshot->report.days.period)),
                             m_model.customers(row, met), -1});
}

bool FollowThroughView::exportTableTo(const QString &path, QString *error) const
{
    // Never over the company database.
    if (!checkOutputPath(path, m_snapshot ? m_snapshot->spec : QString(), {}, error))
        return false;
    CsvWriter writer;
    writer.setRawColumn(FollowThroughModel::Rate, 4);
    writer.setRawColumn(FollowThroughModel::Count, 0);
    writer.setRawColumn(FollowThroughModel::OutOf, 0);
    return writer.writeFile(m_model, path, error);
}

void FollowThroughView::exportTable()
{
    const QString period = m_snapshot ? m_snapshot->report.days.period.toString() : QString();
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the follow-through figures as CSV"),
                                     tr("follow-through-%1.csv").arg(period), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTableTo(path, &error))
        QMessageBox::warning(this, tr("Export failed"), tr("The table could not be saved.\n\n%1").arg(error));
}

} // namespace acc
