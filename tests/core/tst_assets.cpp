// Group 1 of METRICS.md (customers as assets) on a hand-worked fixture. Every expected
// value below is worked out by hand in the comments from the definitions.
#include "datasetbuilder.h"
#include "engine/assets.h"
#include "engine/metrics.h"
#include "engine/metricsjson.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QtTest>

using namespace acc;
using acc::test::day;

namespace {

// Period under test: 2026-03 = [2026-03-01, 2026-03-31].
Dataset fixture()
{
    test::DatasetBuilder b;
    // A: lost 2026-03-05 for Price. window(2026-03-05) = [2025-03-06, 2026-03-05]:
    // 2025-03-05 is out, 2025-03-06 in, the refund counts: 50 + 30 - 5 = 75.00.
    b.customer("A", "2025-01-10", "2026-03-05", "Price")
        .order("A", "2025-03-05", 10000)
        .order("A", "2025-03-06", 5000)
        .order("A", "2026-02-01", 3000)
        .order("A", "2026-02-10", -500);
    // B: lost 2026-03-20, reason padded with spaces (trimmed): 200.00.
    b.customer("B", "2024-06-01", "2026-03-20", " Service failure ").order("B", "2026-01-15", 20000);
    // C: lost on the period's last day with no reason (Unknown), won back after it: 75.00.
    b.customer("C", "2024-01-01", "2026-03-31", "", "2026-04-10").order("C", "2025-12-01", 7500);
    // D: gained in the period, two orders on one day.
    b.customer("D", "2026-03-15").order("D", "2026-03-16", 4000).order("D", "2026-03-16", 1000);
    // E: lost 2025-09-01, won back 2026-03-10 (in the period).
    b.customer("E", "2025-06-01", "2025-09-01", "Price", "2026-03-10").order("E", "2026-03-12", 2000);
    // F: acquired after the period.
    b.customer("F", "2026-04-02").order("F", "2026-04-05", 50000);
    // G: lost before the period, on 2025-12-31; window(2025-12-31) = [2025-01-01, 2025-12-31].
    b.customer("G", "2023-01-01", "2025-12-31", "Product gap").order("G", "2025-01-15", 6000);
    // H: active, refunds 30.00 on the period's last day.
    b.customer("H", "2025-02-01").order("H", "2026-03-31", -3000);
    return b.build();
}

} // namespace

class TestAssets : public QObject
{
    Q_OBJECT
private slots:
    void annualValueWindow()
    {
        const Dataset d = fixture();
        QCOMPARE(annualValue(d, 0, day("2026-03-05")), Cents(7500));
        // One day later the 2025-03-06 order leaves the window: 30 - 5.
        QCOMPARE(annualValue(d, 0, day("2026-03-06")), Cents(2500));
        // Leap year: window(2024-12-31) = [2024-01-02, 2024-12-31].
        test::DatasetBuilder b;
        b.customer("L", "2023-01-01")
            .order("L", "2024-01-01", 100)
            .order("L", "2024-01-02", 10)
            .order("L", "2024-02-29", 1);
        const Dataset leap = b.build();
        QCOMPARE(annualValue(leap, 0, day("2024-12-31")), Cents(11));
    }

    void monthFigures()
    {
        const Dataset d = fixture();
        std::vector<LostCustomer> lost;
        const AssetsFigures f =
            computeAssetsFigures(d, *Period::parse(QStringLiteral("2026-03")), d.asOf(), &lost);
        QCOMPARE(f.gained, 1);      // D
        QCOMPARE(f.lost, 3);        // A, B, C
        QCOMPARE(f.wonBack, 1);     // E
        QCOMPARE(f.net, -1);        // 1 + 1 - 3
        QCOMPARE(f.activeStart, 4); // on 2026-02-28: A, B, C, H (E is lost, D and F not yet, G lost)
        QCOMPARE(f.activeEnd, 3);   // on 2026-03-31: D, E, H (C lost that day, won back later)
        QVERIFY(f.churnRate.has_value());
        ACC_COMPARE_NEAR(*f.churnRate, 0.75); // 3 / 4
        QCOMPARE(f.lostValue, Cents(35000));  // 75 + 200 + 75
        QCOMPARE(f.revenue, Cents(4000));     // D 50 + E 20 - H 30
        QCOMPARE(f.reasons.size(), 3);
        QCOMPARE(f.reasons[0].reason, QStringLiteral("Service failure"));
        QCOMPARE(f.reasons[0].count, 1);
        QCOMPARE(f.reasons[0].value, Cents(20000));
        // Price and Unknown tie on value and count: reason ascending.
        QCOMPARE(f.reasons[1].reason, QStringLiteral("Price"));
        QCOMPARE(f.reasons[1].value, Cents(7500));
        QCOMPARE(f.reasons[2].reason, QStringLiteral("Unknown"));
        QCOMPARE(f.reasons[2].value, Cents(7500));
        // Lost customers by lost value desc, then customer_id asc: B, A, C.
        QCOMPARE(lost.size(), std::size_t(3));
        QCOMPARE(d.customers[std::size_t(lost[0].customer)].customerId, QStringLiteral("B"));
        QCOMPARE(d.customers[std::size_t(lost[1].customer)].customerId, QStringLiteral("A"));
        QCOMPARE(d.customers[std::size_t(lost[2].customer)].customerId, QStringLiteral("C"));
    }

