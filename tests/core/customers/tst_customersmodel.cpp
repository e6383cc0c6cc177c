// CustomersModel and CustomerOrder on the hand-worked customers of customersfixture.h:
// the text of every kind of column, the raw roles, and the order of every column.
#include "customersfixture.h"
#include "models/customersmodel.h"
#include "models/roles.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace acc;

namespace {

using Column = CustomerColumn;
const QString nbsp = QString(QChar(0x00A0));

QString eur(const char *amount)
{
    return QString::fromLatin1(amount) + nbsp + QStringLiteral("EUR");
}

QString pct(const char *value)
{
    return QString::fromLatin1(value) + nbsp + QLatin1Char('%');
}

} // namespace

class TestCustomersModel : public QObject
{
    Q_OBJECT
private:
    CustomersModel m_model;

    QString text(int row, Column column) const
    {
        return m_model.index(row, columnId(column)).data().toString();
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c()); // the expected texts are written for the C locale
        new QAbstractItemModelTester(&m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        m_model.setCustomers(test::customersFixture(), test::customersFixtureFacts());
    }

    void shape()
    {
        QCOMPARE(m_model.rowCount(), 7);
        QCOMPARE(m_model.columnCount(), 14);
        QCOMPARE(m_model.day(), test::day("2026-10-31"));
        QCOMPARE(m_model.headerData(columnId(Column::Revenue12m), Qt::Horizontal).toString(),
                 QStringLiteral("Revenue (12 months)"));
        QCOMPARE(m_model.headerData(columnId(Column::PAlive), Qt::Horizontal).toString(),
                 QStringLiteral("P(alive)"));
    }

