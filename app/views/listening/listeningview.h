#pragma once

#include "engine/listening.h"
#include "models/listeningtrendmodel.h"
#include "models/reasonparetomodel.h"
#include "theme/theme.h"
#include "views/reportview.h"

class QPushButton;
class QSplitter;
class QTableView;
QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace acc {

class ComplaintsTrendChart;
class FigureTile;
class FitText;
class NpsTrendChart;
class ReasonParetoChart;

// Listening & service (PRODUCT.md §4): the NPS, answers, complaints per 100 customers,
// resolution within SLA, median resolution days and rescue rate of the period; the NPS
// with promoters, passives and detractors over 13 months (a month) or 8 quarters (a
// quarter or a year); complaints per 100 customers over the same periods; the reasons
// that drove customers away. Every bar and every button under the charts drills down to
// its customers (customersRequested); the trend table exports as CSV. The at-risk list
// is its own view (`at-risk`, AtRiskView).
class ListeningView final : public ReportView
{
    Q_OBJECT
public:
    explicit ListeningView(QWidget *parent = nullptr, const theme::Theme &theme = theme::Theme::standard());
    static ViewDescriptor descriptor();
    ~ListeningView() override;

    QString title() const override;
    void setSnapshot(const std::shared_ptr<const MetricsSnapshot> &snapshot) override;
    bool usesModel() const override { return false; }
    bool canExportTable() const override { return true; }
    void exportTable() override;
    bool exportTableTo(const QString &path, QString *error) const override;

    // The drill-downs, as the charts and the buttons do them. row: a row of the trend;
    // -1 the report's own period.
    void requestGroup(ListeningGroup group, int row = -1);
    void requestReason(int row);

    QList<FigureTile *> headlineTiles() const { return m_tiles; }
    const ListeningTrendModel &trend() const { return m_trend; }
    const ReasonParetoModel &reasons() const { return m_reasons; }
    NpsTrendChart *npsChart() const { return m_npsChart; }
    ComplaintsTrendChart *complaintsChart() const { return m_complaintsChart; }
    ReasonParetoChart *reasonChart() const { return m_reasonChart; }
    QTableView *table() const { return m_table; }
    // The drill-down buttons by the group they ask for.
    QPushButton *groupButton(ListeningGroup group) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateHeadlines();

    std::shared_ptr<const MetricsSnapshot> m_snapshot;
    QString m_currency;
    ListeningTrendModel m_trend;
    ReasonParetoModel m_reasons;

    QList<FigureTile *> m_tiles;
    NpsTrendChart *m_npsChart = nullptr;
    ComplaintsTrendChart *m_complaintsChart = nullptr;
    ReasonParetoChart *m_reasonChart = nullptr;
    QList<QChartView *> m_chartViews;
    QSplitter *m_charts = nullptr; // side by side, or stacked when narrow
    FitText *m_caption = nullptr;
    QList<std::pair<ListeningGroup, QPushButton *>> m_groupButtons;
    QPushButton *m_exportButton = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace acc