    void unknownMergesWithLiteralUnknown()
    {
        test::DatasetBuilder b;
        b.customer("X", "2025-01-01", "2026-03-02", "Unknown").order("X", "2026-03-01", 1000);
        b.customer("Y", "2025-01-01", "2026-03-03", "  ").order("Y", "2026-03-01", 500);
        const Dataset d = b.build();
        const AssetsFigures f = computeAssetsFigures(d, *Period::parse(QStringLiteral("2026-03")), d.asOf());
        QCOMPARE(f.reasons.size(), 1);
        QCOMPARE(f.reasons[0].reason, QStringLiteral("Unknown"));
        QCOMPARE(f.reasons[0].count, 2);
        QCOMPARE(f.reasons[0].value, Cents(1500));
    }

    void lostAndWonBackInOnePeriod()
    {
        test::DatasetBuilder b;
        b.customer("Z", "2025-01-01", "2026-03-05", "Price", "2026-03-25");
        const Dataset d = b.build();
        const AssetsFigures f = computeAssetsFigures(d, *Period::parse(QStringLiteral("2026-03")), d.asOf());
        QCOMPARE(f.lost, 1);
        QCOMPARE(f.wonBack, 1);
        QCOMPARE(f.net, 0);
        QCOMPARE(f.activeStart, 1);
        QCOMPARE(f.activeEnd, 1);
    }

    void quarterAndTrends()
    {
        const Dataset d = fixture();
        const AssetsResult a = computeAssets(d, *Period::parse(QStringLiteral("2026-03")));
        QCOMPARE(a.trendMonths.size(), 13);
        QCOMPARE(a.trendMonths.first().period.toString(), QStringLiteral("2025-03"));
        QCOMPARE(a.trendMonths.last().period.toString(), QStringLiteral("2026-03"));
        // 2025-09: E lost with no order in window(2025-09-01).
        const AssetsFigures &sep = a.trendMonths[6];
        QCOMPARE(sep.period.toString(), QStringLiteral("2025-09"));
        QCOMPARE(sep.lost, 1);
        QCOMPARE(sep.lostValue, Cents(0));
        // 2025-12: G lost (60.00), C's order of 75.00 is the month's revenue.
        const AssetsFigures &dec = a.trendMonths[9];
        QCOMPARE(dec.lost, 1);
        QCOMPARE(dec.lostValue, Cents(6000));
        QCOMPARE(dec.revenue, Cents(7500));
        // The last trend month is the period itself.
        QCOMPARE(a.trendMonths.last().lostValue, Cents(35000));

        QCOMPARE(a.trendQuarters.size(), 8);
        QCOMPARE(a.trendQuarters.first().period.toString(), QStringLiteral("2024-Q2"));
        const AssetsFigures &q1 = a.trendQuarters[7];
        QCOMPARE(q1.period.toString(), QStringLiteral("2026-Q1"));
        QCOMPARE(q1.gained, 1);
        QCOMPARE(q1.lost, 3);
        QCOMPARE(q1.wonBack, 1);
        QCOMPARE(q1.activeStart, 4); // on 2025-12-31: A, B, C, H (G lost that day)
        QCOMPARE(q1.activeEnd, 3);
        QCOMPARE(q1.revenue, Cents(26500)); // 200 + (30 - 5) + 40
        const AssetsFigures &q4 = a.trendQuarters[6];
        QCOMPARE(q4.lost, 1);
        QCOMPARE(q4.activeStart, 5); // on 2025-09-30: A, B, C, G, H
        QCOMPARE(q4.activeEnd, 4);   // on 2025-12-31: A, B, C, H
        ACC_COMPARE_NEAR(*q4.churnRate, 0.2);
    }

