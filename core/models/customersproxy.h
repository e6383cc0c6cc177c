#pragma once

#include "customerfilter.h"

#include <QAbstractProxyModel>

#include <vector>

namespace acc {

class CustomersModel;

// The Customers view's table over a CustomersModel: the customers a CustomerFilter lets
// through, in the order of one column. Made for 100,000 customers: a sort or a filter
// walks the column's prepared order (CustomerOrder) once and keeps the customers the
// filter accepts (a search compares the folded query with each customer's folded text),
// so no keystroke or header click compares texts pairwise. Descending is the ascending
// order reversed, except that customers without a value stay at the end either way.
// Selections and the current row follow their customers through every change
// (persistent indexes); a customer filtered out loses them.
class CustomersProxy final : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit CustomersProxy(QObject *parent = nullptr);

    // A CustomersModel; any other model is refused (the proxy has no source then).
    void setSourceModel(QAbstractItemModel *source) override;
    CustomersModel *customers() const { return m_customers; }

    const CustomerFilter &filter() const { return m_filter; }
    // The search words (CustomerFilter::setQuery); nothing is redone when the folded
    // words stay the same.
    void setQuery(const QString &query);
    // Only these customers (a drill-down), or every customer again.
    void restrictTo(const QList<int> &customers);
    void clearRestriction();

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // The customer (index into Dataset::customers) on a row, or -1.
    int customerAt(int row) const;
    // The row of a customer, or -1 when it is not listed.
    int rowOf(int customer) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    // The source's headers, broken before a parenthesis ("Revenue\n(12 months)"), so
    // that a column of short figures is not widened by its title.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

signals:
    // The search or the restriction changed (not the sort).
    void filterChanged();

private:
    // The rows of the filter and the sort: every customer walked in the column's order,
    // or, when the filter only narrowed, the rows listed before.
    void computeRows(bool narrower = false);
    // computeRows() inside layoutAboutToBeChanged / layoutChanged, moving every
    // persistent index to its customer's new row.
    void relayout(bool narrower = false);

    CustomersModel *m_customers = nullptr;
    CustomerFilter m_filter;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_rows;  // row -> customer
    std::vector<int> m_rowOf; // customer -> row, or -1
    QList<QMetaObject::Connection> m_connections;
};

} // namespace acc
