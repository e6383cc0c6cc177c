// The Moments of truth view's models and drill-downs (METRICS.md group 4) on the
// hand-worked fixture of operationsfixture.h: every figure below is worked out there.
#include "models/contactcategorymodel.h"
#include "models/operationsdrilldown.h"
#include "models/roles.h"
#include "models/touchpointmodel.h"
#include "operationsfixture.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace acc;

namespace {

QList<int> ids(const Dataset &data, const char *letters)
{
    QList<int> out;
    for (const char *c = letters; *c; ++c)
        out.append(data.findCustomer(QString(QLatin1Char(*c))));
    return out;
}

} // namespace

class TestMomentsOfTruth : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void touchpointsRankedWithTies()
    {
        const auto snapshot = test::operationsSnapshot();
        TouchpointModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snapshot);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.totalContacts(), 12);
        // Billing and Delivery tie at 4 contacts, Shop and Web at 2: touchpoint asc.
        const QStringList names{QStringLiteral("Billing"), QStringLiteral("Delivery"), QStringLiteral("Shop"),
                                QStringLiteral("Web")};
        const QList<int> contacts{4, 4, 2, 2};
        const QList<int> customers{3, 4, 2, 1};
        const QList<int> complaints{2, 1, 0, 0};
        const QList<double> complaintShare{0.5, 0.25, 0.0, 0.0};
        const QList<int> lost{1, 1, 1, 0};
        const QList<double> lossShare{1.0 / 3.0, 0.25, 0.5, 0.0};
        for (int row = 0; row < 4; ++row) {
            auto value = [&](int column) { return model.index(row, column).data(roleId(Role::Value)); };
            QCOMPARE(value(TouchpointModel::Rank).toInt(), row + 1);
            QCOMPARE(model.touchpointAt(row), names[row]);
            QCOMPARE(model.index(row, TouchpointModel::Touchpoint).data(roleId(Role::Text)).toString(),
                     names[row]);
            QCOMPARE(value(TouchpointModel::Contacts).toInt(), contacts[row]);
            QCOMPARE(value(TouchpointModel::Customers).toInt(), customers[row]);
            QCOMPARE(value(TouchpointModel::Complaints).toInt(), complaints[row]);
            ACC_COMPARE_NEAR(value(TouchpointModel::ComplaintShare).toDouble(), complaintShare[row]);
            QCOMPARE(value(TouchpointModel::LostCustomers).toInt(), lost[row]);
            ACC_COMPARE_NEAR(value(TouchpointModel::LossShare).toDouble(), lossShare[row]);
        }
        QCOMPARE(model.index(0, TouchpointModel::ComplaintShare).data().toString(),
                 QStringLiteral("50.0\u00a0%"));
        QCOMPARE(model.index(0, TouchpointModel::LossShare).data().toString(), QStringLiteral("33.3\u00a0%"));
        QCOMPARE(model.headerData(TouchpointModel::LossShare, Qt::Horizontal, roleId(Role::Text)).toString(),
                 QStringLiteral("Loss share"));
    }

    void touchpointDrillDown()
    {
        const auto snapshot = test::operationsSnapshot();
        const Dataset &data = *snapshot->data;
        const PeriodDays &days = snapshot->report.days;
        // Without facts, by customer_id.
        auto billing = operationsdrilldown::touchpointCustomers(data, days, QStringLiteral("Billing"));
        QCOMPARE(billing.customers, ids(data, "ABD"));
        QCOMPARE(billing.lost, ids(data, "A"));
        // B's Billing contact of 06-30 lies before the period: Billing's customers stay A, B, D.
        auto web = operationsdrilldown::touchpointCustomers(data, days, QStringLiteral("Web"));
        QCOMPARE(web.customers, ids(data, "C"));
        QCOMPARE(web.lost, QList<int>{}); // C was lost before its contacts
        auto none = operationsdrilldown::touchpointCustomers(data, days, QStringLiteral("billing"));
        QCOMPARE(none.customers, QList<int>{}); // exact text

        // The model, with the snapshot's facts: revenue_12m desc (E 300, B 150, A 100, F 50, D -20).
        TouchpointModel model;
        model.setSnapshot(snapshot);
        QCOMPARE(model.customers(0), ids(data, "BAD"));
        QCOMPARE(model.lostCustomers(0), ids(data, "A"));
        QCOMPARE(model.customers(1), ids(data, "EBFD"));
        QCOMPARE(model.lostCustomers(1), ids(data, "F"));
        QCOMPARE(model.customers(2), ids(data, "BA"));
        QCOMPARE(model.lostCustomers(2), ids(data, "A"));
        QCOMPARE(model.customers(4), QList<int>{});
        QCOMPARE(model.customers(-1), QList<int>{});
        // Every drill-down has as many customers as the figure counts.
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.customers(row).size(),
                     model.index(row, TouchpointModel::Customers).data(roleId(Role::Value)).toInt());
            QCOMPARE(model.lostCustomers(row).size(),
                     model.index(row, TouchpointModel::LostCustomers).data(roleId(Role::Value)).toInt());
        }
    }

    void categories()
    {
        const auto snapshot = test::operationsSnapshot();
        const Dataset &data = *snapshot->data;
        ContactCategoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snapshot);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.totalContacts(), 12);
        const QList<int> contacts{2, 2, 5, 3};
        const QList<int> customers{2, 2, 3, 3};
        const QList<double> shares{2.0 / 12, 2.0 / 12, 5.0 / 12, 3.0 / 12};
        for (int row = 0; row < 4; ++row) {
            QCOMPARE(model.contactsAt(row), contacts[row]);
            QCOMPARE(model.index(row, ContactCategoryModel::Customers).data(roleId(Role::Value)).toInt(),
                     customers[row]);
            ACC_COMPARE_NEAR(
                model.index(row, ContactCategoryModel::Share).data(roleId(Role::Value)).toDouble(),
                shares[row]);
        }
        QCOMPARE(model.index(0, ContactCategoryModel::Category).data().toString(), QStringLiteral("Rescue"));
        QCOMPARE(model.index(3, ContactCategoryModel::Category).data(roleId(Role::Text)).toString(),
                 QStringLiteral("relationship"));
        QCOMPARE(model.index(2, ContactCategoryModel::Share).data().toString(),
                 QStringLiteral("41.7\u00a0%"));

        // Drill-down, by revenue_12m: rescue D F -> F, D; revenue B D; request A B C -> B, A, C;
        // relationship A B E -> E, B, A.
        QCOMPARE(model.customers(0), ids(data, "FD"));
        QCOMPARE(model.customers(1), ids(data, "BD"));
        QCOMPARE(model.customers(2), ids(data, "BAC"));
        QCOMPARE(model.customers(3), ids(data, "EBA"));
        QCOMPARE(
            operationsdrilldown::categoryCustomers(data, snapshot->report.days, ContactCategory::Request),
            ids(data, "ABC"));
        const auto counts = operationsdrilldown::customersByCategory(data, snapshot->report.days);
        QCOMPARE(counts[0], 2);
        QCOMPARE(counts[2], 3);
    }

    void aPeriodWithoutContacts()
    {
        // 2025-Q1: no contact at all. No touchpoint rows; categories show zeros and no share.
        const auto snapshot = test::operationsSnapshot("2025-Q1");
        TouchpointModel touchpoints;
        QAbstractItemModelTester t1(&touchpoints, QAbstractItemModelTester::FailureReportingMode::QtTest);
        touchpoints.setSnapshot(snapshot);
        QCOMPARE(touchpoints.rowCount(), 0);
        ContactCategoryModel categories;
        QAbstractItemModelTester t2(&categories, QAbstractItemModelTester::FailureReportingMode::QtTest);
        categories.setSnapshot(snapshot);
        QCOMPARE(categories.rowCount(), 4);
        QCOMPARE(categories.index(0, ContactCategoryModel::Share).data().toString(),
                 QStringLiteral("\u2014"));
        QVERIFY(!categories.index(0, ContactCategoryModel::Share).data(roleId(Role::Value)).isValid());
        categories.setSnapshot(nullptr);
        QCOMPARE(categories.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMomentsOfTruth)
#include "tst_momentsoftruth.moc"
