#include "importtesthelpers.h"

#include <QProcess>
#include <QtTest>

using namespace acc;
using namespace acc::import::testing;

// The `accountable import` command end to end: the binary, its stderr and exit status.
class TestImportCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(content);
        return path;
    }

    int run(const QStringList &args, QByteArray *err)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::SeparateChannels);
        p.start(QStringLiteral(ACC_BINARY), QStringList{QStringLiteral("import")} + args);
        p.waitForFinished(120000);
        *err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private slots:
    void importsAndSummarizes()
    {
        const QString db = m_dir.filePath(QStringLiteral("a.sqlite"));
        const QString customers =
            write(QStringLiteral("customers.csv"),
                  "customer_id,name,acquired_on,lost_on\nC1,Acme,2023-01-01,\nC2,Beta,2023-01-"
                  "01,2023-06-01\n");
        const QString orders = write(QStringLiteral("orders.csv"),
                                     "order_id,customer_id,ordered_on,amount\nO1,C1,2023-02-01,10\n");
        QByteArray err;
        QCOMPARE(run({QStringLiteral("--db"), db, orders, customers}, &err), 0);
        const QList<QByteArray> lines = err.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0],
                 QByteArray("warning: customers.csv:3: lost_on \"2023-06-01\" has no loss_reason; imported "
                            "with the reason \"Unknown\""));
        QVERIFY2(lines[1].startsWith(
                     "accountable import: customers.csv: 2 added, 0 updated, orders.csv: 1 added, 0 "
                     "updated; 1 warnings; "),
                 lines[1].constData());
        QVERIFY(!err.contains('\r')); // no progress when stderr is not a terminal
    }

    void errorsAreListedAndNothingIsWritten()
    {
        const QString db = m_dir.filePath(QStringLiteral("b.sqlite"));
        const QString customers =
            write(QStringLiteral("customers.csv"), "customer_id,name,acquired_on\nC1,Acme,2023-01-01\n");
        QByteArray err;
        QCOMPARE(run({QStringLiteral("--db"), db, customers}, &err), 0);
        QByteArray content = "order_id,customer_id,ordered_on,amount\n";
        for (int i = 0; i < 150; ++i)
            content += "O" + QByteArray::number(i) + ",C1,2023-01-01,\"12,5O\"\n";
        const QString orders = write(QStringLiteral("orders.csv"), content);
        QCOMPARE(run({QStringLiteral("--db"), db, orders}, &err), 1);
        const QList<QByteArray> lines = err.trimmed().split('\n');
        QCOMPARE(lines.size(), 102);
        QCOMPARE(lines[0], QByteArray("orders.csv:2: amount \"12,5O\" is not a decimal number"));
        QCOMPARE(lines[99], QByteArray("orders.csv:101: amount \"12,5O\" is not a decimal number"));
        QCOMPARE(lines[100], QByteArray("... 150 errors in all; the first 100 are shown"));
        QCOMPARE(lines[101], QByteArray("accountable import: 150 errors; nothing was imported"));
        Database check;
        QString error;
        QVERIFY(check.open(db, &error));
        QCOMPARE(count(check, "orders"), 0);
    }

    void dateFormatAndUsage()
    {
        const QString db = m_dir.filePath(QStringLiteral("c.sqlite"));
        const QString customers =
            write(QStringLiteral("customers.csv"), "customer_id,name,acquired_on\nC1,Acme,31.12.2023\n");
        QByteArray err;
        QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("--date-format"),
                      QStringLiteral("dd.MM.yyyy"), customers},
                     &err),
                 0);
        QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("--date-format"), QStringLiteral("dd.MM.yy"),
                      customers},
                     &err),
                 1);
        QVERIFY(err.contains("the date format \"dd.MM.yy\" is not supported"));
        QCOMPARE(run({customers}, &err), 2);
        QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("--bogus"), customers}, &err), 2);
        QCOMPARE(run({QStringLiteral("--db"), db}, &err), 2);
        // --help is the usage on stdout, not an unknown option
        QProcess help;
        help.start(QStringLiteral(ACC_BINARY), {QStringLiteral("import"), QStringLiteral("--help")});
        QVERIFY(help.waitForFinished(60000));
        QCOMPARE(help.exitCode(), 0);
        QVERIFY(help.readAllStandardOutput().contains("accountable import  --db FILE"));
    }

    // A killed import leaves the database as it was: the transaction was never committed.
    void killedImportChangesNothing()
    {
        const QString db = m_dir.filePath(QStringLiteral("d.sqlite"));
        QByteArray customers = "customer_id,name,acquired_on\n";
        for (int i = 0; i < 1000; ++i)
            customers += "C" + QByteArray::number(i) + ",Name " + QByteArray::number(i) + ",2023-01-01\n";
        QByteArray err;
        QCOMPARE(run({QStringLiteral("--db"), db, write(QStringLiteral("customers.csv"), customers)}, &err),
                 0);
        Database check;
        QString error;
        QVERIFY(check.open(db, &error));
        const QString before = snapshot(check);
        check.close();

        QByteArray orders = "order_id,customer_id,ordered_on,amount\n";
        for (int i = 0; i < 1500000; ++i)
            orders += "O" + QByteArray::number(i) + ",C" + QByteArray::number(i % 1000) + ",2023-01-01,1\n";
        const QString path = write(QStringLiteral("orders.csv"), orders);
        QProcess p;
        p.start(QStringLiteral(ACC_BINARY), {QStringLiteral("import"), QStringLiteral("--db"), db, path});
        QVERIFY(p.waitForStarted());
        QTest::qWait(400);
        const bool killedMidway = p.state() == QProcess::Running;
        p.kill();
        p.waitForFinished();
        QVERIFY(check.open(db, &error));
        if (killedMidway)
            QCOMPARE(snapshot(check), before);
        else
            QCOMPARE(count(check, "orders"), 1500000); // finished first: all of it, never a part
    }

    // The same for a first load into an empty database, which runs under a rollback
    // journal: the journal left behind is rolled back on the next open, and the file is
    // whole and back in WAL mode.
    void killedFirstLoadChangesNothing()
    {
        const QString db = m_dir.filePath(QStringLiteral("e.sqlite"));
        QString error;
        QString before;
        {
            Database fresh;
            QVERIFY2(fresh.open(db, &error), qPrintable(error));
            before = snapshot(fresh);
        }
        QByteArray customers = "customer_id,name,acquired_on\n";
        for (int i = 0; i < 1000; ++i)
            customers += "C" + QByteArray::number(i) + ",Name " + QByteArray::number(i) + ",2023-01-01\n";
        QByteArray orders = "order_id,customer_id,ordered_on,amount\n";
        for (int i = 0; i < 1500000; ++i)
            orders += "O" + QByteArray::number(i) + ",C" + QByteArray::number(i % 1000) + ",2023-01-01,1\n";
        const QString customersPath = write(QStringLiteral("first-customers.csv"), customers);
        const QString ordersPath = write(QStringLiteral("first-orders.csv"), orders);
        QProcess p;
        p.start(QStringLiteral(ACC_BINARY),
                {QStringLiteral("import"), QStringLiteral("--db"), db, customersPath, ordersPath});
        QVERIFY(p.waitForStarted());
        QTest::qWait(400);
        const bool killedMidway = p.state() == QProcess::Running;
        p.kill();
        p.waitForFinished();
        Database check;
        QVERIFY2(check.open(db, &error), qPrintable(error));
        if (killedMidway)
            QCOMPARE(snapshot(check), before);
        else
            QCOMPARE(count(check, "orders"), 1500000);
        QCOMPARE(value(check, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(value(check, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    }
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
