#pragma once

#include "engine/dataset.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace acc {

// One customer's orders, contacts or survey answers up to the state day, newest first:
// the tables of the Customers view's detail pane. The same day as the figures beside
// them, so the orders listed are the ones the lifetime value adds up (refunds included,
// marked as such).
class CustomerHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Kind { Orders, Contacts, Feedback };
    // The ids last: on a narrow pane they are what scrolls out of view.
    enum class OrderColumn : int { Date, Amount, Type, Category, Channel, OrderId, Count };
    enum class ContactColumn : int { Date, Category, Touchpoint, Complaint, Resolved, Channel, Count };
    enum class FeedbackColumn : int { Date, Score, Comment, Count };

    explicit CustomerHistoryModel(Kind kind, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    // The rows of that customer (an index into Dataset::customers) dated on or before
    // upTo (every row when upTo is kNoDay); none for customer -1.
    void setCustomer(std::shared_ptr<const Dataset> data, int customer, Day upTo);
    int customer() const { return m_customer; }
    // The row of the data set's table (orders, contacts or feedback) shown on a row.
    int recordAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant orderData(const OrderRecord &o, OrderColumn column, int role) const;
    QVariant contactData(const ContactRecord &c, ContactColumn column, int role) const;
    QVariant feedbackData(const FeedbackRecord &f, FeedbackColumn column, int role) const;

    Kind m_kind;
    std::shared_ptr<const Dataset> m_data;
    int m_customer = -1;
    std::vector<int> m_records; // newest first
};

} // namespace acc
