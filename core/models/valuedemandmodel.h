#pragma once

#include "models/metricsservice.h"
#include "valuedemandgrid.h"

#include <QAbstractTableModel>

#include <memory>

namespace acc {

// The value-vs-demand grid (valuedemandgrid.h) as a table: a row per revenue band (the
// highest first), a column per contact range. Qt::DisplayRole is the number of customers,
// Role::Value the same number; the cell's best customers, revenue and corner membership
// come in the roles below. Headers name the bands with their revenue range and the
// contact ranges.
class ValueDemandModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class CellRole {
        Best = Qt::UserRole + 100, // best customers in the cell (int)
        Revenue,                   // their revenue_12m in currency units (double)
        InCorner,                  // bool: part of the demanding high-value corner
    };

    explicit ValueDemandModel(QObject *parent = nullptr);

    void setSnapshot(std::shared_ptr<const MetricsSnapshot> snapshot);
    const ValueDemandGrid &grid() const { return m_grid; }
    const QString &currency() const { return m_currency; }

    // The customers of a cell, of the corner (drill-down order).
    QList<int> customers(int row, int column) const;
    QList<int> cornerCustomers() const;
    // "Revenue top 5 % · 3-4 contacts": what a cell's customers are, for a drill-down title.
    QString cellTitle(int row, int column) const;
    // The largest count of a cell (the heat map's scale).
    int maxCount() const { return m_maxCount; }
    // A band's name ("Top 5 %") and its revenue range ("12,480 EUR and more"; none for
    // the no-revenue band). The row's header has them on two lines.
    QString bandName(int row) const;
    QString bandRange(int row) const;
    QString contactsLabel(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const MetricsSnapshot> m_snapshot;
    ValueDemandGrid m_grid;
    QString m_currency;
    int m_maxCount = 0;
};

constexpr int roleId(ValueDemandModel::CellRole r)
{
    return static_cast<int>(r);
}

} // namespace acc
