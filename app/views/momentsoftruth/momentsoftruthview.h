#pragma once

#include "models/contactcategorymodel.h"
#include "models/touchpointmodel.h"
#include "theme/theme.h"
#include "views/reportview.h"

class QPushButton;
class QTabWidget;
class QTableView;

namespace acc {

class FitText;
class RankedBarChart;

// Moments of truth (PRODUCT.md §5): the 15 touchpoints with most contacts in the period,
// as ranked bars (complaints in their own colour, the loss share in each label) and as a
// table with contacts, customers, complaint share and loss share; and the period's
// contacts by category (rescue, revenue, request, relationship). A touchpoint's bar or row
// drills down to the customers with a contact there (its "Lost" cells: those of them lost
// within 180 days); a category's bar or row to the customers with such contacts. The
// touchpoint table exports as CSV.
class MomentsOfTruthView final : public ReportView
{
    Q_OBJECT
public:
    explicit MomentsOfTruthView(QWidget *parent = nullptr,
                                const theme::Theme &theme = theme::Theme::standard());
    ~MomentsOfTruthView() override;
    static ViewDescriptor descriptor();

    QString title() const override;
    void setSnapshot(const std::shared_ptr<const MetricsSnapshot> &snapshot) override;
    bool usesModel() const override { return false; }
    bool canExportTable() const override { return true; }
    void exportTable() override;
    bool exportTableTo(const QString &path, QString *error) const override;

    // The drill-downs, as the charts and tables do them.
    void requestTouchpoint(int row, bool lostOnly);
    void requestCategory(int row);

    const TouchpointModel &touchpoints() const { return m_touchpoints; }
    const ContactCategoryModel &categories() const { return m_categories; }
    RankedBarChart *touchpointChart() const { return m_touchpointChart; }
    RankedBarChart *categoryChart() const { return m_categoryChart; }
    QTableView *touchpointTable() const { return m_touchpointTable; }
    QTableView *categoryTable() const { return m_categoryTable; }
    QTabWidget *tabs() const { return m_tabs; }
    QString heading() const;

private:
    QString periodText() const;

    std::shared_ptr<const MetricsSnapshot> m_snapshot;
    TouchpointModel m_touchpoints;
    ContactCategoryModel m_categories;
    FitText *m_heading = nullptr;
    QTabWidget *m_tabs = nullptr;
    RankedBarChart *m_touchpointChart = nullptr;
    RankedBarChart *m_categoryChart = nullptr;
    QTableView *m_touchpointTable = nullptr;
    QTableView *m_categoryTable = nullptr;
    QPushButton *m_exportButton = nullptr;
};

} // namespace acc
