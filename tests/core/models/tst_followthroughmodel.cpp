// The Follow-through view's model and drill-downs (METRICS.md group 5) on the
// hand-worked fixture of operationsfixture.h (every figure worked out there).
#include "models/followthroughdrilldown.h"
#include "models/followthroughmodel.h"
#include "models/roles.h"
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

class TestFollowThroughModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void figures()
    {
        const auto snapshot = test::operationsSnapshot();
        FollowThroughModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snapshot);
        QCOMPARE(model.rowCount(), 3);
        // feedback_after_sale 2/3, followed_up 3/5, re_engage_rate 1/2.
        QCOMPARE(model.numerator(FollowThroughModel::FeedbackAfterSale), 2);
        QCOMPARE(model.denominator(FollowThroughModel::FeedbackAfterSale), 3);
        ACC_COMPARE_NEAR(*model.rate(FollowThroughModel::FeedbackAfterSale), 2.0 / 3.0);
        QCOMPARE(model.numerator(FollowThroughModel::FollowedUp), 3);
        QCOMPARE(model.denominator(FollowThroughModel::FollowedUp), 5);
        ACC_COMPARE_NEAR(*model.rate(FollowThroughModel::FollowedUp), 0.6);
        QCOMPARE(model.numerator(FollowThroughModel::ReEngaged), 1);
        QCOMPARE(model.denominator(FollowThroughModel::ReEngaged), 2);
        ACC_COMPARE_NEAR(*model.rate(FollowThroughModel::ReEngaged), 0.5);
        QCOMPARE(model.index(0, FollowThroughModel::Rate).data().toString(), QStringLiteral("66.7\u00a0%"));
        QCOMPARE(model.index(1, FollowThroughModel::Count).data(roleId(Role::Value)).toInt(), 3);
        QCOMPARE(model.index(1, FollowThroughModel::OutOf).data(roleId(Role::Value)).toInt(), 5);
        QCOMPARE(model.index(2, FollowThroughModel::Figure).data().toString(),
                 QStringLiteral("Re-engaged into a new order"));
        QCOMPARE(model.note(FollowThroughModel::FollowedUp),
                 QStringLiteral("3 of 5 active customers"));
    }

    void drillDown()
    {
        const auto snapshot = test::operationsSnapshot();
        const Dataset &data = *snapshot->data;
        // By customer_id without facts.
        const FollowThroughCustomers c = followThroughCustomers(data, snapshot->report.days);
        QCOMPARE(c.answered, ids(data, "AE"));
        QCOMPARE(c.notAnswered, ids(data, "B"));
        QCOMPARE(c.followedUp, ids(data, "ABE"));
        QCOMPARE(c.notFollowedUp, ids(data, "DF"));
        QCOMPARE(c.reEngaged, ids(data, "B"));
        QCOMPARE(c.notReEngaged, ids(data, "D"));
        // The model, by revenue_12m (E 300, B 150, A 100, F 50, D -20).
        FollowThroughModel model;
        model.setSnapshot(snapshot);
        QCOMPARE(model.customers(FollowThroughModel::FeedbackAfterSale, true), ids(data, "EA"));
        QCOMPARE(model.customers(FollowThroughModel::FeedbackAfterSale, false), ids(data, "B"));
        QCOMPARE(model.customers(FollowThroughModel::FollowedUp, true), ids(data, "EBA"));
        QCOMPARE(model.customers(FollowThroughModel::FollowedUp, false), ids(data, "FD"));
        QCOMPARE(model.customers(FollowThroughModel::ReEngaged, true), ids(data, "B"));
        QCOMPARE(model.customers(FollowThroughModel::ReEngaged, false), ids(data, "D"));
        QCOMPARE(model.customers(3, true), QList<int>{});
    }

    void drillDownAgreesWithTheEngine()
    {
        // Every quarter of 2026 and one with no data: the customer lists split the engine's
        // customer counts exactly.
        for (const char *period : {"2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4", "2025-Q1", "2026"}) {
            const auto snapshot = test::operationsSnapshot(period);
            const FollowThroughFigures &f = snapshot->report.followThrough;
            const FollowThroughCustomers c = followThroughCustomers(*snapshot->data, snapshot->report.days);
            QCOMPARE(c.answered.size(), f.answeredAfterSale);
            QCOMPARE(c.answered.size() + c.notAnswered.size(), f.orderingCustomers);
            QCOMPARE(c.followedUp.size(), f.followedUpCustomers);
            QCOMPARE(c.followedUp.size() + c.notFollowedUp.size(), f.activeCustomers);
        }
    }

    void noData()
    {
        const auto snapshot = test::operationsSnapshot("2025-Q1");
        FollowThroughModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snapshot);
        // Nobody ordered, no revenue contact: no rate.
        QVERIFY(!model.rate(FollowThroughModel::FeedbackAfterSale));
        QVERIFY(!model.rate(FollowThroughModel::ReEngaged));
        QCOMPARE(model.index(0, FollowThroughModel::Rate).data().toString(), QStringLiteral("\u2014"));
        QVERIFY(!model.index(0, FollowThroughModel::Rate).data(roleId(Role::Value)).isValid());
        model.setSnapshot(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFollowThroughModel)
#include "tst_followthroughmodel.moc"
