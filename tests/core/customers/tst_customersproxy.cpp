// CustomersProxy on the hand-worked customers of customersfixture.h: sorting by each
// kind of column both ways, the search, a drill-down's restriction, and the current row
// following its customer through every change.
#include "customersfixture.h"
#include "models/customersmodel.h"
#include "models/customersproxy.h"
#include "models/roles.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QStringListModel>
#include <QtTest>

using namespace acc;

namespace {

using Column = CustomerColumn;

QList<int> customersOf(const CustomersProxy &proxy)
{
    QList<int> out;
    for (int r = 0; r < proxy.rowCount(); ++r) {
        out.append(proxy.index(r, 0).data(roleId(Role::CustomerIndex)).toInt());
        Q_ASSERT(proxy.customerAt(r) == out.last());
    }
    return out;
}

} // namespace

class TestCustomersProxy : public QObject
{
    Q_OBJECT
private:
    CustomersModel m_model;
    CustomersProxy m_proxy;

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        new QAbstractItemModelTester(&m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        m_proxy.setSourceModel(&m_model);
        m_model.setCustomers(test::customersFixture(), test::customersFixtureFacts());
    }

    void init()
    {
        m_proxy.setQuery(QString());
        m_proxy.clearRestriction();
        m_proxy.sort(columnId(Column::CustomerId), Qt::AscendingOrder);
    }

    void defaultOrderIsById()
    {
        CustomersProxy fresh;
        fresh.setSourceModel(&m_model);
        QCOMPARE(fresh.sortColumn(), columnId(Column::CustomerId));
        QCOMPARE(fresh.sortOrder(), Qt::AscendingOrder);
        QCOMPARE(customersOf(fresh), (QList<int>{4, 3, 5, 6, 1, 0, 2}));
        QCOMPARE(fresh.index(0, columnId(Column::CustomerId)).data().toString(), QStringLiteral("C-1"));
    }

