#include "exitcallstore.h"

#include "database.h"
#include "translation.h"

#include <QSqlError>
#include <QSqlQuery>

namespace acc {

namespace exitcalls {

const QStringList &outcomes()
{
    static const QStringList list{QStringLiteral("confirmed"), QStringLiteral("corrected")};
    return list;
}

const QStringList &winbacks()
{
    static const QStringList list{QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")};
    return list;
}

QString outcomeLabel(const QString &outcome)
{
    if (outcome == QLatin1String("confirmed"))
        return StorageTr::tr("Reason confirmed");
    if (outcome == QLatin1String("corrected"))
        return StorageTr::tr("Reason corrected");
    if (outcome.isEmpty())
        return StorageTr::tr("Not called yet");
    return outcome;
}

QString winbackLabel(const QString &chance)
{
    if (chance == QLatin1String("low"))
        return StorageTr::tr("Low");
    if (chance == QLatin1String("medium"))
        return StorageTr::tr("Medium");
    if (chance == QLatin1String("high"))
        return StorageTr::tr("High");
    return chance;
}

QString refusal(const ExitCall &c)
{
    if (c.customerId.trimmed().isEmpty())
        return StorageTr::tr("an exit call needs a customer");
    if (!c.lostOn.isValid())
        return StorageTr::tr("an exit call needs the day the customer was lost");
    if (c.caller.trimmed().isEmpty())
        return StorageTr::tr("an exit call needs an executive to make it");
    if (!c.due.isNull() && !c.due.isValid())
        return StorageTr::tr("the due date is not a date");
    if (!c.outcome.isEmpty() && !outcomes().contains(c.outcome))
        return StorageTr::tr("\"%1\" is not an outcome: use confirmed or corrected").arg(c.outcome.left(20));
    if (c.outcome == QLatin1String("corrected") && c.correctedReason.trimmed().isEmpty())
        return StorageTr::tr("a corrected reason needs the reason the customer gave");
    if (!c.winback.isEmpty() && !winbacks().contains(c.winback))
        return StorageTr::tr("\"%1\" is not a chance of a win-back: use low, medium or high")
            .arg(c.winback.left(20));
    return {};
}

std::optional<QList<ExitCall>> read(const QString &spec, QString *error)
{
    Database db;
    if (!db.open(spec, error, Database::Mode::ReadOnly))
        return std::nullopt;
    return ExitCallStore(db).all(error);
}

std::optional<qint64> save(const QString &spec, const ExitCall &call, QString *error)
{
    Database db;
    if (!db.open(spec, error, Database::Mode::ReadWrite))
        return std::nullopt;
    return ExitCallStore(db).save(call, error);
}

} // namespace exitcalls

namespace {

bool fail(const Database &db, const QSqlError &e, QString *error)
{
    *error = StorageTr::tr("database error: %1").arg(db.describe(e));
    return false;
}

QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s; // NOT NULL columns
}

} // namespace

std::optional<qint64> ExitCallStore::save(const ExitCall &call, QString *error)
{
    if (const QString why = exitcalls::refusal(call); !why.isEmpty()) {
        *error = why;
        return std::nullopt;
    }
    QSqlDatabase c = m_db.connection();
    if (!c.transaction()) {
        fail(m_db, c.lastError(), error);
        return std::nullopt;
    }
    const auto abort = [&](const QSqlError &e) {
        c.rollback();
        if (e.isValid())
            fail(m_db, e, error);
        return std::nullopt;
    };
    QSqlQuery check(c);
    check.prepare(QStringLiteral("SELECT lost_on FROM customers WHERE customer_id = ?"));
    check.addBindValue(call.customerId.trimmed());
    if (!check.exec())
        return abort(check.lastError());
    if (!check.next()) {
        *error = StorageTr::tr("no customer has the id \"%1\"").arg(call.customerId.left(40));
        return abort({});
    }
    if (readDate(check.value(0)) != call.lostOn) {
        *error = StorageTr::tr("customer %1 was not lost on %2")
                     .arg(call.customerId.left(40), call.lostOn.toString(Qt::ISODate));
        return abort({});
    }
    QSqlQuery q(c);
    q.prepare(QStringLiteral(
        "INSERT INTO exit_calls (customer_id, lost_on, caller, due_on, assigned_on, author, outcome, "
        "corrected_reason, winback, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (customer_id, lost_on) DO UPDATE SET caller = excluded.caller, due_on = "
        "excluded.due_on, "
        "outcome = excluded.outcome, corrected_reason = excluded.corrected_reason, winback = "
        "excluded.winback, "
        "note = excluded.note"));
    q.addBindValue(call.customerId.trimmed());
    q.addBindValue(dateValue(call.lostOn));
    q.addBindValue(call.caller.trimmed());
    q.addBindValue(dateValue(call.due));
    q.addBindValue(dateValue(call.assignedOn.isValid() ? call.assignedOn : QDate::currentDate()));
    q.addBindValue(text(call.author));
    q.addBindValue(text(call.outcome));
    q.addBindValue(call.outcome == QLatin1String("corrected") ? call.correctedReason.trimmed()
                                                              : QStringLiteral(""));
    q.addBindValue(text(call.winback));
    q.addBindValue(text(call.note));
    if (!q.exec())
        return abort(q.lastError());
    QSqlQuery id(c);
    id.prepare(QStringLiteral("SELECT id FROM exit_calls WHERE customer_id = ? AND lost_on = ?"));
    id.addBindValue(call.customerId.trimmed());
    id.addBindValue(dateValue(call.lostOn));
    if (!id.exec() || !id.next())
        return abort(id.lastError());
    const qint64 stored = id.value(0).toLongLong();
    if (!c.commit())
        return abort(c.lastError());
    return stored;
}

bool ExitCallStore::remove(const QString &customerId, QDate lostOn, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM exit_calls WHERE customer_id = ? AND lost_on = ?"));
    q.addBindValue(customerId);
    q.addBindValue(dateValue(lostOn));
    return q.exec() || fail(m_db, q.lastError(), error);
}

std::optional<QList<ExitCall>> ExitCallStore::all(QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, customer_id, lost_on, caller, due_on, assigned_on, author, outcome, "
                             "corrected_reason, winback, note FROM exit_calls ORDER BY due_on, customer_id"));
    if (!q.exec()) {
        fail(m_db, q.lastError(), error);
        return std::nullopt;
    }
    QList<ExitCall> out;
    while (q.next()) {
        ExitCall c;
        c.id = q.value(0).toLongLong();
        c.customerId = q.value(1).toString();
        c.lostOn = readDate(q.value(2));
        c.caller = q.value(3).toString();
        c.due = readDate(q.value(4));
        c.assignedOn = readDate(q.value(5));
        c.author = q.value(6).toString();
        c.outcome = q.value(7).toString();
        c.correctedReason = q.value(8).toString();
        c.winback = q.value(9).toString();
        c.note = q.value(10).toString();
        out.append(c);
    }
    if (!m_db.finished(q, error))
        return std::nullopt;
    return out;
}

} // namespace acc
