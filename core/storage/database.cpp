#include "database.h"
#include "translation.h"

#include "schema.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <sqlite3.h>

#include <mutex>

namespace acc {

namespace {

// Library-wide SQLite settings, before the first connection initialises the library.
// Multi-thread mode: Qt uses a connection only from the thread that opened it, and each of
// our threads opens its own, so SQLite's per-connection mutex is pure cost (every bind and
// step takes it). Memory statistics off: with them, every allocation takes a global mutex.
// Together they halve the time of a bulk insert (docs/performance.md#import). If another
// part of the process initialised SQLite first, sqlite3_config refuses and the defaults
// (serialized, statistics on) stay, which is only slower.
void configureSqliteLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] {
        sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    });
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("accountable-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool exec(QSqlQuery &q, const QString &sql, QString *error)
{
    if (q.exec(sql))
        return true;
    if (error)
        *error = StorageTr::tr("database error: %1 (in: %2)").arg(q.lastError().text(), sql.left(80));
    return false;
}

} // namespace

Database::Database()
    : m_connectionName(nextConnectionName())
{}

Database::~Database()
{
    close();
}

bool Database::isPostgresSpec(const QString &spec)
{
    return spec.startsWith(QLatin1String("postgresql://")) || spec.startsWith(QLatin1String("postgres://"));
}

bool Database::open(const QString &spec, QString *error)
{
    close();
    m_spec = spec;
    const bool ok = isPostgresSpec(spec) ? openPostgres(spec, error) : openSqlite(spec, error);
    if (!ok) {
        close();
        return false;
    }
    if (!migrate(error)) {
        close();
        return false;
    }
    return true;
}

bool Database::openSqlite(const QString &path, QString *error)
{
    m_backend = Backend::SQLite;
    if (path.isEmpty()) {
        *error = StorageTr::tr("no database file given");
        return false;
    }
    const QFileInfo info(path);
    if (info.exists() && info.isDir()) {
        *error = StorageTr::tr("%1 is a folder, not a database file").arg(path);
        return false;
    }
    configureSqliteLibrary();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = StorageTr::tr("cannot open %1: %2").arg(path, db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    // Reading the schema first tells a non-database file apart with a clear message.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        *error = StorageTr::tr("%1 is not an Accountable database (%2)").arg(path, q.lastError().text());
        return false;
    }
    for (const char *pragma :
         {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"}) {
        if (!exec(q, QString::fromLatin1(pragma), error))
            return false;
    }
    return true;
}

bool Database::openPostgres(const QString &spec, QString *error)
{
    m_backend = Backend::PostgreSQL;
    const QUrl url(spec, QUrl::StrictMode);
    const QString dbName = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || dbName.isEmpty()) {
        *error =
            StorageTr::tr("cannot read the database address %1: expected postgresql://user@host:port/dbname")
                .arg(url.toDisplayString(QUrl::RemovePassword));
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error =
            StorageTr::tr("the PostgreSQL driver for Qt is not installed (Debian package libqt6sql6-psql)");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setDatabaseName(dbName);
    db.setUserName(url.userName());
    db.setPassword(url.password());
    if (!db.open()) {
        *error = StorageTr::tr("cannot connect to %1: %2")
                     .arg(url.toDisplayString(QUrl::RemovePassword), db.lastError().text().trimmed());
        return false;
    }
    QSqlQuery q(db);
    return exec(q, QStringLiteral("SET client_min_messages TO WARNING"), error);
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::currentSchemaVersion()
{
    return schema::migrations().constLast().version;
}

int Database::schemaVersion() const
{
    const QSqlDatabase db = connection();
    if (!db.tables().contains(QStringLiteral("settings")))
        return 0;
    return setting(QStringLiteral("schema_version"), QStringLiteral("0")).toInt();
}

bool Database::migrate(QString *error)
{
    QSqlDatabase db = connection();
    const int have = schemaVersion();
    const int latest = currentSchemaVersion();
    if (have > latest) {
        *error = StorageTr::tr(
                     "%1 was written by a newer version of Accountable (schema %2; this version knows up to "
                     "%3). Update Accountable to open it; nothing was changed.")
                     .arg(m_spec)
                     .arg(have)
                     .arg(latest);
        return false;
    }
    if (have == 0 && !db.tables().isEmpty() && !db.tables().contains(QStringLiteral("settings"))) {
        *error =
            StorageTr::tr("%1 holds other tables and is not an Accountable database; nothing was changed.")
                .arg(m_spec);
        return false;
    }
    const bool postgres = m_backend == Backend::PostgreSQL;
    for (const auto &m : schema::migrations()) {
        if (m.version <= have)
            continue;
        if (!db.transaction()) {
            *error = StorageTr::tr("cannot start a transaction: %1").arg(db.lastError().text());
            return false;
        }
        QSqlQuery q(db);
        bool ok = true;
        for (const QString &statement : m.statements) {
            const QString sql = schema::render(statement, postgres);
            if (!sql.isEmpty() && !exec(q, sql, error)) {
                ok = false;
                break;
            }
        }
        if (ok) {
            q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES ('schema_version', ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
            q.addBindValue(QString::number(m.version));
            ok = q.exec();
            if (!ok)
                *error = StorageTr::tr("cannot record the schema version: %1").arg(q.lastError().text());
        }
        if (!ok || !db.commit()) {
            db.rollback();
            if (ok)
                *error =
                    StorageTr::tr("cannot commit migration %1: %2").arg(m.version).arg(db.lastError().text());
            return false;
        }
    }
    return true;
}

QString Database::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

bool Database::setSetting(const QString &key, const QString &value)
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec();
}

QDate readDate(const QVariant &v)
{
    if (v.isNull())
        return {};
    if (v.typeId() == QMetaType::QDate)
        return v.toDate();
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QVariant dateValue(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace acc
