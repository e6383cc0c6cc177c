#include "database.h"
#include "translation.h"

#include "schema.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <sqlite3.h>

#include <mutex>

#include <unistd.h>

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

// Less free space than this on the database's disk: an I/O error is a full disk.
constexpr qint64 kFullDiskBytes = 1 << 20;

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

QString Database::shownSpec() const
{
    return m_backend == Backend::PostgreSQL ? QUrl(m_spec).toDisplayString(QUrl::RemovePassword) : m_spec;
}

bool Database::isPostgresSpec(const QString &spec)
{
    return spec.startsWith(QLatin1String("postgresql://")) || spec.startsWith(QLatin1String("postgres://"));
}

bool Database::open(const QString &spec, QString *error, Mode mode)
{
    close();
    m_spec = spec;
    m_mode = mode;
    m_created = false;
    const bool ok = isPostgresSpec(spec) ? openPostgres(spec, error) : openSqlite(spec, error);
    if (!ok || !migrate(error)) {
        discardIfCreated();
        return false;
    }
    return true;
}

bool Database::discardIfCreated()
{
    const bool created = m_created;
    close();
    m_created = false;
    if (!created)
        return false;
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(m_spec + QLatin1String(suffix));
    return true;
}

bool Database::openSqlite(const QString &path, QString *error)
{
    m_backend = Backend::SQLite;
    if (path.isEmpty()) {
        *error = StorageTr::tr("no database file given");
        return false;
    }
    if (path == QLatin1String(":memory:")) {
        *error = StorageTr::tr(
            "an in-memory database (:memory:) is gone when the command ends; give a file name instead");
        return false;
    }
    const QFileInfo info(path);
    if (info.exists() && info.isDir()) {
        *error = StorageTr::tr("%1 is a folder, not a database file").arg(path);
        return false;
    }
    const bool readOnly = m_mode == Mode::ReadOnly;
    if (readOnly && !info.exists()) {
        *error = StorageTr::tr("no database at %1 (create one with accountable demo or accountable import)")
                     .arg(path);
        return false;
    }
    if (readOnly && info.isFile() && info.size() == 0) {
        *error =
            StorageTr::tr("%1 is an empty file, not an Accountable database; nothing was changed").arg(path);
        return false;
    }
    m_created = !readOnly && !info.exists();
    configureSqliteLibrary();
    // Reading where the file and its folder can be written uses an ordinary connection kept
    // from writing by query_only, so that SQLite tidies its -wal and -shm files away on close;
    // elsewhere SQLite's read-only mode.
    const bool writable = ::access(QFile::encodeName(path).constData(), W_OK) == 0 &&
                          ::access(QFile::encodeName(info.absolutePath()).constData(), W_OK) == 0;
    if (!connectSqlite(path, readOnly && !writable ? QStringLiteral(";QSQLITE_OPEN_READONLY") : QString(),
                       error))
        return false;
    QSqlQuery q(connection());
    // Reading the schema first tells a non-database file apart with a clear message.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()) {
        const QSqlError failed = q.lastError();
        q = QSqlQuery();
        const int code = failed.nativeErrorCode().toInt() & 0xff;
        // A read-only folder or mount: SQLite cannot make the shared-memory file a WAL
        // database needs beside it. Opened as immutable it reads the file alone, which is
        // only right when no committed change waits in a -wal file.
        if (readOnly && (code == SQLITE_CANTOPEN || code == SQLITE_READONLY) &&
            !QFileInfo(QFileInfo(path).absolutePath()).isWritable()) {
            if (QFileInfo(path + QLatin1String("-wal")).size() > 0) {
                *error =
                    StorageTr::tr("cannot read %1: its folder is read-only and recent changes to it wait in "
                                  "%1-wal; open it once where it can be written")
                        .arg(path);
                return false;
            }
            close();
            const QString uri =
                QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
                QLatin1String("?immutable=1");
            if (!connectSqlite(uri, QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"), error))
                return false;
            QSqlQuery retry(connection());
            if (retry.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && retry.next())
                return configureSqliteConnection(error);
            *error = describe(retry.lastError());
            return false;
        }
        // A read-only file, folder or mount: SQLite says it cannot open the file (it needs
        // to write its journal beside it); say what is wrong instead.
        if (!readOnly && info.exists() && (code == SQLITE_CANTOPEN || code == SQLITE_READONLY) &&
            (::access(QFile::encodeName(path).constData(), W_OK) != 0 ||
             ::access(QFile::encodeName(info.absolutePath()).constData(), W_OK) != 0)) {
            *error = StorageTr::tr("%1 cannot be changed: the file, its folder or its disk is read-only (%2)")
                         .arg(path, failed.databaseText());
            return false;
        }
        *error = describe(failed);
        return false;
    }
    q = QSqlQuery();
    return configureSqliteConnection(error);
}

bool Database::connectSqlite(const QString &name, const QString &extraOptions, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(name);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000") + extraOptions);
    if (!db.open()) {
        *error = StorageTr::tr("cannot open %1: %2").arg(m_spec, db.lastError().text());
        return false;
    }
    return true;
}

bool Database::configureSqliteConnection(QString *error)
{
    QSqlQuery q(connection());
    // cell_size_check: a damaged page is reported as damaged when read, never read as data.
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON"),
                        QStringLiteral("PRAGMA cell_size_check = ON")};
    if (m_mode == Mode::ReadOnly)
        pragmas.append(QStringLiteral("PRAGMA query_only = ON"));
    else
        pragmas +=
            {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = NORMAL")};
    for (const QString &pragma : std::as_const(pragmas)) {
        if (!q.exec(pragma)) {
            *error = describe(q.lastError());
            return false;
        }
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
    // Without a password in the address libpq finds one in ~/.pgpass (or PGPASSFILE); the
    // address's sslmode (disable, prefer, require, verify-ca, verify-full) chooses TLS.
    // Five seconds to reach the server, not libpq's forever: the window connects on open.
    // A network that goes away without a word (a laptop leaving the office's Wi-Fi) is
    // noticed within half a minute instead of the system's quarter of an hour: keepalives
    // on an idle connection, and a write the server has not acknowledged in 20 s fails.
    QStringList options{QStringLiteral("application_name='%1'").arg(clientName()),
                        QStringLiteral("connect_timeout=5"),
                        QStringLiteral("keepalives_idle=10"),
                        QStringLiteral("keepalives_interval=5"),
                        QStringLiteral("keepalives_count=3"),
                        QStringLiteral("tcp_user_timeout=20000")};
    const QString sslmode = QUrlQuery(url).queryItemValue(QStringLiteral("sslmode"));
    if (!sslmode.isEmpty()) {
        static const QStringList modes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                                          QStringLiteral("prefer"),    QStringLiteral("require"),
                                          QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
        if (!modes.contains(sslmode)) {
            *error = StorageTr::tr("unknown sslmode \"%1\" in %2: expected one of %3")
                         .arg(sslmode, url.toDisplayString(QUrl::RemovePassword),
                              modes.join(QStringLiteral(", ")));
            return false;
        }
        options.append(QStringLiteral("sslmode=%1").arg(sslmode));
    }
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        *error = describeConnectFailure(url, db.lastError().text().trimmed());
        return false;
    }
    QSqlQuery q(db);
    return exec(q, QStringLiteral("SET client_min_messages TO WARNING"), error);
}

QString Database::editRefusal() const
{
    if (m_backend == Backend::PostgreSQL) {
        QSqlQuery q(connection());
        if (q.exec(QStringLiteral("SELECT current_user, has_table_privilege('targets', 'INSERT') AND "
                                  "has_table_privilege('actions', 'UPDATE') AND "
                                  "has_table_privilege('criteria', 'INSERT')")) &&
            q.next() && !q.value(1).toBool())
            return StorageTr::tr(
                       "the database role %1 may read and present this company but not change it "
                       "(a read-only role); its administrator grants more with \"accountable grant\"")
                .arg(q.value(0).toString());
        return {};
    }
    const QFileInfo file(m_spec);
    if (!file.isWritable() || !QFileInfo(file.absolutePath()).isWritable())
        return StorageTr::tr("%1 is in a place that cannot be written (a read-only file, folder or disk)")
            .arg(QDir::toNativeSeparators(m_spec));
    return {};
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
    QString ignored;
    return readSchemaVersion(&ignored).value_or(0);
}

bool Database::migrate(QString *error)
{
    QSqlDatabase db = connection();
    QString why;
    const std::optional<int> haveRead = readSchemaVersion(&why);
    if (!haveRead) {
        *error = why;
        return false;
    }
    const int have = *haveRead;
    const int latest = currentSchemaVersion();
    if (have > latest) {
        *error = StorageTr::tr(
                     "%1 was written by a newer version of Accountable (schema %2; this version knows up to "
                     "%3). Update Accountable to open it; nothing was changed.")
                     .arg(shownSpec())
                     .arg(have)
                     .arg(latest);
        return false;
    }
    const QStringList tables = db.tables();
    if (have == 0 && !tables.isEmpty() && !tables.contains(QStringLiteral("settings"))) {
        *error =
            StorageTr::tr("%1 holds other tables and is not an Accountable database; nothing was changed.")
                .arg(shownSpec());
        return false;
    }
    if (have == latest)
        return true;
    if (m_mode == Mode::ReadOnly) {
        if (have == 0) {
            *error = m_backend == Backend::PostgreSQL
                         ? StorageTr::tr(
                               "%1 is an empty database, not an Accountable company; nothing was changed. "
                               "To share a company there, copy it in (accountable copy --from FILE "
                               "--to %1) or import its files (accountable import --db %1 FILES)")
                               .arg(shownSpec())
                         : StorageTr::tr(
                               "%1 is an empty database, not an Accountable company; nothing was changed")
                               .arg(shownSpec());
            return false;
        }
        // upgradeReadOnly() closes this connection and opens it again: no copy of it may
        // be left here, or Qt warns that it is still in use and invalidates it.
        db = QSqlDatabase();
        return upgradeReadOnly(have, error);
    }
    const bool postgres = m_backend == Backend::PostgreSQL;
    for (const auto &m : schema::migrations()) {
        if (m.version <= have)
            continue;
        if (!db.transaction()) {
            *error =
                StorageTr::tr("cannot start a transaction on %1: %2").arg(m_spec, describe(db.lastError()));
            return false;
        }
        QSqlQuery q(db);
        bool ok = true;
        for (const QString &statement : m.statements) {
            const QString sql = schema::render(statement, postgres);
            if (!sql.isEmpty() && !q.exec(sql)) {
                *error = StorageTr::tr("cannot bring %1 up to date (migration %2): %3")
                             .arg(shownSpec())
                             .arg(m.version)
                             .arg(describe(q.lastError()));
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
                *error = StorageTr::tr("cannot record the schema version: %1").arg(describe(q.lastError()));
        }
        q = QSqlQuery();
        if (!ok || !db.commit()) {
            if (ok)
                *error = StorageTr::tr("cannot commit migration %1: %2")
                             .arg(m.version)
                             .arg(describe(db.lastError()));
            db.rollback();
            return false;
        }
    }
    return true;
}

bool Database::upgradeReadOnly(int have, QString *error)
{
    // Reading never writes, but a company written by an older version needs its schema
    // brought up to date once: done through a connection of its own where the file can be
    // written, then read as before.
    {
        Database writable;
        QString why;
        if (!writable.open(m_spec, &why, Mode::ReadWrite)) {
            *error =
                StorageTr::tr("%1 was written by an older version of Accountable (schema %2) and cannot be "
                              "brought up to date here: %3")
                    .arg(shownSpec())
                    .arg(have)
                    .arg(why);
            return false;
        }
    }
    const QString spec = m_spec;
    return open(spec, error, Mode::ReadOnly);
}

std::optional<int> Database::readSchemaVersion(QString *error) const
{
    const QSqlDatabase db = connection();
    QSqlQuery q(db);
    const QString sql =
        m_backend == Backend::PostgreSQL
            ? QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                             "current_schema() AND table_name = 'settings'")
            : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = "
                             "'settings'");
    if (!q.exec(sql) || !q.next()) {
        *error = describe(q.lastError());
        return std::nullopt;
    }
    if (q.value(0).toInt() == 0)
        return 0;
    const auto value = readSetting(QStringLiteral("schema_version"), QStringLiteral("0"), error);
    if (!value)
        return std::nullopt;
    bool ok = false;
    const int version = value->toInt(&ok);
    if (!ok) {
        *error =
            StorageTr::tr("%1 is damaged: its schema version \"%2\" is not a number").arg(m_spec, *value);
        return std::nullopt;
    }
    return version;
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

std::optional<QString> Database::readSetting(const QString &key, const QString &fallback,
                                             QString *error) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec()) {
        *error = describe(q.lastError());
        return std::nullopt;
    }
    if (q.next())
        return q.value(0).toString();
    if (!finished(q, error))
        return std::nullopt;
    return fallback;
}

