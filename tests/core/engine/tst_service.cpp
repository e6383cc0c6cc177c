// Group 2 of METRICS.md (service performance) on hand-worked fixtures. Every expected
// value is worked out in the comments from the definitions.
#include "datasetbuilder.h"
#include "engine/metrics.h"
#include "engine/service.h"
#include "model/bgnbd.h"
#include "testsupport.h"

#include <QtTest>

using namespace acc;
using acc::test::day;

namespace {

using CC = ContactCategory;

PeriodDays q(const Dataset &d, const char *period)
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

// Period 2026-Q1 = [2026-01-01, 2026-03-31]; the data's as-of date is 2026-06-30 (D lost).
Dataset fixture()
{
    test::DatasetBuilder b;
    // A: lost 2026-04-15 and won back 2026-06-01 (a loss later won back still counts).
    b.customer("A", "2024-01-01", "2026-04-15", "Price", "2026-06-01");
    // Order days 2025-11-01, -11-11, -12-01, 2026-01-01, -01-31: gaps 10, 20, 31, 30, median
    // (20 + 30) / 2 = 25; the refund of 2026-03-01 is not an order. On 2026-03-31 the last
    // order is 59 days old > 2 * 25 = 50: overdue.
    b.order("A", "2025-11-01", 1000).order("A", "2025-11-11", 1000).order("A", "2025-12-01", 1000);
    b.order("A", "2026-01-01", 1000).order("A", "2026-01-31", 1000).order("A", "2026-03-01", -500);
    // B: lost before the period; old orders, but not active, so never overdue.
    b.customer("B", "2024-01-01", "2025-12-20", "Service failure");
    b.order("B", "2025-01-01", 1000).order("B", "2025-02-01", 1000);
    // C: order days 2025-10-01, -11-01, -12-01 (gaps 31, 30, median 30.5, limit 61); on 2026-03-31
    // the last is 120 days old: overdue. The order of 2026-04-10 lies after the state day.
    b.customer("C", "2024-01-01");
    b.order("C", "2025-10-01", 1000).order("C", "2025-11-01", 1000).order("C", "2025-12-01", 1000);
    b.order("C", "2026-04-10", 1000);
    // D: lost 2026-06-30; orders 2026-02-01 and 2026-03-01 (gap 28, limit 56), 30 days since: not overdue.
    b.customer("D", "2024-01-01", "2026-06-30", "Price");
    b.order("D", "2026-02-01", 1000).order("D", "2026-03-01", 1000);
    // E: lost 2026-05-01; orders 2026-03-01, 2026-03-11 (gap 10, limit 20); 20 days since is not
    // more than 20 ("exceed" is strict): not overdue.
    b.customer("E", "2024-01-01", "2026-05-01", "Price");
    b.order("E", "2026-03-01", 1000).order("E", "2026-03-11", 1000);
    // F: lost 2026-02-10, the day of its rescue contact (not after it).
    b.customer("F", "2024-01-01", "2026-02-10", "Price");
    // G: two orders on one day: one distinct day, never overdue.
    b.customer("G", "2024-01-01").order("G", "2025-06-01", 1000).order("G", "2025-06-01", 1000);

    // Rescue contacts of the period:
    b.contact("A", "2026-01-20", CC::Rescue,
              "Delivery problem"); // lost 04-15 <= 01-20 + 90 = 04-20: not rescued
    b.contact("B", "2026-01-05", CC::Rescue, "Delivery problem"); // lost before the contact: rescued
    b.contact("C", "2026-02-01", CC::Rescue, "Billing question", true, "2026-02-01"); // never lost: rescued
    b.contact("D", "2026-03-31", CC::Rescue, "Delivery problem"); // 03-31 + 90 = 06-29 < 06-30: rescued
    b.contact("E", "2026-01-31", CC::Rescue, "Delivery problem"); // 01-31 + 90 = 05-01 = lost_on: not rescued
    b.contact("F", "2026-02-10", CC::Rescue, "Delivery problem"); // lost the same day: rescued
    // Outside the period.
    b.contact("D", "2026-04-01", CC::Rescue, "Delivery problem");
    b.contact("C", "2025-12-31", CC::Rescue, "Delivery problem", true, "2026-01-01");
    // Complaints of the period (C's rescue contact above is one, resolved in 0 days):
    b.contact("C", "2026-01-10", CC::Request, "Billing question", true, "2026-01-12"); // 2 days
    b.contact("C", "2026-01-15", CC::Request, "Billing question", true, "2026-01-18"); // 3 days
    b.contact("A", "2026-02-01", CC::Relationship, "Account review", true);            // open
    b.contact("B", "2026-03-30", CC::Request, "Billing question", true, "2026-04-05"); // 6 days, after P
    return b.build();
}

} // namespace

