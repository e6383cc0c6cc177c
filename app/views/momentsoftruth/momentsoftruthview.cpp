#include "momentsoftruthview.h"

#include "charts/chartsupport.h"
#include "charts/rankedbarchart.h"
#include "models/displaytext.h"
#include "models/format.h"
#include "models/roles.h"
#include "report/csvwriter.h"
#include "report/outputfile.h"
#include "views/headingbar.h"
#include "widgets/fittext.h"

#include <QtCharts/QChartView>

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace acc {

namespace {

QChartView *chartView(QChart *chart, QWidget *parent)
{
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setMinimumHeight(240);
    return view;
}

} // namespace

ViewDescriptor MomentsOfTruthView::descriptor()
{
    return {QStringLiteral("moments-of-truth"), [] { return MomentsOfTruthView::tr("Moments of truth"); },
            QStringLiteral("call-start"),
            [](const theme::Theme &theme, QWidget *parent) -> ReportView * {
                return new MomentsOfTruthView(parent, theme);
            }};
}

MomentsOfTruthView::MomentsOfTruthView(QWidget *parent, const theme::Theme &theme)
    : ReportView(parent)
{
    setObjectName(QStringLiteral("momentsOfTruthView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 8, 14, 8);
    layout->setSpacing(6);

    const HeadingBar bar = addHeadingBar(this, layout, theme, tr("Save the touchpoint table as a CSV file"));
    m_heading = bar.heading;
    m_exportButton = bar.exportButton;

    m_tabs = new QTabWidget(this);
    m_tabs->tabBar()->setFont(theme.font(theme::Text::Small));
    layout->addWidget(m_tabs, 1);

    // The touchpoints as ranked bars: complaints in vermillion, the rest grey.
    const theme::ChartStyle style = theme.chart();
    m_touchpointChart = new RankedBarChart(style);
    // No title: the tab and the heading say what it shows, and the 15 bars need the room.
    m_touchpointChart->setModel(&m_touchpoints, TouchpointModel::Contacts, TouchpointModel::Complaints);
    m_touchpointChart->setSeries(tr("Complaints"), theme::series(5), tr("Other contacts"), theme::context());
    m_touchpointChart->setValueTitle(tr("Contacts in the period"), true);
    m_touchpointChart->setEmptyText(tr("No contacts in the period"));
    m_touchpointChart->setLabels(
        [this](int row) {
            const QString name = display::shorten(m_touchpoints.touchpointAt(row), display::kChartChars);
            return tr("%1 · %2 lost")
                .arg(name, m_touchpoints.index(row, TouchpointModel::LossShare).data().toString());
        },
        [this](int row) {
            auto text = [this, row](int column) {
                return m_touchpoints.index(row, column).data().toString();
            };
            return tr("%1: %2 contacts from %3 customers\n%4 complaints (%5 of contacts)\n%6 customers lost "
                      "within 180 days of a contact there (%7)\nClick to list the customers")
                .arg(display::shorten(m_touchpoints.touchpointAt(row), display::kCellChars),
                     text(TouchpointModel::Contacts), text(TouchpointModel::Customers),
                     text(TouchpointModel::Complaints), text(TouchpointModel::ComplaintShare),
                     text(TouchpointModel::LostCustomers), text(TouchpointModel::LossShare));
        });
    auto *touchpointView = chartView(m_touchpointChart, this);
    touchpointView->setAccessibleName(tr("Top touchpoints by contacts"));
    touchpointView->setToolTip(tr("Click a touchpoint's bar to list its customers"));
    connect(m_touchpointChart, &RankedBarChart::barClicked, this,
            [this](int row) { requestTouchpoint(row, false); });
    m_tabs->addTab(charts::captionedPage(
                       touchpointView,
                       tr("The touchpoints with most contacts in the period, complaints in colour; each "
                          "label gives the share of its customers lost within 180 days of a contact "
                          "there. Click a bar for its customers."),
                       theme, this, 4),
                   tr("Top &touchpoints"));

    // The same touchpoints as a table.
    m_touchpointTable = new QTableView(this);
    m_touchpointTable->setModel(&m_touchpoints);
    theme.styleTable(m_touchpointTable);
    m_touchpointTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_touchpointTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_touchpointTable->horizontalHeader()->setSectionResizeMode(TouchpointModel::Touchpoint,
                                                                QHeaderView::Stretch);
    m_touchpointTable->setAccessibleName(tr("Top touchpoints"));
    m_touchpointTable->setToolTip(tr(
        "Double-click a touchpoint, or press Enter, to list its customers; on the lost columns, those lost"));
    connect(m_touchpointTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        const bool lost =
            index.column() == TouchpointModel::LostCustomers || index.column() == TouchpointModel::LossShare;
        requestTouchpoint(index.row(), lost);
    });
    m_tabs->addTab(m_touchpointTable, tr("Touchpoint t&able"));

    // Contacts by category: bars and a table side by side.
    auto *categoryPage = new QWidget(this);
    auto *categoryLayout = new QHBoxLayout(categoryPage);
    categoryLayout->setContentsMargins(0, 4, 0, 0);
    categoryLayout->setSpacing(12);
    m_categoryChart = new RankedBarChart(style);
    charts::setTitle(m_categoryChart, tr("Contacts by category"));
    m_categoryChart->setModel(&m_categories, ContactCategoryModel::Contacts);
    m_categoryChart->setSeries(QString(), theme::series(4), tr("Contacts"), theme::series(4));
    m_categoryChart->setValueTitle(tr("Contacts in the period"), true);
    m_categoryChart->setLabels(
        [this](int row) {
            return tr("%1 · %2").arg(
                m_categories.index(row, ContactCategoryModel::Category).data().toString(),
                m_categories.index(row, ContactCategoryModel::Share).data().toString());
        },
        [this](int row) {
            return tr("%1: %2 contacts from %3 customers\nClick to list the customers")
                .arg(m_categories.index(row, ContactCategoryModel::Category).data().toString(),
                     m_categories.index(row, ContactCategoryModel::Contacts).data().toString(),
                     m_categories.index(row, ContactCategoryModel::Customers).data().toString());
        });
    connect(m_categoryChart, &RankedBarChart::barClicked, this, &MomentsOfTruthView::requestCategory);
    auto *categoryView = chartView(m_categoryChart, categoryPage);
    categoryView->setAccessibleName(tr("Contacts by category"));
    categoryView->setToolTip(tr("Click a category's bar to list its customers"));
    categoryLayout->addWidget(
        charts::captionedPage(categoryView,
                              tr("Rescue: keeping a customer at risk; revenue: selling more; request: "
                                 "the customer asked; relationship: keeping in touch."),
                              theme, categoryPage, 4),
        3);
    m_categoryTable = new QTableView(categoryPage);
    m_categoryTable->setModel(&m_categories);
    theme.styleTable(m_categoryTable);
    m_categoryTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_categoryTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_categoryTable->horizontalHeader()->setSectionResizeMode(ContactCategoryModel::Category,
                                                              QHeaderView::Stretch);
    m_categoryTable->setAccessibleName(tr("Contacts by category"));
    m_categoryTable->setToolTip(tr("Double-click a category, or press Enter, to list its customers"));
    connect(m_categoryTable, &QTableView::activated, this,
            [this](const QModelIndex &index) { requestCategory(index.row()); });
    categoryLayout->addWidget(m_categoryTable, 2);
    m_tabs->addTab(categoryPage, tr("By &category"));

    setSnapshot(nullptr);
}

MomentsOfTruthView::~MomentsOfTruthView()
{
    // The charts read the models: let them go first.
    m_touchpointChart->setModel(nullptr, 0);
    m_categoryChart->setModel(nullptr, 0);
}

QString MomentsOfTruthView::title() const
{
    return tr("Moments of truth");
}

QString MomentsOfTruthView::periodText() const
{
    return m_snapshot ? format::periodShort(m_snapshot->report.days.period) : QString();
}

QString MomentsOfTruthView::heading() const
{
    return m_heading->text();
}

void MomentsOfTruthView::setSnapshot(const std::shared_ptr<const MetricsSnapshot> &snapshot)
{
    m_snapshot = snapshot && snapshot->data ? snapshot : nullptr;
    m_touchpoints.setSnapshot(m_snapshot);
    m_categories.setSnapshot(m_snapshot);
    m_exportButton->setEnabled(m_snapshot != nullptr);
    if (!m_snapshot) {
        m_heading->setText(tr("Moments of truth"));
        return;
    }
    const QLocale locale;
    const int contacts = m_categories.totalContacts();
    if (contacts == 0)
        m_heading->setText(tr("No contacts in %1").arg(periodText()));
    else if (m_touchpoints.rowCount() < kPriorityTouchpoints)
        m_heading->setText(
            tr("%1 contacts in %2 at %3 touchpoints")
                .arg(locale.toString(contacts), periodText(), locale.toString(m_touchpoints.rowCount())));
    else
        m_heading->setText(
            tr("%1 contacts in %2: the %3 touchpoints with most")
                .arg(locale.toString(contacts), periodText(), locale.toString(m_touchpoints.rowCount())));
}

void MomentsOfTruthView::requestTouchpoint(int row, bool lostOnly)
{
    if (row < 0 || row >= m_touchpoints.rowCount())
        return;
    const QString name = display::shorten(m_touchpoints.touchpointAt(row), display::kChartChars);
    if (lostOnly) {
        emit customersRequested({tr("Lost within 180 days of a contact at %1 in %2").arg(name, periodText()),
                                 m_touchpoints.lostCustomers(row), -1});
        return;
    }
    emit customersRequested(
        {tr("Customers with a contact at %1 in %2 (%3 of them lost within 180 days)")
             .arg(name, periodText(),
                  m_touchpoints.index(row, TouchpointModel::LostCustomers).data().toString()),
         m_touchpoints.customers(row), -1});
}

void MomentsOfTruthView::requestCategory(int row)
{
    if (row < 0 || row >= m_categories.rowCount())
        return;
    emit customersRequested(
        {tr("Customers with a %1 contact in %2")
             .arg(m_categories.index(row, ContactCategoryModel::Category).data().toString().toLower(),
                  periodText()),
         m_categories.customers(row), -1});
}

bool MomentsOfTruthView::exportTableTo(const QString &path, QString *error) const
{
    // Never over the company database.
    if (!checkOutputPath(path, m_snapshot ? m_snapshot->spec : QString(), {}, error))
        return false;
    CsvWriter writer;
    for (int column = 0; column < m_touchpoints.columnCount(); ++column)
        writer.setHeader(column,
                         m_touchpoints.headerData(column, Qt::Horizontal, roleId(Role::Text)).toString());
    for (const int column :
         {int(TouchpointModel::Rank), int(TouchpointModel::Contacts), int(TouchpointModel::Customers),
          int(TouchpointModel::Complaints), int(TouchpointModel::LostCustomers)})
        writer.setRawColumn(column, 0);
    writer.setRawColumn(TouchpointModel::ComplaintShare, 4);
    writer.setRawColumn(TouchpointModel::LossShare, 4);
    return writer.writeFile(m_touchpoints, path, error);
}

void MomentsOfTruthView::exportTable()
{
    const QString period = m_snapshot ? m_snapshot->report.days.period.toString() : QString();
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the touchpoints as CSV"),
                                     tr("moments-of-truth-%1.csv").arg(period), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTableTo(path, &error))
        QMessageBox::warning(this, tr("Export failed"), tr("The table could not be saved.\n\n%1").arg(error));
}

} // namespace acc
