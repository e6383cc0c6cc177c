// Database: how a PostgreSQL connection names its program and person (the other desks
// read who changed what from it, docs/sharing.md), and what a refused connection means
// in a person's words. The rest is database.cpp.
#include "database.h"
#include "translation.h"

#include <QUrl>
#include <QUuid>

#include <mutex>

namespace acc {

namespace {

// Read by the connections of every thread (the listener's, the loaders'), set by the
// window's: under this lock.
std::mutex &personLock()
{
    static std::mutex lock;
    return lock;
}

QString &personName()
{
    static QString person = [] {
        QString login = qEnvironmentVariable("USER");
        return login.isEmpty() ? qEnvironmentVariable("USERNAME") : login;
    }();
    return person;
}

const QString &processToken()
{
    static const QString token = QUuid::createUuid().toString(QUuid::Id128).left(8);
    return token;
}

} // namespace

QString Database::describeConnectFailure(const QUrl &url, const QString &driverText)
{
    // libpq's messages are English whatever the locale (Qt's driver sets none): what they
    // mean, said so a person knows what to do.
    const QString where = url.toDisplayString(QUrl::RemovePassword | QUrl::RemoveQuery);
    const QString user = url.userName();
    const QString server = QStringLiteral("%1:%2").arg(url.host()).arg(url.port(5432));
    const auto says = [&](const char *text) {
        return driverText.contains(QLatin1String(text), Qt::CaseInsensitive);
    };
    QString what;
    if (says("no password supplied"))
        what = StorageTr::tr("the server asks a password for %1: put it in ~/.pgpass (or in the address)")
                   .arg(user);
    else if (says("authentication failed") || (says("role") && says("does not exist")))
        what = StorageTr::tr("the server refused the login of %1 (wrong user name or password)").arg(user);
    else if (says("database") && says("does not exist"))
        what = StorageTr::tr("the server %1 has no database %2").arg(server, url.path().mid(1));
    else if (says("could not connect") || says("connection refused") || says("could not translate host") ||
             says("timeout expired") || says("no route to host") || says("network is unreachable"))
        what = StorageTr::tr("cannot reach the server %1 (is it running, and is the address right?)")
                   .arg(server);
    else if (says("SSL"))
        what = StorageTr::tr("the TLS connection to %1 failed").arg(server);
    else
        return StorageTr::tr("cannot connect to %1: %2").arg(where, driverText);
    return StorageTr::tr("cannot connect to %1: %2. Nothing was changed. (%3)").arg(where, what, driverText);
}

QString Database::clientName()
{
    // libpq's connection options: no quotes, backslashes or semicolons in the value.
    QString person = [] {
        std::lock_guard lock(personLock());
        return personName();
    }();
    for (QChar &c : person) {
        if (c == QLatin1Char('\'') || c == QLatin1Char('\\') || c == QLatin1Char(';') ||
            c.category() == QChar::Other_Control)
            c = QLatin1Char('_');
    }
    QString name = QStringLiteral("accountable:%1:%2").arg(processToken(), person);
    while (name.toUtf8().size() > 63)
        name.chop(1);
    return name;
}

void Database::setPerson(const QString &person)
{
    std::lock_guard lock(personLock());
    personName() = person.trimmed();
}

QString Database::personOf(const QString &clientName)
{
    if (!clientName.startsWith(QLatin1String("accountable:")))
        return {};
    return clientName.section(QLatin1Char(':'), 2);
}

bool Database::isOwnClient(const QString &clientName)
{
    return clientName.section(QLatin1Char(':'), 1, 1) == processToken() &&
           clientName.startsWith(QLatin1String("accountable:"));
}

} // namespace acc
