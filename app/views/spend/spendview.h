#pragma once

#include "models/spendprogrammodel.h"
#include "models/spendtrendmodel.h"
#include "theme/theme.h"
#include "views/reportview.h"

class QPushButton;
class QTabWidget;
class QTableView;

namespace acc {

class FigureTile;
class FitText;
class RankedBarChart;

// Spend & results (PRODUCT.md §6): the period's spend against its revenue and retention
// in five tiles (total spend, revenue, revenue per spend, spend per active customer,
// retention), the spend by program as bars and as a table, and the same figures for the
// last 8 quarters. The program table exports as CSV.
class SpendView final : public ReportView
{
    Q_OBJECT
public:
    explicit SpendView(QWidget *parent = nullptr, const theme::Theme &theme = theme::Theme::standard());
    ~SpendView() override;
    static ViewDescriptor descriptor();

    QString title() const override;
    void setSnapshot(const std::shared_ptr<const MetricsSnapshot> &snapshot) override;
    bool usesModel() const override { return false; }
    bool canExportTable() const override { return true; }
    void exportTable() override;
    bool exportTableTo(const QString &path, QString *error) const override;

    const SpendProgramModel &programs() const { return m_programs; }
    const SpendTrendModel &quarters() const { return m_quarters; }
    QList<FigureTile *> tiles() const { return m_tiles; }
    RankedBarChart *programChart() const { return m_chart; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    std::shared_ptr<const MetricsSnapshot> m_snapshot;
    SpendProgramModel m_programs;
    SpendTrendModel m_quarters;
    FitText *m_heading = nullptr;
    QPushButton *m_exportButton = nullptr;
    QList<FigureTile *> m_tiles;
    QTabWidget *m_tabs = nullptr;
    RankedBarChart *m_chart = nullptr;
    QTableView *m_programTable = nullptr;
    QTableView *m_quarterTable = nullptr;
};

} // namespace acc
