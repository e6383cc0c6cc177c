#pragma once

#include "models/metricsservice.h"

#include <QAbstractTableModel>

#include <memory>

namespace acc {

// The best customers of a snapshot in the engine's rank order (METRICS.md
// `best_customers`: lifetime_value desc, then customer_id asc), each with its figures on
// the state day from the snapshot's CustomerFacts. Text columns show safe, shortened text
// and hold the exact text in Role::Text; money columns give currency units in Role::Value
// and cents in Role::Sort.
class BestCustomersModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Rank,
        CustomerId,
        Name,
        Segment,
        Region,
        Owner,
        Stage,
        LifetimeValue,
        Revenue12m,
        Orders12m,
        LastOrder,
        PAlive,
        ColumnCount
    };

    explicit BestCustomersModel(QObject *parent = nullptr);

    void setSnapshot(std::shared_ptr<const MetricsSnapshot> snapshot);
    // The customer (index into Dataset::customers) at a row, in rank order.
    int customerAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The widest text a column shows, for sizing it without measuring every cell: the
    // largest figure of a number column (all rows), the longest text of the first
    // sampleRows rows of a text column.
    QString widestText(int column, int sampleRows = 500) const;

    // A stage's name as a person reads it ("First-time buyer"); the index is into stageNames().
    static QString stageLabel(int stage);

private:
    std::shared_ptr<const MetricsSnapshot> m_snapshot;
    const std::vector<int> *m_rows = nullptr;
};

} // namespace acc
