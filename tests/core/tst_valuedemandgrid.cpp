// Value against demand: the grid's bands, contact columns, cells and corner, and its
// model, on the hand-worked fixture of bestfixture.h.
#include "bestfixture.h"
#include "models/bestviewfigures.h"
#include "models/roles.h"
#include "models/valuedemandgrid.h"
#include "models/valuedemandmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace acc;

// Active customers (8) on 2026-09-30, revenue_12m (cents) and contacts_12m:
//   A 1,000,000 / 6   B 700,000 / 1   C 500,000 / 8   D 150,000 / 0
//   E 0 / 2           F 0 / 3         H 0 / 1         I 0 / 0
// Revenue ranked desc: 1,000,000  700,000  500,000  150,000  0  0  0  0.
//   5 % mark: ceil(0.4) = 1st = 1,000,000; 20 %: ceil(1.6) = 2nd = 700,000;
//   50 %: ceil(4) = 4th = 150,000.
//   Rows: A top 5 %; B top 5-20 %; C, D top 20-50 %; nobody lower; E F H I no revenue.
// Contacts ranked desc: 8 6 3 2 1 1 0 0; 20 % mark: 2nd = 6, added as a boundary:
//   columns 0 | 1 | 2 | 3-4 | 5 | 6-7 | 8-12 | 13+.
//   A (6) column 5, B (1) 1, C (8) 6, D (0) 0, E (2) 2, F (3) 3, H (1) 1, I (0) 0.
// Corner: rows top 5 % and 5-20 % with 6+ contacts (columns 5, 6, 7): A only, 1 best,
// 1,000,000 cents (C has 8 contacts but is below the 20 % revenue mark).
class TestValueDemandGrid : public QObject
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

    void grid()
    {
        const ValueDemandGrid g = ValueDemandGrid::compute(*m_snapshot->data, *m_snapshot->facts);
        QCOMPARE(g.activeCustomers(), 8);
        QCOMPARE(g.bandFloor(ValueDemandGrid::Top5), Cents(1000000));
        QCOMPARE(g.bandFloor(ValueDemandGrid::Top20), Cents(700000));
        QCOMPARE(g.bandFloor(ValueDemandGrid::Top50), Cents(150000));
        QCOMPARE(g.revenueMark(), Cents(700000));
        QCOMPARE(g.contactsMark(), 6);
        QCOMPARE(g.columnCount(), 8);
        const QList<int> from{0, 1, 2, 3, 5, 6, 8, 13};
        const QList<int> to{0, 1, 2, 4, 5, 7, 12, -1};
        for (int c = 0; c < 8; ++c) {
            QCOMPARE(g.contactsFrom(c), from[c]);
            QCOMPARE(g.contactsTo(c), to[c]);
        }
        auto count = [&](int row, int column) { return g.cell(row, column).customers; };
        QCOMPARE(count(ValueDemandGrid::Top5, 5), 1);      // A
        QCOMPARE(count(ValueDemandGrid::Top20, 1), 1);     // B
        QCOMPARE(count(ValueDemandGrid::Top50, 6), 1);     // C
        QCOMPARE(count(ValueDemandGrid::Top50, 0), 1);     // D
        QCOMPARE(count(ValueDemandGrid::NoRevenue, 0), 1); // I
        QCOMPARE(count(ValueDemandGrid::NoRevenue, 1), 1); // H
        QCOMPARE(count(ValueDemandGrid::NoRevenue, 2), 1); // E
        QCOMPARE(count(ValueDemandGrid::NoRevenue, 3), 1); // F
        int total = 0;
        int best = 0;
        for (int r = 0; r < g.rowCount(); ++r) {
            for (int c = 0; c < g.columnCount(); ++c) {
                total += g.cell(r, c).customers;
                best += g.cell(r, c).best;
            }
        }
        QCOMPARE(total, 8);
        QCOMPARE(best, 3);
        QCOMPARE(g.cell(ValueDemandGrid::Top50, 6).best, 1); // C is a best customer
        QCOMPARE(g.cell(ValueDemandGrid::Top50, 0).best, 0); // D is not
        QCOMPARE(g.cell(ValueDemandGrid::Top50, 0).revenue, Cents(150000));

        for (int r = 0; r < g.rowCount(); ++r) {
            for (int c = 0; c < g.columnCount(); ++c)
                QCOMPARE(g.inCorner(r, c), r <= ValueDemandGrid::Top20 && c >= 5);
        }
        QCOMPARE(g.cornerTotals(), (ValueDemandCell{1, 1, 1000000}));
        // The snapshot carries the same grid, computed on the service's worker.
        QVERIFY(m_snapshot->bestView);
        QCOMPARE(m_snapshot->bestView->grid.cornerTotals(), g.cornerTotals());
        QCOMPARE(m_snapshot->bestView->grid.contactsMark(), 6);
        QCOMPARE(g.cornerCustomers(*m_snapshot->data, *m_snapshot->facts), QList<int>{indexOf("A")});
        QCOMPARE(g.customersIn(*m_snapshot->data, *m_snapshot->facts, ValueDemandGrid::NoRevenue, 1),
                 QList<int>{indexOf("H")});
        // Two customers in a cell come by revenue: C 500,000 before D 150,000 in the band,
        // each in its own column; the band's customers across columns are C and D.
        QCOMPARE(g.customersIn(*m_snapshot->data, *m_snapshot->facts, ValueDemandGrid::Top50, 6),
                 QList<int>{indexOf("C")});
    }

    void model()
    {
        ValueDemandModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(m_snapshot);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), 8);
        QCOMPARE(model.maxCount(), 1);
        QCOMPARE(model.index(0, 5).data().toString(), QStringLiteral("1"));
        QCOMPARE(model.index(0, 5).data(roleId(Role::Value)).toInt(), 1);
        QCOMPARE(model.index(0, 5).data(roleId(ValueDemandModel::CellRole::Best)).toInt(), 1);
        QCOMPARE(model.index(0, 5).data(roleId(ValueDemandModel::CellRole::Revenue)).toDouble(), 10000.0);
        QVERIFY(model.index(0, 5).data(roleId(ValueDemandModel::CellRole::InCorner)).toBool());
        QVERIFY(!model.index(2, 6).data(roleId(ValueDemandModel::CellRole::InCorner)).toBool());
        QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("3–4"));
        QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), QStringLiteral("5"));
        QCOMPARE(model.headerData(7, Qt::Horizontal).toString(), QStringLiteral("13+"));
        QCOMPARE(model.headerData(0, Qt::Vertical).toString(),
                 QStringLiteral("Top 5 %\n10000\u00a0EUR and more"));
        QCOMPARE(model.headerData(1, Qt::Vertical).toString(),
                 QStringLiteral("Top 5–20 %\n7000 to 10000\u00a0EUR"));
        QCOMPARE(model.headerData(4, Qt::Vertical).toString(), QStringLiteral("No revenue"));
        QCOMPARE(model.cornerCustomers(), QList<int>{indexOf("A")});
        QCOMPARE(model.customers(3, 0), QList<int>{}); // nobody in the lower band
        QCOMPARE(model.cellTitle(4, 1), QStringLiteral("No revenue · 1 contact · last 12 months"));
        QCOMPARE(model.cellTitle(0, 6),
                 QStringLiteral("Top 5 % by revenue · 8–12 contacts · last 12 months"));

        model.setSnapshot(nullptr);
        QCOMPARE(model.cornerCustomers(), QList<int>{});
    }

    void noActiveCustomers()
    {
        const ValueDemandGrid g = ValueDemandGrid::compute(test::DatasetBuilder().build(), CustomerFacts());
        QCOMPARE(g.activeCustomers(), 0);
        QVERIFY(!g.hasCorner());
        QCOMPARE(g.cornerTotals(), ValueDemandCell{});
        QCOMPARE(g.columnCount(), 7);
    }
};

QTEST_GUILESS_MAIN(TestValueDemandGrid)
#include "tst_valuedemandgrid.moc"
