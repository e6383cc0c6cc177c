// The Spend & results view's figures and models on the hand-worked fixture of
// operationsfixture.h (every figure worked out there).
#include "models/roles.h"
#include "models/spendprogrammodel.h"
#include "models/spendresults.h"
#include "models/spendtrendmodel.h"
#include "operationsfixture.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace acc;

class TestSpendResults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void programs()
    {
        const auto snapshot = test::operationsSnapshot();
        SpendProgramModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snapshot);
        QCOMPARE(model.rowCount(), 3);
        // Events and Loyalty club tie at 1,500.00: program asc.
        const QStringList names{QStringLiteral("Events"), QStringLiteral("Loyalty club"),
                                QStringLiteral("Ärzte-Programm")};
        const QList<qint64> cents{150000, 150000, 30000};
        const QList<double> shares{1500.0 / 3300, 1500.0 / 3300, 300.0 / 3300};
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(model.index(row, SpendProgramModel::Program).data(roleId(Role::Text)).toString(),
                     names[row]);
            QCOMPARE(model.index(row, SpendProgramModel::Spend).data(roleId(Role::Sort)).toLongLong(),
                     cents[row]);
            ACC_COMPARE_NEAR(model.index(row, SpendProgramModel::Spend).data(roleId(Role::Value)).toDouble(),
                             cents[row] / 100.0);
            ACC_COMPARE_NEAR(model.index(row, SpendProgramModel::Share).data(roleId(Role::Value)).toDouble(),
                             shares[row]);
        }
        QCOMPARE(model.index(0, SpendProgramModel::Spend).data().toString(),
                 QStringLiteral("1500\u00a0EUR"));
        QCOMPARE(model.index(2, SpendProgramModel::Share).data().toString(), QStringLiteral("9.1\u00a0%"));
        // The report's totals: 3,300.00; 530 / 3300; 3300 / 5.
        const SpendFigures &s = snapshot->report.spend;
        QCOMPARE(s.total, Cents(330000));
        QCOMPARE(snapshot->report.assets.figures.revenue, Cents(53000));
        ACC_COMPARE_NEAR(*s.revenuePerSpend, 530.0 / 3300.0);
        ACC_COMPARE_NEAR(*s.spendPerActiveCustomer, 660.0);
        ACC_COMPARE_NEAR(*spendresults::retention(snapshot->report.assets.figures), 0.8);
    }

    void quarters()
    {
        const auto snapshot = test::operationsSnapshot();
        SpendTrendModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snapshot);
        QCOMPARE(model.rowCount(), 8);
        // Row 7 is 2026-Q3, row 6 2026-Q2, row 0 2024-Q4.
        QCOMPARE(model.index(7, SpendTrendModel::Quarter).data(roleId(Role::PeriodText)).toString(),
                 QStringLiteral("2026-Q3"));
        QCOMPARE(model.index(0, SpendTrendModel::Quarter).data(roleId(Role::PeriodText)).toString(),
                 QStringLiteral("2024-Q4"));
        auto value = [&](int row, int column) { return model.index(row, column).data(roleId(Role::Value)); };
        ACC_COMPARE_NEAR(value(7, SpendTrendModel::Spend).toDouble(), 3300.0);
        ACC_COMPARE_NEAR(value(7, SpendTrendModel::Revenue).toDouble(), 530.0);
        ACC_COMPARE_NEAR(value(7, SpendTrendModel::RevenuePerSpend).toDouble(), 530.0 / 3300.0);
        ACC_COMPARE_NEAR(value(7, SpendTrendModel::SpendPerActive).toDouble(), 660.0);
        ACC_COMPARE_NEAR(value(7, SpendTrendModel::Retention).toDouble(), 0.8);
        ACC_COMPARE_NEAR(value(6, SpendTrendModel::Spend).toDouble(), 999.0);
        ACC_COMPARE_NEAR(value(6, SpendTrendModel::Revenue).toDouble(), 50.0);
        ACC_COMPARE_NEAR(value(6, SpendTrendModel::RevenuePerSpend).toDouble(), 50.0 / 999.0);
        ACC_COMPARE_NEAR(value(6, SpendTrendModel::SpendPerActive).toDouble(), 199.8);
        ACC_COMPARE_NEAR(value(6, SpendTrendModel::Retention).toDouble(), 1.0);
        // No spend in 2026-Q1: no revenue per spend.
        QVERIFY(!value(5, SpendTrendModel::RevenuePerSpend).isValid());
        QCOMPARE(model.index(5, SpendTrendModel::RevenuePerSpend).data().toString(),
                 QStringLiteral("\u2014"));
        QCOMPARE(model.index(7, SpendTrendModel::RevenuePerSpend).data().toString(), QStringLiteral("0.16"));
        QCOMPARE(model.index(7, SpendTrendModel::SpendPerActive).data().toString(),
                 QStringLiteral("660.00\u00a0EUR"));
        QCOMPARE(model.index(7, SpendTrendModel::Quarter).data().toString(), QStringLiteral("Q3 2026"));
    }

    void noSpend()
    {
        const auto snapshot = test::operationsSnapshot("2025-Q1");
        SpendProgramModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snapshot);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!snapshot->report.spend.revenuePerSpend);
        model.setSnapshot(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSpendResults)
#include "tst_spendresults.moc"
