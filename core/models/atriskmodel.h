#pragma once

#include "atrisklist.h"

#include <QAbstractTableModel>

#include <memory>

namespace acc {

struct MetricsSnapshot;

// The at-risk list of the Listening & service view (view `at-risk`): overdue customers
// and customers unlikely to return (BG/NBD p_alive < 0.5), ranked by the value at stake
// (revenue_12m desc, then customer_id asc). Text columns show safe, shortened text and
// hold the exact text in Role::Text; money columns give currency units in Role::Value and
// cents in Role::Sort; an unknown figure is a dash and an invalid Role::Value.
class AtRiskModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Rank,
        CustomerId,
        Name,
        Signal,
        ValueAtStake,
        PAlive,
        ExpectedValue12m,
        LastOrder,
        DaysSinceLastOrder,
        Owner,
        Segment,
        ColumnCount
    };

    explicit AtRiskModel(QObject *parent = nullptr);

    void setSnapshot(std::shared_ptr<const MetricsSnapshot> snapshot);
    const AtRiskList &list() const { return m_list; }
    // The customer (index into Dataset::customers) at a row, in rank order; -1 outside.
    int customerAt(int row) const;
    // Why a customer is listed, as a person reads it ("Overdue", "Unlikely to return", both).
    static QString signalText(const AtRiskEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const MetricsSnapshot> m_snapshot;
    AtRiskList m_list;
};

} // namespace acc
