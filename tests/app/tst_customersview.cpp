// The Customers view offscreen on the hand-worked customers of customersfixture.h: the
// search typed into its box, Esc, a drill-down with a focus, the keyboard, the detail
// pane and the CSV export.
#include "customersfixture.h"
#include "models/roles.h"
#include "views/customers/customerdetail.h"
#include "views/customers/customerfigure.h"
#include "views/customers/customersview.h"
#include "views/viewregistry.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace acc;

namespace {

using Column = CustomerColumn;

std::shared_ptr<const MetricsSnapshot> fixtureSnapshot()
{
    auto s = std::make_shared<MetricsSnapshot>();
    s->spec = QStringLiteral("/nonexistent/company.sqlite");
    s->data = test::customersFixture();
    s->facts = test::customersFixtureFacts();
    s->report.days = PeriodDays::of(*Period::parse(QStringLiteral("2026-10")), test::day("2026-10-31"));
    return s;
}

QStringList ids(const CustomersView &view)
{
    QStringList out;
    const QAbstractItemModel *m = view.table()->model();
    for (int r = 0; r < m->rowCount(); ++r)
        out.append(m->index(r, columnId(Column::CustomerId)).data().toString());
    return out;
}

QString tileValue(const CustomerDetail *detail, int i)
{
    return detail->tiles().at(i)->value();
}

} // namespace

