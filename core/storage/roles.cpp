#include "roles.h"

#include "database.h"
#include "translation.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace acc::roles {

namespace {

// Runs the statement the server writes with the role quoted: `format(template, role)`.
bool runFormatted(QSqlDatabase &connection, const QString &formatTemplate, const QString &role,
                  QString *error)
{
    QSqlQuery q(connection);
    q.prepare(QStringLiteral("SELECT format(?, ?::text, current_database())"));
    q.addBindValue(formatTemplate);
    q.addBindValue(role);
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text().trimmed();
        return false;
    }
    const QString statement = q.value(0).toString();
    q.finish();
    if (!q.exec(statement)) {
        *error = q.lastError().text().trimmed();
        return false;
    }
    return true;
}

} // namespace

bool grant(Database &db, const QString &role, Access access, QString *error)
{
    if (db.backend() != Database::Backend::PostgreSQL) {
        *error =
            StorageTr::tr("roles belong to PostgreSQL; an SQLite company is read-only through its file's "
                          "permissions");
        return false;
    }
    static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
    if (!name.match(role).hasMatch()) {
        *error =
            StorageTr::tr("\"%1\" is not a role name here: letters, digits (not first) and _, at most 63")
                .arg(role.left(80));
        return false;
    }
    QSqlDatabase connection = db.connection();
    if (!connection.transaction()) {
        *error = db.describe(connection.lastError());
        return false;
    }
    QSqlQuery exists(connection);
    exists.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    exists.addBindValue(role);
    if (!exists.exec()) {
        *error = db.describe(exists.lastError());
        connection.rollback();
        return false;
    }
    const bool known = exists.next();
    exists.finish();
    QStringList statements;
    if (!known)
        statements << QStringLiteral("CREATE ROLE %1$I LOGIN");
    statements << QStringLiteral("GRANT CONNECT ON DATABASE %2$I TO %1$I")
               << QStringLiteral("GRANT USAGE ON SCHEMA public TO %1$I")
               << QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %1$I")
               << QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM %1$I");
    if (access == Access::ReadOnly) {
        statements << QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1$I");
    } else {
        statements << QStringLiteral(
                          "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1$I")
                   << QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1$I");
    }
    for (const QString &statement : std::as_const(statements)) {
        QString why;
        if (!runFormatted(connection, statement, role, &why)) {
            connection.rollback();
            *error = StorageTr::tr("cannot grant %1 its access (nothing was changed): %2").arg(role, why);
            return false;
        }
    }
    if (!connection.commit()) {
        *error = db.describe(connection.lastError());
        connection.rollback();
        return false;
    }
    return true;
}

} // namespace acc::roles
