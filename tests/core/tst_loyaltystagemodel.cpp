// Active customers by loyalty stage with the best customers among them, on the
// hand-worked fixture of bestfixture.h.
#include "bestfixture.h"
#include "models/bestviewfigures.h"
#include "models/loyaltystagemodel.h"
#include "models/roles.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace acc;

// Active on 2026-09-30: H prospect, E first_time, D repeat, A and C client, B advocate,
// F lapsed, I unknown (G, a client, is lost). Best: A, C (client), B (advocate).
class TestLoyaltyStageModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void stages()
    {
        const auto snapshot = test::bestSnapshot();
        LoyaltyStageModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snapshot);
        QCOMPARE(model.rowCount(), 8);
        const QList<int> active{0, 1, 1, 1, 2, 1, 1, 1};
        const QList<int> best{0, 0, 0, 0, 2, 1, 0, 0};
        for (int row = 0; row < 8; ++row) {
            QCOMPARE(model.stageAt(row), row);
            QCOMPARE(model.activeAt(row), active[row]);
            QCOMPARE(model.bestAt(row), best[row]);
            QCOMPARE(model.index(row, LoyaltyStageModel::Active).data(roleId(Role::Value)).toInt(),
                     active[row]);
        }
        QCOMPARE(model.index(4, LoyaltyStageModel::Stage).data().toString(), QStringLiteral("Client"));
        QCOMPARE(model.index(4, LoyaltyStageModel::Stage).data(roleId(Role::Text)).toString(),
                 QStringLiteral("client"));
        QCOMPARE(model.index(4, LoyaltyStageModel::BestShare).data().toString(),
                 QStringLiteral("100\u00a0%"));
        QCOMPARE(model.index(1, LoyaltyStageModel::BestShare).data().toString(),
                 QStringLiteral("0.0\u00a0%"));
        QCOMPARE(model.index(0, LoyaltyStageModel::BestShare).data().toString(), QStringLiteral("\u2014"));
        const Dataset &data = *snapshot->data;
        QCOMPARE(model.customers(4), (QList<int>{data.findCustomer(QStringLiteral("A")),
                                                 data.findCustomer(QStringLiteral("C"))}));
        QCOMPARE(model.customers(7), QList<int>{data.findCustomer(QStringLiteral("I"))});
        QCOMPARE(model.customers(0), QList<int>{});
    }

    void withoutTheWorkersFigures()
    {
        // A snapshot made by hand, without BestViewFigures: the model counts by itself.
        auto snapshot = std::make_shared<MetricsSnapshot>(*test::bestSnapshot());
        QVERIFY(snapshot->bestView);
        QCOMPARE(snapshot->bestView->bestByStage[4], 2);
        snapshot->bestView.reset();
        LoyaltyStageModel model;
        model.setSnapshot(snapshot);
        QCOMPARE(model.bestAt(4), 2); // A and C, clients
        QCOMPARE(model.bestAt(5), 1); // B, advocate
    }

    void aFewBestNeverReadZero()
    {
        // 2,001 repeat buyers, one of them best (lifetime value >= 500 EUR): 1 / 2,001 =
        // 0.05 %, shown as under 0.1 %, never 0.
        test::DatasetBuilder b;
        b.customer("A0000", "2024-01-01", "", "", "", "repeat").order("A0000", "2026-09-01", 100000);
        for (int i = 1; i <= 2000; ++i)
            b.customer(QStringLiteral("A%1").arg(i, 4, 10, QLatin1Char('0')).toLatin1().constData(),
                       "2024-01-01", "", "", "", "repeat");
        CriteriaSet set{QStringLiteral("Big"), 1, true, {}};
        CriteriaRule rule;
        rule.attribute = CriteriaAttribute::LifetimeValue;
        rule.op = CriteriaOp::Ge;
        rule.number = 500;
        set.rules.append(rule);
        MetricsRequest request;
        request.period = *Period::parse(QStringLiteral("2026-Q3"));
        request.criteria = set;
        request.withModel = false;
        const auto snapshot =
            MetricsService::compute(std::make_shared<const Dataset>(b.build()), QString(), request);
        LoyaltyStageModel model;
        model.setSnapshot(snapshot);
        QCOMPARE(model.activeAt(3), 2001);
        QCOMPARE(model.bestAt(3), 1);
        QCOMPARE(model.index(3, LoyaltyStageModel::BestShare).data().toString(),
                 QStringLiteral("under 0.1\u00a0%"));
    }

    void noUnknownRowWithoutUnknownCustomers()
    {
        test::DatasetBuilder b;
        b.customer("A", "2024-01-01", "", "", "", "client").order("A", "2026-09-01", 100);
        MetricsRequest request;
        request.period = *Period::parse(QStringLiteral("2026-Q3"));
        request.withModel = false;
        const auto snapshot =
            MetricsService::compute(std::make_shared<const Dataset>(b.build()), QString(), request);
        LoyaltyStageModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snapshot);
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.activeAt(4), 1);
    }
};

QTEST_GUILESS_MAIN(TestLoyaltyStageModel)
#include "tst_loyaltystagemodel.moc"
