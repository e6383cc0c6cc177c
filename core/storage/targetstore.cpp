#include "targetstore.h"
#include "translation.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace acc {

namespace {

bool run(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = StorageTr::tr("database error: %1").arg(q.lastError().text());
    return false;
}

std::optional<QList<Target>> readTargets(QSqlQuery &q, QString *error)
{
    if (!run(q, error))
        return std::nullopt;
    QList<Target> out;
    while (q.next()) {
        const QString periodText = q.value(1).toString();
        const auto period = Period::parse(periodText);
        if (!period) {
            *error = StorageTr::tr("a stored target on %1 has an unreadable period \"%2\"")
                         .arg(q.value(0).toString(), periodText);
            return std::nullopt;
        }
        out.append({q.value(0).toString(), *period, q.value(2).toDouble(), q.value(3).toString()});
    }
    if (q.lastError().isValid()) { // the rows ended on an error, not at the end
        *error = StorageTr::tr("database error: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    return out;
}

} // namespace

bool TargetStore::set(const Target &target, QString *error)
{
    if (const QString why = targets::refusal(target.metric); !why.isEmpty()) {
        *error = why;
        return false;
    }
    if (!target.period.isValid()) {
        *error = StorageTr::tr("a target needs a month, a quarter or a year");
        return false;
    }
    if (!std::isfinite(target.value)) {
        *error = StorageTr::tr("a target's value must be a number");
        return false;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO targets (metric, period, value, owner) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (metric, period) DO UPDATE SET value = excluded.value, "
                             "owner = excluded.owner"));
    q.addBindValue(target.metric);
    q.addBindValue(target.period.toString());
    q.addBindValue(target.value);
    q.addBindValue(target.owner.isNull() ? QStringLiteral("") : target.owner); // NOT NULL column
    return run(q, error);
}

bool TargetStore::setAll(const QList<Target> &list, QString *error)
{
    QList<TargetChange> changes;
    for (const Target &t : list)
        changes.append({t.metric, t.period, t});
    return apply(changes, error);
}

bool TargetStore::apply(const QList<TargetChange> &changes, QString *error)
{
    QSqlDatabase connection = m_db.connection();
    if (!connection.transaction()) {
        *error = StorageTr::tr("database error: %1").arg(connection.lastError().text());
        return false;
    }
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const TargetChange &c = changes[i];
        const bool done = c.target ? set(*c.target, error) : remove(c.metric, c.period, error);
        if (!done) {
            connection.rollback();
            *error =
                StorageTr::tr("target %1 (%2, %3): %4").arg(i + 1).arg(c.metric, c.period.toString(), *error);
            return false;
        }
    }
    if (!connection.commit()) {
        *error = StorageTr::tr("database error: %1").arg(connection.lastError().text());
        connection.rollback();
        return false;
    }
    return true;
}

bool TargetStore::applyOver(const QList<TargetChange> &seen, const QList<TargetChange> &changes,
                            QList<TargetConflict> *conflicts, QString *error)
{
    conflicts->clear();
    if (seen.size() != changes.size()) {
        *error = StorageTr::tr("internal error: %1 targets seen for %2 changes")
                     .arg(seen.size())
                     .arg(changes.size());
        return false;
    }
    QSqlDatabase connection = m_db.connection();
    if (!connection.transaction()) {
        *error = StorageTr::tr("database error: %1").arg(connection.lastError().text());
        return false;
    }
    for (qsizetype i = 0; i < changes.size(); ++i) {
        bool conflict = false;
        if (writeOver(seen[i].target, changes[i], &conflict, error))
            continue;
        if (!conflict) {
            connection.rollback();
            *error = StorageTr::tr("target %1 (%2, %3): %4")
                         .arg(i + 1)
                         .arg(changes[i].metric, changes[i].period.toString(), *error);
            return false;
        }
        const auto now = current(changes[i].metric, changes[i].period, error);
        if (!now) {
            connection.rollback();
            return false;
        }
        // The other desk saved just what this one wants: nothing to choose between.
        const auto same = [](const std::optional<Target> &a, const std::optional<Target> &b) {
            return a.has_value() == b.has_value() && (!a || (a->value == b->value && a->owner == b->owner));
        };
        if (same(*now, changes[i].target))
            continue;
        conflicts->append({changes[i].metric, changes[i].period, *now, changes[i].target});
    }
    if (!conflicts->isEmpty()) {
        connection.rollback();
        *error = StorageTr::tr("changed on another desk meanwhile; nothing was saved");
        return false;
    }
    if (!connection.commit()) {
        *error = StorageTr::tr("database error: %1").arg(connection.lastError().text());
        connection.rollback();
        return false;
    }
    return true;
}

