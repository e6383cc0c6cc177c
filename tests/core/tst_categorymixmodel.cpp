// What best customers buy against the rest, and the customers behind each bar, on the
// hand-worked fixture of bestfixture.h.
#include "bestfixture.h"
#include "models/categorymixmodel.h"
#include "models/roles.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace acc;

// Revenue in window(2026-09-30) by category:
//   best (A B C): Hardware A 500,000 + 200,000, B 400,000, C 100,000 = 1,200,000;
//                 Software B 300,000, C 400,000 = 700,000; Service A 300,000; total 2,200,000.
//                 Shares 0.545454..., 0.318181..., 0.136363...
//   rest (D E F H I active, not best): Service D 200,000 - 50,000 = 150,000: share 1.
// Rows by best share desc: Hardware, Software, Service.
class TestCategoryMixModel : public QObject
{
    Q_OBJECT
private:
    std::shared_ptr<const MetricsSnapshot> m_snapshot;

    int indexOf(const char *id) const { return m_snapshot->data->findCustomer(QString::fromLatin1(id)); }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        m_snapshot = test::bestSnapshot();
    }

    void mix()
    {
        CategoryMixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(m_snapshot);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.label(0), QStringLiteral("Hardware"));
        QCOMPARE(model.label(1), QStringLiteral("Software"));
        QCOMPARE(model.label(2), QStringLiteral("Service"));
        auto value = [&](int row, int column) {
            return model.index(row, column).data(roleId(Role::Value)).toDouble();
        };
        ACC_COMPARE_NEAR(value(0, CategoryMixModel::BestShare), 1200000.0 / 2200000.0);
        ACC_COMPARE_NEAR(value(1, CategoryMixModel::BestShare), 700000.0 / 2200000.0);
        ACC_COMPARE_NEAR(value(2, CategoryMixModel::BestShare), 300000.0 / 2200000.0);
        QCOMPARE(value(0, CategoryMixModel::RestShare), 0.0);
        QCOMPARE(value(2, CategoryMixModel::RestShare), 1.0);
        QCOMPARE(value(0, CategoryMixModel::BestRevenue), 12000.0);
        QCOMPARE(value(2, CategoryMixModel::RestRevenue), 1500.0);
        QCOMPARE(model.index(0, CategoryMixModel::BestShare).data().toString(),
                 QStringLiteral("54.5\u00a0%"));
        QCOMPARE(model.index(2, CategoryMixModel::RestShare).data().toString(),
                 QStringLiteral("100.0\u00a0%"));
        QCOMPARE(model.categoriesAt(1), QStringList{QStringLiteral("Software")});
    }

    void customersBehindABar()
    {
        CategoryMixModel model;
        model.setSnapshot(m_snapshot);
        using bestdrilldown::Group;
        // Hardware in the window: A, B, C (best; by revenue 1.0M, 0.7M, 0.5M); G bought it
        // too but is lost, so in neither group.
        QCOMPARE(model.customers(0, Group::Best), (QList<int>{indexOf("A"), indexOf("B"), indexOf("C")}));
        QCOMPARE(model.customers(0, Group::Rest), QList<int>{});
        QCOMPARE(model.customers(1, Group::Best), (QList<int>{indexOf("B"), indexOf("C")}));
        // Software of the rest: E's order is before the window, I's after it.
        QCOMPARE(model.customers(1, Group::Rest), QList<int>{});
        QCOMPARE(model.customers(2, Group::Best), QList<int>{indexOf("A")});
        QCOMPARE(model.customers(2, Group::Rest), QList<int>{indexOf("D")});
        QCOMPARE(model.customers(3, Group::Best), QList<int>{});
    }

    void manyCategoriesShareARow()
    {
        // Ten categories of one best customer, 10,000 cents each but 1,000 more for every
        // earlier letter: the first seven keep a row, the last three (H, I, J) are "Other".
        test::DatasetBuilder b;
        b.customer("A", "2024-01-01");
        static const char *names[] = {"A", "B", "C", "D", "E", "F", "G", "H", "I", "J"};
        for (int i = 0; i < 10; ++i)
            b.order("A", "2026-09-01", 10000 + 1000 * (10 - i), names[i]);
        MetricsRequest request;
        request.period = *Period::parse(QStringLiteral("2026-Q3"));
        request.criteria = CriteriaSet{QStringLiteral("All"), 1, true, {}};
        request.withModel = false;
        const auto snapshot =
            MetricsService::compute(std::make_shared<const Dataset>(b.build()), QString(), request);
        CategoryMixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snapshot);
        QCOMPARE(model.rowCount(), CategoryMixModel::kMaxRows);
        QCOMPARE(model.label(0), QStringLiteral("A"));
        QCOMPARE(model.label(7), QStringLiteral("Other categories (3)"));
        QCOMPARE(model.categoriesAt(7),
                 (QStringList{QStringLiteral("H"), QStringLiteral("I"), QStringLiteral("J")}));
        // Total 10 x 10,000 + 1,000 x (10 + 9 + ... + 1) = 155,000; H I J: 13,000 + 12,000 + 11,000.
        ACC_COMPARE_NEAR(model.index(7, CategoryMixModel::BestShare).data(roleId(Role::Value)).toDouble(),
                         36000.0 / 155000.0);
        QCOMPARE(model.customers(7, bestdrilldown::Group::Best), QList<int>{0});
    }
};

QTEST_GUILESS_MAIN(TestCategoryMixModel)
#include "tst_categorymixmodel.moc"
