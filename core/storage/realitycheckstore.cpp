#include "realitycheckstore.h"

#include "database.h"
#include "translation.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace acc {

namespace reality {

const QStringList &dimensions()
{
    static const QStringList list{QStringLiteral("customer_leadership"),
                                  QStringLiteral("listening"),
                                  QStringLiteral("metrics"),
                                  QStringLiteral("accountability_action"),
                                  QStringLiteral("unified_experience"),
                                  QStringLiteral("service_delivery"),
                                  QStringLiteral("motivation_recognition")};
    return list;
}

QString dimensionLabel(const QString &d)
{
    if (d == QLatin1String("customer_leadership"))
        return StorageTr::tr("Customer leadership");
    if (d == QLatin1String("listening"))
        return StorageTr::tr("Listening");
    if (d == QLatin1String("metrics"))
        return StorageTr::tr("Metrics");
    if (d == QLatin1String("accountability_action"))
        return StorageTr::tr("Accountability and action");
    if (d == QLatin1String("unified_experience"))
        return StorageTr::tr("Unified experience");
    if (d == QLatin1String("service_delivery"))
        return StorageTr::tr("Enabling service delivery");
    if (d == QLatin1String("motivation_recognition"))
        return StorageTr::tr("Motivation and recognition");
    return d;
}

Period quarterOf(const Period &period, int fiscalStart)
{
    if (!period.isValid())
        return {};
    return Period::containing(Period::Kind::Quarter, period.withFiscalStart(fiscalStart).end(), fiscalStart);
}

QString refusal(const RealityScore &s)
{
    if (!dimensions().contains(s.dimension))
        return StorageTr::tr("\"%1\" is not a dimension of the reality check").arg(s.dimension.left(40));
    if (s.score < 1 || s.score > 10)
        return StorageTr::tr("a score is a whole number from 1 to 10");
    return {};
}

} // namespace reality

namespace {

bool fail(const Database &db, const QSqlError &e, QString *error)
{
    *error = StorageTr::tr("database error: %1").arg(db.describe(e));
    return false;
}

} // namespace

bool RealityCheckStore::set(const Period &quarter, const RealityScore &score, QString *error)
{
    if (const QString why = reality::refusal(score); !why.isEmpty()) {
        *error = why;
        return false;
    }
    if (!quarter.isValid() || quarter.kind() != Period::Kind::Quarter) {
        *error = StorageTr::tr("a reality check belongs to a quarter");
        return false;
    }
    QSqlDatabase c = m_db.connection();
    if (!c.transaction())
        return fail(m_db, c.lastError(), error);
    QSqlQuery q(c);
    q.prepare(QStringLiteral("INSERT INTO reality_checks (quarter, dimension, score, note, author) "
                             "VALUES (?, ?, ?, ?, ?) ON CONFLICT (quarter, dimension) DO UPDATE SET "
                             "score = excluded.score, note = excluded.note, author = excluded.author"));
    q.addBindValue(quarter.toString());
    q.addBindValue(score.dimension);
    q.addBindValue(score.score);
    q.addBindValue(score.note.isNull() ? QStringLiteral("") : score.note);
    q.addBindValue(score.author.isNull() ? QStringLiteral("") : score.author);
    if (!q.exec()) {
        const QSqlError e = q.lastError();
        c.rollback();
        return fail(m_db, e, error);
    }
    if (!c.commit()) {
        const QSqlError e = c.lastError();
        c.rollback();
        return fail(m_db, e, error);
    }
    return true;
}

bool RealityCheckStore::remove(const Period &quarter, const QString &dimension, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM reality_checks WHERE quarter = ? AND dimension = ?"));
    q.addBindValue(quarter.toString());
    q.addBindValue(dimension);
    return q.exec() || fail(m_db, q.lastError(), error);
}

std::optional<QList<RealityScore>> RealityCheckStore::forQuarter(const Period &quarter, QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT dimension, score, note, author FROM reality_checks WHERE quarter = ?"));
    q.addBindValue(quarter.toString());
    if (!q.exec()) {
        fail(m_db, q.lastError(), error);
        return std::nullopt;
    }
    QList<RealityScore> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toString()});
    if (!m_db.finished(q, error))
        return std::nullopt;
    const QStringList &order = reality::dimensions();
    std::sort(out.begin(), out.end(), [&](const RealityScore &a, const RealityScore &b) {
        return order.indexOf(a.dimension) < order.indexOf(b.dimension);
    });
    return out;
}

} // namespace acc
