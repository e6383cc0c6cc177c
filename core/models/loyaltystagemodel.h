#pragma once

#include "models/metricsservice.h"

#include <QAbstractTableModel>

#include <memory>

namespace acc {

// Active customers on the state day by loyalty stage (METRICS.md `stages`), with the best
// customers among them: a row per stage of stageNames() in its order ("unknown" only when
// some customer has it). Counts come from the report, the best customers per stage from
// the snapshot's BestViewFigures.
class LoyaltyStageModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Stage, Active, Best, BestShare, ColumnCount };

    explicit LoyaltyStageModel(QObject *parent = nullptr);

    void setSnapshot(std::shared_ptr<const MetricsSnapshot> snapshot);
    // The index into stageNames() of a row.
    int stageAt(int row) const;
    int activeAt(int row) const;
    int bestAt(int row) const;
    // Active customers at a row's stage (drill-down order).
    QList<int> customers(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        int stage = 0;
        int active = 0;
        int best = 0;
    };
    std::shared_ptr<const MetricsSnapshot> m_snapshot;
    std::vector<Row> m_rows;
};

} // namespace acc