class TestService : public QObject
{
    Q_OBJECT
private slots:
    void quarter()
    {
        const Dataset d = fixture();
        QCOMPARE(toDate(d.asOf()), QDate(2026, 6, 30));
        const ServiceFigures f = computeServiceFigures(d, q(d, "2026-Q1"));
        QCOMPARE(f.rescueContacts, 6); // A, B, C, D, E, F
        QCOMPARE(f.rescued, 4);        // B, C, D, F
        ACC_COMPARE_NEAR(*f.rescueRate, 4.0 / 6.0);
        QCOMPARE(f.complaints, 5); // C (rescue), C, C, A, B
        // Within 2 days: 0 and 2 days; 3, 6 days and the open one are not: 2 / 5.
        ACC_COMPARE_NEAR(*f.resolvedWithinSla, 0.4);
        // Resolved: 0, 2, 3, 6 days: an even count, (2 + 3) / 2.
        ACC_COMPARE_NEAR(*f.medianResolutionDays, 2.5);
        QCOMPARE(ids(d, f.overdueCustomers), (QStringList{QStringLiteral("A"), QStringLiteral("C")}));
    }

    void slaSetting()
    {
        Dataset d = fixture();
        d.slaDays = 3; // 0, 2 and 3 days are within: 3 / 5
        const ServiceFigures f = computeServiceFigures(d, q(d, "2026-Q1"));
        ACC_COMPARE_NEAR(*f.resolvedWithinSla, 0.6);
    }

    void oddMedian()
    {
        test::DatasetBuilder b;
        b.customer("X", "2025-01-01");
        b.contact("X", "2026-01-02", CC::Request, "T", true, "2026-01-09"); // 7
        b.contact("X", "2026-01-02", CC::Request, "T", true, "2026-01-03"); // 1 (same day as the first)
        b.contact("X", "2026-01-05", CC::Request, "T", true, "2026-01-09"); // 4
        const Dataset d = b.build();
        const ServiceFigures f = computeServiceFigures(d, q(d, "2026-01"));
        QCOMPARE(f.complaints, 3);
        ACC_COMPARE_NEAR(*f.medianResolutionDays, 4.0); // 1, 4, 7
        ACC_COMPARE_NEAR(*f.resolvedWithinSla, 1.0 / 3.0);
    }

    void emptyPeriod()
    {
        const Dataset d = fixture();
        // 2025-07: no contact at all, so every rate is null, never a division by zero.
        const ServiceFigures f = computeServiceFigures(d, q(d, "2025-07"));
        QCOMPARE(f.rescueContacts, 0);
        QVERIFY(!f.rescueRate);
        QCOMPARE(f.complaints, 0);
        QVERIFY(!f.resolvedWithinSla);
        QVERIFY(!f.medianResolutionDays);
    }

    void onlyOpenComplaints()
    {
        test::DatasetBuilder b;
        b.customer("X", "2025-01-01").contact("X", "2026-01-02", CC::Request, "T", true);
        const Dataset d = b.build();
        const ServiceFigures f = computeServiceFigures(d, q(d, "2026-01"));
        ACC_COMPARE_NEAR(*f.resolvedWithinSla, 0.0); // 0 / 1
        QVERIFY(!f.medianResolutionDays);            // a median of nothing
    }

    void periodPastAsOf()
    {
        Dataset d = fixture();
        // J: orders 2026-05-01 and 2026-05-31 (gap 30, limit 60). 2026-Q3 runs past the as-of
        // date 2026-06-30: on it, 30 days since the last order, not overdue (on 09-30 it would be).
        test::DatasetBuilder b;
        b.customer("J", "2025-01-01").order("J", "2026-05-01", 100).order("J", "2026-05-31", 100);
        b.customer("K", "2025-01-01", "2026-06-30", "Price");
        const Dataset j = b.build();
        QCOMPARE(toDate(j.asOf()), QDate(2026, 6, 30));
        QVERIFY(computeServiceFigures(j, q(j, "2026-Q3")).overdueCustomers.empty());
        QVERIFY(isOverdue(j, 0, day("2026-09-30")));
        // The fixture on 2026-06-30: A (won back 06-01; 150 days > 50) and C (gaps 31, 30, 130,
        // median 31; 81 days > 62) are overdue; D and E are lost by then.
        const ServiceFigures f = computeServiceFigures(d, q(d, "2026-Q3"));
        QCOMPARE(ids(d, f.overdueCustomers), (QStringList{QStringLiteral("A"), QStringLiteral("C")}));
        QCOMPARE(f.rescueContacts, 0);
    }

