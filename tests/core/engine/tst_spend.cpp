// METRICS.md "Spend and results" on hand-worked fixtures.
#include "datasetbuilder.h"
#include "engine/metrics.h"
#include "engine/spend.h"
#include "testsupport.h"

#include <QtTest>

using namespace acc;

class TestSpend : public QObject
{
    Q_OBJECT
private slots:
    void spendFigures()
    {
        // 2026-Q1: spend in January (two programs, one per segment), March; April is outside.
        test::DatasetBuilder b;
        b.customer("A", "2025-01-01").order("A", "2026-02-02", 50000);
        b.customer("B", "2025-01-01");
        b.spend(2026, 1, "Loyalty", 10000, "SMB").spend(2026, 1, "Loyalty", 5000, "Enterprise");
        b.spend(2026, 3, "Service desk", 5000)
            .spend(2026, 4, "Service desk", 99900)
            .spend(2025, 12, "Loyalty", 1);
        const Dataset d = b.build();
        const PeriodDays days = PeriodDays::of(*Period::parse(QStringLiteral("2026-Q1")), d.asOf());
        const SpendFigures f = computeSpendFigures(d, days, 2, 50000);
        QCOMPARE(f.total, Cents(20000)); // 100 + 50 + 50
        QCOMPARE(f.byProgram.size(), std::size_t(2));
        QCOMPARE(f.byProgram.at(QStringLiteral("Loyalty")), Cents(15000));
        QCOMPARE(f.byProgram.at(QStringLiteral("Service desk")), Cents(5000));
        ACC_COMPARE_NEAR(*f.spendPerActiveCustomer, 100.0); // 200.00 / 2
        ACC_COMPARE_NEAR(*f.revenuePerSpend, 2.5);          // 500 / 200
        // No spend, nobody active: nulls.
        const SpendFigures none =
            computeSpendFigures(d, PeriodDays::of(*Period::parse(QStringLiteral("2024")), d.asOf()), 0, 0);
        QCOMPARE(none.total, Cents(0));
        QVERIFY(none.byProgram.empty());
        QVERIFY(!none.spendPerActiveCustomer);
        QVERIFY(!none.revenuePerSpend);
        // A year holds all its months.
        const SpendFigures year =
            computeSpendFigures(d, PeriodDays::of(*Period::parse(QStringLiteral("2026")), d.asOf()), 1, 0);
        QCOMPARE(year.total, Cents(119900));
        ACC_COMPARE_NEAR(*year.revenuePerSpend, 0.0);
    }

    void throughTheReport()
    {
        // 2026-03: revenue 300.00 - 100.00 (a refund); active at the end (as-of 03-20): A, C;
        // spend 80.00: 40.00 per active customer, 200 / 80 = 2.5 of revenue per unit spent.
        test::DatasetBuilder b;
        b.customer("A", "2025-01-01").order("A", "2026-03-02", 30000).order("A", "2026-03-20", -10000);
        b.customer("B", "2025-01-01", "2026-03-05", "Price");
        b.customer("C", "2026-03-01");
        b.spend(2026, 3, "Campaign", 8000);
        const Dataset d = b.build();
        MetricsRequest request{*Period::parse(QStringLiteral("2026-03"))};
        request.withModel = false;
        const MetricsReport r = computeMetrics(d, request);
        QCOMPARE(r.assets.figures.activeEnd, 2);
        ACC_COMPARE_NEAR(*r.spend.spendPerActiveCustomer, 40.0);
        ACC_COMPARE_NEAR(*r.spend.revenuePerSpend, 2.5);
    }
};

QTEST_GUILESS_MAIN(TestSpend)
#include "tst_spend.moc"
