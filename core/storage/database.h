#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

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

    Database();
    ~Database();

    // Opens (creating the SQLite file if needed) and migrates. On failure returns false
    // and sets *error to a message a person can act on.
    bool open(const QString &spec, QString *error);
    void close();
    bool isOpen() const;

    const QString &spec() const { return m_spec; }
    Backend backend() const { return m_backend; }
    QSqlDatabase connection() const;

    int schemaVersion() const;
    static int currentSchemaVersion();

    // Settings kept in the database (company name, currency, SLA days, ...).
    QString setting(const QString &key, const QString &fallback = {}) const;
    bool setSetting(const QString &key, const QString &value);

    // True when the spec names a PostgreSQL database.
    static bool isPostgresSpec(const QString &spec);

private:
    bool openSqlite(const QString &path, QString *error);
    bool openPostgres(const QString &url, QString *error);
    bool migrate(QString *error);

    QString m_connectionName;
    QString m_spec;
    Backend m_backend = Backend::SQLite;
};

// Reads a date column whichever way the backend returns it (QDate or "YYYY-MM-DD").
QDate readDate(const QVariant &v);
// Binds a date: "YYYY-MM-DD", or NULL for an invalid date.
QVariant dateValue(QDate d);

} // namespace acc
