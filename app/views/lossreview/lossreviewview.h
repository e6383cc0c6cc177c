#pragma once

#include "lossselection.h"
#include "models/lossbreakdownmodel.h"
#include "models/losstrendmodel.h"
#include "models/lostcustomersmodel.h"
#include "models/lostcustomersproxy.h"
#include "models/reasonparetomodel.h"
#include "theme/theme.h"
#include "views/reportview.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QSplitter;
class QTableView;
QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace acc {

class ExitCallDialog;
class FitText;

class FigureTile;
class LossTrendChart;
class ReasonParetoChart;

// The monthly customer-loss review: headline figures, lost volume and value over 13
// months, the reasons as a Pareto, and the lost customers behind every bar. A month's bar
// narrows the table (and the Pareto) to that month, a reason's bar to that reason.
class LossReviewView final : public ReportView
{
    Q_OBJECT
public:
    explicit LossReviewView(QWidget *parent = nullptr, const theme::Theme &theme = theme::Theme::standard());
    static ViewDescriptor descriptor();
    ~LossReviewView() override;

    QString title() const override;
    void setSnapshot(const std::shared_ptr<const MetricsSnapshot> &snapshot) override;
    bool usesModel() const override { return false; }
    bool canExportTable() const override { return true; }
    void exportTable() override;

    // Drill-down, as the bars and the filter boxes do it.
    void selectMonth(int trendRow);
    void selectReason(const QString &reason);
    void clearFilter();
    bool exportTableTo(const QString &path, QString *error) const override;

    const LossSelection &selection() const { return m_selection; }
    LossTrendChart *trendChart() const { return m_trendChart; }
    ReasonParetoChart *paretoChart() const { return m_paretoChart; }
    QTableView *table() const { return m_table; }
    // The tabs under the charts: the list, by segment, by owner.
    QTabWidget *tabs() const { return m_tabs; }
    const LossBreakdownModel &bySegment() const { return m_bySegment; }
    const LossBreakdownModel &byOwner() const { return m_byOwner; }
    const LostCustomersProxy &lostCustomers() const { return m_proxy; }
    QString filterText() const;
    // The customers the list shows, in its order, titled by the filter; focus: the one
    // whose detail opens (-1 for none).
    CustomerSelection shownCustomers(int focus = -1) const;
    QList<FigureTile *> headlineTiles() const { return m_tiles; }
    // Opens the exit-call dialog on the chosen lost customer (assign a caller, record the
    // outcome); saved, the list shows it. Returns the dialog (open, not modal to the
    // application), or nullptr when no lost customer is chosen.
    ExitCallDialog *editExitCall();
    // Reads the company's exit calls again into the list.
    void reloadExitCalls(bool fit = true);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void applySelection();
    void fitColumns();
    void arrangeCharts();
    void onMonthClicked(int row);
    void onReasonClicked(int row);

    std::shared_ptr<const MetricsSnapshot> m_snapshot;
    QString m_currency;
    LossSelection m_selection;
    LossTrendModel m_trend;
    ReasonParetoModel m_reasons;
    LostCustomersModel m_lost;
    LostCustomersProxy m_proxy;
    LossBreakdownModel m_bySegment{LossBreakdownModel::Dimension::Segment};
    LossBreakdownModel m_byOwner{LossBreakdownModel::Dimension::Owner};

    QList<FigureTile *> m_tiles;
    LossTrendChart *m_trendChart = nullptr;
    ReasonParetoChart *m_paretoChart = nullptr;
    QChartView *m_trendView = nullptr;
    QChartView *m_paretoView = nullptr;
    FitText *m_filterLabel = nullptr;
    QComboBox *m_monthBox = nullptr;
    QComboBox *m_reasonBox = nullptr;
    QPushButton *m_clearButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_exitCallButton = nullptr;
    QTableView *m_table = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_charts = nullptr;         // the trend and the reasons: side by side, or stacked when narrow
    QList<QTableView *> m_breakdownTables; // by segment, by owner
    bool m_updating = false;
};

} // namespace acc
