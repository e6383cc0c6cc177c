// Group 5 of METRICS.md (follow-through) on hand-worked fixtures.
#include "datasetbuilder.h"
#include "engine/followthrough.h"
#include "testsupport.h"

#include <QtTest>

using namespace acc;

namespace {

using CC = ContactCategory;

PeriodDays days(const Dataset &d, const char *period)
{
    return PeriodDays::of(*Period::parse(QString::fromLatin1(period)), d.asOf());
}

// Period 2026-03 = [2026-03-01, 2026-03-31]; the data ends 2026-05-30 (C's last order).
Dataset fixture()
{
    test::DatasetBuilder b;
    for (const char *id : {"A", "B", "C", "D", "E", "F", "K"})
        b.customer(id, "2025-01-01");
    b.customer("G", "2025-01-01", "2026-03-20", "Price");
    b.customer("H", "2026-04-05");
    // A: order 03-05, answer 04-04 = 03-05 + 30: answered after the sale.
    b.order("A", "2026-03-05", 1000).answer("A", "2026-04-04", 9);
    // B: order 03-10, answers the day before and 31 days after: not within. A refund 03-20.
    b.order("B", "2026-03-10", 1000).order("B", "2026-03-20", -300);
    b.answer("B", "2026-03-09", 7).answer("B", "2026-04-10", 7);
    // C: orders 03-02 and 03-31, an answer the same day as the first.
    b.order("C", "2026-03-02", 1000).order("C", "2026-03-31", 1000).answer("C", "2026-03-02", 10);
    // D: only a refund in the period: not a customer who ordered.
    b.order("D", "2026-03-03", -500).answer("D", "2026-03-04", 3);
    // E: ordered the day before the period.
    b.order("E", "2026-02-28", 1000).answer("E", "2026-03-01", 8);
    // F: an order of 0.00 is an order; no answer.
    b.order("F", "2026-03-15", 0);
    // Orders after the period (for re_engaged).
    b.order("A", "2026-05-05", 1000).order("C", "2026-05-30", 1000);

    // Relationship contacts; window of 180 days ending 03-31: [2025-10-03, 2026-03-31].
    b.contact("A", "2025-10-03", CC::Relationship, "Account review"); // first day of the window
    b.contact("B", "2025-10-02", CC::Relationship, "Account review"); // one day before it
    b.contact("D", "2026-04-01", CC::Relationship, "Account review"); // after the state day
    b.contact("E", "2026-01-15", CC::Relationship, "Account review");
    b.contact("K", "2025-12-10", CC::Relationship, "Account review");
    b.contact("G", "2026-03-01", CC::Relationship, "Account review"); // G is lost by 03-31

    // Revenue contacts of the period:
    b.contact("C", "2026-03-31", CC::Revenue, "Upsell call"); // order 05-30 = 03-31 + 60: re-engaged
    b.contact("A", "2026-03-05", CC::Revenue, "Upsell call"); // same-day order is not after; 05-05 is + 61
    b.contact("B", "2026-03-12", CC::Revenue, "Upsell call"); // only a refund follows
    b.contact("F", "2026-03-01", CC::Revenue, "Upsell call"); // the 0.00 order of 03-15
    b.contact("G", "2026-02-28", CC::Revenue, "Upsell call"); // before the period
    return b.build();
}

} // namespace

class TestFollowThrough : public QObject
{
    Q_OBJECT
private slots:
    void month()
    {
        const Dataset d = fixture();
        QCOMPARE(toDate(d.asOf()), QDate(2026, 5, 30));
        const FollowThroughFigures f = computeFollowThroughFigures(d, days(d, "2026-03"));
        // Ordered in March: A, B, C, F; answered within 30 days: A, C.
        QCOMPARE(f.orderingCustomers, 4);
        QCOMPARE(f.answeredAfterSale, 2);
        ACC_COMPARE_NEAR(*f.feedbackAfterSale, 0.5);
        // Active on 03-31: A, B, C, D, E, F, K (G lost, H not yet); followed up: A, E, K.
        QCOMPARE(f.activeCustomers, 7);
        QCOMPARE(f.followedUpCustomers, 3);
        ACC_COMPARE_NEAR(*f.followedUp, 3.0 / 7.0);
        // Revenue contacts: C, A, B, F; re-engaged: C, F.
        QCOMPARE(f.revenueContacts, 4);
        QCOMPARE(f.reEngaged, 2);
        ACC_COMPARE_NEAR(*f.reEngageRate, 0.5);
    }

    void quarterPastAsOf()
    {
        // 2026-Q2 runs past the as-of date 2026-05-30: states on 05-30, window [2025-12-02,
        // 2026-05-30]. Active: A..F, H, K = 8; followed up: D (04-01), E (01-15), K (12-10).
        const Dataset d = fixture();
        const FollowThroughFigures f = computeFollowThroughFigures(d, days(d, "2026-Q2"));
        QCOMPARE(f.activeCustomers, 8);
        QCOMPARE(f.followedUpCustomers, 3);
        ACC_COMPARE_NEAR(*f.followedUp, 3.0 / 8.0);
        // Ordered in Q2: A (05-05), C (05-30); no answer on or after those days.
        QCOMPARE(f.orderingCustomers, 2);
        ACC_COMPARE_NEAR(*f.feedbackAfterSale, 0.0);
        // No revenue contact in Q2: null rate.
        QCOMPARE(f.revenueContacts, 0);
        QVERIFY(!f.reEngageRate);
    }

    void empty()
    {
        const Dataset d = fixture();
        const FollowThroughFigures f = computeFollowThroughFigures(d, days(d, "2024-01"));
        QVERIFY(!f.feedbackAfterSale);
        QVERIFY(!f.followedUp);
        QVERIFY(!f.reEngageRate);
        QCOMPARE(f.reEngaged, 0);
    }

    void sameDayOrdersAndAnswers()
    {
        // Two orders and two answers on one day count the customer once.
        test::DatasetBuilder b;
        b.customer("X", "2025-01-01").order("X", "2024-02-29", 100).order("X", "2024-02-29", 200);
        b.customer("Y", "2025-01-01").order("Y", "2024-02-29", 100);
        b.answer("X", "2024-03-30", 5).answer("X", "2024-03-30", 6); // 02-29 + 30 = 03-30 (leap year)
        b.answer("Y", "2024-03-31", 9);                              // + 31
        const Dataset d = b.build();
        const FollowThroughFigures f = computeFollowThroughFigures(d, days(d, "2024-02"));
        QCOMPARE(f.orderingCustomers, 2);
        QCOMPARE(f.answeredAfterSale, 1);
        ACC_COMPARE_NEAR(*f.feedbackAfterSale, 0.5);
    }
};

QTEST_GUILESS_MAIN(TestFollowThrough)
#include "tst_followthrough.moc"
