#include "bestcustomersview.h"
#include "charts/chartsupport.h"

#include "views/columnfit.h"

#include "bestcustomersdeck.h"
#include "bestheadlines.h"
#include "charts/categorymixchart.h"
#include "charts/loyaltystagechart.h"
#include "charts/paretocurvechart.h"
#include "charts/valuedemandmap.h"
#include "criteriasummary.h"
#include "models/bestviewfigures.h"
#include "models/format.h"
#include "models/roles.h"
#include "report/csvwriter.h"
#include "report/outputfile.h"
#include "widgets/figuretile.h"
#include "widgets/fittext.h"
#include "widgets/flowlayout.h"
#include "widgets/tilegridlayout.h"

#include <QtCharts/QChartView>

#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace acc {

namespace {

// The least height of the list and the charts: a tab bar, a chart's title, legend, axes
// and caption, or the value-vs-demand grid's five bands. With the criteria and one row of
// tiles above it, it fits a 1024x768 window.
constexpr int kDeckHeight = 400;

} // namespace

ViewDescriptor BestCustomersView::descriptor()
{
    return {QStringLiteral("best-customers"), [] { return BestCustomersView::tr("Best customers"); },
            QStringLiteral("starred"),
            [](const theme::Theme &theme, QWidget *parent) -> ReportView * {
                return new BestCustomersView(parent, theme);
            }};
}

BestCustomersView::BestCustomersView(QWidget *parent, const theme::Theme &theme)
    : ReportView(parent)
{
    setObjectName(QStringLiteral("bestCustomersView"));
    m_proxy.setSourceModel(&m_model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 8, 14, 8);
    layout->setSpacing(8);

    m_criteria = new CriteriaSummary(theme, this);
    connect(m_criteria, &CriteriaSummary::editRequested, this, &BestCustomersView::criteriaEditRequested);
    layout->addWidget(m_criteria);

    // Four tiles in a row while each gets 175 pixels (down to a 1024-pixel screen), else
    // two and two.
    auto *tiles = new TileGridLayout(175);
    tiles->setSpacing(12);
    for (int i = 0; i < 4; ++i) {
        auto *tile = new FigureTile(this);
        m_tiles.append(tile);
        tiles->addWidget(tile);
    }
    layout->addLayout(tiles);

    const theme::ChartStyle style = theme.chart();
    m_paretoChart = new ParetoCurveChart(style);
    m_categoryChart = new CategoryMixChart(style);
    m_stageChart = new LoyaltyStageChart(style);
    m_categoryChart->setModel(&m_categories);
    m_stageChart->setModel(&m_stages);
    for (QChart *chart : {static_cast<QChart *>(m_paretoChart), static_cast<QChart *>(m_categoryChart),
                          static_cast<QChart *>(m_stageChart)}) {
        auto *view = new QChartView(chart, this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setFrameShape(QFrame::NoFrame);
        view->setMinimumHeight(240);
        m_chartViews.append(view);
    }
    m_chartViews[0]->setAccessibleName(tr("80/20 curve of revenue"));
    m_chartViews[1]->setAccessibleName(tr("Category mix, best customers against the rest"));
    m_chartViews[1]->setToolTip(tr("Click a bar to list that group's customers who bought the category"));
    m_chartViews[2]->setAccessibleName(tr("Active customers by loyalty stage"));
    m_chartViews[2]->setToolTip(tr("Click a stage's bar to list its active customers"));
    m_valueDemandMap = new ValueDemandMap(theme, this);
    m_valueDemandMap->setModel(&m_valueDemand);

    m_deck = new BestCustomersDeck(this);
    m_deck->setMinimumHeight(kDeckHeight);
    m_deck->tabs()->tabBar()->setFont(theme.font(theme::Text::Small));
    m_deck->chartTabs()->tabBar()->setFont(theme.font(theme::Text::Small));
    m_deck->setList(makeListPage(theme), tr("Ranked &list"));
    m_deck->addChart(charts::captionedPage(
                         m_chartViews[0],
                         tr("Every customer with revenue in the last 12 months (active or not), ranked by "
                            "it, as for the top 20 %'s share; the best customers' part in blue."),
                         theme, this),
                     tr("&80/20 curve"));
    m_deck->addChart(charts::captionedPage(
                         m_chartViews[1],
                         tr("Each category's share of the group's revenue in the last 12 months (refunds "
                            "included). Click a bar for the customers behind it."),
                         theme, this),
                     tr("What they &buy"));
    m_deck->addChart(charts::captionedPage(
                         m_chartViews[2],
                         tr("Active customers at the period's end by stage; best customers in blue. Click "
                            "a bar for the stage's customers."),
                         theme, this),
                     tr("Loyalty &stages"));
    m_deck->addChart(m_valueDemandMap, tr("Value vs &demand"));
    layout->addWidget(m_deck, 1);

    connect(m_categoryChart, &CategoryMixChart::barClicked, this, &BestCustomersView::requestCategory);
    connect(m_stageChart, &LoyaltyStageChart::stageClicked, this, &BestCustomersView::requestStage);
    connect(m_valueDemandMap, &ValueDemandMap::cellRequested, this, &BestCustomersView::requestCell);
    connect(m_valueDemandMap, &ValueDemandMap::cornerRequested, this, &BestCustomersView::requestCorner);
    setSnapshot(nullptr);
}

BestCustomersView::~BestCustomersView()
{
    // The charts read the models: let them go first.
    m_categoryChart->setModel(nullptr);
    m_stageChart->setModel(nullptr);
    m_valueDemandMap->setModel(nullptr);
}

QWidget *BestCustomersView::makeListPage(const theme::Theme &theme)
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(6);
    auto *bar = new FlowLayout;
    bar->setSpacing(8);
    m_listCaption =
        new FitText(theme.pointSize(theme::Text::Heading), theme.pointSize(theme::Text::Small), true, page);
    m_listCaption->setColor(theme::ink());
    m_exportButton = new QPushButton(tr("E&xport CSV…"), page);
    m_exportButton->setToolTip(tr("Save the ranked list as a CSV file"));
    connect(m_exportButton, &QPushButton::clicked, this, &BestCustomersView::exportTable);
    bar->addWidget(m_listCaption, 1);
    bar->addWidget(m_exportButton);
    layout->addLayout(bar);

    m_table = new QTableView(page);
    m_table->setModel(&m_proxy);
    theme.styleTable(m_table);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BestCustomersModel::Rank, Qt::AscendingOrder);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(false);
    // Sized from the widest figures (measureColumns), the name taking the rest.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(BestCustomersModel::Name, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Best customers, ranked by lifetime value"));
    m_table->setToolTip(tr("Double-click a customer, or press Enter, to open it"));
    // Double-click or Enter: the customer's detail.
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { requestListRow(index.row()); });
    layout->addWidget(m_table, 1);
    m_table->viewport()->installEventFilter(this);
    return page;
}

