// Group 4 of METRICS.md (operational metrics) on hand-worked fixtures.
#include "datasetbuilder.h"
#include "engine/operations.h"
#include "testsupport.h"

#include <QtTest>

using namespace acc;

namespace {

using CC = ContactCategory;

PeriodDays days(const Dataset &d, const char *period)
{
    return PeriodDays::of(*Period::parse(QString::fromLatin1(period)), d.asOf());
}

// Period 2026-Q2 = [2026-04-01, 2026-06-30].
Dataset fixture()
{
    test::DatasetBuilder b;
    b.customer("X", "2024-01-01", "2026-10-20", "Price");
    b.customer("Y", "2024-01-01", "2026-03-15", "Price");
    b.customer("Z", "2024-01-01", "2026-12-28", "Price");
    b.customer("V", "2024-01-01", "2026-05-01", "Price", "2026-06-01");
    b.customer("U", "2024-01-01");
    b.customer("T", "2024-01-01");
    b.customer("S", "2024-01-01");
    b.customer("W", "2024-01-01");
    // Billing: 5 contacts (all request), 2 complaints, customers X, Y, Z.
    // X: last contact 06-30, 06-30 + 180 = 12-27 >= its loss on 10-20: lost after a contact.
    // Y: lost before its contact, does not count. Z: lost 12-28, one day past 06-30 + 180.
    b.contact("X", "2026-04-01", CC::Request, "Billing");
    b.contact("X", "2026-04-10", CC::Request, "Billing", true);
    b.contact("X", "2026-06-30", CC::Request, "Billing");
    b.contact("Y", "2026-04-05", CC::Request, "Billing", true);
    b.contact("Z", "2026-06-30", CC::Request, "Billing");
    b.contact("W", "2026-03-31", CC::Request, "Billing"); // before the period
    // Delivery: 3 rescue contacts of V, two on one day; V lost 05-01 (within 180 days after
    // 04-02) and won back later: the loss counts.
    b.contact("V", "2026-04-02", CC::Rescue, "Delivery", true);
    b.contact("V", "2026-04-02", CC::Rescue, "Delivery");
    b.contact("V", "2026-05-01", CC::Rescue, "Delivery");
    // Alpha: 3 revenue contacts (ties with Delivery: Alpha first), U once, T twice.
    b.contact("U", "2026-05-01", CC::Revenue, "Alpha");
    b.contact("T", "2026-05-02", CC::Revenue, "Alpha");
    b.contact("T", "2026-05-03", CC::Revenue, "Alpha");
    // Z01 .. Z14: one relationship contact each, all ties.
    for (int i = 14; i >= 1; --i) {
        const QByteArray tp =
            QByteArray("Z") + (i < 10 ? QByteArray("0") : QByteArray()) + QByteArray::number(i);
        b.contact("S", "2026-05-15", CC::Relationship, tp.constData());
    }
    return b.build();
}

} // namespace

class TestOperations : public QObject
{
    Q_OBJECT
private slots:
    void quarter()
    {
        const Dataset d = fixture();
        const OperationsFigures f = computeOperationsFigures(d, days(d, "2026-Q2"));
        QCOMPARE(f.contactsByCategory[std::size_t(CC::Rescue)], 3);
        QCOMPARE(f.contactsByCategory[std::size_t(CC::Revenue)], 3);
        QCOMPARE(f.contactsByCategory[std::size_t(CC::Request)], 5);
        QCOMPARE(f.contactsByCategory[std::size_t(CC::Relationship)], 14);
        // 17 touchpoints, the 15 with most contacts: Billing 5, Alpha 3, Delivery 3 (tie:
        // touchpoint asc), then Z01 .. Z12 (1 each, asc); Z13 and Z14 are left out.
        QCOMPARE(f.priorityContacts.size(), std::size_t(15));
        const TouchpointFigures &billing = f.priorityContacts[0];
        QCOMPARE(billing.touchpoint, QStringLiteral("Billing"));
        QCOMPARE(billing.contacts, 5);
        QCOMPARE(billing.customers, 3);
        ACC_COMPARE_NEAR(billing.complaintShare, 0.4);  // 2 / 5
        ACC_COMPARE_NEAR(billing.lossShare, 1.0 / 3.0); // X of X, Y, Z
        QCOMPARE(billing.complaints, 2);
        QCOMPARE(billing.lostCustomers, 1);
        const TouchpointFigures &alpha = f.priorityContacts[1];
        QCOMPARE(alpha.touchpoint, QStringLiteral("Alpha"));
        QCOMPARE(alpha.contacts, 3);
        QCOMPARE(alpha.customers, 2);
        ACC_COMPARE_NEAR(alpha.complaintShare, 0.0);
        ACC_COMPARE_NEAR(alpha.lossShare, 0.0);
        const TouchpointFigures &delivery = f.priorityContacts[2];
        QCOMPARE(delivery.touchpoint, QStringLiteral("Delivery"));
        QCOMPARE(delivery.customers, 1);
        ACC_COMPARE_NEAR(delivery.complaintShare, 1.0 / 3.0);
        ACC_COMPARE_NEAR(delivery.lossShare, 1.0);
        QCOMPARE(delivery.complaints, 1);
        QCOMPARE(delivery.lostCustomers, 1);
        QCOMPARE(f.priorityContacts[3].touchpoint, QStringLiteral("Z01"));
        QCOMPARE(f.priorityContacts[14].touchpoint, QStringLiteral("Z12"));
        QCOMPARE(f.priorityContacts[14].contacts, 1);
        QCOMPARE(f.priorityContacts[14].customers, 1);
    }

    void byteOrderTies()
    {
        // Ties go by touchpoint in byte order: "B" (0x42) before "a" (0x61) before "é".
        test::DatasetBuilder b;
        b.customer("X", "2024-01-01");
        b.contact("X", "2026-01-05", CC::Request, "\xc3\xa9tape");
        b.contact("X", "2026-01-05", CC::Request, "a");
        b.contact("X", "2026-01-05", CC::Request, "B");
        const Dataset d = b.build();
        const OperationsFigures f = computeOperationsFigures(d, days(d, "2026-01"));
        QCOMPARE(f.priorityContacts.size(), std::size_t(3));
        QCOMPARE(f.priorityContacts[0].touchpoint, QStringLiteral("B"));
        QCOMPARE(f.priorityContacts[1].touchpoint, QStringLiteral("a"));
        QCOMPARE(f.priorityContacts[2].touchpoint, QString::fromUtf8("\xc3\xa9tape"));
    }

    void lossWindowEdge()
    {
        // A loss exactly 180 days after the contact counts; the day of the contact does not.
        test::DatasetBuilder b;
        b.customer("A", "2024-01-01", "2026-07-31", "Price"); // 2026-02-01 + 180 = 07-31
        b.customer("B", "2024-01-01", "2026-02-01", "Price");
        b.contact("A", "2026-02-01", CC::Request, "T");
        b.contact("B", "2026-02-01", CC::Request, "T");
        const Dataset d = b.build();
        const OperationsFigures f = computeOperationsFigures(d, days(d, "2026-02"));
        ACC_COMPARE_NEAR(f.priorityContacts[0].lossShare, 0.5);
    }

    void emptyPeriod()
    {
        const Dataset d = fixture();
        const OperationsFigures f = computeOperationsFigures(d, days(d, "2025-Q2"));
        QVERIFY(f.priorityContacts.empty());
        for (int c : f.contactsByCategory)
            QCOMPARE(c, 0);
    }
};

QTEST_GUILESS_MAIN(TestOperations)
#include "tst_operations.moc"
