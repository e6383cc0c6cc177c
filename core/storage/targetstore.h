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

    // The targets set for the period, by metric.
    std::optional<QList<Target>> forPeriod(const Period &period, QString *error) const;
    // Every stored target, by period then metric.
    std::optional<QList<Target>> all(QString *error) const;

private:
    Database &m_db;
};

} // namespace acc
