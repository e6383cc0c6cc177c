#pragma once

#include "models/customersmodel.h"
#include "models/customersproxy.h"
#include "theme/theme.h"
#include "views/reportview.h"

#include <QTimer>

#include <optional>

class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;

namespace acc {

class CustomerDetail;
class FitText;

// Every customer, searchable, with a detail pane (PRODUCT.md §9): where every drill-down
// lands. The table lists the customers of the drill-down (its title above, "Show all
// customers" or Esc to leave it) that match the search; the pane beside it follows the
// current row. Sorted by customer ID at first (CustomerOrder's order: numbers within ids
// by value), which is also the order `accountable export --view customers` writes.
class CustomersView final : public ReportView
{
    Q_OBJECT
public:
    explicit CustomersView(QWidget *parent = nullptr, const theme::Theme &theme = theme::Theme::standard());
    static ViewDescriptor descriptor();
    ~CustomersView() override;

    QString title() const override;
    void setSnapshot(const std::shared_ptr<const MetricsSnapshot> &snapshot) override;
    void showCustomers(const CustomerSelection &selection) override;
    bool canExportTable() const override { return true; }
    void exportTable() override;
    bool exportTableTo(const QString &path, QString *error) const override;

    // The search (applied at once, not after the typing pause).
    void setSearch(const QString &text);
    // Esc: the search goes first, then the drill-down's restriction.
    void clearFilter();
    // The customer whose detail is shown, or -1.
    int shownCustomer() const;

    QLineEdit *searchBox() const { return m_search; }
    QTableView *table() const { return m_table; }
    CustomerDetail *detail() const { return m_detail; }
    const CustomersModel &customers() const { return m_model; }
    const CustomersProxy &proxy() const { return m_proxy; }
    // The line above the table: the drill-down's title (or "Every customer") and counts.
    QString headingText() const;
    QPushButton *showAllButton() const { return m_showAll; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applySearch();
    void applySelection(const CustomerSelection &selection);
    void selectCustomer(int customer);
    void showDetailOf(const QModelIndex &index);
    void updateHeading();
    void measureColumns();
    void fitColumns();

    std::shared_ptr<const MetricsSnapshot> m_snapshot;
    CustomersModel m_model;
    CustomersProxy m_proxy;
    QString m_selectionTitle;                   // empty: every customer
    std::optional<CustomerSelection> m_pending; // a drill-down that came before the data
    QTimer m_searchTimer;
    QList<int> m_widths; // measured per snapshot, by column
    int m_statusWithoutReason = 0;

    FitText *m_heading = nullptr;
    QPushButton *m_showAll = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_exportButton = nullptr;
    QTableView *m_table = nullptr;
    CustomerDetail *m_detail = nullptr;
    QSplitter *m_split = nullptr;
};

} // namespace acc
