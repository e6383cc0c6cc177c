// Exit calls in the database (PRODUCT.md §8): one per loss, what is refused and why,
// the outcome recorded over the assignment, kept across a reopen.
#include "datasetbuilder.h"
#include "storage/database.h"
#include "storage/datawriter.h"
#include "storage/exitcallstore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace acc;

class TestExitCallStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;

    static ExitCall assigned()
    {
        ExitCall c;
        c.customerId = QStringLiteral("T1");
        c.lostOn = QDate(2026, 9, 1);
        c.caller = QStringLiteral("Αθηνά (CEO)");
        c.due = QDate(2026, 9, 15);
        c.assignedOn = QDate(2026, 9, 5);
        c.author = QStringLiteral("Ann");
        return c;
    }

private slots:
    void initTestCase()
    {
        // T1 東京トレーディング株式会社 lost on 2026-09-01 for Price; M1 still active.
        m_path = m_dir.filePath(QStringLiteral("c.sqlite"));
        Database db;
        QString error;
        QVERIFY2(db.open(m_path, &error), qPrintable(error));
        test::DatasetBuilder b;
        b.customer("M1", "2025-01-01").order("M1", "2025-06-01", 1000);
        b.customer("T1", "2025-01-01", "2026-09-01", "Price").order("T1", "2025-06-01", 2000);
        b.last().name = QStringLiteral("東京トレーディング株式会社");
        DataWriter writer(db);
        QVERIFY2(writer.prepare(&error) && writer.writeDataset(b.build(), &error), qPrintable(error));
    }

    void assignThenRecordTheOutcome()
    {
        QString error;
        {
            Database db;
            QVERIFY(db.open(m_path, &error));
            ExitCallStore store(db);
            const auto id = store.save(assigned(), &error);
            QVERIFY2(id, qPrintable(error));
            ExitCall made = assigned();
            made.outcome = QStringLiteral("corrected");
            made.correctedReason = QStringLiteral("Service failure: three late deliveries");
            made.winback = QStringLiteral("medium");
            made.note = QStringLiteral("Would come back with a delivery promise");
            QCOMPARE(store.save(made, &error), id); // the same loss: replaced, same id
        }
        Database db;
        QVERIFY(db.open(m_path, &error));
        const auto all = ExitCallStore(db).all(&error);
        QVERIFY2(all, qPrintable(error));
        QCOMPARE(all->size(), 1);
        const ExitCall &c = all->at(0);
        QCOMPARE(c.customerId, QStringLiteral("T1"));
        QCOMPARE(c.lostOn, QDate(2026, 9, 1));
        QCOMPARE(c.caller, QStringLiteral("Αθηνά (CEO)"));
        QCOMPARE(c.due, QDate(2026, 9, 15));
        QCOMPARE(c.assignedOn, QDate(2026, 9, 5));
        QCOMPARE(c.outcome, QStringLiteral("corrected"));
        QCOMPARE(c.correctedReason, QStringLiteral("Service failure: three late deliveries"));
        QCOMPARE(c.winback, QStringLiteral("medium"));
        QVERIFY(c.made());
        QCOMPARE(exitcalls::read(m_path, &error)->size(), 1);
        QVERIFY(ExitCallStore(db).remove(QStringLiteral("T1"), QDate(2026, 9, 1), &error));
        QCOMPARE(ExitCallStore(db).all(&error)->size(), 0);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("no caller") << "caller"
                                   << " "
                                   << "needs an executive";
        QTest::newRow("an unknown customer") << "customer"
                                             << "ZZ9"
                                             << "no customer has the id \"ZZ9\"";
        QTest::newRow("a customer not lost") << "customer"
                                             << "M1"
                                             << "was not lost on 2026-09-01";
        QTest::newRow("another day") << "lostOn"
                                     << "2026-09-02"
                                     << "was not lost on 2026-09-02";
        QTest::newRow("an unknown outcome") << "outcome"
                                            << "maybe"
                                            << "not an outcome";
        QTest::newRow("a correction without its reason") << "corrected"
                                                         << ""
                                                         << "needs the reason";
        QTest::newRow("an unknown chance") << "winback"
                                           << "certain"
                                           << "not a chance";
    }
    void refusals()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        ExitCall c = assigned();
        if (field == QLatin1String("caller"))
            c.caller = value;
        else if (field == QLatin1String("customer"))
            c.customerId = value;
        else if (field == QLatin1String("lostOn"))
            c.lostOn = QDate::fromString(value, Qt::ISODate);
        else if (field == QLatin1String("outcome"))
            c.outcome = value;
        else if (field == QLatin1String("corrected"))
            c.outcome = QStringLiteral("corrected");
        else
            c.winback = value;
        Database db;
        QString error;
        QVERIFY(db.open(m_path, &error));
        ExitCallStore store(db);
        QVERIFY(!store.save(c, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(store.all(&error)->size(), 0);
        // No transaction left open: a good one is stored.
        QVERIFY2(store.save(assigned(), &error), qPrintable(error));
        QVERIFY(store.remove(QStringLiteral("T1"), QDate(2026, 9, 1), &error));
    }
};

QTEST_MAIN(TestExitCallStore)
#include "tst_exitcallstore.moc"
