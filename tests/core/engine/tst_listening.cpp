// Group 3 of METRICS.md (customer listening) on hand-worked fixtures.
#include "datasetbuilder.h"
#include "engine/listening.h"
#include "engine/metrics.h"
#include "testsupport.h"

#include <QtTest>

using namespace acc;

namespace {

using CC = ContactCategory;

// Period 2024-02 = [2024-02-01, 2024-02-29] (a leap year).
Dataset fixture()
{
    test::DatasetBuilder b;
    b.customer("P1", "2023-01-01");
    b.customer("P2", "2023-01-01");
    b.customer("P3", "2023-06-01", "2024-02-10", "Price").order("P3", "2024-01-15", 12000);
    b.customer("P4", "2024-02-15"); // acquired in the period: not active at its start
    // Answers of the period: 10, 9 and 6 (two on the leap day), 8, 7, 0, 9.
    b.answer("P1", "2024-02-01", 10).answer("P1", "2024-02-29", 9).answer("P1", "2024-02-29", 6);
    b.answer("P2", "2024-02-10", 8).answer("P2", "2024-02-11", 7);
    b.answer("P3", "2024-02-05", 0).answer("P4", "2024-02-20", 9);
    // Outside it.
    b.answer("P2", "2024-01-31", 0).answer("P2", "2024-03-01", 10);
    // Complaints of the period: 2 (one on the leap day); one before it.
    b.contact("P1", "2024-02-29", CC::Request, "Billing question", true);
    b.contact("P4", "2024-02-20", CC::Request, "Delivery problem", true, "2024-02-21");
    b.contact("P1", "2024-01-31", CC::Request, "Billing question", true);
    b.contact("P2", "2024-02-03", CC::Relationship, "Account review"); // not a complaint
    return b.build();
}

} // namespace

class TestListening : public QObject
{
    Q_OBJECT
private slots:
    void month()
    {
        const Dataset d = fixture();
        const MetricsReport r = computeMetrics(d, {*Period::parse(QStringLiteral("2024-02"))});
        const ListeningFigures &l = r.listening;
        QCOMPARE(l.responses, 7);
        QCOMPARE(l.promoters, 3);                        // 10, 9, 9
        QCOMPARE(l.passives, 2);                         // 8, 7
        QCOMPARE(l.detractors, 2);                       // 6, 0
        ACC_COMPARE_NEAR(*l.nps, 100.0 * (3 - 2) / 7.0); // 14.2857...
        // Active on 2024-01-31: P1, P2, P3; complaints in February: 2. 100 * 2 / 3.
        QCOMPARE(r.assets.figures.activeStart, 3);
        ACC_COMPARE_NEAR(*l.complaintsPer100, 200.0 / 3.0);
        // P3 lost for Price with 120.00 in window(2024-02-10).
        QCOMPARE(l.topReasons.size(), 1);
        QCOMPARE(l.topReasons[0].reason, QStringLiteral("Price"));
        QCOMPARE(l.topReasons[0].count, 1);
        QCOMPARE(l.topReasons[0].value, Cents(12000));
    }

    void boundaries()
    {
        // Scores 6 / 7 and 8 / 9 are the edges of detractors, passives and promoters.
        test::DatasetBuilder b;
        b.customer("X", "2023-01-01");
        b.answer("X", "2024-03-01", 6).answer("X", "2024-03-01", 7).answer("X", "2024-03-02", 8);
        b.answer("X", "2024-03-03", 9).answer("X", "2024-03-31", 9);
        const Dataset d = b.build();
        const ListeningFigures l = computeListeningFigures(
            d, PeriodDays::of(*Period::parse(QStringLiteral("2024-03")), d.asOf()), 0, 1, {});
        QCOMPARE(l.responses, 5);
        QCOMPARE(l.detractors, 1);
        QCOMPARE(l.passives, 2);
        QCOMPARE(l.promoters, 2);
        ACC_COMPARE_NEAR(*l.nps, 20.0); // 100 * (2 - 1) / 5
        ACC_COMPARE_NEAR(*l.complaintsPer100, 0.0);
    }

    void negativeNps()
    {
        test::DatasetBuilder b;
        b.customer("X", "2023-01-01").answer("X", "2024-03-05", 0).answer("X", "2024-03-06", 3);
        const Dataset d = b.build();
        const ListeningFigures l = computeListeningFigures(
            d, PeriodDays::of(*Period::parse(QStringLiteral("2024-Q1")), d.asOf()), 0, 0, {});
        ACC_COMPARE_NEAR(*l.nps, -100.0);
    }

    void empty()
    {
        // No answers and no active customers: nulls, not a division by zero.
        const Dataset d = fixture();
        const MetricsReport r = computeMetrics(d, {*Period::parse(QStringLiteral("2022"))});
        QCOMPARE(r.listening.responses, 0);
        QVERIFY(!r.listening.nps);
        QCOMPARE(r.assets.figures.activeStart, 0);
        QVERIFY(!r.listening.complaintsPer100);
        QVERIFY(r.listening.topReasons.isEmpty());
    }

    void yearPeriod()
    {
        // 2024: all 9 answers; promoters 10, 9, 9, 10 = 4; detractors 6, 0, 0 = 3: 100 / 9.
        const Dataset d = fixture();
        const MetricsReport r = computeMetrics(d, {*Period::parse(QStringLiteral("2024"))});
        QCOMPARE(r.listening.responses, 9);
        QCOMPARE(r.listening.promoters, 4);
        QCOMPARE(r.listening.detractors, 3);
        ACC_COMPARE_NEAR(*r.listening.nps, 100.0 / 9.0);
        // Active on 2023-12-31: P1, P2, P3; 3 complaints in 2024: 100.
        ACC_COMPARE_NEAR(*r.listening.complaintsPer100, 100.0);
    }
};

QTEST_GUILESS_MAIN(TestListening)
#include "tst_listening.moc"