QString Database::displayName(const QString &spec)
{
    return isPostgresSpec(spec) ? QUrl(spec).toDisplayString(QUrl::RemovePassword)
                                : QDir::toNativeSeparators(spec);
}

QString Database::describe(const QSqlError &e) const
{
    const QString name = displayName(m_spec);
    const QString detail = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    const QString code = e.nativeErrorCode();
    if (m_backend == Backend::PostgreSQL) {
        if (code == QLatin1String("53100"))
            return StorageTr::tr("the disk of the database server holding %1 is full (%2)").arg(name, detail);
        if (code.startsWith(QLatin1String("XX")))
            return StorageTr::tr("%1 is damaged: the server cannot read part of it (%2)").arg(name, detail);
        if (code == QLatin1String("25006"))
            return StorageTr::tr("%1 is read-only for this connection (%2)").arg(name, detail);
        return StorageTr::tr("database error on %1: %2").arg(name, detail);
    }
    const int primary = code.toInt() & 0xff;
    if (primary == SQLITE_FULL || primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN) {
        // SQLite often reports a full disk as an I/O error (its shared-memory file could not
        // grow): the free space tells.
        const QStorageInfo disk(QFileInfo(m_spec).absolutePath());
        if (primary == SQLITE_FULL || (disk.isValid() && disk.bytesAvailable() < kFullDiskBytes))
            return StorageTr::tr("the disk holding %1 is full (%2); free some space and try again")
                .arg(name, detail);
    }
    switch (primary) {
    case SQLITE_CORRUPT:
        return StorageTr::tr("%1 is damaged: part of the file cannot be read (%2); restore it from a backup")
            .arg(name, detail);
    case SQLITE_NOTADB:
        return StorageTr::tr("%1 is not an Accountable database, or its first page is damaged (%2)")
            .arg(name, detail);
    case SQLITE_READONLY:
        return StorageTr::tr("%1 cannot be changed: the file, its folder or its disk is read-only (%2)")
            .arg(name, detail);
    case SQLITE_CANTOPEN:
        return StorageTr::tr("cannot open %1: check that the file and its folder exist and can be read (%2)")
            .arg(name, detail);
    case SQLITE_IOERR:
        return StorageTr::tr("cannot read or write %1: an input/output error (%2)").arg(name, detail);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StorageTr::tr("%1 is busy: another program is writing to it (%2); try again")
            .arg(name, detail);
    default:
        return StorageTr::tr("database error on %1: %2").arg(name, detail);
    }
}

bool Database::finished(const QSqlQuery &query, QString *error) const
{
    if (!query.lastError().isValid())
        return true;
    *error = describe(query.lastError());
    return false;
}

ReadTransaction::~ReadTransaction()
{
    if (m_active)
        m_db.connection().rollback();
}

bool ReadTransaction::begin(QString *error)
{
    QSqlDatabase connection = m_db.connection();
    if (!connection.transaction()) {
        *error = m_db.describe(connection.lastError());
        return false;
    }
    m_active = true;
    if (m_db.backend() == Database::Backend::PostgreSQL) {
        QSqlQuery q(connection);
        if (!q.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"))) {
            *error = m_db.describe(q.lastError());
            return false;
        }
    }
    return true;
}

bool Database::setSetting(const QString &key, const QString &value)
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value.isNull() ? QStringLiteral("") : value); // a null QString would bind NULL
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
