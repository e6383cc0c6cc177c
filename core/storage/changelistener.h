#pragma once

#include <QObject>
#include <QSet>
#include <QSqlDriver>
#include <QString>
#include <QTime>
#include <QTimer>

#include <memory>

namespace acc {

class Database;

// Tells a desk what the other desks changed in a shared PostgreSQL company (issue 14,
// docs/sharing.md): a connection of its own LISTENs on the channel "accountable" (the
// triggers of migration 6 notify it at every commit: table and writer), and `changed`
// says, at most every quarter second, which tables changed and by whom, leaving out this
// program's own writes (the window recomputes those already). The connection is checked
// every two seconds; a lost one is reported and opened again every ten seconds until it
// comes back, then `restored` (the desk reloads: changes made meanwhile were not heard).
// On an SQLite company it does nothing: one file, one desk.
class ChangeListener final : public QObject
{
    Q_OBJECT
public:
    explicit ChangeListener(QObject *parent = nullptr);
    ~ChangeListener() override;

    // Listens on the company at spec (stops listening to the one before). False with
    // *error when the server cannot be reached or refuses to listen; an SQLite spec is
    // true and silent.
    bool listen(const QString &spec, QString *error);
    void stop();
    bool isListening() const { return !m_spec.isEmpty(); }
    bool isConnected() const { return m_connected; }
    // The quiet note a desk shows for a change: "Targets and actions changed on another
    // desk by Alice Martin at 14:02". Tables in their order, named for a person.
    static QString describe(const QStringList &tables, const QStringList &people, const QTime &at);

    // How often the connection is checked (milliseconds; tests shorten it).
    void setCheckInterval(int ms) { m_interval = ms; }

signals:
    // Tables changed by other programs since the last signal, and the people who changed
    // them (Database::personOf their client names; a writer that is not Accountable is
    // named by nothing).
    void changed(const QStringList &tables, const QStringList &people);
    void connectionLost(const QString &why);
    void restored();

private:
    bool connectAndListen(QString *error);
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void checkConnection();
    void flush();

    QString m_spec;
    std::unique_ptr<Database> m_db;
    bool m_connected = false;
    int m_interval = 2000;
    QTimer m_check;
    QTimer m_gather;
    QSet<QString> m_tables;
    QSet<QString> m_people;
};

} // namespace acc
