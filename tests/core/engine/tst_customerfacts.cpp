// Every customer's figures on the state day (engine/customerfacts.h), worked by hand.
#include "datasetbuilder.h"
#include "engine/customerfacts.h"

#include <QTest>

using namespace acc;
using acc::test::day;

class TestCustomerFacts : public QObject
{
    Q_OBJECT
private slots:
    void figuresOnTheStateDay();
    void modelAndBestComeFromTheReport();
};

namespace {

Dataset fixture()
{
    test::DatasetBuilder b;
    b.customer("A", "2024-01-10");
    b.customer("B", "2025-03-01", "2026-08-15", "Price");
    b.customer("C", "2026-12-01"); // acquired after the period
    // A: one order outside the 12 months, two inside, one refund inside, one after the end.
    b.order("A", "2025-06-30", 100000)    // 1,000.00: not in window(2026-09-30) = 2025-10-01..
        .order("A", "2025-10-01", 50000)  // first day of the window
        .order("A", "2026-09-30", 30000)  // the last day
        .order("A", "2026-09-30", -5000)  // refund: counts in value, not as an order
        .order("A", "2026-10-01", 99900); // after the state day: left out
    b.order("B", "2026-01-05", 20000);
    b.contact("A", "2025-09-30", ContactCategory::Request, "web")               // before the window
        .contact("A", "2026-02-01", ContactCategory::Rescue, "phone", true, "") // complaint in window
        .contact("A", "2026-09-30", ContactCategory::Request, "web")            // last day
        .contact("A", "2026-10-02", ContactCategory::Request, "web");           // after
    b.answer("A", "2026-05-01", 9, "R2")
        .answer("A", "2026-05-01", 4, "R10") // same day: "R2" > "R10"
        .answer("A", "2026-11-01", 0, "R3"); // after the state day
    return b.build();
}

} // namespace

void TestCustomerFacts::figuresOnTheStateDay()
{
    const Dataset data = fixture();
    MetricsRequest request;
    request.period = *Period::parse(QStringLiteral("2026-Q3"));
    request.withModel = false;
    const MetricsReport report = computeMetrics(data, request);
    const CustomerFacts facts = computeCustomerFacts(data, report);
    QCOMPARE(facts.day, day("2026-09-30")); // the as-of date (2026-11-01) lies past the end
    QCOMPARE(facts.rows.size(), std::size_t(3));

    const CustomerFact &a = facts.rows[0];
    QVERIFY(a.active);
    QCOMPARE(a.lifetimeValue, Cents(100000 + 50000 + 30000 - 5000)); // 1,750.00
    QCOMPARE(a.revenue12m, Cents(50000 + 30000 - 5000));             // 750.00
    QCOMPARE(a.orders, 3);
    QCOMPARE(a.orders12m, 2);
    QCOMPARE(a.firstOrder, day("2025-06-30"));
    QCOMPARE(a.lastOrder, day("2026-09-30"));
    QCOMPARE(*a.avgOrderValue(), 1750.0 / 3);
    QCOMPARE(a.contacts, 3);
    QCOMPARE(a.contacts12m, 2);
    QCOMPARE(a.complaints12m, 1);
    QCOMPARE(a.answers, 2);
    QCOMPARE(*a.lastNps, 9); // "R2" is greater than "R10" in byte order

    const CustomerFact &b = facts.rows[1];
    QVERIFY(!b.active); // lost on 2026-08-15
    QCOMPARE(b.revenue12m, Cents(20000));
    QCOMPARE(b.contacts, 0);
    QVERIFY(!b.lastNps);

    const CustomerFact &c = facts.rows[2];
    QVERIFY(!c.active); // not yet acquired
    QCOMPARE(c.orders, 0);
    QVERIFY(!c.avgOrderValue());
    QVERIFY(!hasDay(c.lastOrder));
}

void TestCustomerFacts::modelAndBestComeFromTheReport()
{
    const Dataset data = fixture();
    MetricsReport report;
    report.days = PeriodDays::of(*Period::parse(QStringLiteral("2026-Q3")), data.asOf());
    report.best.bestCustomers = {0};
    CustomerModelFigures m;
    m.customer = 1;
    m.pAlive = 0.25;
    m.expectedOrders12m = 0.5;
    m.expectedValue12m = 120.0;
    report.service.model.customers = {m};
    const CustomerFacts facts = computeCustomerFacts(data, report);
    QVERIFY(facts.rows[0].best);
    QVERIFY(!facts.rows[1].best);
    QVERIFY(!facts.rows[0].pAlive);
    QCOMPARE(*facts.rows[1].pAlive, 0.25);
    QCOMPARE(*facts.rows[1].expectedValue12m, 120.0);
}

QTEST_APPLESS_MAIN(TestCustomerFacts)
#include "tst_customerfacts.moc"