    void sorting_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QList<int>>("ascending");
        QTest::addColumn<QList<int>>("descending");
        // Descending: the ascending order reversed, customers without a value still last.
        QTest::newRow("name") << columnId(Column::Name) << QList<int>{4, 0, 1, 5, 6, 2, 3}
                              << QList<int>{3, 2, 6, 5, 1, 0, 4};
        QTest::newRow("segment, one without") << columnId(Column::Segment) << QList<int>{4, 1, 0, 3, 6, 2, 5}
                                              << QList<int>{2, 6, 3, 0, 1, 4, 5};
        QTest::newRow("money") << columnId(Column::Revenue12m) << QList<int>{5, 4, 6, 3, 0, 1, 2}
                               << QList<int>{2, 1, 0, 3, 6, 4, 5};
        QTest::newRow("probability, three without")
            << columnId(Column::PAlive) << QList<int>{5, 1, 2, 0, 4, 3, 6} << QList<int>{0, 2, 1, 5, 4, 3, 6};
        QTest::newRow("date, two without") << columnId(Column::LastOrder) << QList<int>{5, 1, 0, 2, 3, 4, 6}
                                           << QList<int>{3, 2, 0, 1, 5, 4, 6};
        QTest::newRow("status") << columnId(Column::Status) << QList<int>{3, 5, 6, 0, 2, 1, 4}
                                << QList<int>{4, 1, 2, 0, 6, 5, 3};
    }
    void sorting()
    {
        QFETCH(int, column);
        QFETCH(QList<int>, ascending);
        QFETCH(QList<int>, descending);
        QSignalSpy layout(&m_proxy, &QAbstractItemModel::layoutChanged);
        m_proxy.sort(column, Qt::AscendingOrder);
        QCOMPARE(customersOf(m_proxy), ascending);
        m_proxy.sort(column, Qt::DescendingOrder);
        QCOMPARE(customersOf(m_proxy), descending);
        QCOMPARE(layout.count(), 2);
        QCOMPARE(m_proxy.sortColumn(), column);
        QCOMPARE(m_proxy.sortOrder(), Qt::DescendingOrder);
    }

    void searchKeepsTheOrder()
    {
        QSignalSpy filterChanged(&m_proxy, &CustomersProxy::filterChanged);
        m_proxy.sort(columnId(Column::Revenue12m), Qt::DescendingOrder);
        m_proxy.setQuery(QStringLiteral("anna"));
        // Anna Berg's customers 0, 2, 5 by revenue desc: 3,000, 1,200, -50.
        QCOMPARE(customersOf(m_proxy), (QList<int>{2, 0, 5}));
        QCOMPARE(filterChanged.count(), 1);
        // The same words folded: nothing is redone.
        m_proxy.setQuery(QStringLiteral("  ANNA "));
        QCOMPARE(filterChanged.count(), 1);
        m_proxy.setQuery(QStringLiteral("anna north"));
        QCOMPARE(customersOf(m_proxy), (QList<int>{2, 0}));
        m_proxy.setQuery(QStringLiteral("zzz"));
        QCOMPARE(m_proxy.rowCount(), 0);
        QVERIFY(!m_proxy.hasChildren());
        m_proxy.setQuery(QString());
        QCOMPARE(m_proxy.rowCount(), 7);
    }

    void typingOnNarrows()
    {
        // Each letter typed looks only at the customers listed: the same rows as a search
        // from scratch, in the same order.
        m_proxy.sort(columnId(Column::Name), Qt::DescendingOrder);
        QStringList typed;
        for (const QString &query :
             {QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("ann"), QStringLiteral("anna"),
              QStringLiteral("anna n"), QStringLiteral("anna no")}) {
            m_proxy.setQuery(query);
            CustomersProxy fresh;
            fresh.setSourceModel(&m_model);
            fresh.sort(columnId(Column::Name), Qt::DescendingOrder);
            fresh.setQuery(query);
            QCOMPARE(customersOf(m_proxy), customersOf(fresh));
        }
        // "anna no": Anna Berg's customers in the North, by name desc: Αθηνά, Müller.
        QCOMPARE(customersOf(m_proxy), (QList<int>{2, 0}));
    }

    void restriction()
    {
        m_proxy.sort(columnId(Column::Name), Qt::AscendingOrder);
        m_proxy.restrictTo({2, 0, 3});
        // Müller GmbH, Αθηνά, 東京.
        QCOMPARE(customersOf(m_proxy), (QList<int>{0, 2, 3}));
        QVERIFY(m_proxy.filter().isRestricted());
        m_proxy.setQuery(QStringLiteral("north"));
        QCOMPARE(customersOf(m_proxy), (QList<int>{0, 2}));
        QCOMPARE(m_proxy.rowOf(2), 1);
        QCOMPARE(m_proxy.rowOf(3), -1);
        QCOMPARE(m_proxy.rowOf(99), -1);
        m_proxy.clearRestriction();
        QCOMPARE(customersOf(m_proxy), (QList<int>{0, 2})); // the search still holds
        m_proxy.restrictTo({});
        QCOMPARE(m_proxy.rowCount(), 0);
    }

    void mapping()
    {
        m_proxy.sort(columnId(Column::Name), Qt::AscendingOrder);
        const QModelIndex p = m_proxy.index(1, columnId(Column::Segment)); // Müller GmbH
        const QModelIndex s = m_proxy.mapToSource(p);
        QCOMPARE(s.row(), 0);
        QCOMPARE(s.column(), columnId(Column::Segment));
        QCOMPARE(m_proxy.mapFromSource(s), p);
        QCOMPARE(p.data().toString(), QStringLiteral("Enterprise"));
        m_proxy.setQuery(QStringLiteral("societe"));
        QVERIFY(!m_proxy.mapFromSource(m_model.index(0, 0)).isValid());
        QCOMPARE(m_proxy.headerData(columnId(Column::Name), Qt::Horizontal).toString(),
                 QStringLiteral("Name"));
        // Broken before the parenthesis, so a column of figures is not widened by its title.
        QCOMPARE(m_proxy.headerData(columnId(Column::Revenue12m), Qt::Horizontal).toString(),
                 QStringLiteral("Revenue\n(12 months)"));
    }

    void currentRowFollowsItsCustomer()
    {
        QItemSelectionModel selection(&m_proxy);
        m_proxy.sort(columnId(Column::CustomerId), Qt::AscendingOrder);
        const int row = m_proxy.rowOf(2); // C-100, last by id
        QCOMPARE(row, 6);
        selection.setCurrentIndex(m_proxy.index(row, 1),
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_proxy.sort(columnId(Column::Revenue12m), Qt::DescendingOrder); // C-100 first
        QCOMPARE(selection.currentIndex().row(), 0);
        QCOMPARE(selection.currentIndex().column(), 1);
        QVERIFY(selection.isRowSelected(0, {}));
        m_proxy.setQuery(QStringLiteral("anna")); // 2, 0, 5
        QCOMPARE(selection.currentIndex().row(), 0);
        m_proxy.sort(columnId(Column::Name), Qt::AscendingOrder); // 0, 5, 2
        QCOMPARE(selection.currentIndex().row(), 2);
        m_proxy.setQuery(QStringLiteral("muller")); // C-100 filtered out
        QVERIFY(!selection.currentIndex().isValid());
        QVERIFY(!selection.hasSelection());
    }

    void newSnapshot()
    {
        QSignalSpy reset(&m_proxy, &QAbstractItemModel::modelReset);
        m_proxy.sort(columnId(Column::Name), Qt::DescendingOrder);
        m_proxy.setQuery(QStringLiteral("anna"));
        CustomersModel model;
        CustomersProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setQuery(QStringLiteral("anna"));
        proxy.sort(columnId(Column::Name), Qt::DescendingOrder);
        model.setCustomers(test::customersFixture(), test::customersFixtureFacts());
        // Zeta Ltd, Müller GmbH, Αθηνά reversed: Αθηνά, Zeta Ltd, Müller GmbH.
        QCOMPARE(customersOf(proxy), (QList<int>{2, 5, 0}));
        model.setCustomers(nullptr, nullptr);
        QCOMPARE(proxy.rowCount(), 0);
        Q_UNUSED(reset);
    }

    void refusesOtherModels()
    {
        CustomersProxy proxy;
        QStringListModel other({QStringLiteral("a"), QStringLiteral("b")});
        proxy.setSourceModel(&other);
        QVERIFY(!proxy.sourceModel());
        QCOMPARE(proxy.rowCount(), 0);
        QCOMPARE(proxy.columnCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCustomersProxy)
#include "tst_customersproxy.moc"
