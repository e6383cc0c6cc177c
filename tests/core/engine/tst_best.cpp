// METRICS.md "Best customers" on a hand-worked fixture, with the default criteria set
// (revenue_12m top-percent 20, orders_12m >= 3).
#include "criteria/criteria.h"
#include "datasetbuilder.h"
#include "engine/best.h"
#include "testsupport.h"

#include <QtTest>

using namespace acc;

namespace {

PeriodDays days(const Dataset &d, const char *period)
{
    return PeriodDays::of(*Period::parse(QString::fromLatin1(period)), d.asOf());
}

QStringList ids(const Dataset &d, const std::vector<int> &customers)
{
    QStringList out;
    for (int c : customers)
        out << d.customers[std::size_t(c)].customerId;
    return out;
}

double shareOf(const std::vector<CategoryShare> &mix, const char *category)
{
    for (const CategoryShare &c : mix) {
        if (c.category == QLatin1String(category))
            return c.share;
    }
    return -1;
}

// Period 2026-Q1; end 2026-03-31, window(end) = [2025-04-01, 2026-03-31].
Dataset fixture()
{
    test::DatasetBuilder b;
    // A: revenue_12m 100 + 200 + 300 = 600, 3 orders; lifetime 650 (with 2024-06-01).
    b.customer("A", "2024-01-01", "", "", "", "client");
    b.order("A", "2024-06-01", 5000, "Tools").order("A", "2025-05-01", 10000, "Tools");
    b.order("A", "2025-08-01", 20000, "Tools").order("A", "2026-01-10", 30000, "Parts");
    // B: 400 + 200 on one day, refund 100: revenue 500, 2 orders (a refund is not an order).
    b.customer("B", "2024-01-01", "", "", "", "repeat");
    b.order("B", "2025-06-01", 40000, "Parts").order("B", "2025-06-01", 20000, "Parts");
    b.order("B", "2025-12-01", -10000, "Parts");
    // C: 3 x 200 = 600 (ties with A and D), one with no category ("Unknown").
    b.customer("C", "2024-01-01", "", "", "", "advocate");
    b.order("C", "2025-04-01", 20000)
        .order("C", "2025-07-01", 20000, "Tools")
        .order("C", "2025-10-01", 20000, "Tools");
    // D: 3 x 200 = 600, a tie: after A and C by customer_id, outside the top 2.
    b.customer("D", "2024-01-01");
    b.order("D", "2025-09-01", 20000, "Tools").order("D", "2025-09-15", 20000, "Tools");
    b.order("D", "2025-09-30", 20000, "Tools");
    // E: no orders at all; F: a refund only; G: an order before the window.
    b.customer("E", "2024-01-01", "", "", "", "prospect");
    b.customer("F", "2024-01-01", "", "", "", "lapsed").order("F", "2025-05-01", -5000, "Tools");
    b.customer("G", "2024-01-01", "", "", "", "first_time").order("G", "2025-01-01", 100000, "Tools");
    // H: 3 x 100 in Parts.
    b.customer("H", "2024-01-01", "", "", "", "repeat");
    b.order("H", "2025-11-01", 10000, "Parts").order("H", "2025-12-01", 10000, "Parts");
    b.order("H", "2026-01-01", 10000, "Parts");
    // I: lost 2025-12-31, 2500 in the window: counts in all revenue and the 80/20 share only.
    b.customer("I", "2024-01-01", "2025-12-31", "Price", "", "client");
    b.order("I", "2025-05-01", 200000, "Tools").order("I", "2025-06-01", 50000, "Tools");
    // J: 50 in Services. K: refund 10 and order 10 in Gifts (a category with share 0), 10 in Services.
    b.customer("J", "2024-01-01", "", "", "", "suspect").order("J", "2026-02-01", 5000, "Services");
    b.customer("K", "2024-01-01", "", "", "", "client");
    b.order("K", "2026-03-01", -1000, "Gifts").order("K", "2026-03-02", 1000, "Gifts");
    b.order("K", "2026-03-31", 1000, "Services");
    // L: acquired after the end.
    b.customer("L", "2026-04-15", "", "", "", "prospect");
    return b.build();
}

} // namespace

