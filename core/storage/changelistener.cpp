#include "changelistener.h"

#include "database.h"
#include "translation.h"

#include <QLocale>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace acc {

namespace {
const QString kChannel = QStringLiteral("accountable");
}

ChangeListener::ChangeListener(QObject *parent)
    : QObject(parent)
{
    connect(&m_check, &QTimer::timeout, this, &ChangeListener::checkConnection);
    // A re-import notifies once per table: gather them into one change.
    m_gather.setSingleShot(true);
    m_gather.setInterval(250);
    connect(&m_gather, &QTimer::timeout, this, &ChangeListener::flush);
}

ChangeListener::~ChangeListener()
{
    stop();
}

bool ChangeListener::listen(const QString &spec, QString *error)
{
    stop();
    if (!Database::isPostgresSpec(spec))
        return true;
    m_spec = spec;
    if (!connectAndListen(error)) {
        m_spec.clear();
        return false;
    }
    m_check.start(m_interval);
    return true;
}

void ChangeListener::stop()
{
    m_check.stop();
    m_gather.stop();
    m_tables.clear();
    m_people.clear();
    if (m_db) {
        if (m_db->isOpen())
            m_db->connection().driver()->unsubscribeFromNotification(kChannel);
        m_db.reset();
    }
    m_spec.clear();
    m_connected = false;
}

bool ChangeListener::connectAndListen(QString *error)
{
    m_db = std::make_unique<Database>();
    if (!m_db->open(m_spec, error, Database::Mode::ReadOnly)) {
        m_db.reset();
        return false;
    }
    QSqlDriver *driver = m_db->connection().driver();
    if (!driver->subscribeToNotification(kChannel)) {
        *error = tr("cannot listen for other desks' changes: %1").arg(driver->lastError().text());
        m_db.reset();
        return false;
    }
    connect(driver, &QSqlDriver::notification, this, &ChangeListener::onNotification);
    m_connected = true;
    return true;
}

void ChangeListener::onNotification(const QString &name, QSqlDriver::NotificationSource source,
                                    const QVariant &payload)
{
    if (name != kChannel || source == QSqlDriver::SelfSource)
        return;
    // "TABLE CLIENT_NAME" (migration 6).
    const QString text = payload.toString();
    const QString table = text.section(QLatin1Char(' '), 0, 0);
    const QString client = text.section(QLatin1Char(' '), 1);
    if (table.isEmpty() || Database::isOwnClient(client))
        return;
    m_tables.insert(table);
    const QString person = Database::personOf(client);
    if (!person.isEmpty())
        m_people.insert(person);
    if (!m_gather.isActive())
        m_gather.start();
}

void ChangeListener::flush()
{
    QStringList tables(m_tables.cbegin(), m_tables.cend());
    QStringList people(m_people.cbegin(), m_people.cend());
    std::sort(tables.begin(), tables.end());
    std::sort(people.begin(), people.end());
    m_tables.clear();
    m_people.clear();
    if (!tables.isEmpty())
        emit changed(tables, people);
}

QString ChangeListener::describe(const QStringList &tables, const QStringList &people, const QTime &at)
{
    // What changed, in a person's words: the data tables are one import.
    QStringList what;
    const auto add = [&what](const QString &text) {
        if (!what.contains(text))
            what.append(text);
    };
    for (const QString &table : tables) {
        if (table == QLatin1String("targets"))
            add(StorageTr::tr("targets"));
        else if (table == QLatin1String("actions"))
            add(StorageTr::tr("actions"));
        else if (table == QLatin1String("criteria"))
            add(StorageTr::tr("best-customer criteria"));
        else if (table == QLatin1String("exit_calls"))
            add(StorageTr::tr("exit calls"));
        else if (table == QLatin1String("reality_checks"))
            add(StorageTr::tr("reality check"));
        else if (table == QLatin1String("settings"))
            add(StorageTr::tr("settings"));
        else
            add(StorageTr::tr("the company's data (an import)"));
    }
    QString list = what.value(0);
    for (qsizetype i = 1; i < what.size(); ++i)
        list =
            (i + 1 == what.size() ? StorageTr::tr("%1 and %2") : StorageTr::tr("%1, %2")).arg(list, what[i]);
    if (!list.isEmpty())
        list[0] = list[0].toUpper();
    const QString time = QLocale().toString(at, QLocale::ShortFormat);
    return people.isEmpty()
               ? StorageTr::tr("%1 changed on another desk at %2; the figures are up to date").arg(list, time)
               : StorageTr::tr("%1 changed on another desk by %2 at %3; the figures are up to date")
                     .arg(list, people.join(QStringLiteral(", ")), time);
}

void ChangeListener::checkConnection()
{
    if (m_spec.isEmpty())
        return;
    if (m_connected) {
        QSqlQuery q(m_db->connection());
        if (q.exec(QStringLiteral("SELECT 1")))
            return;
        const QString why = q.lastError().text().trimmed();
        q = QSqlQuery();
        m_connected = false;
        m_db.reset();
        // Reconnecting runs on this thread and may wait for the server up to its connect
        // timeout: try five times less often until the server answers again.
        m_check.setInterval(m_interval * 5);
        emit connectionLost(why);
        return;
    }
    QString error;
    if (connectAndListen(&error)) {
        m_check.setInterval(m_interval);
        emit restored();
    }
}

} // namespace acc