    void yearPeriod()
    {
        const Dataset d = fixture();
        const AssetsFigures y = computeAssetsFigures(d, *Period::parse(QStringLiteral("2025")), d.asOf());
        QCOMPARE(y.gained, 3);      // A (2025-01-10), H (2025-02-01), E (2025-06-01)
        QCOMPARE(y.lost, 2);        // E (2025-09-01), G (2025-12-31)
        QCOMPARE(y.activeStart, 3); // on 2024-12-31: B, C, G
        QCOMPARE(y.revenue, Cents(10000 + 5000 + 7500 + 6000));
    }

    void periodPastAsOf()
    {
        // The data ends 2026-04-10 (C's win-back): the quarter 2026-Q2 is measured up to it.
        const Dataset d = fixture();
        const MetricsReport r = computeMetrics(d, {*Period::parse(QStringLiteral("2026-Q2"))});
        QCOMPARE(toDate(r.asOf), QDate(2026, 4, 10));
        QCOMPARE(toDate(r.days.stateDay), QDate(2026, 4, 10));
        QCOMPARE(r.assets.figures.gained, 1);    // F
        QCOMPARE(r.assets.figures.wonBack, 1);   // C
        QCOMPARE(r.assets.figures.activeEnd, 5); // C, D, E, F, H
        QCOMPARE(r.assets.figures.revenue, Cents(50000));
    }

    void emptyData()
    {
        const Dataset d = test::DatasetBuilder().build();
        const MetricsReport r = computeMetrics(d, {*Period::parse(QStringLiteral("2026-Q3"))});
        QVERIFY(!hasDay(r.asOf));
        QCOMPARE(r.assets.figures.activeStart, 0);
        QVERIFY(!r.assets.figures.churnRate.has_value());
        const QJsonObject json = metricsToJson(r, d);
        QVERIFY(json.value(QStringLiteral("as_of")).isNull());
        QVERIFY(json.value(QStringLiteral("assets")).toObject().value(QStringLiteral("churn_rate")).isNull());
        QCOMPARE(json.value(QStringLiteral("start")).toString(), QStringLiteral("2026-07-01"));
        QCOMPARE(json.value(QStringLiteral("end")).toString(), QStringLiteral("2026-09-30"));
    }

    void json()
    {
        const Dataset d = fixture();
        const MetricsReport r = computeMetrics(d, {*Period::parse(QStringLiteral("2026-03"))});
        const QJsonObject o = metricsToJson(r, d);
        QCOMPARE(o.value(QStringLiteral("period")).toString(), QStringLiteral("2026-03"));
        QCOMPARE(o.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-04-10"));
        const QJsonObject a = o.value(QStringLiteral("assets")).toObject();
        QCOMPARE(a.value(QStringLiteral("lost_value")).toDouble(), 350.0);
        QCOMPARE(a.value(QStringLiteral("revenue")).toDouble(), 40.0);
        QCOMPARE(a.value(QStringLiteral("churn_rate")).toDouble(), 0.75);
        const QJsonArray lost = a.value(QStringLiteral("lost_customers")).toArray();
        QCOMPARE(lost.size(), 3);
        QCOMPARE(lost[0].toString(), QStringLiteral("B"));
        const QJsonArray reasons = a.value(QStringLiteral("reasons")).toArray();
        QCOMPARE(reasons[0].toObject().value(QStringLiteral("value")).toDouble(), 200.0);
        const QJsonArray months = a.value(QStringLiteral("trend_months")).toArray();
        QCOMPARE(months.size(), 13);
        QCOMPARE(months[0].toObject().value(QStringLiteral("period")).toString(), QStringLiteral("2025-03"));
        QCOMPARE(a.value(QStringLiteral("trend_quarters")).toArray().size(), 8);
    }
};

QTEST_GUILESS_MAIN(TestAssets)
#include "tst_assets.moc"