class TestCustomersView : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    std::unique_ptr<CustomersView> makeView()
    {
        auto view = std::make_unique<CustomersView>();
        view->resize(1600, 900);
        view->show();
        view->activateWindow();
        if (!QTest::qWaitForWindowActive(view.get()))
            return nullptr;
        view->setSnapshot(fixtureSnapshot());
        return view;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
    }

    void registered()
    {
        const ViewDescriptor *d = views::find(QStringLiteral("customers"));
        QVERIFY(d);
        QCOMPARE(d->title(), QStringLiteral("Customers"));
        QCOMPARE(d->iconName, QStringLiteral("system-users"));
    }

    void everyCustomerById()
    {
        auto view = makeView();
        QVERIFY(view);
        QCOMPARE(ids(*view), (QStringList{QStringLiteral("C-1"), QStringLiteral("c-2"), QStringLiteral("C-3"),
                                          QStringLiteral("C-4"), QStringLiteral("C-9"),
                                          QStringLiteral("C-10"), QStringLiteral("C-100")}));
        QCOMPARE(view->headingText(), QStringLiteral("Every customer · 7 customers"));
        QVERIFY(!view->showAllButton()->isVisible());
        QCOMPARE(view->shownCustomer(), -1);
        QCOMPARE(view->detail()->name(), QString());
    }

    void searchTypedAndEscape()
    {
        auto view = makeView();
        QVERIFY(view);
        QLineEdit *search = view->searchBox();
        // Ctrl+F from the table puts the cursor in the search box.
        view->table()->setFocus();
        QTest::keyClick(view->table(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("ANNA"));
        // Filtered once the typing pauses: Anna Berg's C-3, C-10, C-100.
        QTRY_COMPARE(view->table()->model()->rowCount(), 3);
        QCOMPARE(ids(*view),
                 (QStringList{QStringLiteral("C-3"), QStringLiteral("C-10"), QStringLiteral("C-100")}));
        QCOMPARE(view->headingText(), QStringLiteral("Every customer · 3 of 7 match the search"));
        QVERIFY(view->showAllButton()->isVisible());
        QTest::keyClicks(search, QStringLiteral(" n"));
        QTest::sendKeyEvent(QTest::Click, search, Qt::Key_O, QStringLiteral("ö"), Qt::NoModifier);
        QTest::keyClicks(search, QStringLiteral("rth"));
        QCOMPARE(search->text(), QStringLiteral("ANNA nörth"));
        QTRY_COMPARE(view->table()->model()->rowCount(), 2);
        QTest::keyClick(search, Qt::Key_Escape);
        QCOMPARE(search->text(), QString());
        QCOMPARE(view->table()->model()->rowCount(), 7);
        QCOMPARE(view->headingText(), QStringLiteral("Every customer · 7 customers"));
        // Down from the search box: the list, its first row and that customer's detail.
        QTest::keyClicks(search, QStringLiteral("muller"));
        QTest::keyClick(search, Qt::Key_Down);
        QVERIFY(view->table()->hasFocus());
        QCOMPARE(view->table()->model()->rowCount(), 2);
        QCOMPARE(view->detail()->name(), QStringLiteral("muller & sons"));
    }

    void drillDownWithFocus()
    {
        auto view = makeView();
        QVERIFY(view);
        view->showCustomers({QStringLiteral("Lost in September 2026: Price"), {1, 5, 0}, 5});
        QCOMPARE(ids(*view),
                 (QStringList{QStringLiteral("C-3"), QStringLiteral("C-9"), QStringLiteral("C-10")}));
        QCOMPARE(view->headingText(), QStringLiteral("Lost in September 2026: Price · 3 customers"));
        QVERIFY(view->showAllButton()->isVisible());
        // The focus is selected and its detail shown.
        QCOMPARE(view->table()->currentIndex().row(), 0);
        QCOMPARE(view->detail()->name(), QStringLiteral("Zeta Ltd"));
        QCOMPARE(view->shownCustomer(), 5);
        // A search within the drill-down.
        view->setSearch(QStringLiteral("enterprise"));
        QCOMPARE(ids(*view), (QStringList{QStringLiteral("C-9"), QStringLiteral("C-10")}));
        QCOMPARE(view->headingText(),
                 QStringLiteral("Lost in September 2026: Price · 2 of 3 match the search"));
        // Esc: the search first, then the drill-down.
        QTest::keyClick(view->table(), Qt::Key_Escape);
        QCOMPARE(view->table()->model()->rowCount(), 3);
        QTest::keyClick(view->table(), Qt::Key_Escape);
        QCOMPARE(view->table()->model()->rowCount(), 7);
        QCOMPARE(view->headingText(), QStringLiteral("Every customer · 7 customers"));
        QVERIFY(!view->showAllButton()->isVisible());
        QCOMPARE(view->shownCustomer(), 5); // the customer stays on show

        // A drill-down without a focus shows its first customer; the button leaves it.
        view->showCustomers({QStringLiteral("Best customers"), {2, 0}, -1});
        QCOMPARE(ids(*view), (QStringList{QStringLiteral("C-10"), QStringLiteral("C-100")}));
        QCOMPARE(view->detail()->name(), QStringLiteral("Müller GmbH"));
        QTest::mouseClick(view->showAllButton(), Qt::LeftButton);
        QCOMPARE(view->table()->model()->rowCount(), 7);
        // A focus outside the list is shown all the same; nobody listed for an empty one.
        view->showCustomers({QStringLiteral("Nobody"), {}, 3});
        QCOMPARE(view->table()->model()->rowCount(), 0);
        QCOMPARE(view->headingText(), QStringLiteral("Nobody · 0 customers"));
        QCOMPARE(view->detail()->name(), QStringLiteral("東京トレーディング株式会社"));
        // Everybody, with a focus.
        view->showCustomers(CustomerSelection{{}, {}, 2});
        QCOMPARE(view->table()->model()->rowCount(), 7);
        QCOMPARE(view->table()->currentIndex().row(), 6);
    }

    void keyboardMovesTheDetail()
    {
        auto view = makeView();
        QVERIFY(view);
        QTableView *table = view->table();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier); // the first row
        QCOMPARE(view->detail()->name(), QStringLiteral("muller & sons"));
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(view->detail()->name(), QStringLiteral("東京トレーディング株式会社"));
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier); // the last row
        QCOMPARE(view->detail()->name(), QStringLiteral("Αθηνά Α.Ε."));
        QTest::keyClick(table, Qt::Key_Up);
        QCOMPARE(view->shownCustomer(), 0);
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(view->shownCustomer(), 0);
        // A click on a header sorts; the current customer stays current.
        table->sortByColumn(columnId(Column::Revenue12m), Qt::DescendingOrder);
        QCOMPARE(ids(*view).first(), QStringLiteral("C-100"));
        QCOMPARE(table->currentIndex().row(), 2); // C-100, C-9, C-10
        QCOMPARE(view->shownCustomer(), 0);
    }

    void detailPane()
    {
        auto view = makeView();
        QVERIFY(view);
        view->showCustomers(CustomerSelection::one(0, QStringLiteral("Müller")));
        const CustomerDetail *d = view->detail();
        QCOMPARE(d->name(), QStringLiteral("Müller GmbH"));
        QCOMPARE(d->facts(), QStringLiteral("C-10 · Segment: Enterprise · Region: North\n"
                                            "Account owner: Anna Berg · Stage: Repeat customer\n"
                                            "On 2026-10-31: Active\n"
                                            "Acquired 2024-01-01"));
        const QString nbsp = QString(QChar(0x00A0));
        QCOMPARE(tileValue(d, 0), QStringLiteral("1200") + nbsp + QStringLiteral("EUR"));
        QCOMPARE(tileValue(d, 1), QStringLiteral("1700") + nbsp + QStringLiteral("EUR"));
        QCOMPARE(tileValue(d, 2), QStringLiteral("2"));
        QCOMPARE(tileValue(d, 3), QStringLiteral("Yes"));
        QCOMPARE(tileValue(d, 4), QStringLiteral("90.0") + nbsp + QLatin1Char('%'));
        QCOMPARE(tileValue(d, 5), QStringLiteral("1500") + nbsp + QStringLiteral("EUR"));
        // Up to the state day: two of the three orders, two of the three contacts, one answer.
        QCOMPARE(d->tabs()->tabText(0), QStringLiteral("Orders (2)"));
        QCOMPARE(d->tabs()->tabText(1), QStringLiteral("Contacts (2)"));
        QCOMPARE(d->tabs()->tabText(2), QStringLiteral("Feedback (1)"));
        QCOMPARE(d->orders().index(0, 5).data().toString(), QStringLiteral("O2"));

        // Won back: the loss before it, with its reason.
        view->showCustomers(CustomerSelection::one(2));
        QCOMPARE(d->facts(), QStringLiteral("C-100 · Segment: SMB · Region: North\n"
                                            "Account owner: Anna Berg · Stage: Advocate\n"
                                            "On 2026-10-31: Won back on 2026-08-01\n"
                                            "Acquired 2024-03-01 · Lost 2026-05-01 (Service)"));
        // No order: no P(alive), no expected value.
        view->showCustomers(CustomerSelection::one(4));
        QCOMPARE(tileValue(d, 4), QStringLiteral("—"));
        QCOMPARE(tileValue(d, 5), QStringLiteral("—"));
        QCOMPARE(tileValue(d, 3), QStringLiteral("No"));
        QCOMPARE(d->tabs()->tabText(0), QStringLiteral("Orders (0)"));
    }

    void export_()
    {
        auto view = makeView();
        QVERIFY(view);
        QVERIFY(view->canExportTable());
        view->showCustomers({QStringLiteral("Some"), {0, 1, 3, 5}, -1});
        view->table()->sortByColumn(columnId(Column::Revenue12m), Qt::DescendingOrder);
        const QString path = m_dir.filePath(QStringLiteral("customers.csv"));
        QString error;
        QVERIFY2(view->exportTableTo(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8's byte order mark
        const QString csv = QString::fromUtf8(bytes.mid(3));
        // The table as shown: four customers by revenue desc (2,000, 1,200, 800, -50);
        // money as plain numbers, orders and P(alive) too; a missing figure empty.
        const QString expected = QStringLiteral(
            "Customer ID,Name,Segment,Region,Account owner,Stage,Status,Revenue (12 months) (EUR),"
            "Lifetime value (EUR),Orders,Last order,Best,P(alive),Expected value (12 months) (EUR)\r\n"
            "C-9,Société Générale,Enterprise,South,Bob Stone,Client,Lost on 2026-09-10 (Price),"
            "2000.00,2000.00,1,2026-01-10,—,0.2000,80.50\r\n"
            "C-10,Müller GmbH,Enterprise,North,Anna Berg,Repeat customer,Active,"
            "1200.00,1700.00,2,2026-03-01,Yes,0.9000,1500.00\r\n"
            "c-2,東京トレーディング株式会社,SMB,East,Chen Li,Unknown,Active,"
            "800.00,800.00,1,2026-09-01,—,,\r\n"
            "C-3,Zeta Ltd,,West,Anna Berg,Lapsed,Active,-50.00,450.00,1,2025-05-01,—,0.0500,10.00\r\n");
        QCOMPARE(csv, expected);
        // Never over the company database.
        QVERIFY(!view->exportTableTo(QStringLiteral("/nonexistent/company.sqlite"), &error));
    }

    void freshViewExportsEveryCustomerById()
    {
        // What `accountable export --view customers` does: a new view, a snapshot, the file.
        CustomersView view;
        view.setSnapshot(fixtureSnapshot());
        const QString path = m_dir.filePath(QStringLiteral("all.csv"));
        QString error;
        QVERIFY2(view.exportTableTo(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList lines =
            QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 8);
        QStringList first;
        for (const QString &line : lines.mid(1))
            first.append(line.section(QLatin1Char(','), 0, 0));
        QCOMPARE(first, (QStringList{QStringLiteral("C-1"), QStringLiteral("c-2"), QStringLiteral("C-3"),
                                     QStringLiteral("C-4"), QStringLiteral("C-9"), QStringLiteral("C-10"),
                                     QStringLiteral("C-100")}));
    }

    void drillDownBeforeTheData()
    {
        CustomersView view;
        view.showCustomers({QStringLiteral("Early"), {6}, 6});
        QCOMPARE(view.headingText(), QStringLiteral("No figures yet"));
        view.setSnapshot(fixtureSnapshot());
        QCOMPARE(ids(view), QStringList{QStringLiteral("C-4")});
        QCOMPARE(view.detail()->name(), QStringLiteral("zeta ltd"));
    }

    void newSnapshots()
    {
        auto view = makeView();
        QVERIFY(view);
        view->showCustomers({QStringLiteral("Two"), {0, 2}, 2});
        // Another period on the same data: the drill-down and the customer stay.
        auto same = std::make_shared<MetricsSnapshot>(*fixtureSnapshot());
        same->data = view->customers().dataset();
        view->setSnapshot(same);
        QCOMPARE(view->table()->model()->rowCount(), 2);
        QCOMPARE(view->shownCustomer(), 2);
        // Data loaded again: every customer, the one on show found by its id.
        view->setSnapshot(fixtureSnapshot());
        QCOMPARE(view->table()->model()->rowCount(), 7);
        QCOMPARE(view->detail()->name(), QStringLiteral("Αθηνά Α.Ε."));
        // No data, then an empty company: nothing to show, nothing breaks.
        view->setSnapshot(nullptr);
        QCOMPARE(view->table()->model()->rowCount(), 0);
        QCOMPARE(view->shownCustomer(), -1);
        view->setSearch(QStringLiteral("x"));
        auto empty = std::make_shared<MetricsSnapshot>();
        empty->data = std::make_shared<Dataset>();
        empty->facts = std::make_shared<CustomerFacts>();
        view->setSnapshot(empty);
        QCOMPARE(view->table()->model()->rowCount(), 0);
        QCOMPARE(view->headingText(), QStringLiteral("Every customer · 0 of 0 match the search"));
        const QString path = m_dir.filePath(QStringLiteral("empty.csv"));
        QString error;
        QVERIFY2(view->exportTableTo(path, &error), qPrintable(error));
    }
};

QTEST_MAIN(TestCustomersView)
#include "tst_customersview.moc"
