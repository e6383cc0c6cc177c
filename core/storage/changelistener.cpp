#include "changelistener.h"

#include "database.h"
#include "translation.h"

#include <QLocale>
#include <QSet>
#include <QSqlDriver>
#include <QThread>
#include <QTimer>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <memory>
#include <utility>

namespace acc {

namespace {
const QString kChannel = QStringLiteral("accountable");
}

// The listening connection and its timers, on the listener's thread.
class ListenWorker final : public QObject
{
    Q_OBJECT
public:
    ListenWorker(const QString &spec, int interval)
        : m_spec(spec)
        , m_interval(interval)
        , m_check(new QTimer(this))
        , m_gather(new QTimer(this))
    {
        connect(m_check, &QTimer::timeout, this, &ListenWorker::checkConnection);
        // A re-import notifies once per table: gather them into one change.
        m_gather->setSingleShot(true);
        m_gather->setInterval(250);
        connect(m_gather, &QTimer::timeout, this, &ListenWorker::flush);
    }

    // On the worker's thread: the first connection; when it fails, tried again as after
    // a loss.
    void start()
    {
        QString error;
        if (connectAndListen(&error)) {
            m_check->start(m_interval);
            emit listening();
        } else {
            m_check->start(m_interval * 5);
            emit connectionLost(error);
        }
    }

    // On the worker's thread: stops listening and closes the connection.
    void finish()
    {
        m_check->stop();
        m_gather->stop();
        if (m_db && m_db->isOpen())
            m_db->connection().driver()->unsubscribeFromNotification(kChannel);
        m_db.reset();
    }

signals:
    void listening();
    void changed(const QStringList &tables, const QStringList &people);
    void connectionLost(const QString &why);
    void restored();

private:
    bool connectAndListen(QString *error)
    {
        m_db = std::make_unique<Database>();
        if (!m_db->open(m_spec, error, Database::Mode::ReadOnly)) {
            m_db.reset();
            return false;
        }
        QSqlDriver *driver = m_db->connection().driver();
        if (!driver->subscribeToNotification(kChannel)) {
            *error = ChangeListener::tr("cannot listen for other desks' changes: %1")
                         .arg(driver->lastError().text());
            m_db.reset();
            return false;
        }
        connect(driver, &QSqlDriver::notification, this, &ListenWorker::onNotification);
        m_connected = true;
        return true;
    }

    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload)
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
        if (!m_gather->isActive())
            m_gather->start();
    }

    void flush()
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

    void checkConnection()
    {
        if (m_connected) {
            QSqlQuery q(m_db->connection());
            if (q.exec(QStringLiteral("SELECT 1")))
                return;
            const QString why = q.lastError().text().trimmed();
            q = QSqlQuery();
            m_connected = false;
            m_db.reset();
            // Reconnecting waits for the server up to its connect timeout: try five times
            // less often until the server answers again.
            m_check->setInterval(m_interval * 5);
            emit connectionLost(why);
            return;
        }
        QString error;
        if (connectAndListen(&error)) {
            m_check->setInterval(m_interval);
            emit restored();
        }
    }

    const QString m_spec;
    const int m_interval;
    std::unique_ptr<Database> m_db;
    bool m_connected = false;
    QTimer *m_check;
    QTimer *m_gather;
    QSet<QString> m_tables;
    QSet<QString> m_people;
};

ChangeListener::ChangeListener(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
{
    m_thread->setObjectName(QStringLiteral("accountable-listener"));
    m_thread->start();
}

ChangeListener::~ChangeListener()
{
    // The worker closes its connection on its own thread (stop()), then the thread ends:
    // the last of its events. A worker held by a server that takes a query and never
    // answers is not waited for beyond the connect timeout: its thread is left to the end
    // of the process rather than holding the window's closing.
    stop();
    auto *last = new QObject;
    last->moveToThread(m_thread);
    QMetaObject::invokeMethod(last, [last] {
        delete last;
        QThread::currentThread()->quit();
    });
    if (!m_thread->wait(QDeadlineTimer(6000)))
        m_thread->setParent(nullptr);
}

void ChangeListener::listen(const QString &spec)
{
    stop();
    if (!Database::isPostgresSpec(spec))
        return;
    auto *worker = new ListenWorker(spec, m_interval);
    worker->moveToThread(m_thread);
    // Connected before it starts, so that nothing it hears is missed; a worker that was
    // stopped is not heard any more (its signals may still be on their way).
    connect(worker, &ListenWorker::listening, this, [this, worker] {
        if (worker != m_worker)
            return;
        m_connected = true;
        emit listening();
    });
    connect(worker, &ListenWorker::changed, this,
            [this, worker](const QStringList &tables, const QStringList &people) {
                if (worker == m_worker)
                    emit changed(tables, people);
            });
    connect(worker, &ListenWorker::connectionLost, this, [this, worker](const QString &why) {
        if (worker != m_worker)
            return;
        m_connected = false;
        emit connectionLost(why);
    });
    connect(worker, &ListenWorker::restored, this, [this, worker] {
        if (worker != m_worker)
            return;
        m_connected = true;
        emit restored();
    });
    m_worker = worker;
    QMetaObject::invokeMethod(worker, &ListenWorker::start);
}

void ChangeListener::stop()
{
    m_connected = false;
    if (!m_worker)
        return;
    // Closed on its own thread, without waiting for it (it may be waiting for a server).
    ListenWorker *worker = std::exchange(m_worker, nullptr);
    disconnect(worker, nullptr, this, nullptr);
    QMetaObject::invokeMethod(worker, [worker] {
        worker->finish();
        delete worker;
    });
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

} // namespace acc

#include "changelistener.moc"
