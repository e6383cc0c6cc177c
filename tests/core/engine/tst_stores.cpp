// Criteria sets and targets kept in the database: the default set a new database ships
// with, versions, and targets refused on keys that are not numeric figures.
#include "criteria/criteria.h"
#include "storage/criteriastore.h"
#include "storage/database.h"
#include "storage/targetstore.h"
#include "testsupport.h"

#include <QtTest>

using namespace acc;

class TestStores : public QObject
{
    Q_OBJECT
private slots:
    void defaultCriteriaShipWithANewDatabase()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(db.open(dir.filePath(QStringLiteral("a.sqlite")), &error), qPrintable(error));
        CriteriaStore store(db);
        QCOMPARE(*store.names(&error), QStringList{criteria::defaultSetName()});
        const auto set = store.newest(criteria::defaultSetName(), &error);
        QVERIFY2(set, qPrintable(error));
        QCOMPARE(set->version, 1);
        QCOMPARE(criteria::toJson(*set), criteria::toJson(criteria::defaultSet()));
        QVERIFY(!store.newest(QStringLiteral("nothing"), &error));
        QVERIFY(error.isEmpty()); // not found is not an error
    }

    void versions()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("a.sqlite")), &error));
        CriteriaStore store(db);
        CriteriaSet set = criteria::defaultSet();
        set.rules.removeLast();
        QCOMPARE(store.save(set, QStringLiteral("ann"), &error), 2);
        // A name with quotes and SQL in it is only ever a bound value.
        CriteriaSet odd;
        odd.name = QStringLiteral("Robert'); DROP TABLE criteria;--");
        odd.matchAll = false;
        QCOMPARE(store.save(odd, QStringLiteral("bob"), &error), 1);
        QCOMPARE(store.save(odd, QStringLiteral("bob"), &error), 2);
        QCOMPARE(store.newest(criteria::defaultSetName(), &error)->rules.size(), 1);
        QCOMPARE(store.version(criteria::defaultSetName(), 1, &error)->rules.size(), 2);
        QCOMPARE(store.versions(criteria::defaultSetName(), &error)->size(), 2);
        const auto newestOdd = store.newest(odd.name, &error);
        QVERIFY(newestOdd);
        QCOMPARE(newestOdd->version, 2);
        QVERIFY(!newestOdd->matchAll);
        QCOMPARE(store.names(&error)->size(), 2);
    }

    // Each version records who saved it and when; saving never overwrites a version.
    void authorsAndTimes()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("a.sqlite")), &error));
        CriteriaStore store(db);
        CriteriaSet set = criteria::defaultSet();
        set.name = QStringLiteral("Loyal");
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QCOMPARE(store.save(set, QStringLiteral("  Ann Example "), &error), 1);
        set.matchAll = false;
        QCOMPARE(store.save(set, QStringLiteral("Bob"), &error), 2);
        const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);
        // An author is required.
        QCOMPARE(store.save(set, QStringLiteral(" "), &error), 0);
        QVERIFY(error.contains(QLatin1String("author")));
        const auto versions = store.versions(QStringLiteral("Loyal"), &error);
        QVERIFY2(versions, qPrintable(error));
        QCOMPARE(versions->size(), 2);
        QCOMPARE(versions->at(0).author, QStringLiteral("Ann Example"));
        QCOMPARE(versions->at(1).author, QStringLiteral("Bob"));
        QCOMPARE(versions->at(0).set.version, 1);
        QVERIFY(versions->at(0).set.matchAll); // version 1 kept as it was saved
        QVERIFY(!versions->at(1).set.matchAll);
        for (const StoredCriteria &v : *versions) {
            QVERIFY(v.savedAt.isValid());
            QCOMPARE(v.savedAt.timeSpec(), Qt::UTC);
            QVERIFY(v.savedAt >= before && v.savedAt <= after);
        }
    }

    void readsEveryStoredTimeForm()
    {
        const QDateTime expected(QDate(2026, 10, 31), QTime(9, 15, 0), Qt::UTC);
        QCOMPARE(CriteriaStore::readTime(QStringLiteral("2026-10-31T09:15:00Z")), expected); // save()
        QCOMPARE(CriteriaStore::readTime(QStringLiteral("2026-10-31 09:15:00")), expected);  // SQLite
        QCOMPARE(CriteriaStore::readTime(QStringLiteral("2026-10-31 09:15:00.123456+00")),
                 expected.addMSecs(123)); // PostgreSQL
        QCOMPARE(CriteriaStore::readTime(QStringLiteral("2026-10-31 11:15:00+02")), expected);
        QCOMPARE(CriteriaStore::readTime(QStringLiteral("2026-10-31 14:45:00+05:30")), expected);
        QVERIFY(!CriteriaStore::readTime(QStringLiteral("yesterday")).isValid());
        QVERIFY(!CriteriaStore::readTime(QString()).isValid());
    }

    void defaultAuthorIsTheLoginName()
    {
        const QByteArray user = qgetenv("USER");
        const QByteArray logname = qgetenv("LOGNAME");
        qputenv("USER", "ann");
        qputenv("LOGNAME", "ann2");
        QCOMPARE(CriteriaStore::defaultAuthor(), QStringLiteral("ann"));
        qunsetenv("USER");
        QCOMPARE(CriteriaStore::defaultAuthor(), QStringLiteral("ann2"));
        qunsetenv("LOGNAME");
        QCOMPARE(CriteriaStore::defaultAuthor(), QStringLiteral("unknown"));
        if (!user.isNull())
            qputenv("USER", user);
        if (!logname.isNull())
            qputenv("LOGNAME", logname);
    }

    void targets()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("a.sqlite")), &error));
        TargetStore store(db);
        const Period q3 = *Period::parse(QStringLiteral("2026-Q3"));
        QVERIFY2(store.set({QStringLiteral("churn_rate"), q3, 0.03, QStringLiteral("CCO")}, &error),
                 qPrintable(error));
        QVERIFY(store.set({QStringLiteral("nps"), q3, 30, QStringLiteral("CEO")}, &error));
        QVERIFY(store.set({QStringLiteral("nps"), q3, 35, QStringLiteral("CCO")}, &error)); // replaces
        QVERIFY(store.set({QStringLiteral("nps"), *Period::parse(QStringLiteral("2026-10")), 1, {}}, &error));
        QVERIFY(!store.set({QStringLiteral("reasons"), q3, 1, {}}, &error));
        QVERIFY(error.contains(QLatin1String("\"reasons\" is not a numeric figure")));
        const auto list = store.forPeriod(q3, &error);
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).metric, QStringLiteral("churn_rate"));
        QCOMPARE(list->at(1).value, 35.0);
        QCOMPARE(list->at(1).owner, QStringLiteral("CCO"));
        QCOMPARE(store.all(&error)->size(), 3);
        QVERIFY(store.remove(QStringLiteral("nps"), q3, &error));
        QCOMPARE(store.forPeriod(q3, &error)->size(), 1);
    }

    // setAll: every target in one transaction; one refused, none stored.
    void targetsSetAllIsAllOrNothing()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("a.sqlite")), &error));
        TargetStore store(db);
        const Period q3 = *Period::parse(QStringLiteral("2026-Q3"));
        QVERIFY(store.set({QStringLiteral("lost"), q3, 5, QStringLiteral("Ann")}, &error));
        const QList<Target> mixed{{QStringLiteral("lost"), q3, 1, QStringLiteral("Bob")},
                                  {QStringLiteral("revenue"), q3, 100, {}},
                                  {QStringLiteral("best_customers"), q3, 3, {}}}; // a list, not a number
        QVERIFY(!store.setAll(mixed, &error));
        QVERIFY2(error.startsWith(QLatin1String("target 3 (best_customers, 2026-Q3)")), qPrintable(error));
        const auto kept = store.forPeriod(q3, &error);
        QVERIFY(kept);
        QCOMPARE(kept->size(), 1);
        QCOMPARE(kept->at(0).value, 5.0);
        QCOMPARE(kept->at(0).owner, QStringLiteral("Ann"));
        QVERIFY2(store.setAll(mixed.mid(0, 2), &error), qPrintable(error));
        QCOMPARE(store.forPeriod(q3, &error)->size(), 2);
        QCOMPARE(store.forPeriod(q3, &error)->at(0).owner, QStringLiteral("Bob"));
    }
};

QTEST_GUILESS_MAIN(TestStores)
#include "tst_stores.moc"
