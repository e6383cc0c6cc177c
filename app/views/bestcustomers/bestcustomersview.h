#pragma once

#include "models/bestcustomersmodel.h"
#include "models/bestcustomersproxy.h"
#include "models/categorymixmodel.h"
#include "models/loyaltystagemodel.h"
#include "models/paretocurve.h"
#include "models/valuedemandmodel.h"
#include "theme/theme.h"
#include "views/reportview.h"

class QPushButton;
class QTableView;
QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace acc {

class BestCustomersDeck;
class CategoryMixChart;
class CriteriaSummary;
class FigureTile;
class FitText;
class LoyaltyStageChart;
class ParetoCurveChart;
class ValueDemandMap;

// Best customers (PRODUCT.md §3): the criteria in force, headline figures, the ranked
// list, the 80/20 curve, what best customers buy against the rest, the loyalty stages and
// value against demand. Every bar, cell and row drills down to its customers
// (customersRequested); the list exports as CSV in rank order.
class BestCustomersView final : public ReportView
{
    Q_OBJECT
public:
    explicit BestCustomersView(QWidget *parent = nullptr,
                               const theme::Theme &theme = theme::Theme::standard());
    static ViewDescriptor descriptor();
    ~BestCustomersView() override;

    QString title() const override;
    void setSnapshot(const std::shared_ptr<const MetricsSnapshot> &snapshot) override;
    bool canExportTable() const override { return true; }
    void exportTable() override;
    bool exportTableTo(const QString &path, QString *error) const override;

    // The drill-downs, as the charts, the grid and the list do them.
    void requestCategory(int row, bestdrilldown::Group group);
    void requestStage(int row);
    void requestCell(int row, int column);
    void requestCorner();
    void requestListRow(int proxyRow);

    CriteriaSummary *criteriaSummary() const { return m_criteria; }
    QList<FigureTile *> headlineTiles() const { return m_tiles; }
    QTableView *table() const { return m_table; }
    const BestCustomersModel &bestCustomers() const { return m_model; }
    const BestCustomersProxy &proxy() const { return m_proxy; }
    const ParetoCurve &curve() const { return m_curve; }
    const CategoryMixModel &categoryMix() const { return m_categories; }
    const LoyaltyStageModel &stages() const { return m_stages; }
    const ValueDemandModel &valueDemand() const { return m_valueDemand; }
    ParetoCurveChart *paretoChart() const { return m_paretoChart; }
    CategoryMixChart *categoryChart() const { return m_categoryChart; }
    LoyaltyStageChart *stageChart() const { return m_stageChart; }
    ValueDemandMap *valueDemandMap() const { return m_valueDemandMap; }
    BestCustomersDeck *deck() const { return m_deck; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *makeListPage(const theme::Theme &theme);
    void measureColumns();
    void fitColumns();

    std::shared_ptr<const MetricsSnapshot> m_snapshot;
    QString m_currency;
    BestCustomersModel m_model;
    BestCustomersProxy m_proxy;
    ParetoCurve m_curve;
    CategoryMixModel m_categories;
    LoyaltyStageModel m_stages;
    ValueDemandModel m_valueDemand;

    CriteriaSummary *m_criteria = nullptr;
    QList<FigureTile *> m_tiles;
    BestCustomersDeck *m_deck = nullptr;
    FitText *m_listCaption = nullptr;
    QPushButton *m_exportButton = nullptr;
    QTableView *m_table = nullptr;
    ParetoCurveChart *m_paretoChart = nullptr;
    CategoryMixChart *m_categoryChart = nullptr;
    LoyaltyStageChart *m_stageChart = nullptr;
    ValueDemandMap *m_valueDemandMap = nullptr;
    QList<QChartView *> m_chartViews;
    QList<int> m_columnWidths; // by column, from measureColumns()
};

} // namespace acc