    void display_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QStringList>("texts"); // every column, in order
        QTest::newRow("active best customer") << 0
                                              << QStringList{QStringLiteral("C-10"),
                                                             QStringLiteral("Müller GmbH"),
                                                             QStringLiteral("Enterprise"),
                                                             QStringLiteral("North"),
                                                             QStringLiteral("Anna Berg"),
                                                             QStringLiteral("Repeat customer"),
                                                             QStringLiteral("Active"),
                                                             eur("1200.00"),
                                                             eur("1700.00"),
                                                             QStringLiteral("2"),
                                                             QStringLiteral("2026-03-01"),
                                                             QStringLiteral("Yes"),
                                                             pct("90.0"),
                                                             eur("1500.00")};
        QTest::newRow("lost") << 1
                              << QStringList{QStringLiteral("C-9"),
                                             QStringLiteral("Société Générale"),
                                             QStringLiteral("Enterprise"),
                                             QStringLiteral("South"),
                                             QStringLiteral("Bob Stone"),
                                             QStringLiteral("Client"),
                                             QStringLiteral("Lost on 2026-09-10 (Price)"),
                                             eur("2000.00"),
                                             eur("2000.00"),
                                             QStringLiteral("1"),
                                             QStringLiteral("2026-01-10"),
                                             QStringLiteral("—"),
                                             pct("20.0"),
                                             eur("80.50")};
        QTest::newRow("won back") << 2
                                  << QStringList{QStringLiteral("C-100"),
                                                 QStringLiteral("Αθηνά Α.Ε."),
                                                 QStringLiteral("SMB"),
                                                 QStringLiteral("North"),
                                                 QStringLiteral("Anna Berg"),
                                                 QStringLiteral("Advocate"),
                                                 QStringLiteral("Won back on 2026-08-01"),
                                                 eur("3000.00"),
                                                 eur("3500.00"),
                                                 QStringLiteral("3"),
                                                 QStringLiteral("2026-06-15"),
                                                 QStringLiteral("Yes"),
                                                 pct("75.0"),
                                                 eur("2000.00")};
        QTest::newRow("no stage, no model figures")
            << 3
            << QStringList{QStringLiteral("c-2"),
                           QStringLiteral("東京トレーディング株式会社"),
                           QStringLiteral("SMB"),
                           QStringLiteral("East"),
                           QStringLiteral("Chen Li"),
                           QStringLiteral("Unknown"),
                           QStringLiteral("Active"),
                           eur("800.00"),
                           eur("800.00"),
                           QStringLiteral("1"),
                           QStringLiteral("2026-09-01"),
                           QStringLiteral("—"),
                           QStringLiteral("—"),
                           QStringLiteral("—")};
        QTest::newRow("not yet acquired, no order") << 4
                                                    << QStringList{QStringLiteral("C-1"),
                                                                   QStringLiteral("muller & sons"),
                                                                   QStringLiteral("Consumer"),
                                                                   QString(),
                                                                   QStringLiteral("Bob Stone"),
                                                                   QStringLiteral("First-time customer"),
                                                                   QStringLiteral("Not yet acquired"),
                                                                   eur("0.00"),
                                                                   eur("0.00"),
                                                                   QStringLiteral("0"),
                                                                   QStringLiteral("—"),
                                                                   QStringLiteral("—"),
                                                                   QStringLiteral("—"),
                                                                   QStringLiteral("—")};
        // Lost after the state day: active on it. A refund in the window: negative revenue.
        QTest::newRow("refund, lost later") << 5
                                            << QStringList{QStringLiteral("C-3"),
                                                           QStringLiteral("Zeta Ltd"),
                                                           QString(),
                                                           QStringLiteral("West"),
                                                           QStringLiteral("Anna Berg"),
                                                           QStringLiteral("Lapsed"),
                                                           QStringLiteral("Active"),
                                                           eur("-50.00"),
                                                           eur("450.00"),
                                                           QStringLiteral("1"),
                                                           QStringLiteral("2025-05-01"),
                                                           QStringLiteral("—"),
                                                           pct("5.0"),
                                                           eur("10.00")};
    }
    void display()
    {
        QFETCH(int, row);
        QFETCH(QStringList, texts);
        QStringList shown;
        for (int c = 0; c < m_model.columnCount(); ++c)
            shown.append(m_model.index(row, c).data().toString());
        QCOMPARE(shown, texts);
    }

    void rawRoles()
    {
        const auto at = [this](int row, Column c, Role role) {
            return m_model.index(row, columnId(c)).data(roleId(role));
        };
        QCOMPARE(at(3, Column::Name, Role::CustomerIndex).toInt(), 3);
        QCOMPARE(at(0, Column::Name, Role::Text).toString(), QStringLiteral("Müller GmbH"));
        QCOMPARE(at(0, Column::Revenue12m, Role::Value).toDouble(), 1200.0);
        QCOMPARE(at(5, Column::Revenue12m, Role::Value).toDouble(), -50.0);
        QCOMPARE(at(1, Column::ExpectedValue12m, Role::Value).toDouble(), 80.5);
        QCOMPARE(at(0, Column::PAlive, Role::Value).toDouble(), 0.9);
        QVERIFY(!at(3, Column::PAlive, Role::Value).isValid());
        QCOMPARE(at(0, Column::Orders, Role::Value).toInt(), 2);
        QCOMPARE(at(0, Column::Revenue12m, Role::Sort).toLongLong(), 120000);
        QCOMPARE(at(0, Column::LastOrder, Role::Sort).toInt(), test::day("2026-03-01"));
        QVERIFY(!at(4, Column::LastOrder, Role::Sort).isValid());
        // A text column sorts by its rank: muller & sons 0, Müller GmbH 1, Société 2,
        // Zeta Ltd 3, zeta ltd 4, Αθηνά 5, 東京 6.
        QCOMPARE(at(0, Column::Name, Role::Sort).toInt(), 1);
        QCOMPARE(at(4, Column::Name, Role::Sort).toInt(), 0);
        QCOMPARE(at(3, Column::Name, Role::Sort).toInt(), 6);
        QVERIFY(!at(5, Column::Segment, Role::Sort).isValid()); // no segment
        // The status's exact text for exports holds the reason as given.
        QCOMPARE(at(1, Column::Status, Role::Text).toString(), QStringLiteral("Lost on 2026-09-10 (Price)"));
        QCOMPARE(m_model.index(0, columnId(Column::Revenue12m)).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
    }

    void order_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QList<int>>("ascending");
        QTest::addColumn<int>("valued");
        // Ids by their numbers: C-1, c-2, C-3, C-4, C-9, C-10, C-100.
        QTest::newRow("id") << columnId(Column::CustomerId) << QList<int>{4, 3, 5, 6, 1, 0, 2} << 7;
        // muller & sons ('&' before 'g'), Müller GmbH, Société Générale, Zeta Ltd before
        // zeta ltd (equal keys: the exact text, capital first), then Greek, then Japanese.
        QTest::newRow("name") << columnId(Column::Name) << QList<int>{4, 0, 1, 5, 6, 2, 3} << 7;
        // Consumer; Enterprise by id (C-9, C-10); SMB by id (c-2, C-4, C-100); no segment last.
        QTest::newRow("segment") << columnId(Column::Segment) << QList<int>{4, 1, 0, 3, 6, 2, 5} << 6;
        // East, Hauptstraße, North (C-10, C-100), South, West; no region last.
        QTest::newRow("region") << columnId(Column::Region) << QList<int>{3, 6, 0, 2, 1, 5, 4} << 6;
        QTest::newRow("owner") << columnId(Column::Owner) << QList<int>{5, 0, 2, 4, 1, 3, 6} << 7;
        // prospect, first_time, repeat, client, advocate, lapsed; unknown last.
        QTest::newRow("stage") << columnId(Column::Stage) << QList<int>{6, 4, 0, 1, 2, 5, 3} << 6;
        // Active (by id), won back, lost, not yet acquired.
        QTest::newRow("status") << columnId(Column::Status) << QList<int>{3, 5, 6, 0, 2, 1, 4} << 7;
        // -50.00; 0 (C-1, C-4); 800; 1,200; 2,000; 3,000.
        QTest::newRow("revenue") << columnId(Column::Revenue12m) << QList<int>{5, 4, 6, 3, 0, 1, 2} << 7;
        QTest::newRow("lifetime") << columnId(Column::LifetimeValue) << QList<int>{4, 6, 5, 3, 0, 1, 2} << 7;
        // 0 (C-1, C-4); 1 (c-2, C-3, C-9); 2; 3.
        QTest::newRow("orders") << columnId(Column::Orders) << QList<int>{4, 6, 3, 5, 1, 0, 2} << 7;
        QTest::newRow("last order") << columnId(Column::LastOrder) << QList<int>{5, 1, 0, 2, 3, 4, 6} << 5;
        QTest::newRow("best") << columnId(Column::Best) << QList<int>{4, 3, 5, 6, 1, 0, 2} << 7;
        // 0.05, 0.2, 0.75, 0.9; none (C-1, c-2, C-4) last.
        QTest::newRow("p alive") << columnId(Column::PAlive) << QList<int>{5, 1, 2, 0, 4, 3, 6} << 4;
        QTest::newRow("expected") << columnId(Column::ExpectedValue12m) << QList<int>{5, 1, 0, 2, 4, 3, 6}
                                  << 4;
    }
    void order()
    {
        QFETCH(int, column);
        QFETCH(QList<int>, ascending);
        QFETCH(int, valued);
        const CustomerOrder::Sorted &s = m_model.order().sorted(static_cast<Column>(column));
        QCOMPARE(QList<int>(s.customers.begin(), s.customers.end()), ascending);
        QCOMPARE(s.valued, valued);
    }

    void terseStatus()
    {
        // A narrow table: the status in a word; its tooltip and exact text keep the rest.
        m_model.setStatusReasonsShown(false);
        QCOMPARE(text(1, Column::Status), QStringLiteral("Lost"));
        QCOMPARE(text(2, Column::Status), QStringLiteral("Won back"));
        QCOMPARE(text(0, Column::Status), QStringLiteral("Active"));
        QCOMPARE(m_model.index(1, columnId(Column::Status)).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Lost on 2026-09-10 (Price)"));
        QCOMPARE(m_model.index(1, columnId(Column::Status)).data(roleId(Role::Text)).toString(),
                 QStringLiteral("Lost on 2026-09-10 (Price)"));
        m_model.setStatusReasonsShown(true);
        QCOMPARE(text(1, Column::Status), QStringLiteral("Lost on 2026-09-10 (Price)"));
    }

    void widestTexts()
    {
        QCOMPARE(m_model.widestTexts(Column::Revenue12m), (QStringList{eur("-50.00"), eur("3000.00")}));
        QCOMPARE(m_model.widestTexts(Column::Orders),
                 (QStringList{QStringLiteral("0"), QStringLiteral("3")}));
        QCOMPARE(m_model.widestTexts(Column::Owner), QStringList{QStringLiteral("Anna Berg")});
        QCOMPARE(m_model.widestTexts(Column::Stage).size(), 8);
        QVERIFY(m_model.widestTexts(Column::Name).isEmpty());
        // The lost form carries the longest reason ("Service" is longer than "Price").
        QVERIFY(
            m_model.widestTexts(Column::Status).join(QLatin1Char('|')).contains(QStringLiteral("(Service)")));
    }

    void anotherPeriodOfTheSameData()
    {
        // New figures for the same customers: the figure columns sort anew, the names
        // keep their order (computed once for the data set).
        CustomersModel model;
        const auto data = test::customersFixture();
        model.setCustomers(data, test::customersFixtureFacts());
        const std::vector<int> names = model.order().sorted(Column::Name).customers;
        const std::vector<int> revenue = model.order().sorted(Column::Revenue12m).customers;
        auto later = std::make_shared<CustomerFacts>(*test::customersFixtureFacts());
        later->rows[4].revenue12m = 999999; // C-1 orders at last
        model.setCustomers(data, later);
        QCOMPARE(model.order().sorted(Column::Name).customers, names);
        QCOMPARE(model.order().sorted(Column::Revenue12m).customers.back(), 4);
        QVERIFY(model.order().sorted(Column::Revenue12m).customers != revenue);
    }

    void emptyAndReset()
    {
        CustomersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.order().sorted(Column::Name).customers.empty());
        model.setCustomers(std::make_shared<Dataset>(), std::make_shared<CustomerFacts>());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.searchTexts().size(), 0);
        // Facts missing or shorter than the data set: the rows show empty figures.
        model.setCustomers(test::customersFixture(), nullptr);
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.index(0, columnId(Column::Revenue12m)).data().toString(), eur("0.00"));
        QCOMPARE(model.index(0, columnId(Column::Status)).data().toString(),
                 QStringLiteral("Not yet acquired"));
        model.setCustomers(nullptr, test::customersFixtureFacts());
        QCOMPARE(model.rowCount(), 0);
    }

    void hostileName()
    {
        // 1 MiB of name with an escape sequence: shown safe and short, exact in Role::Text.
        auto data = std::make_shared<Dataset>(*test::customersFixture());
        const QString huge = QStringLiteral("\u001b[2J") + QString(1 << 20, QLatin1Char('N'));
        data->customers[0].name = huge;
        CustomersModel model;
        model.setCustomers(data, test::customersFixtureFacts());
        const QModelIndex name = model.index(0, columnId(Column::Name));
        const QString shown = name.data().toString();
        QCOMPARE(shown.size(), 120);
        QVERIFY(shown.startsWith(QStringLiteral("␛[2J")));
        QCOMPARE(name.data(roleId(Role::Text)).toString(), huge);
        QCOMPARE(model.order().sorted(Column::Name).customers.size(), std::size_t(7));
    }
};

QTEST_GUILESS_MAIN(TestCustomersModel)
#include "tst_customersmodel.moc"
