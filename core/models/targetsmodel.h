#pragma once

#include "metricsservice.h"
#include "storage/targetstore.h"

#include <QAbstractTableModel>

#include <memory>
#include <optional>

namespace acc {

// PRODUCT.md §7, the Targets view: one row per numeric figure of METRICS.md (the engine's
// list, targets::numericKeys, with its direction), the period's actual, the target and its
// owner, and the status. Target and owner are edited in place; an edit is written to the
// company database at once, in one transaction, and a value of the wrong kind is refused
// with a message (lastError). Every accepted edit is announced with edited(), the state
// before and after, so the view can undo it by applying `before`.
class TargetsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The figure's label carries its direction: "↓ Customers lost" (lower is better).
    enum Column { Metric, Actual, Target, Status, Owner, ColumnCount };

    explicit TargetsModel(QObject *parent = nullptr);

    // The snapshot's period and figures; edits go to its database (snapshot->spec).
    void setSnapshot(const std::shared_ptr<const MetricsSnapshot> &snapshot);
    Period period() const;
    int rowOf(const QString &metric) const;
    QString metricAt(int row) const { return m_rows.at(row).metric; }
    // The target set on the metric for the period, as shown (edits included).
    std::optional<acc::Target> targetOf(const QString &metric) const;
    int targetCount() const;

    // Writes the changes (one transaction) and shows them. False, with *error, changing
    // nothing, when one is refused or the database cannot be written. Does not emit edited().
    bool apply(const QList<TargetChange> &changes, QString *error);
    // The same, only over the targets as this desk saw them (seen: one per change): when
    // another desk saved something else meanwhile, nothing is written and false returns
    // with *error saying what is there now (conflicted() is not emitted; setData() does).
    bool applyOver(const QList<TargetChange> &seen, const QList<TargetChange> &changes, QString *error);
    // The conflicts the last applyOver() or setData() found (empty after a save).
    const QList<TargetConflict> &lastConflicts() const { return m_conflicts; }
    // The changes that would put the metrics back as they are now (for undo).
    QList<TargetChange> currentState(const QList<TargetChange> &changes) const;
    // The changes copying the previous period's stored targets (same kind of period) onto
    // this one; std::nullopt with *error when they cannot be read.
    std::optional<QList<TargetChange>> copyFromPrevious(QString *error) const;
    // Why the last setData() was refused.
    const QString &lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void edited(const QList<acc::TargetChange> &before, const QList<acc::TargetChange> &after);
    // setData() refused a value: the message says what is expected.
    void refused(const QString &message);
    // setData() found another desk's save on the target since it was shown: nothing was
    // written; the message shows theirs and this desk's, `mine` is the change wanted (to
    // apply() when the user keeps it).
    void conflicted(const QString &message, const QList<acc::TargetChange> &mine);

private:
    struct Row
    {
        QString metric;
        std::optional<double> actual;
        std::optional<double> target;
        QString owner;
    };
    bool refuse(const QString &message);
    bool write(const QList<TargetChange> *seen, const QList<TargetChange> &changes, QString *error);
    void show(const QList<TargetChange> &changes);
    // "≤ 3.0 % (owner: CFO)", or "no target".
    QString targetText(const QString &metric, const std::optional<acc::Target> &target) const;

    std::shared_ptr<const MetricsSnapshot> m_snapshot;
    QList<Row> m_rows;
    QString m_lastError;
    QList<TargetConflict> m_conflicts;
};

} // namespace acc
