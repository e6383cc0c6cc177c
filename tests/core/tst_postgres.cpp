// The same schema, migrations and data round trip on a real PostgreSQL server.
#include "companydump.h"
#include "criteria/criteria.h"
#include "datasetbuilder.h"
#include "engine/metrics.h"
#include "pgserver.h"
#include "storage/actionstore.h"
#include "storage/changelistener.h"
#include "storage/companycopy.h"
#include "storage/criteriastore.h"
#include "storage/database.h"
#include "storage/datastore.h"
#include "storage/datawriter.h"
#include "storage/exitcallstore.h"
#include "storage/realitycheckstore.h"
#include "storage/roles.h"
#include "storage/targetstore.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace acc;
using acc::test::strings;

class TestPostgres : public QObject
{
    Q_OBJECT
private:
    test::PgServer m_server{55400 + (::getpid() % 500)};

private slots:
    void initTestCase()
    {
        const QString problem = m_server.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void migratesWritesAndReads()
    {
        const QString spec = m_server.createDatabase(QStringLiteral("company"));
        QString error;
        test::DatasetBuilder b;
        b.customer("M1", "2025-01-01", "2026-03-05", "Price").order("M1", "2025-06-01", 12345);
        b.last().name = QStringLiteral("東京トレーディング株式会社");
        b.customer("M2", "2024-02-29")
            .order("M2", "2026-03-01", -500)
            .contact("M2", "2026-03-02", ContactCategory::Rescue, "Billing question", true, "2026-03-03")
            .answer("M2", "2026-03-04", 10);
        b.spend(2026, 3, "Loyalty program", 99900);
        const Dataset in = b.build();
        {
            Database db;
            QVERIFY2(db.open(spec, &error), qPrintable(error));
            QCOMPARE(db.backend(), Database::Backend::PostgreSQL);
            QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
            QVERIFY(db.connection().transaction());
            DataWriter writer(db);
            QVERIFY2(writer.prepare(&error) && writer.writeDataset(in, &error), qPrintable(error));
            QVERIFY(db.connection().commit());
        }
        Database db;
        QVERIFY2(db.open(spec, &error), qPrintable(error)); // opening again migrates nothing
        const auto out = loadDataset(db, &error);
        QVERIFY2(out.has_value(), qPrintable(error));
        QCOMPARE(out->customers.size(), std::size_t(2));
        QCOMPARE(out->customers[0].name, QStringLiteral("東京トレーディング株式会社"));
        QCOMPARE(toDate(out->customers[1].acquiredOn), QDate(2024, 2, 29));
        QCOMPARE(out->orders.size(), std::size_t(2));
        QCOMPARE(out->contacts.size(), std::size_t(1));
        QCOMPARE(toDate(out->contacts[0].resolvedOn), QDate(2026, 3, 3));
        QCOMPARE(out->feedback[0].score, 10);
        QCOMPARE(out->spend[0].amount, Cents(99900));
        // The figures agree with the same data held in memory.
        const MetricsReport viaPg = computeMetrics(*out, {*Period::parse(QStringLiteral("2026-03"))});
        const MetricsReport inMemory = computeMetrics(in, {*Period::parse(QStringLiteral("2026-03"))});
        QCOMPARE(viaPg.assets.figures.lostValue, inMemory.assets.figures.lostValue);
        QCOMPARE(viaPg.assets.figures.lostValue, Cents(12345));
        QCOMPARE(viaPg.assets.figures.revenue, Cents(-500));
    }

    // Migration 4 on PostgreSQL: the default set (stored by migration 2 with the server's
    // CURRENT_TIMESTAMP) has no author and a readable time; saves record their author.
    void criteriaVersionsRecordAuthorAndTime()
    {
        const QString spec = m_server.createDatabase(QStringLiteral("criteria"));
        QString error;
        Database db;
        QVERIFY2(db.open(spec, &error), qPrintable(error));
        CriteriaStore store(db);
        CriteriaSet set = criteria::defaultSet();
        set.rules.removeLast();
        QCOMPARE(store.save(set, QStringLiteral("Zoë"), &error), 2);
        const auto versions = store.versions(criteria::defaultSetName(), &error);
        QVERIFY2(versions && versions->size() == 2, qPrintable(error));
        QCOMPARE(versions->at(0).author, QString());
        QCOMPARE(versions->at(1).author, QStringLiteral("Zoë"));
        for (const StoredCriteria &v : *versions) {
            QVERIFY(v.savedAt.isValid());
            QVERIFY(qAbs(v.savedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        }
        QCOMPARE(versions->at(0).set.rules.size(), 2);
        QCOMPARE(versions->at(1).set.rules.size(), 1);
    }

    // Migration 5 on PostgreSQL: actions (ids from the server, an undo's insert under its
    // old id), refusals leaving no transaction open, reality-check scores and exit calls.
    void actionsRealityChecksAndExitCalls()
    {
        const QString spec = m_server.createDatabase(QStringLiteral("actions"));
        QString error;
        {
            Database db;
            QVERIFY2(db.open(spec, &error), qPrintable(error));
            test::DatasetBuilder b;
            b.customer("M1", "2025-01-01", "2026-03-05", "Price").order("M1", "2025-06-01", 12345);
            QVERIFY(db.connection().transaction());
            DataWriter writer(db);
            QVERIFY2(writer.prepare(&error) && writer.writeDataset(b.build(), &error), qPrintable(error));
            QVERIFY(db.connection().commit());
        }
        Database db;
        QVERIFY2(db.open(spec, &error), qPrintable(error));
        ActionStore actions(db);
        Action a;
        a.title = QStringLiteral("Call Müller");
        a.customerId = QStringLiteral("M1");
        a.due = QDate(2026, 4, 1);
        const auto first = actions.insert(a, &error);
        QVERIFY2(first, qPrintable(error));
        a.title = QStringLiteral("Second");
        const auto second = actions.insert(a, &error);
        QVERIFY2(second && *second > *first, qPrintable(error));
        a.customerId = QStringLiteral("nobody");
        QVERIFY(!actions.insert(a, &error));
        QVERIFY2(error.contains(QLatin1String("no customer")), qPrintable(error));
        QVERIFY(actions.remove(*first, &error));
        a.id = *first;
        a.customerId = QStringLiteral("M1");
        QCOMPARE(actions.insert(a, &error), first);
        QCOMPARE(actions.all(&error)->size(), 2);
        QCOMPARE(actions.find(*first, &error)->due, QDate(2026, 4, 1));

        RealityCheckStore reality(db);
        const Period q1 = Period::quarter(2026, 1);
        QVERIFY2(reality.set(q1, {QStringLiteral("metrics"), 6, QStringLiteral("ok"), {}}, &error),
                 qPrintable(error));
        QVERIFY(reality.set(q1, {QStringLiteral("metrics"), 9, {}, {}}, &error));
        QVERIFY(!reality.set(q1, {QStringLiteral("metrics"), 11, {}, {}}, &error));
        QCOMPARE(reality.forQuarter(q1, &error)->at(0).score, 9);

        ExitCallStore calls(db);
        ExitCall call;
        call.customerId = QStringLiteral("M1");
        call.lostOn = QDate(2026, 3, 5);
        call.caller = QStringLiteral("CEO");
        QVERIFY2(calls.save(call, &error), qPrintable(error));
        call.outcome = QStringLiteral("corrected");
        call.correctedReason = QStringLiteral("Service failure");
        call.winback = QStringLiteral("high");
        QVERIFY2(calls.save(call, &error), qPrintable(error));
        const auto stored = calls.all(&error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->at(0).correctedReason, QStringLiteral("Service failure"));
    }

    void refusesNewerSchema()
    {
        const QString spec = m_server.createDatabase(QStringLiteral("newer"));
        QString error;
        {
            Database db;
            QVERIFY2(db.open(spec, &error), qPrintable(error));
            QVERIFY(db.setSetting(QStringLiteral("schema_version"), QStringLiteral("999")));
        }
        Database db;
        QVERIFY(!db.open(spec, &error));
        QVERIFY2(error.contains(QLatin1String("newer version")), qPrintable(error));
    }

    void reportsAnUnreachableServer()
    {
        Database db;
        QString error;
        QVERIFY(!db.open(QStringLiteral("postgresql://nobody@127.0.0.1:1/none"), &error));
        QVERIFY2(error.startsWith(QLatin1String("cannot connect")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("cannot reach the server 127.0.0.1:1")), qPrintable(error));
        // A login the server refuses, a database it does not have, a TLS mode it lacks.
        const QString company = m_server.createDatabase(QStringLiteral("logins"));
        QString nobody = company;
        nobody.replace(QLatin1String("postgres@"), QLatin1String("nobody@"));
        QVERIFY(!db.open(nobody, &error));
        QVERIFY2(error.contains(QLatin1String("refused the login of nobody")), qPrintable(error));
        QVERIFY(!db.open(company + QStringLiteral("-missing"), &error));
        QVERIFY2(error.contains(QLatin1String("has no database logins-missing")), qPrintable(error));
        QVERIFY(!db.open(company + QStringLiteral("?sslmode=require"), &error));
        QVERIFY2(error.contains(QLatin1String("TLS")), qPrintable(error));
        QVERIFY(!db.open(company + QStringLiteral("?sslmode=sometimes"), &error));
        QVERIFY2(error.contains(QLatin1String("unknown sslmode")), qPrintable(error));
        QVERIFY2(db.open(company + QStringLiteral("?sslmode=disable"), &error), qPrintable(error));
        db.close();
        QVERIFY(!db.open(QStringLiteral("postgresql://host-without-db"), &error));
        QVERIFY2(error.contains(QLatin1String("expected postgresql://")), qPrintable(error));
        // An empty database opened to present: said with what to do, never with the
        // password of the address (this server trusts, so it lets the password pass).
        QString empty = m_server.createDatabase(QStringLiteral("nothing"));
        empty.replace(QLatin1String("postgres@"), QLatin1String("postgres:s3cret@"));
        QVERIFY(!db.open(empty, &error, Database::Mode::ReadOnly));
        QVERIFY2(error.contains(QLatin1String("is an empty database, not an Accountable company")),
                 qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("accountable copy --from FILE --to postgresql://postgres@")),
                 qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("s3cret")), qPrintable(error));
    }

    // Two desks on one company: a target saved on one reaches the other's listener within
    // a second, naming the table and the person; this program's own writes are not
    // announced to itself; a connection cut by the server is reported and comes back.
    // A server that takes the connection and never answers (a hung machine, a wrong
    // port): listen() returns at once and the window's thread goes on (a timer ticks all
    // along), the silence is reported after libpq's connect timeout, and tried again.
    void aSilentServerNeverHoldsTheWindow()
    {
        // A listening socket nobody reads: the system completes the connection, then silence.
        const int silent = ::socket(AF_INET, SOCK_STREAM, 0);
        QVERIFY(silent >= 0);
        const auto closeSilent = qScopeGuard([silent] { ::close(silent); });
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        QVERIFY(::bind(silent, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
        QVERIFY(::listen(silent, 8) == 0);
        QVERIFY(::getsockname(silent, reinterpret_cast<sockaddr *>(&address), &length) == 0);
        const int port = ntohs(address.sin_port);
        ChangeListener listener;
        QSignalSpy lost(&listener, &ChangeListener::connectionLost);
        int ticks = 0;
        QTimer tick;
        connect(&tick, &QTimer::timeout, this, [&ticks] { ++ticks; });
        tick.start(100);
        QElapsedTimer timer;
        timer.start();
        listener.listen(QStringLiteral("postgresql://nobody@127.0.0.1:%1/company").arg(port));
        QVERIFY2(timer.elapsed() < 200, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(lost.wait(9000));
        QVERIFY2(timer.elapsed() >= 4500, qPrintable(QString::number(timer.elapsed()))); // connect_timeout=5
        QVERIFY2(ticks >= 40, qPrintable(QString::number(ticks)));
        QVERIFY2(lost.constFirst().at(0).toString().contains(QLatin1String("cannot reach the server")),
                 qPrintable(lost.constFirst().at(0).toString()));
        QVERIFY(!listener.isConnected());
        timer.restart();
        listener.stop(); // does not wait for the server either
        QVERIFY(timer.elapsed() < 200);
        // Closed while its connection is still being tried: the window's closing waits for
        // that try at most (the connect timeout), and everything is let go in order.
        timer.restart();
        {
            ChangeListener closing;
            closing.listen(QStringLiteral("postgresql://nobody@127.0.0.1:%1/company").arg(port));
            QTest::qWait(100);
        }
        QVERIFY2(timer.elapsed() < 6500, qPrintable(QString::number(timer.elapsed())));
    }

    void listenerHearsTheOtherDesks()
    {
        const QString spec = m_server.createDatabase(QStringLiteral("live"));
        QString error;
        Database own;
        QVERIFY2(own.open(spec, &error), qPrintable(error));
        ChangeListener listener;
        listener.setCheckInterval(100);
        QSignalSpy listening(&listener, &ChangeListener::listening);
        listener.listen(spec);
        QVERIFY(listening.wait(5000));
        QVERIFY(listener.isConnected());
        QSignalSpy changed(&listener, &ChangeListener::changed);
        // The other desk: another program, Alice at her desk.
        QSqlDatabase other = test::PgServer::connectAs(spec, QStringLiteral("other-desk"),
                                                       QStringLiteral("accountable:0ther000:Alice Martin"));
        QVERIFY2(other.isOpen(), qPrintable(other.lastError().text()));
        {
            QSqlQuery q(other);
            QElapsedTimer timer;
            timer.start();
            QVERIFY(q.exec(QStringLiteral("INSERT INTO targets (metric, period, value, owner) VALUES "
                                          "('churn_rate', '2026-Q3', 0.03, 'CFO')")));
            QVERIFY(changed.wait(1000));
            QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
            QCOMPARE(changed.constFirst().at(0).toStringList(), QStringList{QStringLiteral("targets")});
            QCOMPARE(changed.constFirst().at(1).toStringList(), QStringList{QStringLiteral("Alice Martin")});
            // One transaction over two tables: one change naming both.
            changed.clear();
            QVERIFY(other.transaction());
            QVERIFY(q.exec(QStringLiteral("UPDATE targets SET owner = 'CEO'")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO actions (title, created_on) VALUES ('Call them', '2026-10-01')")));
            QVERIFY(other.commit());
            QVERIFY(changed.wait(1000));
            QCOMPARE(changed.constFirst().at(0).toStringList(), strings({"actions", "targets"}));
            // This program's own save is not news to it.
            changed.clear();
            QVERIFY(own.setSetting(QStringLiteral("company_name"), QStringLiteral("Northwind")));
            QVERIFY(!changed.wait(600));
            // The server drops the listener: reported, reconnected, heard again.
            QSignalSpy lost(&listener, &ChangeListener::connectionLost);
            QSignalSpy restored(&listener, &ChangeListener::restored);
            QVERIFY(q.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                          "WHERE application_name = '%1'")
                               .arg(Database::clientName())));
            QVERIFY(lost.wait(2000));
            QVERIFY(!listener.isConnected());
            QVERIFY(restored.wait(2000));
            QVERIFY(listener.isConnected());
            QVERIFY(q.exec(QStringLiteral("DELETE FROM actions")));
            QVERIFY(changed.wait(1000));
            QCOMPARE(changed.constLast().at(0).toStringList(), QStringList{QStringLiteral("actions")});
        }
        other.close();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(ChangeListener::describe(strings({"actions", "targets"}), {QStringLiteral("Alice Martin")},
                                          QTime(14, 2)),
                 QStringLiteral("Actions and targets changed on another desk by Alice Martin at 2:02 PM; "
                                "the figures are up to date"));
        QCOMPARE(
            ChangeListener::describe(strings({"customers", "orders", "criteria"}), {}, QTime(9, 30)),
            QStringLiteral("The company's data (an import) and best-customer criteria changed on another "
                           "desk at 9:30 AM; the figures are up to date"));
        QLocale::setDefault(QLocale::c());
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("other-desk"));
    }

    // The same conditional writes on the server: a value that is no exact binary fraction
    // (0.034) compares equal to itself as seen, and a second desk's save over it is refused.
    void editsAreNeverOverwrittenSilently()
    {
        const QString spec = m_server.createDatabase(QStringLiteral("conflicts"));
        QString error;
        Database a;
        Database b;
        QVERIFY2(a.open(spec, &error) && b.open(spec, &error), qPrintable(error));
        const Period q3 = *Period::parse(QStringLiteral("2026-Q3"));
        const auto change = [&](double value, const char *owner) {
            return TargetChange{QStringLiteral("churn_rate"), q3,
                                Target{QStringLiteral("churn_rate"), q3, value, QString::fromUtf8(owner)}};
        };
        const TargetChange none{QStringLiteral("churn_rate"), q3, std::nullopt};
        QList<TargetConflict> conflicts;
        QVERIFY2(TargetStore(a).applyOver({none}, {change(0.034, "CFO")}, &conflicts, &error),
                 qPrintable(error));
        // B saw 0.034 and changes it; A, still seeing 0.034, is refused and told B's.
        QVERIFY2(TargetStore(b).applyOver({change(0.034, "CFO")}, {change(0.03, "CEO")}, &conflicts, &error),
                 qPrintable(error));
        QVERIFY(!TargetStore(a).applyOver({change(0.034, "CFO")}, {change(0.05, "CFO")}, &conflicts, &error));
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts[0].theirs->value, 0.03);
        QCOMPARE(conflicts[0].theirs->owner, QStringLiteral("CEO"));
        const auto now = TargetStore(a).forPeriod(q3, &error);
        QVERIFY(now && now->size() == 1);
        QCOMPARE(now->at(0).value, 0.03);

        // An action: B's save is there, A's over the old one is refused (row locked and
        // compared: FOR UPDATE), A's over B's goes through.
        Action seen;
        seen.title = QStringLiteral("Call them");
        seen.created = QDate(2026, 10, 1);
        const auto id = ActionStore(a).insert(seen, &error);
        QVERIFY2(id, qPrintable(error));
        seen.id = *id;
        Action theirs = seen;
        theirs.owner = QStringLiteral("Carla");
        bool conflict = false;
        std::optional<Action> there;
        QVERIFY2(ActionStore(b).updateOver(seen, theirs, &conflict, &there, &error), qPrintable(error));
        Action mine = seen;
        mine.status = QStringLiteral("done");
        QVERIFY(!ActionStore(a).updateOver(seen, mine, &conflict, &there, &error));
        QVERIFY(conflict);
        QCOMPARE(there->owner, QStringLiteral("Carla"));
        QVERIFY(!ActionStore(a).removeOver(seen, &conflict, &there, &error));
        QVERIFY(conflict);
        QVERIFY2(ActionStore(a).updateOver(theirs, mine, &conflict, &there, &error), qPrintable(error));
        QCOMPARE(ActionStore(b).find(seen.id, &error)->status, QStringLiteral("done"));
    }

    // accountable grant: a read-only role opens, reads and listens but the database refuses
    // its writes, and says so before any (editRefusal); a read-write role edits; a role
    // name that is not one is refused before any SQL.
    void readOnlyRoleIsEnforcedByTheDatabase()
    {
        const QString spec = m_server.createDatabase(QStringLiteral("roles"));
        QString error;
        Database owner;
        QVERIFY2(owner.open(spec, &error), qPrintable(error));
        QVERIFY2(test::writeDemoCompany(owner, 50, &error), qPrintable(error));
        QVERIFY(owner.editRefusal().isEmpty());
        QVERIFY(!roles::grant(owner, QStringLiteral("board; DROP TABLE targets"), roles::Access::ReadOnly,
                              &error));
        QVERIFY2(error.contains(QLatin1String("is not a role name")), qPrintable(error));
        QVERIFY2(roles::grant(owner, QStringLiteral("board"), roles::Access::ReadOnly, &error),
                 qPrintable(error));
        QVERIFY2(roles::grant(owner, QStringLiteral("analyst"), roles::Access::ReadWrite, &error),
                 qPrintable(error));
        const auto as = [&](const char *role) {
            QString other = spec;
            return other.replace(QLatin1String("postgres@"), QString::fromLatin1(role) + QLatin1Char('@'));
        };
        {
            Database board;
            QVERIFY2(board.open(as("board"), &error), qPrintable(error));
            QVERIFY2(board.editRefusal().contains(QLatin1String("the database role board may read")),
                     qPrintable(board.editRefusal()));
            const auto data = loadDataset(board, &error);
            QVERIFY2(data && data->customers.size() == 50, qPrintable(error));
            QVERIFY(!TargetStore(board).set(
                {QStringLiteral("lost"), *Period::parse(QStringLiteral("2026-09")), 5, {}}, &error));
            QVERIFY2(error.contains(QLatin1String("permission denied")), qPrintable(error));
            ChangeListener listener; // LISTEN needs no grant
            QSignalSpy listening(&listener, &ChangeListener::listening);
            listener.listen(as("board"));
            QVERIFY(listening.wait(5000));
        }
        Database analyst;
        QVERIFY2(analyst.open(as("analyst"), &error), qPrintable(error));
        QVERIFY(analyst.editRefusal().isEmpty());
        QVERIFY2(TargetStore(analyst).set(
                     {QStringLiteral("lost"), *Period::parse(QStringLiteral("2026-09")), 5, {}}, &error),
                 qPrintable(error));
        Action a;
        a.title = QStringLiteral("Call them");
        a.created = QDate(2026, 10, 1);
        QVERIFY2(ActionStore(analyst).insert(a, &error), qPrintable(error)); // the id sequence too
        // Granted again read-only: what it had is taken back.
        QVERIFY2(roles::grant(owner, QStringLiteral("analyst"), roles::Access::ReadOnly, &error),
                 qPrintable(error));
        QVERIFY(!analyst.editRefusal().isEmpty());
    }

    // accountable copy both ways: SQLite -> PostgreSQL -> SQLite keeps every row of every
    // table (ids, dates, money, texts in any script); the server's sequences go on after
    // the copied ids, so the next action saved there gets a new id.
    void copiesRoundTrip()
    {
        QTemporaryDir dir;
        QString error;
        Database sqlite;
        QVERIFY2(sqlite.open(dir.filePath(QStringLiteral("from.sqlite")), &error), qPrintable(error));
        QVERIFY2(test::writeDemoCompany(sqlite, 120, &error), qPrintable(error));
        QSqlQuery q(sqlite.connection());
        QVERIFY(
            q.exec(QStringLiteral("UPDATE customers SET name = '東京トレーディング株式会社' WHERE id = 1")));
        const QStringList source = test::dumpCompany(sqlite);

        Database pg;
        QVERIFY2(pg.open(m_server.createDatabase(QStringLiteral("copied")), &error), qPrintable(error));
        QVERIFY2(companycopy::copy(sqlite, pg, false, nullptr, &error), qPrintable(error));
        QCOMPARE(test::dumpCompany(pg), source);

        Database back;
        QVERIFY2(back.open(dir.filePath(QStringLiteral("back.sqlite")), &error), qPrintable(error));
        QVERIFY2(companycopy::copy(pg, back, false, nullptr, &error), qPrintable(error));
        QCOMPARE(test::dumpCompany(back), source);

        QSqlQuery next(pg.connection());
        QVERIFY(
            next.exec(QStringLiteral("INSERT INTO actions (title, created_on) VALUES ('next', '2026-10-01') "
                                     "RETURNING id")) &&
            next.next());
        QSqlQuery most(pg.connection());
        QVERIFY(most.exec(QStringLiteral("SELECT MAX(id) FROM actions WHERE title <> 'next'")) &&
                most.next());
        QVERIFY(next.value(0).toLongLong() > most.value(0).toLongLong());
    }
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
