// The rules being edited in the criteria dialog: cells, problems per cell in the words
// of the criteria file reader, the operator following the attribute, rows added and
// removed, and the state an undo step restores.
#include "criteria/criteria.h"
#include "models/criteriarulesmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace acc;
using Column = CriteriaRulesModel::Column;
using ItemRole = CriteriaRulesModel::ItemRole;

namespace {

QModelIndex cell(const CriteriaRulesModel &m, int row, Column c)
{
    return m.index(row, int(c));
}

} // namespace

class TestCriteriaRulesModel : public QObject
{
    Q_OBJECT
private slots:
    void loadsASet()
    {
        CriteriaRulesModel model(QLocale::c());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCriteria(criteria::defaultSet());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(cell(model, 0, Column::Attribute).data().toString(),
                 QStringLiteral("Revenue, last 12 months"));
        QCOMPARE(cell(model, 0, Column::Operator).data().toString(), QStringLiteral("in the top"));
        QCOMPARE(cell(model, 0, Column::Value).data().toString(), QStringLiteral("20"));
        QCOMPARE(cell(model, 1, Column::Attribute).data(Qt::EditRole).toString(),
                 QStringLiteral("orders_12m"));
        QCOMPARE(cell(model, 1, Column::Operator).data(Qt::EditRole).toString(), QStringLiteral(">="));
        QCOMPARE(cell(model, 1, Column::Operator).data(int(ItemRole::Operator)).toInt(), int(CriteriaOp::Ge));
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Value"));
        QVERIFY(model.isValid());
        QVERIFY(model.matchAll());
        const auto set = model.criteria(QStringLiteral("Again"));
        QVERIFY(set);
        QCOMPARE(set->name, QStringLiteral("Again"));
        QCOMPARE(criteria::toJson(*set).value(QStringLiteral("rules")),
                 criteria::toJson(criteria::defaultSet()).value(QStringLiteral("rules")));
    }

    void problemsPerCell()
    {
        CriteriaRulesModel model(QLocale::c());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCriteria(criteria::defaultSet());
        QSignalSpy edited(&model, &CriteriaRulesModel::edited);
        QVERIFY(model.setData(cell(model, 1, Column::Value), QStringLiteral("three")));
        QCOMPARE(edited.count(), 1);
        const QString expected = QStringLiteral("orders_12m is a number; the value must be a number");
        QCOMPARE(cell(model, 1, Column::Value).data(int(ItemRole::Problem)).toString(), expected);
        QCOMPARE(cell(model, 1, Column::Value).data(Qt::ToolTipRole).toString(), expected);
        QVERIFY(!cell(model, 1, Column::Attribute).data(Qt::ToolTipRole).isValid());
        QCOMPARE(model.problemCount(), 1);
        QVERIFY(!model.criteria(QStringLiteral("x")));
        QVERIFY(model.setData(cell(model, 1, Column::Value), QStringLiteral("3")));
        QVERIFY(model.isValid());
        // top-percent above 100
        QVERIFY(model.setData(cell(model, 0, Column::Value), QStringLiteral("101")));
        QCOMPARE(model.problem(0, Column::Value), QStringLiteral("top-percent takes a number from 0 to 100"));
    }

    void operatorFollowsTheAttribute()
    {
        CriteriaRulesModel model(QLocale::c());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCriteria(criteria::defaultSet());
        // orders_12m >= 3 -> segment: ">=" does not work on a text, so the operator becomes "=".
        QVERIFY(model.setData(cell(model, 1, Column::Attribute), QStringLiteral("segment")));
        QCOMPARE(model.row(1).op, CriteriaOp::Eq);
        QCOMPARE(model.row(1).value, QStringLiteral("3")); // kept: the person may mean it
        QVERIFY(model.isValid());                          // segment = "3" is a valid rule
        // An operator the attribute does not take is refused.
        QVERIFY(!model.setData(cell(model, 1, Column::Operator), QStringLiteral(">")));
        QVERIFY(model.setData(cell(model, 1, Column::Operator), int(CriteriaOp::In)));
        QVERIFY(model.setData(cell(model, 1, Column::Value), QStringLiteral("Retail, SME")));
        QCOMPARE(model.criteria(QStringLiteral("x"))->rules[1].list,
                 (QStringList{QStringLiteral("Retail"), QStringLiteral("SME")}));
        // top-percent is kept when the attribute changes: every attribute takes it.
        QVERIFY(model.setData(cell(model, 0, Column::Attribute), int(CriteriaAttribute::Stage)));
        QCOMPARE(model.row(0).op, CriteriaOp::TopPercent);
        QVERIFY(!model.setData(cell(model, 0, Column::Attribute), QStringLiteral("shoe_size")));
        QVERIFY(!model.setData(cell(model, 0, Column::Attribute), 99));
    }

    void rowsAndState()
    {
        CriteriaRulesModel model(QLocale::c());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCriteria(criteria::defaultSet());
        const CriteriaRulesModel::State before = model.state();
        QVERIFY(model.insertRows(1, 1));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.row(1), CriteriaRulesModel::newRow());
        QCOMPARE(model.problemCount(), 1); // a new rule has no value yet
        QVERIFY(model.problem(1, Column::Value).contains(QLatin1String("must be a number")));
        QSignalSpy match(&model, &CriteriaRulesModel::matchChanged);
        model.setMatchAll(false);
        QCOMPARE(match.count(), 1);
        const CriteriaRulesModel::State after = model.state();
        QVERIFY(!(after == before));
        // Back to the state before: one row removed, the match restored, rows kept.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setState(before);
        QVERIFY(model.state() == before);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 1);
        QCOMPARE(reset.count(), 0);
        model.setState(after);
        QVERIFY(model.state() == after);
        QVERIFY(model.removeRows(0, 3));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.removeRows(0, 1));
        QVERIFY(model.isValid()); // no rules: a valid set ("any" selects nobody)
        model.setState(before);   // from 0 to 2 rows: a reset
        QCOMPARE(reset.count(), 1);
        QVERIFY(model.state() == before);
    }

    void readsTheUsersLocale()
    {
        CriteriaRulesModel model(QLocale(QLocale::German, QLocale::Germany));
        CriteriaSet set;
        set.name = QStringLiteral("x");
        CriteriaRule r;
        r.attribute = CriteriaAttribute::AvgOrderValue;
        r.op = CriteriaOp::Gt;
        r.number = 1234.5;
        set.rules = {r};
        model.setCriteria(set);
        QCOMPARE(model.row(0).value, QStringLiteral("1234,5"));
        QVERIFY(model.setData(model.index(0, int(Column::Value)), QStringLiteral("2.500,75")));
        QCOMPARE(model.criteria(QStringLiteral("x"))->rules[0].number, 2500.75);
    }
};

QTEST_GUILESS_MAIN(TestCriteriaRulesModel)
#include "tst_criteriarulesmodel.moc"