bool TargetStore::writeOver(const std::optional<Target> &seen, const TargetChange &change, bool *conflict,
                            QString *error)
{
    *conflict = false;
    QSqlQuery q(m_db.connection());
    if (!seen) {
        if (!change.target)
            return true; // none seen, none wanted
        // New here: only if no other desk set one meanwhile.
        if (const QString why = targets::refusal(change.target->metric); !why.isEmpty()) {
            *error = why;
            return false;
        }
        if (!std::isfinite(change.target->value)) {
            *error = StorageTr::tr("a target's value must be a number");
            return false;
        }
        q.prepare(QStringLiteral("INSERT INTO targets (metric, period, value, owner) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT (metric, period) DO NOTHING"));
        q.addBindValue(change.metric);
        q.addBindValue(change.period.toString());
        q.addBindValue(change.target->value);
        q.addBindValue(change.target->owner.isNull() ? QStringLiteral("") : change.target->owner);
    } else if (change.target) {
        if (!std::isfinite(change.target->value)) {
            *error = StorageTr::tr("a target's value must be a number");
            return false;
        }
        q.prepare(QStringLiteral("UPDATE targets SET value = ?, owner = ? "
                                 "WHERE metric = ? AND period = ? AND value = ? AND owner = ?"));
        q.addBindValue(change.target->value);
        q.addBindValue(change.target->owner.isNull() ? QStringLiteral("") : change.target->owner);
        q.addBindValue(change.metric);
        q.addBindValue(change.period.toString());
        q.addBindValue(seen->value);
        q.addBindValue(seen->owner.isNull() ? QStringLiteral("") : seen->owner);
    } else {
        q.prepare(QStringLiteral(
            "DELETE FROM targets WHERE metric = ? AND period = ? AND value = ? AND owner = ?"));
        q.addBindValue(change.metric);
        q.addBindValue(change.period.toString());
        q.addBindValue(seen->value);
        q.addBindValue(seen->owner.isNull() ? QStringLiteral("") : seen->owner);
    }
    if (!run(q, error))
        return false;
    if (q.numRowsAffected() == 1)
        return true;
    *conflict = true;
    return false;
}

std::optional<std::optional<Target>> TargetStore::current(const QString &metric, const Period &period,
                                                          QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT metric, period, value, owner FROM targets WHERE metric = ? AND period = ?"));
    q.addBindValue(metric);
    q.addBindValue(period.toString());
    const auto rows = readTargets(q, error);
    if (!rows)
        return std::nullopt;
    return rows->isEmpty() ? std::optional<Target>() : std::optional<Target>(rows->constFirst());
}

bool TargetStore::remove(const QString &metric, const Period &period, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM targets WHERE metric = ? AND period = ?"));
    q.addBindValue(metric);
    q.addBindValue(period.toString());
    return run(q, error);
}

std::optional<QList<Target>> TargetStore::forPeriod(const Period &period, QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT metric, period, value, owner FROM targets WHERE period = ? ORDER BY metric"));
    q.addBindValue(period.toString());
    return readTargets(q, error);
}

std::optional<QList<Target>> TargetStore::all(QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT metric, period, value, owner FROM targets ORDER BY period, metric"));
    return readTargets(q, error);
}

} // namespace acc
