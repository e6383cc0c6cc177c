#pragma once

#include "engine/scorecard.h"
#include "metricsservice.h"

#include <QAbstractTableModel>

#include <memory>
#include <optional>

namespace acc {

// PRODUCT.md §1, the Scorecard: one row per figure of the four accountability targets
// (scorecard::rows: each group's headline figures and every figure with a target), in
// group order. Columns: the group, the figure, the period's actual, the target ("≤ 3 %",
// or "no target"), the status written as a symbol and a word, the owner, the trend in
// words, then one column per trend period (the figure's value then; empty until the
// service's trend stage delivers, see setTrend()).
class ScorecardModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Group, Figure, Actual, Target, Status, Owner, Trend, FirstTrendPeriod };

    enum ItemRole {
        KeyRole = Qt::UserRole + 100, // the figure's key ("churn_rate", "contacts_by_category.rescue")
        GroupRole,                    // int(scorecard::Group)
        StatusRole,                   // int(TargetStatus), or -1 without a target
        TrendRole,                    // QVariantList, one per trend period: a double, or invalid for null
        TrendTextRole,                // QStringList, each trend value formatted in the figure's unit
        ViewRole,                     // the name of the view that explains the figure
        CompactTextRole,              // the display text, money in its compact form (figures::formatCompact),
                                      // the status as its symbol alone (a narrow slide; its tiles name them)
    };

    // How many figures of a group are judged, and how.
    struct GroupCounts
    {
        int figures = 0;
        int targets = 0;
        int met = 0;
        int atRisk = 0;
        int missed = 0;
        int noData = 0;
    };

    explicit ScorecardModel(QObject *parent = nullptr);

    void setSnapshot(const std::shared_ptr<const MetricsSnapshot> &snapshot);
    // The trend of the snapshot shown; ignored when it belongs to another snapshot.
    void setTrend(const std::shared_ptr<const TrendSnapshot> &trend);
    bool hasTrend() const { return m_trend != nullptr; }
    std::shared_ptr<const MetricsSnapshot> snapshot() const { return m_snapshot; }
    // The trend periods (oldest first), whether or not their values have arrived.
    const QList<Period> &trendPeriods() const { return m_periods; }

    int rowOf(const QString &key) const;
    QString keyAt(int row) const { return m_rows.at(row).key; }
    scorecard::Group groupAt(int row) const { return m_rows.at(row).group; }
    GroupCounts counts(scorecard::Group group) const;

    // "Customers as assets", "Service performance", ... (translated).
    static QString groupName(scorecard::Group group);
    // The figure's name: figures::label, or "Contacts: rescue" for the operations keys.
    static QString figureLabel(const QString &key);
    // "✓ Met", "! At risk", "✗ Missed", "– No data".
    static QString statusText(TargetStatus status);
    // Its symbol alone: ✓, !, ✗, –.
    static QString statusSymbol(TargetStatus status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString key;
        scorecard::Group group = scorecard::Group::Other;
        std::optional<double> actual;
        std::optional<acc::Target> target;
        TargetStatus status = TargetStatus::NoData;
        QList<std::optional<double>> trend; // one per trend period once the trend arrived
    };
    QString formatted(const QString &key, double value) const;
    QString trendSummary(const Row &row) const;

    std::shared_ptr<const MetricsSnapshot> m_snapshot;
    std::shared_ptr<const TrendSnapshot> m_trend;
    QList<Period> m_periods;
    QList<Row> m_rows;
};

} // namespace acc
