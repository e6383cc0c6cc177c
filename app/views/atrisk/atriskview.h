#pragma once

#include "models/atriskmodel.h"
#include "models/atriskproxy.h"
#include "theme/theme.h"
#include "views/reportview.h"

class QPushButton;
class QLabel;
class QTableView;

namespace acc {

class FigureTile;
class FitText;

// At risk (PRODUCT.md §4, view `at-risk`): the overdue customers and the customers
// unlikely to return (BG/NBD p_alive < 0.5), ranked by the value at stake (revenue_12m),
// with P(alive), the expected value of the next 12 months, the last order and the owner.
// Enter or a double-click opens the customer in the Customers view, among the customers
// listed; the list exports as CSV in the order shown. Without a fitted model it says so
// and lists the overdue customers.
class AtRiskView final : public ReportView
{
    Q_OBJECT
public:
    explicit AtRiskView(QWidget *parent = nullptr, const theme::Theme &theme = theme::Theme::standard());
    static ViewDescriptor descriptor();

    QString title() const override;
    void setSnapshot(const std::shared_ptr<const MetricsSnapshot> &snapshot) override;
    bool canExportTable() const override { return true; }
    void exportTable() override;
    bool exportTableTo(const QString &path, QString *error) const override;

    // The customers listed, in the order shown, with focus the one whose detail opens.
    CustomerSelection shownCustomers(int focus = -1) const;
    // Opens the customer at a row of the table (as Enter and a double-click do).
    void requestRow(int proxyRow);

    QList<FigureTile *> headlineTiles() const { return m_tiles; }
    QTableView *table() const { return m_table; }
    const AtRiskModel &model() const { return m_model; }
    const AtRiskProxy &proxy() const { return m_proxy; }
    // The line that says how the list was made (and why the model is missing).
    QString modelNote() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void measureColumns();
    void fitColumns();

    std::shared_ptr<const MetricsSnapshot> m_snapshot;
    AtRiskModel m_model;
    AtRiskProxy m_proxy;
    QList<FigureTile *> m_tiles;
    QLabel *m_note = nullptr;
    QPushButton *m_exportButton = nullptr;
    QTableView *m_table = nullptr;
    QList<int> m_columnWidths; // by column, from measureColumns()
};

} // namespace acc
