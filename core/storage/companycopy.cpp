#include "companycopy.h"

#include "database.h"
#include "translation.h"

#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace acc::companycopy {

namespace {

// Rows per INSERT: one statement carries many rows (a round trip per row would make a
// million orders take minutes on a server), well under SQLite's 32,766 parameters.
constexpr int kRowsPerInsert = 200;

const QString kDefaultCriteria = QStringLiteral("Best customers (default)");

// The table's key to read it in a fixed order (its primary key).
QString orderKey(const QString &table)
{
    if (table == QLatin1String("settings"))
        return QStringLiteral("key");
    if (table == QLatin1String("import_mappings"))
        return QStringLiteral("header_signature");
    return QStringLiteral("id");
}

// A value as the target stores it: dates as ISO text on SQLite (the driver would write
// QDate's own text), as they are otherwise.
QVariant stored(const QVariant &value, bool toSqlite)
{
    if (value.isNull())
        return value;
    if (toSqlite && value.typeId() == QMetaType::QDate)
        return value.toDate().toString(Qt::ISODate);
    if (toSqlite && value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().toString(Qt::ISODate);
    return value;
}

bool fail(const Database &db, const QSqlQuery &q, QString *error)
{
    *error = db.describe(q.lastError());
    return false;
}

// The columns both databases have for the table, in the target's order.
QStringList columnsOf(const Database &from, const Database &to, const QString &table)
{
    const QSqlRecord source = from.connection().record(table);
    const QSqlRecord target = to.connection().record(table);
    QStringList columns;
    for (int i = 0; i < target.count(); ++i) {
        if (source.indexOf(target.fieldName(i)) >= 0)
            columns.append(target.fieldName(i));
    }
    return columns;
}

bool insertRows(Database &to, const QString &table, const QStringList &columns,
                const QList<QVariantList> &rows, QString *error)
{
    if (rows.isEmpty())
        return true;
    QString placeholders =
        QStringLiteral("(") + QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','));
    placeholders += QLatin1Char(')');
    QStringList groups(rows.size(), placeholders);
    QSqlQuery q(to.connection());
    if (!q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                       .arg(table, columns.join(QLatin1Char(',')), groups.join(QLatin1Char(',')))))
        return fail(to, q, error);
    for (const QVariantList &row : rows) {
        for (const QVariant &v : row)
            q.addBindValue(v);
    }
    if (!q.exec())
        return fail(to, q, error);
    return true;
}

bool copyTable(const Database &from, Database &to, const QString &table, qint64 *count, QString *error)
{
    const QStringList columns = columnsOf(from, to, table);
    if (columns.isEmpty()) {
        *error = StorageTr::tr("%1 has no table %2").arg(Database::displayName(from.spec()), table);
        return false;
    }
    const bool toSqlite = to.backend() == Database::Backend::SQLite;
    QSqlQuery read(from.connection());
    read.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QLatin1Char(',')), table);
    // The schema version is the target's own; the criteria's default set is replaced by
    // the source's (migration 2 put one in every new database).
    if (table == QLatin1String("settings"))
        sql += QStringLiteral(" WHERE key <> 'schema_version'");
    sql += QStringLiteral(" ORDER BY ") + orderKey(table);
    if (!read.exec(sql))
        return fail(from, read, error);
    QList<QVariantList> batch;
    *count = 0;
    while (read.next()) {
        QVariantList row;
        row.reserve(columns.size());
        for (int i = 0; i < columns.size(); ++i)
            row.append(stored(read.value(i), toSqlite));
        batch.append(row);
        ++*count;
        if (batch.size() == kRowsPerInsert) {
            if (!insertRows(to, table, columns, batch, error))
                return false;
            batch.clear();
        }
    }
    if (!from.finished(read, error))
        return false;
    if (!insertRows(to, table, columns, batch, error))
        return false;
    // PostgreSQL's ids come from a sequence: it goes on after the largest id copied.
    if (!toSqlite && orderKey(table) == QLatin1String("id")) {
        QSqlQuery q(to.connection());
        if (!q.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                   "COALESCE((SELECT MAX(id) FROM %1), 0) + 1, false)")
                        .arg(table)))
            return fail(to, q, error);
    }
    return true;
}

} // namespace

