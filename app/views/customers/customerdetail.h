#pragma once

#include "models/customerhistorymodel.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace acc {

class CustomersModel;
class CustomerFigure;
class FitText;

namespace theme {
class Theme;
}

// The Customers view's detail pane: one customer's name, ids and status, six figure
// tiles (revenue over 12 months, lifetime value, orders, best or not, P(alive), expected
// value) and the customer's orders, contacts and survey answers up to the state day. It
// reads everything from the table's model; it computes nothing.
class CustomerDetail final : public QWidget
{
    Q_OBJECT
public:
    CustomerDetail(const CustomersModel *customers, const theme::Theme &theme, QWidget *parent = nullptr);

    // The customer to show (an index into Dataset::customers), or -1 for none.
    void showCustomer(int customer);
    int customer() const { return m_customer; }
    // The name as shown in the heading (safe and short).
    QString name() const;
    QString facts() const; // the lines under the name, joined by a line feed
    QList<CustomerFigure *> tiles() const { return m_tiles; }
    QTabWidget *tabs() const { return m_tabs; }
    const CustomerHistoryModel &orders() const { return m_orders; }
    const CustomerHistoryModel &contacts() const { return m_contacts; }
    const CustomerHistoryModel &feedback() const { return m_feedback; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateTabTitles();
    void fitColumns();

    const CustomersModel *m_customers = nullptr;
    int m_customer = -1;
    CustomerHistoryModel m_orders{CustomerHistoryModel::Kind::Orders};
    CustomerHistoryModel m_contacts{CustomerHistoryModel::Kind::Contacts};
    CustomerHistoryModel m_feedback{CustomerHistoryModel::Kind::Feedback};

    QStackedWidget *m_pages = nullptr;
    QLabel *m_placeholder = nullptr;
    FitText *m_name = nullptr;
    QList<FitText *> m_lines;
    QList<CustomerFigure *> m_tiles;
    QTabWidget *m_tabs = nullptr;
    QList<QTableView *> m_tables;
};

} // namespace acc