    void leapDay()
    {
        // Orders 2024-02-28, 2024-02-29, 2024-03-01: gaps 1 and 1, limit 2; on 2024-03-04 the
        // last order is 3 days old (2024 has a 29 February): overdue. On 2024-03-03, 2 days: not.
        test::DatasetBuilder b;
        b.customer("L", "2024-01-01").order("L", "2024-02-28", 100).order("L", "2024-02-29", 100);
        b.order("L", "2024-03-01", 100);
        const Dataset d = b.build();
        QVERIFY(isOverdue(d, 0, day("2024-03-04")));
        QVERIFY(!isOverdue(d, 0, day("2024-03-03")));
    }

    void modelWiring()
    {
        // The model keys through computeMetrics: p_alive for every customer with an order on
        // or before the state day, from BG/NBD's formula with x = distinct order days - 1,
        // t_x and T in days from the first order; none for a customer with only a refund or
        // no order; at risk only when active and p_alive < 0.5.
        test::DatasetBuilder b;
        // 40 customers from 2024-01-01 on, buying every 9 to 28 days: the even ones until the
        // end of the year, the odd ones stop after 2 to 6 purchases (they drop out).
        for (int i = 0; i < 40; ++i) {
            const QByteArray id = QByteArray("C") + QByteArray::number(100 + i);
            b.customer(id.constData(), "2024-01-01");
            const QDate first = QDate(2024, 1, 1).addDays(3 * i);
            const int every = 9 + (i * 7) % 20;
            const int purchases = i % 2 == 0 ? 1000 : 2 + i % 5;
            for (int k = 0; k < purchases && first.addDays(k * every) <= QDate(2024, 12, 31); ++k) {
                const QByteArray on = first.addDays(k * every).toString(Qt::ISODate).toLatin1();
                b.order(id.constData(), on.constData(), 1000 + 100 * (i % 7) + 50 * (k % 3));
            }
        }
        b.customer("NONE", "2024-01-01");
        b.customer("REFUND", "2024-01-01").order("REFUND", "2024-06-01", -1000);
        // SAME: orders on 2024-01-10 (twice) and 2024-03-10, one refund 2024-04-01:
        // x = 1 (two distinct days), t_x = 60, T = 2024-12-31 - 2024-01-10 = 356.
        b.customer("SAME", "2024-01-01").order("SAME", "2024-01-10", 500).order("SAME", "2024-01-10", 700);
        b.order("SAME", "2024-03-10", 900).order("SAME", "2024-04-01", -200);
        const Dataset d = b.build();
        const MetricsReport r = computeMetrics(d, {*Period::parse(QStringLiteral("2024-Q4"))});
        QVERIFY(r.modelComputed);
        const CustomerBaseFigures &m = r.service.model;
        QCOMPARE(int(m.customers.size()), 41); // 40 + SAME; NONE and REFUND have no order
        QVERIFY(m.bgnbdFitted);
        QCOMPARE(m.bgnbd.customers, 41);
        const int same = d.findCustomer(QStringLiteral("SAME"));
        const auto it = std::find_if(m.customers.begin(), m.customers.end(),
                                     [same](const CustomerModelFigures &c) { return c.customer == same; });
        QVERIFY(it != m.customers.end() && it->pAlive);
        const model::BgNbdModel bg{m.bgnbd.r, m.bgnbd.alpha, m.bgnbd.a, m.bgnbd.b};
        ACC_COMPARE_NEAR(*it->pAlive, bg.pAlive(1, 60, 356));
        QVERIFY(it->expectedOrders12m.has_value());
        ACC_COMPARE_NEAR(*it->expectedOrders12m, bg.conditionalExpectedPurchases(365, 1, 60, 356));
        for (std::size_t i = 1; i < m.atRisk.size(); ++i)
            QVERIFY(m.atRisk[i - 1].revenue12m >= m.atRisk[i].revenue12m);
        bool sameAtRisk = false;
        for (const AtRiskCustomer &a : m.atRisk) {
            QVERIFY(a.pAlive < 0.5);
            QVERIFY(a.customer != d.findCustomer(QStringLiteral("NONE")));
            QVERIFY(a.customer != d.findCustomer(QStringLiteral("REFUND")));
            if (a.customer == same) {
                sameAtRisk = *it->pAlive < 0.5;
                // revenue_12m of SAME on 2024-12-31: 5 + 7 + 9 - 2 = 19.00, the refund included.
                QCOMPARE(a.revenue12m, Cents(1900));
            }
        }
        QCOMPARE(sameAtRisk, *it->pAlive < 0.5);
        QCOMPARE(figureValue(r, QStringLiteral("at_risk")), std::optional<double>(double(m.atRisk.size())));
    }
};

QTEST_GUILESS_MAIN(TestService)
#include "tst_service.moc"