QString BestCustomersView::title() const
{
    return tr("Best customers");
}

bool BestCustomersView::eventFilter(QObject *watched, QEvent *event)
{
    // The list's room changes with the window and with the deck's layout.
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return ReportView::eventFilter(watched, event);
}

void BestCustomersView::measureColumns()
{
    // Each column as wide as its widest figure or its title (with the sort arrow), from a
    // few texts rather than every cell.
    m_columnWidths.clear();
    for (int c = 0; c < m_model.columnCount(); ++c)
        m_columnWidths.append(columnfit::width(m_table, m_model.headerData(c, Qt::Horizontal).toString(),
                                               {m_model.widestText(c)}));
}

void BestCustomersView::fitColumns()
{
    // On a narrow list the least telling columns give their room to the name and the
    // figures, one at a time, until the rest fit with a name of at least 20 characters.
    if (m_columnWidths.size() != m_model.columnCount())
        measureColumns();
    columnfit::fit(m_table, m_columnWidths, BestCustomersModel::Name,
                   {BestCustomersModel::Region, BestCustomersModel::Owner, BestCustomersModel::Segment,
                    BestCustomersModel::CustomerId, BestCustomersModel::LastOrder, BestCustomersModel::Stage,
                    BestCustomersModel::Orders12m, BestCustomersModel::PAlive},
                   20);
}

