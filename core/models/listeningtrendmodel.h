#pragma once

#include "engine/listening.h"

#include <QAbstractTableModel>

namespace acc {

struct MetricsSnapshot;

// The listening trend of the Listening & service view: one row per period (the 13 months
// ending with a month's period, or the 8 quarters ending with the quarter that holds a
// quarter's or a year's end), with the answers by kind, the NPS and the complaints per
// 100 customers. Feeds the NPS and complaints charts, the table and its CSV export.
// Role::Value gives the raw numbers (NPS on its -100..100 scale, null when no answers).
class ListeningTrendModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        PeriodColumn,
        Responses,
        Promoters,
        Passives,
        Detractors,
        Nps,
        Complaints,
        ActiveStart,
        ComplaintsPer100,
        ColumnCount
    };

    explicit ListeningTrendModel(QObject *parent = nullptr);

    // Computes the trend of the snapshot's period (computeListeningTrend); null: empty.
    void setSnapshot(const MetricsSnapshot *snapshot);
    void setTrend(const QList<ListeningTrendPoint> &trend);
    const QList<ListeningTrendPoint> &trend() const { return m_trend; }
    const ListeningTrendPoint &pointAt(int row) const { return m_trend.at(row); }
    // The row of the report's own period, or -1.
    int rowOf(const Period &period) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ListeningTrendPoint> m_trend;
};

} // namespace acc
