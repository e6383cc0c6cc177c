// The accountability log in the database (PRODUCT.md §8): what is refused and why, every
// edit in one transaction, what survives a reopen, and migration 5 on a schema-4 company.
#include "datasetbuilder.h"
#include "storage/actionstore.h"
#include "storage/database.h"
#include "storage/datawriter.h"
#include "storage/schema.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace acc;

class TestActionStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;

    // A new company with customers M1 (Müller GmbH) and T1 (東京トレーディング株式会社).
    QString company()
    {
        const QString path = m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_n));
        Database db;
        QString error;
        if (!db.open(path, &error))
            return {};
        test::DatasetBuilder b;
        b.customer("M1", "2025-01-01").order("M1", "2025-06-01", 1000);
        b.last().name = QStringLiteral("Müller GmbH");
        b.customer("T1", "2025-01-01", "2026-09-01", "Price").order("T1", "2025-06-01", 2000);
        b.last().name = QStringLiteral("東京トレーディング株式会社");
        DataWriter writer(db);
        if (!writer.prepare(&error) || !writer.writeDataset(b.build(), &error))
            return {};
        return path;
    }
    static Action sample()
    {
        Action a;
        a.title = QStringLiteral("Call every lost Price customer");
        a.owner = QStringLiteral("Αθηνά");
        a.due = QDate(2026, 10, 31);
        a.status = QStringLiteral("in_progress");
        a.source = QStringLiteral("front_line");
        a.metric = QStringLiteral("churn_rate");
        a.notes = QStringLiteral("Ask \"why\", then listen;\nwrite it down");
        a.created = QDate(2026, 10, 2);
        a.author = QStringLiteral("Ann");
        return a;
    }