void BestCustomersView::setSnapshot(const std::shared_ptr<const MetricsSnapshot> &snapshot)
{
    m_snapshot = snapshot && snapshot->data ? snapshot : nullptr;
    m_model.setSnapshot(m_snapshot);
    m_categories.setSnapshot(m_snapshot);
    m_stages.setSnapshot(m_snapshot);
    m_valueDemand.setSnapshot(m_snapshot);
    if (!m_snapshot) {
        m_curve = ParetoCurve();
        m_paretoChart->setCurve(m_curve);
        m_criteria->clear();
        for (FigureTile *tile : std::as_const(m_tiles))
            tile->setFigure(QString(), QStringLiteral("\u2014"), tr("No figures yet"));
        m_listCaption->setText(tr("Best customers"));
        m_exportButton->setEnabled(false);
        measureColumns();
        fitColumns();
        return;
    }
    const MetricsReport &report = m_snapshot->report;
    m_currency = m_snapshot->data->currency;
    // Computed on the service's worker; a snapshot made by hand may come without it.
    if (m_snapshot->bestView)
        m_curve = m_snapshot->bestView->curve;
    else if (m_snapshot->facts)
        m_curve = ParetoCurve::compute(*m_snapshot->data, *m_snapshot->facts, report.best.windowRevenue);
    else
        m_curve = ParetoCurve();
    m_paretoChart->setCurve(m_curve);
    m_criteria->setCriteria(report.best.criteria, m_currency);
    const QList<Headline> headlines = bestHeadlines(report, m_curve);
    for (int i = 0; i < m_tiles.size() && i < headlines.size(); ++i)
        m_tiles[i]->setHeadline(headlines[i]);
    const int count = m_model.rowCount();
    m_listCaption->setText(
        count == 0   ? tr("No best customers on %1").arg(format::date(report.days.stateDay))
        : count == 1 ? tr("1 best customer")
                     : tr("%1 best customers, ranked by lifetime value").arg(QLocale().toString(count)));
    m_exportButton->setEnabled(true);
    measureColumns();
    fitColumns();
}

void BestCustomersView::requestCategory(int row, bestdrilldown::Group group)
{
    if (row < 0 || row >= m_categories.rowCount())
        return;
    const QString category = m_categories.label(row);
    const QString title =
        group == bestdrilldown::Group::Best
            ? tr("Best customers who bought %1 in the last 12 months").arg(category)
            : tr("Other active customers who bought %1 in the last 12 months").arg(category);
    emit customersRequested({title, m_categories.customers(row, group), -1});
}

void BestCustomersView::requestStage(int row)
{
    if (row < 0 || row >= m_stages.rowCount())
        return;
    const QString stage = m_stages.index(row, LoyaltyStageModel::Stage).data().toString();
    emit customersRequested({tr("Active customers at the stage %1").arg(stage), m_stages.customers(row), -1});
}

void BestCustomersView::requestCell(int row, int column)
{
    if (row < 0 || row >= m_valueDemand.rowCount() || column < 0 || column >= m_valueDemand.columnCount())
        return;
    emit customersRequested({m_valueDemand.cellTitle(row, column), m_valueDemand.customers(row, column), -1});
}

void BestCustomersView::requestCorner()
{
    if (!m_valueDemand.grid().hasCorner())
        return;
    const int mark = m_valueDemand.grid().contactsMark();
    const QString title =
        mark == 1
            ? tr("Demanding high-value corner: top 20 % by revenue with 1 or more contacts, last 12 months")
            : tr("Demanding high-value corner: top 20 % by revenue with %1 or more contacts, last 12 months")
                  .arg(QLocale().toString(mark));
    emit customersRequested({title, m_valueDemand.cornerCustomers(), -1});
}

void BestCustomersView::requestListRow(int proxyRow)
{
    const int customer = m_proxy.customerAt(proxyRow);
    if (customer < 0)
        return;
    const int rank = m_proxy.mapToSource(m_proxy.index(proxyRow, 0)).row() + 1;
    emit customersRequested(
        CustomerSelection::one(customer, tr("Best customer no. %1").arg(QLocale().toString(rank))));
}

bool BestCustomersView::exportTableTo(const QString &path, QString *error) const
{
    // Never over the company database.
    if (!checkOutputPath(path, m_snapshot ? m_snapshot->spec : QString(), {}, error))
        return false;
    CsvWriter writer;
    for (int column = 0; column < m_model.columnCount(); ++column)
        writer.setHeader(column, m_model.headerData(column, Qt::Horizontal, roleId(Role::Text)).toString());
    writer.setRawColumn(BestCustomersModel::Rank, 0);
    writer.setRawColumn(BestCustomersModel::Orders12m, 0);
    writer.setRawColumn(BestCustomersModel::PAlive, 4);
    for (const int column : {int(BestCustomersModel::LifetimeValue), int(BestCustomersModel::Revenue12m)}) {
        writer.setRawColumn(column, 2);
        writer.setHeader(
            column,
            tr("%1 (%2)").arg(m_model.headerData(column, Qt::Horizontal, roleId(Role::Text)).toString(),
                              m_currency));
    }
    return writer.writeFile(m_proxy, path, error);
}

void BestCustomersView::exportTable()
{
    const QString period = m_snapshot ? m_snapshot->report.days.period.toString() : QString();
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export best customers as CSV"),
                                     tr("best-customers-%1.csv").arg(period), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTableTo(path, &error))
        QMessageBox::warning(this, tr("Export failed"), tr("The table could not be saved.\n\n%1").arg(error));
}

} // namespace acc
