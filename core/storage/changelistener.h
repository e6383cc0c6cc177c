#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTime>

class QThread;

namespace acc {

class ListenWorker;

// Tells a desk what the other desks changed in a shared PostgreSQL company (issue 14,
// docs/sharing.md): a connection of its own LISTENs on the channel "accountable" (the
// triggers of migration 6 notify it at every commit: table and writer), and `changed`
// says, at most every quarter second, which tables changed and by whom, leaving out this
// program's own writes (the window recomputes those already). The connection is checked
// every two seconds; a lost one is reported and opened again every ten seconds until it
// comes back, then `restored` (the desk reloads: changes made meanwhile were not heard).
// The connection lives on a thread of its own: a server that does not answer holds up
// that thread (up to the connect timeout), never the window's. The signals arrive on the
// thread that made the listener. On an SQLite company it does nothing: one file, one desk.
class ChangeListener final : public QObject
{
    Q_OBJECT
public:
    explicit ChangeListener(QObject *parent = nullptr);
    ~ChangeListener() override;

    // Listens on the company at spec (stops listening to the one before) and returns at
    // once: `listening` follows the first connection, or `connectionLost` with the reason
    // (then tried again every ten seconds, `restored` when it works). An SQLite spec is
    // silent.
    void listen(const QString &spec);
    void stop();
    bool isListening() const { return m_worker != nullptr; }
    bool isConnected() const { return m_connected; }
    // The quiet note a desk shows for a change: "Targets and actions changed on another
    // desk by Alice Martin at 14:02". Tables in their order, named for a person.
    static QString describe(const QStringList &tables, const QStringList &people, const QTime &at);

    // How often the connection is checked (milliseconds; tests shorten it). Takes effect
    // at the next listen().
    void setCheckInterval(int ms) { m_interval = ms; }

signals:
    // The first connection is made: changes from now on are heard.
    void listening();
    // Tables changed by other programs since the last signal, and the people who changed
    // them (Database::personOf their client names; a writer that is not Accountable is
    // named by nothing).
    void changed(const QStringList &tables, const QStringList &people);
    void connectionLost(const QString &why);
    void restored();

private:
    QThread *m_thread = nullptr;
    ListenWorker *m_worker = nullptr; // lives on m_thread; null while not listening
    bool m_connected = false;
    int m_interval = 2000;
};

} // namespace acc