private slots:
    void storesAndReadsBackAcrossAReopen()
    {
        const QString path = company();
        QVERIFY(!path.isEmpty());
        QString error;
        qint64 id = 0;
        Action a = sample();
        {
            Database db;
            QVERIFY(db.open(path, &error));
            ActionStore store(db);
            const auto stored = store.insert(a, &error);
            QVERIFY2(stored, qPrintable(error));
            id = *stored;
            QVERIFY(id > 0);
            Action b;
            b.title = QStringLiteral("Müller: visit");
            b.customerId = QStringLiteral("M1");
            b.created = QDate(2026, 10, 3);
            QVERIFY2(store.insert(b, &error), qPrintable(error)); // no due date: listed last
        }
        Database db;
        QVERIFY(db.open(path, &error));
        ActionStore store(db);
        const auto all = store.all(&error);
        QVERIFY2(all, qPrintable(error));
        QCOMPARE(all->size(), 2);
        a.id = id;
        QCOMPARE(all->at(0), a);
        QCOMPARE(all->at(1).customerId, QStringLiteral("M1"));
        QCOMPARE(all->at(1).status, QStringLiteral("open"));
        QCOMPARE(all->at(1).source, QStringLiteral("meeting"));
        QVERIFY(all->at(1).due.isNull());

        a.status = QStringLiteral("done");
        a.metric.clear();
        a.customerId = QStringLiteral("T1");
        QVERIFY2(store.update(a, &error), qPrintable(error));
        QCOMPARE(store.find(id, &error)->customerId, QStringLiteral("T1"));
        QVERIFY(store.remove(id, &error));
        QVERIFY(!store.find(id, &error));
        // Put back under its id (undo of a delete).
        QCOMPARE(store.insert(a, &error), std::optional<qint64>(id));
        QCOMPARE(*store.find(id, &error), a);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty title") << "title"
                                     << "  "
                                     << "needs a title";
        QTest::newRow("unknown status") << "status"
                                        << "finished"
                                        << "\"finished\" is not a status";
        QTest::newRow("unknown source") << "source"
                                        << "board"
                                        << "\"board\" is not a source";
        QTest::newRow("a list, not a number") << "metric"
                                              << "best_customers"
                                              << "best_customers";
        QTest::newRow("no such figure") << "metric"
                                        << "happiness"
                                        << "happiness";
        QTest::newRow("unknown customer") << "customer"
                                          << "ZZ9"
                                          << "no customer has the id \"ZZ9\"";
        QTest::newRow("both figure and customer") << "both"
                                                  << "M1"
                                                  << "not both";
    }
    void refusals()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        const QString path = company();
        Database db;
        QString error;
        QVERIFY(db.open(path, &error));
        ActionStore store(db);
        const auto id = store.insert(sample(), &error);
        QVERIFY(id);
        Action a = sample();
        if (field == QLatin1String("title"))
            a.title = value;
        else if (field == QLatin1String("status"))
            a.status = value;
        else if (field == QLatin1String("source"))
            a.source = value;
        else if (field == QLatin1String("metric"))
            a.metric = value;
        else if (field == QLatin1String("customer")) {
            a.metric.clear();
            a.customerId = value;
        } else
            a.customerId = value; // and the sample's churn_rate
        error.clear();
        QVERIFY(!store.insert(a, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        a.id = *id;
        error.clear();
        QVERIFY(!store.update(a, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        // Nothing changed: the one stored action as it was, and no transaction left open.
        const auto all = store.all(&error);
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->at(0).title, sample().title);
        QCOMPARE(all->at(0).status, sample().status);
        QVERIFY(store.insert(sample(), &error));
    }

    void datesAsTyped_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QDate>("date");
        QTest::newRow("ISO") << "2026-10-31" << true << QDate(2026, 10, 31);
        QTest::newRow("empty: none") << "" << true << QDate();
        QTest::newRow("29 February of a leap year") << "2028-02-29" << true << QDate(2028, 2, 29);
        QTest::newRow("30 February") << "2026-02-30" << false << QDate();
        QTest::newRow("month 13") << "2026-13-01" << false << QDate();
        QTest::newRow("day first") << "31.10.2026" << false << QDate();
        QTest::newRow("words") << "next week" << false << QDate();
    }
    void datesAsTyped()
    {
        QFETCH(QString, typed);
        QFETCH(bool, ok);
        QFETCH(QDate, date);
        QString error;
        const auto d = actions::parseDate(typed, &error);
        QCOMPARE(d.has_value(), ok);
        if (ok)
            QCOMPARE(*d, date);
        else
            QVERIFY2(error.contains(QLatin1String("YYYY-MM-DD")), qPrintable(error));
    }

    // Overdue: days past the due date of an action still to do (open, in progress).
    void overdue()
    {
        Action a = sample(); // due 2026-10-31, in progress
        QCOMPARE(actions::overdueDays(a, QDate(2026, 10, 31)), 0);
        QCOMPARE(actions::overdueDays(a, QDate(2026, 11, 12)), 12); // 1..12 November
        a.status = QStringLiteral("done");
        QCOMPARE(actions::overdueDays(a, QDate(2026, 11, 12)), 0);
        a.status = QStringLiteral("open");
        a.due = QDate();
        QCOMPARE(actions::overdueDays(a, QDate(2026, 11, 12)), 0);
    }

    // A schema-4 company keeps its actions: migration 5 gives them a source, no link and
    // no recorded author.
    void migratesASchema4Company()
    {
        const QString path = m_dir.filePath(QStringLiteral("v4.sqlite"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            for (const schema::Migration &m : schema::migrations()) {
                if (m.version > 4)
                    continue;
                for (const QString &statement : m.statements) {
                    const QString sql = schema::render(statement, false);
                    if (!sql.isEmpty())
                        QVERIFY2(q.exec(sql), qPrintable(sql));
                }
            }
            QVERIFY(q.exec(QStringLiteral("INSERT INTO settings VALUES ('schema_version', '4')")));
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO actions (id, title, owner, due_on, status, created_on) "
                                      "VALUES (3, 'Old one', 'Bob', '2026-01-15', 'open', '2026-01-01')")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v4"));
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion()); // 5, then 6 (PostgreSQL only)
        const auto all = ActionStore(db).all(&error);
        QVERIFY2(all, qPrintable(error));
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->at(0).id, qint64(3));
        QCOMPARE(all->at(0).title, QStringLiteral("Old one"));
        QCOMPARE(all->at(0).due, QDate(2026, 1, 15));
        QCOMPARE(all->at(0).source, QStringLiteral("meeting"));
        QVERIFY(all->at(0).author.isEmpty());
        QVERIFY(all->at(0).metric.isEmpty() && all->at(0).customerId.isEmpty());
    }
};

QTEST_MAIN(TestActionStore)
#include "tst_actionstore.moc"
