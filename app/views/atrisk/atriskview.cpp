#include "atriskview.h"

#include "views/columnfit.h"

#include "models/format.h"
#include "models/metricsservice.h"
#include "models/roles.h"
#include "report/csvwriter.h"
#include "report/outputfile.h"
#include "report/sections.h"
#include "widgets/figuretile.h"
#include "widgets/fittext.h"
#include "widgets/flowlayout.h"
#include "widgets/tilegridlayout.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace acc {

namespace {

const QString kDash = QStringLiteral("\u2014");

} // namespace

ViewDescriptor AtRiskView::descriptor()
{
    return {QStringLiteral("at-risk"), [] { return AtRiskView::tr("At risk"); },
            QStringLiteral("dialog-warning"),
            [](const theme::Theme &theme, QWidget *parent) -> ReportView * {
                return new AtRiskView(parent, theme);
            }};
}

AtRiskView::AtRiskView(QWidget *parent, const theme::Theme &theme)
    : ReportView(parent)
{
    setObjectName(QStringLiteral("atRiskView"));
    m_proxy.setSourceModel(&m_model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);

    auto *tiles = new TileGridLayout(190);
    tiles->setSpacing(12);
    for (int i = 0; i < 4; ++i) {
        auto *tile = new FigureTile(this);
        m_tiles.append(tile);
        tiles->addWidget(tile);
    }
    layout->addLayout(tiles);

    auto *bar = new FlowLayout;
    bar->setSpacing(8);
    // How the list was made, in words: it wraps rather than shrink (it is no figure).
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setFont(theme.font(theme::Text::Small));
    m_note->setAccessibleName(tr("How the list was made"));
    bar->addWidget(m_note, 1);
    m_exportButton = new QPushButton(tr("&Export CSV…"), this);
    m_exportButton->setToolTip(tr("Save the list as a CSV file"));
    connect(m_exportButton, &QPushButton::clicked, this, &AtRiskView::exportTable);
    bar->addWidget(m_exportButton);
    layout->addLayout(bar);

    m_table = new QTableView(this);
    m_table->setModel(&m_proxy);
    theme.styleTable(m_table);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AtRiskModel::Rank, Qt::AscendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(false);
    // Widths from a sample of the rows (measureColumns): a list of 25,000 sizes as fast as
    // one of ten.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(AtRiskModel::Name, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Customers at risk"));
    m_table->setToolTip(tr("Enter or double-click: open the customer in the Customers view"));
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { requestRow(index.row()); });
    layout->addWidget(m_table, 1);
    setSnapshot(nullptr);
}

QString AtRiskView::title() const
{
    return tr("At risk");
}

void AtRiskView::setSnapshot(const std::shared_ptr<const MetricsSnapshot> &snapshot)
{
    m_snapshot = snapshot;
    m_model.setSnapshot(m_snapshot);
    m_columnWidths.clear();
    fitColumns();
    const AtRiskList &list = m_model.list();
    const QLocale locale;
    if (!m_snapshot || !m_snapshot->data) {
        const QStringList labels{tr("Customers at risk"), tr("Overdue"), tr("Unlikely to return"),
                                 tr("Value at stake")};
        for (int i = 0; i < m_tiles.size(); ++i)
            m_tiles[i]->setFigure(labels.value(i), kDash, QString());
        m_note->setText(tr("No figures yet"));
        return;
    }
    const QList<Headline> headlines =
        sections::atRiskHeadlines(list, m_model.rowCount(), m_snapshot->data->currency);
    for (int i = 0; i < m_tiles.size() && i < headlines.size(); ++i) {
        const Headline &h = headlines[i];
        m_tiles[i]->setHeadline(h);
    }
    m_note->setText(modelNote());
}

QString AtRiskView::modelNote() const
{
    const AtRiskList &list = m_model.list();
    if (!m_snapshot || !m_snapshot->data)
        return tr("No figures yet");
    if (!list.modelComputed && m_snapshot->modelPending)
        return tr("Fitting the probability model: the overdue customers are listed meanwhile.");
    if (!list.modelComputed)
        return tr("Computed without the probability model: only overdue customers are listed.");
    if (!list.modelFitted) {
        const QString why = list.problem.isEmpty() ? tr("too few customers with orders") : list.problem;
        return tr("The probability model could not be fitted (%1): only overdue customers are listed, "
                  "without P(alive).")
            .arg(why);
    }
    const BgNbdFigures &bg = m_snapshot->report.service.model.bgnbd;
    return tr("Ranked by value at stake (revenue of the last 12 months). P(alive) from BG/NBD fitted on %1 "
              "customers%2.")
        .arg(QLocale().toString(bg.customers), bg.converged ? QString() : tr(" (did not converge)"));
}

