// The filter of every view (docs/filters.md) and the fiscal year (docs/settings.md), worked
// by hand from METRICS.md on a four-customer company.
#include "datasetbuilder.h"
#include "engine/datafilter.h"
#include "engine/metrics.h"
#include "testsupport.h"

#include <QtTest>

using namespace acc;

namespace {

// A Retail/North/Ann: acquired 2025-01-01, ordered 100.00 on 2026-02-10, lost 2026-03-05 (Price).
// B Retail/South/Bob: acquired 2025-06-01, ordered 50.00 on 2026-01-15 and 30.00 on 2026-02-20.
// C Wholesale/North/Ann: acquired 2026-02-01, ordered 1,000.00 on 2026-02-02, answered 9 on 2026-03-01.
// D (no segment, region or owner): acquired 2025-01-01, nothing else.
// Spend: January Ads 100.00 (Retail), February Ads 50.00 (Wholesale), March Events 20.00 (all).
Dataset company()
{
    test::DatasetBuilder b;
    b.customer("A", "2025-01-01", "2026-03-05", "Price").order("A", "2026-02-10", 10000);
    b.last().segment = QStringLiteral("Retail");
    b.last().region = QStringLiteral("North");
    b.last().accountOwner = QStringLiteral("Ann");
    b.customer("B", "2025-06-01").order("B", "2026-01-15", 5000).order("B", "2026-02-20", 3000);
    b.last().segment = QStringLiteral("Retail");
    b.last().region = QStringLiteral("South");
    b.last().accountOwner = QStringLiteral("Bob");
    b.customer("C", "2026-02-01").order("C", "2026-02-02", 100000).answer("C", "2026-03-01", 9);
    b.last().segment = QStringLiteral("Wholesale");
    b.last().region = QStringLiteral("North");
    b.last().accountOwner = QStringLiteral("Ann");
    b.customer("D", "2025-01-01");
    b.spend(2026, 1, "Ads", 10000, "Retail")
        .spend(2026, 2, "Ads", 5000, "Wholesale")
        .spend(2026, 3, "Events", 2000);
    return b.build();
}

MetricsReport figures(const Dataset &d, const char *period = "2026-Q1")
{
    MetricsRequest request{*Period::parse(QString::fromLatin1(period))};
    request.withModel = false;
    return computeMetrics(d, request);
}

double value(const MetricsReport &r, const char *key)
{
    const auto v = figureValue(r, QString::fromLatin1(key));
    return v ? *v : qQNaN();
}

} // namespace

class TestDataFilter : public QObject
{
    Q_OBJECT
private slots:
    void wholeCompany()
    {
        const MetricsReport r = figures(company());
        QCOMPARE(value(r, "gained"), 1.0);       // C
        QCOMPARE(value(r, "lost"), 1.0);         // A
        QCOMPARE(value(r, "active_start"), 3.0); // A, B, D on 2025-12-31
        QCOMPARE(value(r, "revenue"), 1180.0);   // 100 + 50 + 30 + 1,000
        QCOMPARE(value(r, "spend"), 170.0);
    }

    void segment()
    {
        const Dataset d = filterDataset(company(), {QStringLiteral("Retail"), {}, {}});
        QCOMPARE(int(d.customers.size()), 2);
        const MetricsReport r = figures(d);
        QCOMPARE(value(r, "gained"), 0.0);
        QCOMPARE(value(r, "lost"), 1.0);
        QCOMPARE(value(r, "active_start"), 2.0);
        QCOMPARE(value(r, "churn_rate"), 0.5);
        QCOMPARE(value(r, "revenue"), 180.0);
        QCOMPARE(value(r, "lost_value"), 100.0); // A's orders in [2025-03-06, 2026-03-05]
        QCOMPARE(value(r, "spend"), 100.0);      // the Retail row only: spend follows the segment
        // The company's as-of date (A's loss, 2026-03-05), whatever the slice holds.
        QCOMPARE(r.asOf, test::day("2026-03-05"));
        QCOMPARE(d.ordersOf[1].end - d.ordersOf[1].begin, 2); // B's own two orders
    }

    void regionLeavesSpendWhole()
    {
        const MetricsReport r = figures(filterDataset(company(), {{}, QStringLiteral("North"), {}}));
        QCOMPARE(value(r, "gained"), 1.0);       // C
        QCOMPARE(value(r, "active_start"), 1.0); // A only
        QCOMPARE(value(r, "churn_rate"), 1.0);
        QCOMPARE(value(r, "revenue"), 1100.0);
        QCOMPARE(value(r, "spend"), 170.0); // spend is not kept by region
    }

    void everyFieldMustMatch()
    {
        const Dataset d = filterDataset(company(), {QStringLiteral("Wholesale"), {}, QStringLiteral("Ann")});
        QCOMPARE(int(d.customers.size()), 1);
        QCOMPARE(d.customers[0].customerId, QStringLiteral("C"));
        const MetricsReport r = figures(d);
        QCOMPARE(value(r, "revenue"), 1000.0);
        QCOMPARE(value(r, "responses"), 1.0);
        QCOMPARE(value(r, "nps"), 100.0);
        QCOMPARE(r.asOf, test::day("2026-03-05"));
    }

    void nobodyMatches()
    {
        const MetricsReport r = figures(filterDataset(company(), {{}, {}, QStringLiteral("Nobody")}));
        QCOMPARE(value(r, "revenue"), 0.0);
        QVERIFY(!figureValue(r, QStringLiteral("churn_rate"))); // no customer active at the start
        QCOMPARE(value(r, "spend"), 170.0);
    }

    void choices()
    {
        const FilterChoices c = filterChoices(company());
        QCOMPARE(c.segments, (QStringList{QStringLiteral("Retail"), QStringLiteral("Wholesale")}));
        QCOMPARE(c.regions, (QStringList{QStringLiteral("North"), QStringLiteral("South")}));
        QCOMPARE(c.owners, (QStringList{QStringLiteral("Ann"), QStringLiteral("Bob")}));
        QVERIFY(DataFilter{}.isEmpty());
        QVERIFY(!DataFilter({{}, {}, QStringLiteral("Ann")}).isEmpty());
    }

    // With the fiscal year starting in December, "2026-Q1" is December 2025 to February
    // 2026: every order, but not A's loss in March. The engine reads the company's fiscal
    // year from the data set, whatever fiscal year the request's period was read under.
    void fiscalYear()
    {
        Dataset d = company();
        d.fiscalYearStart = 12;
        const MetricsReport r = figures(d);
        QCOMPARE(r.days.period.start(), QDate(2025, 12, 1));
        QCOMPARE(r.days.period.end(), QDate(2026, 2, 28));
        QCOMPARE(value(r, "revenue"), 1180.0);          // every order lies in December..February
        QCOMPARE(value(r, "lost"), 0.0);                // A's loss on 2026-03-05 falls in Q2
        QCOMPARE(value(r, "gained"), 1.0);              // C, 2026-02-01
        QCOMPARE(value(r, "spend"), 150.0);             // January and February rows
        QCOMPARE(value(r, "active_start"), 3.0);        // on 2025-11-30: A, B, D
        const MetricsReport q2 = figures(d, "2026-Q2"); // March to May 2026
        QCOMPARE(value(q2, "lost"), 1.0);
        QCOMPARE(value(q2, "spend"), 20.0);
        // The quarters of the trend follow it too: the last is 2026-Q1, December to February.
        QCOMPARE(r.assets.trendQuarters.last().period.start(), QDate(2025, 12, 1));
    }
};

QTEST_GUILESS_MAIN(TestDataFilter)
#include "tst_datafilter.moc"
