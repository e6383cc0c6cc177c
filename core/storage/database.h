#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

class QSqlError;
class QUrl;
class QSqlQuery;

namespace acc {

// One open company database: an embedded SQLite file (the default) or a shared PostgreSQL
// database given as postgresql://user[:password]@host[:port]/dbname. Opening it brings
// its schema up to date (numbered migrations) and refuses a database written by a newer
// version of Accountable. One Database object is one connection: use it on one thread
// only, and open another (same spec) for a worker thread.
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)
public:
    enum class Backend { SQLite, PostgreSQL };
    // ReadWrite creates a missing SQLite file and migrates its schema. ReadOnly never
    // creates or changes anything (a missing or empty file is refused), so reading works in
    // a read-only folder or mount; an older schema is migrated first only where the file can
    // be written.
    enum class Mode { ReadWrite, ReadOnly };

    Database();
    ~Database();

    // Opens (creating the SQLite file if needed) and migrates. On failure returns false
    // and sets *error to a message a person can act on.
    bool open(const QString &spec, QString *error, Mode mode = Mode::ReadWrite);
    void close();
    bool isOpen() const;
    Mode mode() const { return m_mode; }
    // True when open() made a new SQLite file.
    bool created() const { return m_created; }
    // Closes, and when open() made the SQLite file, deletes it (with its -wal, -shm and
    // -journal): a command that fails leaves no new file behind. True when it deleted.
    bool discardIfCreated();

    const QString &spec() const { return m_spec; }
    Backend backend() const { return m_backend; }
    QSqlDatabase connection() const;

    int schemaVersion() const;
    static int currentSchemaVersion();

    // Why this company cannot be changed from here, or empty when it can: a PostgreSQL role
    // granted only reading (the read-only role of `accountable grant`), an SQLite file or
    // folder that cannot be written. The database enforces it either way; the window
    // disables its editors and says this.
    QString editRefusal() const;

    // Settings kept in the database (company name, currency, SLA days, ...).
    QString setting(const QString &key, const QString &fallback = {}) const;
    // The same, telling a failed read (std::nullopt and *error) from an absent setting.
    std::optional<QString> readSetting(const QString &key, const QString &fallback, QString *error) const;
    bool setSetting(const QString &key, const QString &value);

    // True when the spec names a PostgreSQL database.
    static bool isPostgresSpec(const QString &spec);
    // The name this program's PostgreSQL connections give themselves (application_name):
    // "accountable:TOKEN:PERSON", TOKEN one per running program, PERSON the person at the
    // desk (setPerson; the login name until then), at most 63 bytes. Notifications carry it
    // (ChangeListener): who changed what, and whether it was this program.
    static QString clientName();
    static void setPerson(const QString &person);
    // The person a client name names ("" when it is not Accountable's), and whether it is
    // this program's own.
    static QString personOf(const QString &clientName);
    static bool isOwnClient(const QString &clientName);
    // A spec as a person reads it: the file's path (native separators), or the server's
    // address without its password.
    static QString displayName(const QString &spec);

    // What a failed statement means for a person, naming this database: damaged, a full
    // disk, read-only, an I/O error, busy, or the driver's own text. "Nothing was written"
    // is the caller's to add where true.
    QString describe(const QSqlError &error) const;
    // After the last next() of a query: false with *error when the rows ended on an error
    // rather than at the end (a damaged page, an I/O error), true when every row was read.
    bool finished(const QSqlQuery &query, QString *error) const;

private:
    bool openSqlite(const QString &path, QString *error);
    bool connectSqlite(const QString &name, const QString &extraOptions, QString *error);
    bool configureSqliteConnection(QString *error);
    bool upgradeReadOnly(int have, QString *error);
    std::optional<int> readSchemaVersion(QString *error) const;
    bool openPostgres(const QString &url, QString *error);
    static QString describeConnectFailure(const QUrl &url, const QString &driverText);
    bool migrate(QString *error);

    QString m_connectionName;
    QString m_spec;
    // m_spec as messages show it: an address without its password.
    QString shownSpec() const;
    Backend m_backend = Backend::SQLite;
    Mode m_mode = Mode::ReadWrite;
    bool m_created = false;
};

// A consistent snapshot for reading: every query on the connection until it ends sees the
// database as one committed state, whatever other connections commit meanwhile (a deferred
// transaction in SQLite's WAL mode; REPEATABLE READ, READ ONLY on PostgreSQL). It writes
// nothing and ends with a rollback.
class ReadTransaction final
{
    Q_DISABLE_COPY_MOVE(ReadTransaction)
public:
    explicit ReadTransaction(Database &db)
        : m_db(db)
    {}
    ~ReadTransaction();
    bool begin(QString *error);

private:
    Database &m_db;
    bool m_active = false;
};

// Reads a date column whichever way the backend returns it (QDate or "YYYY-MM-DD").
QDate readDate(const QVariant &v);
// Binds a date: "YYYY-MM-DD", or NULL for an invalid date.
QVariant dateValue(QDate d);

} // namespace acc
