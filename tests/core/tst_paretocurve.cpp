// The 80/20 curve on the hand-worked fixture of bestfixture.h, its sampling, and a large
// company (the points stay few).
#include "bestfixture.h"
#include "models/bestviewfigures.h"
#include "models/paretocurve.h"
#include "testsupport.h"

#include <QtTest>

using namespace acc;

class TestParetoCurve : public QObject
{
    Q_OBJECT
private slots:
    void handWorked()
    {
        const auto snapshot = test::bestSnapshot();
        const BestFigures &best = snapshot->report.best;
        QCOMPARE(best.windowRevenue, Cents(2650000));
        const ParetoCurve curve = ParetoCurve::compute(*snapshot->data, *snapshot->facts, best.windowRevenue);
        // Positive revenue in the window: A 1.0M, B 0.7M, C 0.5M, G 0.3M (lost, still
        // counted), D 0.15M (after its refund) = 5; the top ceil(20 % of 5) = 1.
        QCOMPARE(curve.customers, 5);
        QCOMPARE(curve.topCount, 1);
        QCOMPARE(curve.bestCustomers, 3);
        QCOMPARE(curve.topRevenue, Cents(1000000));
        QVERIFY(curve.topShare.has_value());
        ACC_COMPARE_NEAR(*curve.topShare, 1000000.0 / 2650000.0);
        // 20 % lands on a whole customer (k = 1 of 5): the curve there is pareto_top20_share.
        QVERIFY(best.paretoTop20Share.has_value());
        QCOMPARE(curve.revenueShareAt(0.2), *best.paretoTop20Share);

        const double w = 2650000.0;
        const QList<double> revenue{0, 1000000 / w, 1700000 / w, 2200000 / w, 2500000 / w, 2650000 / w};
        const QList<double> bestPart{0, 1000000 / w, 1700000 / w, 2200000 / w, 2200000 / w, 2200000 / w};
        QCOMPARE(int(curve.points.size()), 6);
        for (int k = 0; k <= 5; ++k) {
            const ParetoPoint &p = curve.points[std::size_t(k)];
            QCOMPARE(p.customers, k);
            ACC_COMPARE_NEAR(p.customerShare, k / 5.0);
            ACC_COMPARE_NEAR(p.revenueShare, revenue[k]);
            ACC_COMPARE_NEAR(p.bestShare, bestPart[k]);
        }
        QCOMPARE(curve.points.back().revenueShare, 1.0);
        QVERIFY(snapshot->bestView);
        QCOMPARE(snapshot->bestView->curve.points.size(), curve.points.size());
        QCOMPARE(snapshot->bestView->curve.topShare, curve.topShare);
        // Between points the curve is read along the line: 30 % is half way from k = 1 to 2.
        ACC_COMPARE_NEAR(curve.revenueShareAt(0.3), (1000000 + 350000) / w);
    }

    void sampled()
    {
        // At most maxPoints + 1 points: k = 0, 5 * 1/2 = 2 (rounded down), 5, and the 20 % mark 1.
        const auto snapshot = test::bestSnapshot();
        const ParetoCurve curve =
            ParetoCurve::compute(*snapshot->data, *snapshot->facts, snapshot->report.best.windowRevenue, 2);
        QList<int> ks;
        for (const ParetoPoint &p : curve.points)
            ks.append(p.customers);
        QCOMPARE(ks, (QList<int>{0, 1, 2, 5}));
        ACC_COMPARE_NEAR(curve.points[2].revenueShare, 1700000.0 / 2650000.0);
    }

    void noRevenue()
    {
        // Only F's old order: nothing in the window, no curve, no share.
        test::DatasetBuilder b;
        b.customer("F", "2024-01-01").order("F", "2025-06-01", 500000);
        b.customer("G", "2024-01-01").order("G", "2026-10-15", 100);
        const Dataset data = b.build();
        MetricsRequest request;
        request.period = *Period::parse(QStringLiteral("2026-Q3"));
        request.withModel = false;
        const auto snapshot =
            MetricsService::compute(std::make_shared<const Dataset>(data), QString(), request);
        const ParetoCurve curve = ParetoCurve::compute(*snapshot->data, *snapshot->facts, 0);
        QVERIFY(curve.isEmpty());
        QVERIFY(!curve.topShare);
        QCOMPARE(curve.customers, 0);
    }

    void largeCompanyStaysSmall()
    {
        // 10,000 customers, customer i with revenue i + 1 cents (i = 0..9,999): the top
        // ceil(20 %) = 2,000 bring sum(8,001..10,000) = 18,001,000 of 50,005,000.
        Dataset data;
        CustomerFacts facts;
        data.currency = QStringLiteral("EUR");
        for (int i = 0; i < 10000; ++i) {
            CustomerRecord c;
            c.customerId = QStringLiteral("C%1").arg(i, 5, 10, QLatin1Char('0'));
            data.customers.push_back(c);
            CustomerFact f;
            f.revenue12m = i + 1;
            f.best = i % 2 == 0;
            facts.rows.push_back(f);
        }
        data.finalize();
        const ParetoCurve curve = ParetoCurve::compute(data, facts, 50005000, 300);
        QCOMPARE(curve.customers, 10000);
        QCOMPARE(curve.topCount, 2000);
        QVERIFY(curve.points.size() <= 302);
        ACC_COMPARE_NEAR(*curve.topShare, 18001000.0 / 50005000.0);
        QCOMPARE(curve.revenueShareAt(0.2), *curve.topShare);
        for (std::size_t i = 1; i < curve.points.size(); ++i) {
            QVERIFY(curve.points[i].customers > curve.points[i - 1].customers);
            QVERIFY(curve.points[i].revenueShare >= curve.points[i - 1].revenueShare);
            QVERIFY(curve.points[i].bestShare <= curve.points[i].revenueShare);
        }
        QCOMPARE(curve.points.back().revenueShare, 1.0);
    }
};

QTEST_GUILESS_MAIN(TestParetoCurve)
#include "tst_paretocurve.moc"
