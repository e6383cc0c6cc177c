#pragma once

#include "criteria/criteriapreview.h"

#include <QAbstractTableModel>

#include <vector>

namespace acc {

// The customers who would join (or leave) the best customers under the criteria being
// edited, in the preview's order (lifetime value desc, then customer_id asc).
class PreviewCustomersModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column : int { Name, LifetimeValue, Count };

    explicit PreviewCustomersModel(QObject *parent = nullptr);

    void setCustomers(std::vector<PreviewCustomer> customers, const QString &currency);
    const PreviewCustomer &customerAt(int row) const { return m_customers.at(std::size_t(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<PreviewCustomer> m_customers;
    QString m_currency;
};

} // namespace acc
