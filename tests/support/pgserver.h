#pragma once

#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <unistd.h>

namespace acc::test {

// A throw-away PostgreSQL server for tests (PLATFORM.md): initdb into a temporary folder,
// listen on 127.0.0.1 only, trust authentication, stopped in the destructor. As root it
// runs the server as the "postgres" user.
class PgServer
{
public:
    explicit PgServer(int port)
        : m_port(port)
    {}
    ~PgServer() { stop(); }

    // Returns an empty string on success, else what went wrong.
    QString start()
    {
        const QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql"))
                                         .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        if (versions.isEmpty())
            return QStringLiteral("PostgreSQL is not installed (scripts/setup installs it)");
        m_bin = QStringLiteral("/usr/lib/postgresql/%1/bin/").arg(versions.last());
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        m_data = m_dir.filePath(QStringLiteral("data"));
        QDir().mkpath(m_data);
        if (::geteuid() == 0) {
            QProcess::execute(QStringLiteral("chown"),
                              {QStringLiteral("-R"), QStringLiteral("postgres:postgres"), m_dir.path()});
        }
        QFile::setPermissions(m_data,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QString out;
        if (!run(m_bin + QStringLiteral("initdb"),
                 {QStringLiteral("-D"), m_data, QStringLiteral("-U"), QStringLiteral("postgres"),
                  QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                  QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")},
                 &out))
            return QStringLiteral("initdb failed: ") + out;
        if (!run(m_bin + QStringLiteral("pg_ctl"),
                 {QStringLiteral("-D"), m_data, QStringLiteral("-l"), m_data + QStringLiteral("/log"),
                  QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("20"), QStringLiteral("-o"),
                  QStringLiteral("-p %1 -c listen_addresses=127.0.0.1 -k %2 -c fsync=off")
                      .arg(m_port)
                      .arg(m_data),
                  QStringLiteral("start")},
                 &out))
            return QStringLiteral("pg_ctl start failed: ") + out;
        m_running = true;
        return {};
    }

    void stop()
    {
        if (!m_running)
            return;
        QString out;
        run(m_bin + QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), m_data, QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"),
             QStringLiteral("stop")},
            &out);
        m_running = false;
    }

    // A raw connection to the database at spec under `connection`, named as another
    // program would name itself (application_name): the other desk of a sharing test.
    static QSqlDatabase connectAs(const QString &spec, const QString &connection,
                                  const QString &applicationName)
    {
        const QUrl url(spec);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setDatabaseName(url.path().mid(1));
        db.setUserName(url.userName());
        db.setConnectOptions(QStringLiteral("application_name='%1'").arg(applicationName));
        db.open();
        return db;
    }

    // Creates a database and returns its address for Database::open.
    QString createDatabase(const QString &name)
    {
        QString out;
        run(m_bin + QStringLiteral("createdb"),
            {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port),
             QStringLiteral("-U"), QStringLiteral("postgres"), name},
            &out);
        return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(m_port).arg(name);
    }

private:
    bool run(const QString &program, const QStringList &args, QString *output)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        if (::geteuid() == 0)
            p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                                           QStringLiteral("--"), program} +
                                                   args);
        else
            p.start(program, args);
        if (!p.waitForFinished(60000)) {
            *output = QStringLiteral("timed out");
            return false;
        }
        *output = QString::fromLocal8Bit(p.readAll());
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    int m_port;
    QTemporaryDir m_dir;
    QString m_bin;
    QString m_data;
    bool m_running = false;
};

} // namespace acc::test
