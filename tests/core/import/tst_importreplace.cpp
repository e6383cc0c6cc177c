// Re-imports that replace (issue 8, defect 5): --replace-all replaces the whole company,
// --replace only the kinds of data given; what went is named in the summary, and customers
// still named by kept rows are never deleted.
#include "importtesthelpers.h"

#include <QtTest>

using namespace acc;
using namespace acc::import;
using namespace acc::import::testing;

class TestImportReplace : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;

    bool openBaseline(Database &db) { return testing::openBaseline(db, m_dir, ++m_serial); }

private slots:
    void replaceAllReplacesTheWholeSet()
    {
        Database db;
        QVERIFY(openBaseline(db));
        ImportOptions options;
        options.replace = Replace::All;
        const ImportReport r = importTexts(
            db, m_dir,
            {{QStringLiteral("orders.csv"), "order_id,customer_id,ordered_on,amount\nO9,C9,2023-03-02,1\n"},
             {QStringLiteral("customers.csv"), "customer_id,name,acquired_on\nC9,Zeta,2023-01-10\n"}},
            options);
        QVERIFY2(r.committed, qPrintable(messages(r.errors()).join(QLatin1Char('\n'))));
        QCOMPARE(count(db, "customers"), 1);
        QCOMPARE(count(db, "orders"), 1);
        QCOMPARE(count(db, "contacts"), 0);
        QCOMPARE(count(db, "feedback"), 0);
        QCOMPARE(count(db, "spend"), 0);
        // the summary names what went: the baseline held 2 customers and 2 orders (replaced by
        // the files), 1 contact, 1 answer and 1 spend row (no file given)
        QCOMPARE(r.files.size(), 2);
        QCOMPARE(r.files[0].kind, FileKind::Customers); // customers are read first
        QCOMPARE(r.files[0].deleted, 2);
        QCOMPARE(r.files[1].deleted, 2);
        QCOMPARE(
            r.deletionSummary(),
            QStringLiteral("customers.csv replaced what was held before (customers: 2); orders.csv replaced "
                           "what was held before (orders: 2); deleted with no file given: contacts: 1, "
                           "answers: 1, spend rows: 1"));

        // a replace that fails leaves the old set in place
        const QString before = snapshot(db);
        const ImportReport bad = importTexts(
            db, m_dir,
            {{QStringLiteral("orders.csv"), "order_id,customer_id,ordered_on,amount\nO1,C9,2023-03-02,x\n"}},
            options);
        QVERIFY(!bad.committed);
        QCOMPARE(snapshot(db), before);
        // with --replace, references to customers only the old set held are errors
        const ImportReport dangling = importTexts(
            db, m_dir,
            {{QStringLiteral("orders.csv"), "order_id,customer_id,ordered_on,amount\nO1,C9,2023-03-02,1\n"}},
            options);
        QCOMPARE(messages(dangling.errors()),
                 QStringList{QStringLiteral(
                     "orders.csv:2: customer_id \"C9\" is neither in customers.csv nor in the database")});
        QCOMPARE(snapshot(db), before);
    }

    void replaceKeepsTheKindsNotGiven()
    {
        Database db;
        QVERIFY(openBaseline(db));
        ImportOptions options;
        options.replace = Replace::GivenKinds;
        // spend.csv alone: the spend is replaced, every customer, order, contact and answer kept
        const ImportReport r =
            importTexts(db, m_dir,
                        {{QStringLiteral("spend.csv"), "month,program,amount\n2023-02,Service desk,20.00\n"
                                                       "2023-03,Service desk,30.00\n"}},
                        options);
        QVERIFY2(r.committed, qPrintable(messages(r.errors()).join(QLatin1Char('\n'))));
        QCOMPARE(count(db, "customers"), 2);
        QCOMPARE(count(db, "orders"), 2);
        QCOMPARE(count(db, "contacts"), 1);
        QCOMPARE(count(db, "feedback"), 1);
        QCOMPARE(count(db, "spend"), 2);
        QCOMPARE(value(db, QStringLiteral("SELECT sum(amount_cents) FROM spend")).toLongLong(), 5000);
        QCOMPARE(r.files[0].added, 2);
        QCOMPARE(r.files[0].deleted, 1);
        QCOMPARE(r.deletionSummary(),
                 QStringLiteral("spend.csv replaced what was held before (spend rows: 1)"));
    }

    void replaceRefusesToOrphanKeptRows()
    {
        Database db;
        QVERIFY(openBaseline(db));
        ImportOptions options;
        options.replace = Replace::GivenKinds;
        const QString before = snapshot(db);
        // customers.csv without C2, whose order O2 is kept: refused, nothing changes
        const ImportReport r = importTexts(
            db, m_dir,
            {{QStringLiteral("customers.csv"), "customer_id,name,acquired_on\nC1,Acme,2023-01-10\n"}},
            options);
        QVERIFY(!r.committed);
        QCOMPARE(
            messages(r.errors()),
            QStringList{QStringLiteral(
                "customers.csv replaces the customers, but leaves out customers that rows still name "
                "(orders: 1; for example C2): give those files too, so they are replaced with it, or use "
                "--replace-all to replace the whole company")});
        QCOMPARE(snapshot(db), before);
        // a new order naming the customer left out is refused the same way
        const ImportReport r2 = importTexts(
            db, m_dir,
            {{QStringLiteral("customers.csv"), "customer_id,name,acquired_on\nC1,Acme,2023-01-10\n"},
             {QStringLiteral("orders.csv"), "order_id,customer_id,ordered_on,amount\nO7,C2,2023-05-01,5\n"}},
            options);
        QVERIFY(!r2.committed);
        QCOMPARE(snapshot(db), before);
    }

    void replaceCustomersWithTheirRows()
    {
        Database db;
        QVERIFY(openBaseline(db));
        const qint64 acmeKey =
            value(db, QStringLiteral("SELECT id FROM customers WHERE customer_id = 'C1'")).toLongLong();
        ImportOptions options;
        options.replace = Replace::GivenKinds;
        // customers and orders without C2: C2 and its order go; C1 keeps its key, so its
        // contact and answer (kinds not given) still name it; the spend is kept
        const ImportReport r = importTexts(
            db, m_dir,
            {{QStringLiteral("customers.csv"), "customer_id,name,acquired_on\nC1,Acme Two,2023-01-10\n"
                                               "C3,Gamma,2023-02-10\n"},
             {QStringLiteral("orders.csv"), "order_id,customer_id,ordered_on,amount\nO3,C3,2023-05-01,5\n"}},
            options);
        QVERIFY2(r.committed, qPrintable(messages(r.errors()).join(QLatin1Char('\n'))));
        QCOMPARE(count(db, "customers"), 2);
        QCOMPARE(
            value(db, QStringLiteral("SELECT group_concat(customer_id, ',') FROM (SELECT customer_id FROM "
                                     "customers ORDER BY customer_id)"))
                .toString(),
            QStringLiteral("C1,C3"));
        QCOMPARE(value(db, QStringLiteral("SELECT id FROM customers WHERE customer_id = 'C1'")).toLongLong(),
                 acmeKey);
        QCOMPARE(count(db, "orders"), 1);
        QCOMPARE(count(db, "contacts"), 1);
        QCOMPARE(count(db, "feedback"), 1);
        QCOMPARE(count(db, "spend"), 1);
        QCOMPARE(
            value(db, QStringLiteral("SELECT count(*) FROM contacts k JOIN customers c ON c.id = k.customer "
                                     "WHERE c.customer_id = 'C1'"))
                .toInt(),
            1);
        QCOMPARE(r.files[0].added, 1);   // C3
        QCOMPARE(r.files[0].updated, 1); // C1
        QCOMPARE(r.files[0].deleted, 1); // C2
        QCOMPARE(r.deletionSummary(),
                 QStringLiteral("customers.csv left out customers held before, deleted "
                                "(customers: 1); orders.csv replaced what was held before "
                                "(orders: 2)"));
    }
};

QTEST_GUILESS_MAIN(TestImportReplace)
#include "tst_importreplace.moc"