const QStringList &tables()
{
    static const QStringList list{
        QStringLiteral("settings"),   QStringLiteral("customers"),      QStringLiteral("orders"),
        QStringLiteral("contacts"),   QStringLiteral("feedback"),       QStringLiteral("spend"),
        QStringLiteral("criteria"),   QStringLiteral("targets"),        QStringLiteral("actions"),
        QStringLiteral("exit_calls"), QStringLiteral("reality_checks"), QStringLiteral("import_mappings"),
    };
    return list;
}

bool holdsCompany(const Database &db, bool *holds, QString *error)
{
    *holds = false;
    for (const QString &table : tables()) {
        QString sql = QStringLiteral("SELECT COUNT(*) FROM %1").arg(table);
        if (table == QLatin1String("settings"))
            sql += QStringLiteral(" WHERE key <> 'schema_version'");
        else if (table == QLatin1String("criteria"))
            sql += QStringLiteral(" WHERE NOT (name = ? AND version = 1)");
        QSqlQuery q(db.connection());
        q.prepare(sql);
        if (table == QLatin1String("criteria"))
            q.addBindValue(kDefaultCriteria);
        if (!q.exec() || !q.next())
            return fail(db, q, error);
        if (q.value(0).toLongLong() > 0) {
            *holds = true;
            return true;
        }
    }
    return true;
}

bool copy(const Database &from, Database &to, bool replace, QList<QPair<QString, qint64>> *rows,
          QString *error)
{
    const auto refuse = [&](const QString &message) {
        *error = message;
        return false;
    };
    if (from.schemaVersion() != to.schemaVersion())
        return refuse(StorageTr::tr("%1 and %2 are at different schema versions (%3 and %4)")
                          .arg(Database::displayName(from.spec()), Database::displayName(to.spec()))
                          .arg(from.schemaVersion())
                          .arg(to.schemaVersion()));
    bool holds = false;
    if (!holdsCompany(to, &holds, error))
        return false;
    if (holds && !replace)
        return refuse(StorageTr::tr("%1 already holds a company: give --replace to replace it with %2's")
                          .arg(Database::displayName(to.spec()), Database::displayName(from.spec())));
    QSqlDatabase target = to.connection();
    if (!target.transaction())
        return refuse(to.describe(target.lastError()));
    const auto rollback = [&](const QString &message) {
        target.rollback();
        *error =
            StorageTr::tr("%1; nothing was written to %2").arg(message, Database::displayName(to.spec()));
        return false;
    };
    // Emptied first, children before parents: the target's own rows never mix with the
    // copy (a new database's default criteria set and settings included).
    for (qsizetype i = tables().size() - 1; i >= 0; --i) {
        QSqlQuery q(target);
        QString sql = QStringLiteral("DELETE FROM %1").arg(tables().at(i));
        if (tables().at(i) == QLatin1String("settings"))
            sql += QStringLiteral(" WHERE key <> 'schema_version'");
        if (!q.exec(sql))
            return rollback(to.describe(q.lastError()));
    }
    // The source read in one transaction: one consistent company, even while another desk
    // writes to it.
    QSqlDatabase source = from.connection();
    const bool reading = source.transaction();
    QList<QPair<QString, qint64>> counts;
    for (const QString &table : tables()) {
        qint64 count = 0;
        QString why;
        if (!copyTable(from, to, table, &count, &why)) {
            if (reading)
                source.rollback();
            return rollback(why);
        }
        counts.append({table, count});
    }
    if (reading)
        source.rollback(); // nothing was written there
    if (!target.commit())
        return rollback(to.describe(target.lastError()));
    if (rows)
        *rows = counts;
    return true;
}

} // namespace acc::companycopy