void AtRiskView::resizeEvent(QResizeEvent *event)
{
    ReportView::resizeEvent(event);
    fitColumns();
}

void AtRiskView::measureColumns()
{
    // Each column as wide as its widest text among the first rows (the biggest values at
    // stake; the other figures have bounded widths) or its title with the sort arrow.
    constexpr int kSampleRows = 300;
    m_columnWidths.clear();
    for (int c = 0; c < m_model.columnCount(); ++c) {
        QStringList texts = columnfit::firstTexts(m_model, c, kSampleRows);
        if (c == AtRiskModel::Rank)
            texts.append(QLocale().toString(m_model.rowCount()));
        m_columnWidths.append(
            columnfit::width(m_table, m_model.headerData(c, Qt::Horizontal).toString(), texts));
    }
}

void AtRiskView::fitColumns()
{
    // On a narrow screen the least telling columns give their room to the name, down to the
    // value at stake, why the customer is listed and P(alive) (the export keeps every column).
    if (m_columnWidths.size() != m_model.columnCount())
        measureColumns();
    columnfit::fit(m_table, m_columnWidths, AtRiskModel::Name,
                   {AtRiskModel::CustomerId, AtRiskModel::Segment, AtRiskModel::LastOrder, AtRiskModel::Rank,
                    AtRiskModel::Owner, AtRiskModel::DaysSinceLastOrder, AtRiskModel::ExpectedValue12m},
                   16);
}

CustomerSelection AtRiskView::shownCustomers(int focus) const
{
    CustomerSelection selection;
    selection.title = m_snapshot ? tr("At risk on %1").arg(format::date(m_model.list().day)) : tr("At risk");
    selection.focus = focus;
    const int rows = m_proxy.rowCount();
    selection.customers.reserve(rows);
    for (int r = 0; r < rows; ++r)
        selection.customers.append(m_proxy.customerAt(r));
    return selection;
}

void AtRiskView::requestRow(int proxyRow)
{
    const int customer = m_proxy.customerAt(proxyRow);
    if (customer >= 0)
        emit customersRequested(shownCustomers(customer));
}

bool AtRiskView::exportTableTo(const QString &path, QString *error) const
{
    // Never over the company database.
    if (!checkOutputPath(path, m_snapshot ? m_snapshot->spec : QString(), {}, error))
        return false;
    const QString currency = m_snapshot && m_snapshot->data ? m_snapshot->data->currency : QString();
    CsvWriter writer;
    writer.setRawColumn(AtRiskModel::ValueAtStake, 2);
    writer.setRawColumn(AtRiskModel::ExpectedValue12m, 2);
    writer.setRawColumn(AtRiskModel::PAlive, 4);
    // Counts as plain digits (the table shows them with the locale's separators).
    writer.setRawColumn(AtRiskModel::Rank, 0);
    writer.setRawColumn(AtRiskModel::DaysSinceLastOrder, 0);
    for (int column = 0; column < m_model.columnCount(); ++column) {
        const QString header = m_model.headerData(column, Qt::Horizontal, roleId(Role::Text)).toString();
        const bool money = column == AtRiskModel::ValueAtStake || column == AtRiskModel::ExpectedValue12m;
        writer.setHeader(column, money ? tr("%1 (%2)").arg(header, currency) : header);
    }
    return writer.writeFile(m_proxy, path, error);
}

void AtRiskView::exportTable()
{
    const QString scope = m_snapshot ? m_snapshot->report.days.period.toString() : QString();
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the customers at risk as CSV"),
                                     tr("at-risk-%1.csv").arg(scope), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTableTo(path, &error))
        QMessageBox::warning(this, tr("Export failed"), tr("The table could not be saved.\n\n%1").arg(error));
}

} // namespace acc
