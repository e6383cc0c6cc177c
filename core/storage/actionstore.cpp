#include "actionstore.h"

#include "database.h"
#include "engine/targets.h"
#include "translation.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace acc {

namespace actions {

const QStringList &statuses()
{
    static const QStringList list{QStringLiteral("open"), QStringLiteral("in_progress"),
                                  QStringLiteral("done"), QStringLiteral("dropped")};
    return list;
}

const QStringList &sources()
{
    static const QStringList list{QStringLiteral("meeting"), QStringLiteral("sales"),
                                  QStringLiteral("front_line"), QStringLiteral("customer")};
    return list;
}

QString statusLabel(const QString &status)
{
    if (status == QLatin1String("open"))
        return StorageTr::tr("Open");
    if (status == QLatin1String("in_progress"))
        return StorageTr::tr("In progress");
    if (status == QLatin1String("done"))
        return StorageTr::tr("Done");
    if (status == QLatin1String("dropped"))
        return StorageTr::tr("Dropped");
    return status;
}

QString sourceLabel(const QString &source)
{
    if (source == QLatin1String("meeting"))
        return StorageTr::tr("Meeting");
    if (source == QLatin1String("sales"))
        return StorageTr::tr("Sales");
    if (source == QLatin1String("front_line"))
        return StorageTr::tr("Front line");
    if (source == QLatin1String("customer"))
        return StorageTr::tr("Customer");
    return source;
}

bool isClosed(const QString &status)
{
    return status == QLatin1String("done") || status == QLatin1String("dropped");
}

int overdueDays(const Action &action, QDate today)
{
    if (isClosed(action.status) || !action.due.isValid() || !today.isValid() || action.due >= today)
        return 0;
    return int(action.due.daysTo(today));
}

std::optional<QDate> parseDate(const QString &text, QString *error)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QDate();
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate d = QDate::fromString(t, Qt::ISODate);
    if (!iso.match(t).hasMatch() || !d.isValid()) {
        *error =
            StorageTr::tr("\"%1\" is not a date: write it as YYYY-MM-DD, such as 2026-10-31").arg(t.left(20));
        return std::nullopt;
    }
    return d;
}

QString refusal(const Action &a)
{
    if (a.title.trimmed().isEmpty())
        return StorageTr::tr("an action needs a title");
    if (!statuses().contains(a.status))
        return StorageTr::tr("\"%1\" is not a status: use open, in_progress, done or dropped")
            .arg(a.status.left(20));
    if (!sources().contains(a.source))
        return StorageTr::tr("\"%1\" is not a source: use meeting, sales, front_line or customer")
            .arg(a.source.left(20));
    if (!a.due.isNull() && !a.due.isValid())
        return StorageTr::tr("the due date is not a date");
    if (a.due.isValid() && (a.due.year() < 1900 || a.due.year() > 2999))
        return StorageTr::tr("the due date %1 is out of range").arg(a.due.toString(Qt::ISODate));
    if (!a.metric.isEmpty() && !a.customerId.isEmpty())
        return StorageTr::tr("an action is about one figure or one customer, not both");
    if (!a.metric.isEmpty()) {
        if (const QString why = targets::refusal(a.metric); !why.isEmpty())
            return why;
    }
    return {};
}

} // namespace actions

namespace {

bool run(QSqlQuery &q, const Database &db, QString *error)
{
    if (q.exec())
        return true;
    *error = StorageTr::tr("database error: %1").arg(db.describe(q.lastError()));
    return false;
}

// One edit, one transaction: begun on construction, rolled back unless committed.
class Edit final
{
public:
    explicit Edit(Database &db)
        : m_db(db)
    {}
    ~Edit()
    {
        if (m_open)
            m_db.connection().rollback();
    }
    bool begin(QString *error)
    {
        m_open = m_db.connection().transaction();
        if (!m_open)
            *error = StorageTr::tr("database error: %1").arg(m_db.describe(m_db.connection().lastError()));
        return m_open;
    }
    bool commit(QString *error)
    {
        if (m_db.connection().commit()) {
            m_open = false;
            return true;
        }
        *error = StorageTr::tr("database error: %1").arg(m_db.describe(m_db.connection().lastError()));
        return false;
    }

private:
    Database &m_db;
    bool m_open = false;
};

// Text for a NOT NULL column: a null QString would bind as NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

void bindFields(QSqlQuery &q, const Action &a)
{
    q.addBindValue(text(a.title.trimmed()));
    q.addBindValue(text(a.owner.trimmed()));
    q.addBindValue(dateValue(a.due));
    q.addBindValue(a.status);
    q.addBindValue(a.source);
    q.addBindValue(text(a.metric));
    q.addBindValue(text(a.customerId.trimmed()));
    q.addBindValue(text(a.notes));
    q.addBindValue(dateValue(a.created.isValid() ? a.created : QDate::currentDate()));
    q.addBindValue(text(a.author));
}

const QString kColumns = QStringLiteral(
    "id, title, owner, due_on, status, source, metric, customer_id, notes, created_on, author");

Action readAction(const QSqlQuery &q)
{
    Action a;
    a.id = q.value(0).toLongLong();
    a.title = q.value(1).toString();
    a.owner = q.value(2).toString();
    a.due = readDate(q.value(3));
    a.status = q.value(4).toString();
    a.source = q.value(5).toString();
    a.metric = q.value(6).toString();
    a.customerId = q.value(7).toString();
    a.notes = q.value(8).toString();
    a.created = readDate(q.value(9));
    a.author = q.value(10).toString();
    return a;
}

} // namespace

