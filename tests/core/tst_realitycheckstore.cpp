// The reality-check scores in the database (PRODUCT.md §11): one per quarter and
// dimension, 1 to 10, refused otherwise, kept across a reopen; the quarter of a period.
#include "storage/database.h"
#include "storage/realitycheckstore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace acc;

class TestRealityCheckStore : public QObject
{
    Q_OBJECT
private slots:
    void quarterOfAPeriod_data()
    {
        QTest::addColumn<QString>("period");
        QTest::addColumn<int>("fiscalStart");
        QTest::addColumn<QString>("quarter");
        QTest::newRow("a month") << "2026-08" << 1 << "2026-Q3";
        QTest::newRow("a quarter") << "2026-Q3" << 1 << "2026-Q3";
        QTest::newRow("a year: its last quarter") << "2026" << 1 << "2026-Q4";
        // Fiscal year from April, named by the year it ends in (docs/settings.md): FY2027
        // runs April 2026 to March 2027, so June 2026 is in its first quarter.
        QTest::newRow("a month of a fiscal year") << "2026-06" << 4 << "2027-Q1";
    }
    void quarterOfAPeriod()
    {
        QFETCH(QString, period);
        QFETCH(int, fiscalStart);
        QFETCH(QString, quarter);
        const auto p = Period::parse(period, fiscalStart);
        QVERIFY(p);
        QCOMPARE(reality::quarterOf(*p, fiscalStart).toString(), quarter);
    }

    void storesReplacesAndRefuses()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.sqlite"));
        const Period q3 = *Period::parse(QStringLiteral("2026-Q3"));
        const Period q2 = q3.previous();
        QString error;
        {
            Database db;
            QVERIFY(db.open(path, &error));
            RealityCheckStore store(db);
            QVERIFY2(store.set(q3,
                               {QStringLiteral("listening"), 7, QStringLiteral("We ask, rarely act"),
                                QStringLiteral("Ann")},
                               &error),
                     qPrintable(error));
            QVERIFY(store.set(q3, {QStringLiteral("customer_leadership"), 4, {}, {}}, &error));
            QVERIFY(store.set(q3, {QStringLiteral("listening"), 8, QStringLiteral("Better"), {}}, &error));
            QVERIFY(store.set(q2, {QStringLiteral("listening"), 5, {}, {}}, &error));
            for (int bad : {0, 11, -3}) {
                error.clear();
                QVERIFY(!store.set(q3, {QStringLiteral("metrics"), bad, {}, {}}, &error));
                QVERIFY2(error.contains(QLatin1String("from 1 to 10")), qPrintable(error));
            }
            QVERIFY(!store.set(q3, {QStringLiteral("happiness"), 5, {}, {}}, &error));
            QVERIFY2(error.contains(QLatin1String("not a dimension")), qPrintable(error));
            QVERIFY(!store.set(*Period::parse(QStringLiteral("2026-08")),
                               {QStringLiteral("metrics"), 5, {}, {}}, &error));
            QVERIFY2(error.contains(QLatin1String("quarter")), qPrintable(error));
        }
        Database db;
        QVERIFY(db.open(path, &error));
        RealityCheckStore store(db);
        const auto scores = store.forQuarter(q3, &error);
        QVERIFY2(scores, qPrintable(error));
        QCOMPARE(scores->size(), 2); // in the order of the dimensions
        QCOMPARE(scores->at(0), (RealityScore{QStringLiteral("customer_leadership"), 4, {}, {}}));
        QCOMPARE(scores->at(1), (RealityScore{QStringLiteral("listening"), 8, QStringLiteral("Better"), {}}));
        QCOMPARE(store.forQuarter(q2, &error)->size(), 1);
        QVERIFY(store.remove(q3, QStringLiteral("listening"), &error));
        QCOMPARE(store.forQuarter(q3, &error)->size(), 1);
    }
};

QTEST_MAIN(TestRealityCheckStore)
#include "tst_realitycheckstore.moc"
