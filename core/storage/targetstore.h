#pragma once

#include "engine/targets.h"

#include <QList>
#include <QString>

#include <optional>

namespace acc {

class Database;

// One edit of the targets: the target on (metric, period) becomes `target`, or is removed
// when it holds none.
struct TargetChange
{
    QString metric;
    Period period;
    std::optional<Target> target;
};

// Another desk's save found where one expected the target as it was seen: the key, the
// target there now (none: removed), and the one this desk wanted.
struct TargetConflict
{
    QString metric;
    Period period;
    std::optional<Target> theirs;
    std::optional<Target> mine;
};

// Targets kept in the database, one per (metric, period). Setting one on a key that is
// not a numeric figure of METRICS.md is refused. Only bound values reach SQL.
class TargetStore final
{
public:
    explicit TargetStore(Database &db)
        : m_db(db)
    {}

    // Adds the target or replaces the one on the same metric and period.
    bool set(const Target &target, QString *error);
    bool remove(const QString &metric, const Period &period, QString *error);
    // Sets every target in one transaction: all of them, or (refused or failed) none.
    bool setAll(const QList<Target> &list, QString *error);
    // Applies the changes in one transaction: all of them, or none.
    bool apply(const QList<TargetChange> &changes, QString *error);
    // The same, but only over the targets as this desk saw them (`seen`, one per change,
    // same keys): where another desk saved something else meanwhile, nothing is written,
    // *conflicts lists what is there now and false returns (no silent overwrite, issue
    // 14). Each write is conditional on the row as seen (value and owner), so two desks
    // saving at the same moment cannot both pass the check.
    bool applyOver(const QList<TargetChange> &seen, const QList<TargetChange> &changes,
                   QList<TargetConflict> *conflicts, QString *error);

    // The targets set for the period, by metric.
    std::optional<QList<Target>> forPeriod(const Period &period, QString *error) const;
    // Every stored target, by period then metric.
    std::optional<QList<Target>> all(QString *error) const;

private:
    // Writes one change over the target seen: false with *conflict when the row was not as
    // seen (nothing written), false with *error on a failure.
    bool writeOver(const std::optional<Target> &seen, const TargetChange &change, bool *conflict,
                   QString *error);
    std::optional<std::optional<Target>> current(const QString &metric, const Period &period,
                                                 QString *error) const;

    Database &m_db;
};

} // namespace acc