class TestBest : public QObject
{
    Q_OBJECT
private slots:
    void defaultCriteria()
    {
        const Dataset d = fixture();
        const BestFigures f = computeBestFigures(d, days(d, "2026-Q1"), criteria::defaultSet());
        // Active on 03-31: A, B, C, D, E, F, G, H, J, K = 10; top 20 %: ceil(2) = 2 by
        // revenue_12m desc, ties by customer_id: A (600), C (600); D (600) is third.
        // Both have 3 orders. Ranked by lifetime value: A 650, C 600.
        QCOMPARE(ids(d, f.bestCustomers), (QStringList{QStringLiteral("A"), QStringLiteral("C")}));
        // All revenue in the window: 600 + 500 + 600 + 600 - 50 + 300 + 2500 + 50 + 10 = 5110.
        QCOMPARE(f.windowRevenue, Cents(511000));
        ACC_COMPARE_NEAR(*f.bestRevenueShare, 1200.0 / 5110.0);
        // Positive revenue: A, B, C, D, H, I, J, K = 8; ceil(1.6) = 2: I 2500 + 600.
        ACC_COMPARE_NEAR(*f.paretoTop20Share, 3100.0 / 5110.0);
        // Best gaps: A 92, 162; C 91, 92: 437 / 4.
        ACC_COMPARE_NEAR(*f.bestMeanDaysBetweenOrders, 109.25);
        // Rest gaps: D 14, 15; H 30, 31; K 29 (B has one order day): 119 / 5.
        ACC_COMPARE_NEAR(*f.restMeanDaysBetweenOrders, 23.8);
        // Best mix of 1200: Tools 300 + 400, Parts 300, Unknown 200.
        QCOMPARE(f.bestCategoryMix.size(), std::size_t(3));
        ACC_COMPARE_NEAR(shareOf(f.bestCategoryMix, "Tools"), 700.0 / 1200.0);
        ACC_COMPARE_NEAR(shareOf(f.bestCategoryMix, "Parts"), 0.25);
        ACC_COMPARE_NEAR(shareOf(f.bestCategoryMix, "Unknown"), 200.0 / 1200.0);
        // Rest mix of 1410: Parts 500 + 300, Tools 600 - 50, Services 50 + 10, Gifts -10 + 10.
        QCOMPARE(f.restCategoryMix.size(), std::size_t(4));
        ACC_COMPARE_NEAR(shareOf(f.restCategoryMix, "Parts"), 800.0 / 1410.0);
        ACC_COMPARE_NEAR(shareOf(f.restCategoryMix, "Tools"), 550.0 / 1410.0);
        ACC_COMPARE_NEAR(shareOf(f.restCategoryMix, "Services"), 60.0 / 1410.0);
        ACC_COMPARE_NEAR(shareOf(f.restCategoryMix, "Gifts"), 0.0);
        // Stages of the 10 active: suspect J, prospect E, first_time G, repeat B H, client A K,
        // advocate C, lapsed F, unknown D.
        const std::array<int, 8> stages{1, 1, 1, 2, 2, 1, 1, 1};
        QCOMPARE(f.stages, stages);
    }

    void emptyCriteria()
    {
        const Dataset d = fixture();
        CriteriaSet all;
        all.name = QStringLiteral("everyone");
        CriteriaSet any = all;
        any.matchAll = false;
        const BestFigures everyone = computeBestFigures(d, days(d, "2026-Q1"), all);
        // Every active customer, by lifetime value desc then id: G 1000, A 650, C 600, D 600,
        // B 500, H 300, J 50, K 10, E 0, F -50.
        QCOMPARE(ids(d, everyone.bestCustomers).join(QLatin1Char(',')),
                 QStringLiteral("G,A,C,D,B,H,J,K,E,F"));
        // Rest is empty: no gaps (null), no revenue ({}).
        QVERIFY(!everyone.restMeanDaysBetweenOrders);
        QVERIFY(everyone.restCategoryMix.empty());
        const BestFigures none = computeBestFigures(d, days(d, "2026-Q1"), any);
        QVERIFY(none.bestCustomers.empty());
        ACC_COMPARE_NEAR(*none.bestRevenueShare, 0.0);
        QVERIFY(!none.bestMeanDaysBetweenOrders);
        QVERIFY(none.bestCategoryMix.empty());
    }

    void noActiveCustomers()
    {
        // 2023: nobody is acquired yet, there is no revenue: nulls and {}.
        const Dataset d = fixture();
        const BestFigures f = computeBestFigures(d, days(d, "2023"), criteria::defaultSet());
        QVERIFY(f.bestCustomers.empty());
        QVERIFY(!f.bestRevenueShare);
        QVERIFY(!f.paretoTop20Share);
        QVERIFY(!f.bestMeanDaysBetweenOrders);
        QVERIFY(!f.restMeanDaysBetweenOrders);
        QVERIFY(f.bestCategoryMix.empty());
        QVERIFY(f.restCategoryMix.empty());
        for (int s : f.stages)
            QCOMPARE(s, 0);
    }

    void negativeRevenue()
    {
        // Refunds making the window's revenue negative: shares divide by it, 80/20 share of
        // the positive customers: X 100 / (100 - 300) = -0.5.
        test::DatasetBuilder b;
        b.customer("X", "2025-01-01").order("X", "2026-01-05", 10000, "Tools");
        b.customer("Y", "2025-01-01").order("Y", "2026-01-06", -30000, "Tools");
        const Dataset d = b.build();
        const BestFigures f = computeBestFigures(d, days(d, "2026-01"), criteria::defaultSet());
        QCOMPARE(f.windowRevenue, Cents(-20000));
        ACC_COMPARE_NEAR(*f.paretoTop20Share, -0.5);
        ACC_COMPARE_NEAR(*f.bestRevenueShare, 0.0);
        // The rest (X and Y) has a mix of -200: Tools -200 / -200.
        ACC_COMPARE_NEAR(shareOf(f.restCategoryMix, "Tools"), 1.0);
    }

    void periodPastAsOf()
    {
        // 2026-Q2 ends after the data (as-of 2026-04-15, L's acquisition): states on 04-15,
        // window [2025-04-16, 2026-04-15]: C's 2025-04-01 order drops out (400), so the top 20 %
        // of 11 active customers (ceil(2.2) = 3) are A 600, D 600, B 500; B has 2 orders.
        const Dataset d = fixture();
        QCOMPARE(toDate(d.asOf()), QDate(2026, 4, 15));
        const BestFigures f = computeBestFigures(d, days(d, "2026-Q2"), criteria::defaultSet());
        QCOMPARE(ids(d, f.bestCustomers), (QStringList{QStringLiteral("A"), QStringLiteral("D")}));
        QCOMPARE(f.stages[1], 2); // prospects E and L
    }
};

QTEST_GUILESS_MAIN(TestBest)
#include "tst_best.moc"