bool ActionStore::check(const Action &action, QString *error) const
{
    if (const QString why = actions::refusal(action); !why.isEmpty()) {
        *error = why;
        return false;
    }
    const QString customer = action.customerId.trimmed();
    if (customer.isEmpty())
        return true;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM customers WHERE customer_id = ?"));
    q.addBindValue(customer);
    if (!run(q, m_db, error) || !q.next())
        return false;
    if (q.value(0).toInt() == 0) {
        *error = StorageTr::tr("no customer has the id \"%1\"").arg(customer.left(40));
        return false;
    }
    return true;
}

std::optional<qint64> ActionStore::insert(const Action &action, QString *error)
{
    Edit edit(m_db);
    if (!edit.begin(error) || !check(action, error))
        return std::nullopt;
    QSqlQuery q(m_db.connection());
    const bool withId = action.id > 0;
    const bool postgres = m_db.backend() == Database::Backend::PostgreSQL;
    q.prepare(
        QStringLiteral("INSERT INTO actions (%1title, owner, due_on, status, source, metric, customer_id, "
                       "notes, created_on, author) VALUES (%2?, ?, ?, ?, ?, ?, ?, ?, ?, ?)%3")
            .arg(withId ? QStringLiteral("id, ") : QString(), withId ? QStringLiteral("?, ") : QString(),
                 postgres ? QStringLiteral(" RETURNING id") : QString()));
    if (withId)
        q.addBindValue(action.id);
    bindFields(q, action);
    if (!run(q, m_db, error))
        return std::nullopt;
    qint64 id = action.id;
    if (!withId)
        id = postgres && q.next() ? q.value(0).toLongLong() : q.lastInsertId().toLongLong();
    if (!edit.commit(error))
        return std::nullopt;
    return id;
}

bool ActionStore::writeFields(QSqlQuery &q, const Action &action, QString *error)
{
    q.prepare(
        QStringLiteral("UPDATE actions SET title = ?, owner = ?, due_on = ?, status = ?, source = ?, "
                       "metric = ?, customer_id = ?, notes = ?, created_on = ?, author = ? WHERE id = ?"));
    bindFields(q, action);
    q.addBindValue(action.id);
    return run(q, m_db, error);
}

bool ActionStore::update(const Action &action, QString *error)
{
    Edit edit(m_db);
    if (!edit.begin(error) || !check(action, error))
        return false;
    QSqlQuery q(m_db.connection());
    if (!writeFields(q, action, error))
        return false;
    if (q.numRowsAffected() == 0) {
        *error = StorageTr::tr("the action was deleted meanwhile (by another desk?)");
        return false;
    }
    return edit.commit(error);
}

bool ActionStore::stillAsSeen(const Action &seen, bool *conflict, std::optional<Action> *theirs,
                              QString *error)
{
    *conflict = false;
    theirs->reset();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM actions WHERE id = ?%2")
                  .arg(kColumns, m_db.backend() == Database::Backend::PostgreSQL
                                     ? QStringLiteral(" FOR UPDATE")
                                     : QString()));
    q.addBindValue(seen.id);
    if (!run(q, m_db, error))
        return false;
    if (q.next())
        *theirs = readAction(q);
    if (*theirs == std::optional<Action>(seen))
        return true;
    *conflict = true;
    *error = StorageTr::tr("changed on another desk meanwhile; nothing was saved");
    return false;
}

bool ActionStore::updateOver(const Action &seen, const Action &action, bool *conflict,
                             std::optional<Action> *theirs, QString *error)
{
    Edit edit(m_db);
    if (!edit.begin(error) || !check(action, error))
        return false;
    if (!stillAsSeen(seen, conflict, theirs, error)) {
        // The other desk saved just this: nothing to choose between.
        if (*conflict && *theirs == std::optional<Action>(action)) {
            *conflict = false;
            return edit.commit(error);
        }
        return false;
    }
    QSqlQuery q(m_db.connection());
    return writeFields(q, action, error) && edit.commit(error);
}

bool ActionStore::removeOver(const Action &seen, bool *conflict, std::optional<Action> *theirs,
                             QString *error)
{
    Edit edit(m_db);
    if (!edit.begin(error))
        return false;
    if (!stillAsSeen(seen, conflict, theirs, error)) {
        if (*conflict && !theirs->has_value()) { // already deleted over there
            *conflict = false;
            return edit.commit(error);
        }
        return false;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM actions WHERE id = ?"));
    q.addBindValue(seen.id);
    return run(q, m_db, error) && edit.commit(error);
}

bool ActionStore::remove(qint64 id, QString *error)
{
    Edit edit(m_db);
    if (!edit.begin(error))
        return false;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM actions WHERE id = ?"));
    q.addBindValue(id);
    return run(q, m_db, error) && edit.commit(error);
}

std::optional<QList<Action>> ActionStore::all(QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM actions ORDER BY CASE WHEN due_on IS NULL THEN 1 ELSE 0 END, "
                             "due_on, id")
                  .arg(kColumns));
    if (!run(q, m_db, error))
        return std::nullopt;
    QList<Action> out;
    while (q.next())
        out.append(readAction(q));
    if (!m_db.finished(q, error))
        return std::nullopt;
    return out;
}

std::optional<Action> ActionStore::find(qint64 id, QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM actions WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (!run(q, m_db, error))
        return std::nullopt;
    if (!q.next()) {
        *error = StorageTr::tr("no action has the id %1").arg(id);
        return std::nullopt;
    }
    return readAction(q);
}

} // namespace acc
