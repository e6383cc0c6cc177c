// The importer's write path on SQLite: 32 rows a statement with the customers' keys chosen
// by the writer, a refused row inside a statement named by its line, the id index dropped
// and rebuilt when ids come out of order, and the duplicate-id finder.
#include "importtesthelpers.h"

#include "import/idhash.h"

#include <QtTest>

using namespace acc;
using namespace acc::import;
using namespace acc::import::testing;

class TestImportWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;

    bool openBaseline(Database &db) { return testing::openBaseline(db, m_dir, ++m_serial); }

private slots:
    // Files longer than one multi-row statement (32 rows): every row lands, with the right
    // customer key, on a first load and on a re-import that mixes updates and new rows.
    void bulkRowsKeepTheirCustomers()
    {
        Database db;
        QString error;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("bulk.sqlite")), &error));
        QByteArray customers = "customer_id,name,acquired_on\n";
        for (int c = 0; c < 100; ++c)
            customers += "C" + QByteArray::number(c) + ",Name " + QByteArray::number(c) + ",2023-01-01\n";
        // order o belongs to customer (7 o) mod 100 and is worth o cents
        QByteArray orders = "order_id,customer_id,ordered_on,amount\n";
        for (int o = 0; o < 1000; ++o)
            orders += "O" + QByteArray::number(o) + ",C" + QByteArray::number(7 * o % 100) +
                      ",2023-02-01,0." + QByteArray::number(o % 100).rightJustified(2, '0') + "\n";
        const ImportReport r = importTexts(
            db, m_dir,
            {{QStringLiteral("customers.csv"), customers}, {QStringLiteral("orders.csv"), orders}});
        QVERIFY2(r.committed, qPrintable(messages(r.errors()).join(QLatin1Char('\n'))));
        QCOMPARE(count(db, "customers"), 100);
        QCOMPARE(count(db, "orders"), 1000);
        // 7 o mod 100 = 21 for o = 3, 103, ..., 903 (7 is invertible mod 100): ten orders
        // of 3 cents each
        const QString ofC21 = QStringLiteral(
            "SELECT count(*), sum(o.amount_cents) FROM orders o JOIN customers c ON c.id = o.customer "
            "WHERE c.customer_id = 'C21'");
        QCOMPARE(value(db, ofC21).toInt(), 10);
        QCOMPARE(value(db, QStringLiteral("SELECT sum(o.amount_cents) FROM orders o JOIN customers c ON "
                                          "c.id = o.customer WHERE c.customer_id = 'C21'"))
                     .toInt(),
                 30);
        // every order points at a customer: none is left dangling
        QCOMPARE(
            value(db, QStringLiteral("SELECT count(*) FROM orders o JOIN customers c ON c.id = o.customer"))
                .toInt(),
            1000);

        // re-import: customers C50..C119 (50 updated, 20 new), orders O950..O1049 moved to
        // the new customer C100 + (o mod 20)
        QByteArray again = "customer_id,name,acquired_on\n";
        for (int c = 50; c < 120; ++c)
            again += "C" + QByteArray::number(c) + ",Renamed " + QByteArray::number(c) + ",2023-01-01\n";
        QByteArray moved = "order_id,customer_id,ordered_on,amount\n";
        for (int o = 950; o < 1050; ++o)
            moved +=
                "O" + QByteArray::number(o) + ",C" + QByteArray::number(100 + o % 20) + ",2023-03-01,1\n";
        const ImportReport r2 = importTexts(
            db, m_dir, {{QStringLiteral("customers.csv"), again}, {QStringLiteral("orders.csv"), moved}});
        QVERIFY2(r2.committed, qPrintable(messages(r2.errors()).join(QLatin1Char('\n'))));
        QCOMPARE(r2.files[0].updated, 50);
        QCOMPARE(r2.files[0].added, 20);
        QCOMPARE(r2.files[1].updated, 50);
        QCOMPARE(r2.files[1].added, 50);
        QCOMPARE(count(db, "customers"), 120);
        QCOMPARE(count(db, "orders"), 1050);
        QCOMPARE(value(db, QStringLiteral("SELECT name FROM customers WHERE customer_id = 'C50'")).toString(),
                 QStringLiteral("Renamed 50"));
        QCOMPARE(value(db, QStringLiteral("SELECT name FROM customers WHERE customer_id = 'C49'")).toString(),
                 QStringLiteral("Name 49"));
        // C105 holds the orders o with o mod 20 = 5 in 950..1049: 965, 985, ..., 1045
        QCOMPARE(
            value(db, QStringLiteral("SELECT group_concat(o.order_id, ' ') FROM (SELECT o.order_id FROM "
                                     "orders o JOIN customers c ON c.id = o.customer WHERE c.customer_id "
                                     "= 'C105' ORDER BY o.id) o"))
                .toString(),
            QStringLiteral("O965 O985 O1005 O1025 O1045"));
        // the orders of C21 (3, 103, ..., 903) are all before 950: none moved
        QCOMPARE(value(db, ofC21).toInt(), 10);
        QCOMPARE(value(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    }

    // Ids out of order make a load into an empty table drop the id index and build it at
    // the end; in order, it stays. Either way the index is there afterwards and a repeat
    // across imports is an update.
    void idIndexIsBackWhateverTheOrder()
    {
        for (const bool shuffled : {false, true}) {
            Database db;
            QString error;
            QVERIFY(db.open(m_dir.filePath(QStringLiteral("order%1.sqlite").arg(shuffled)), &error));
            QByteArray orders = "order_id,customer_id,ordered_on,amount\n";
            for (int i = 0; i < 9000; ++i) {
                // 9000 rows: three batches; shuffled, i -> 7i mod 9000 is a permutation
                const int o = shuffled ? 7 * i % 9000 : i;
                orders += "O" + QByteArray::number(o).rightJustified(4, '0') + ",C1,2023-02-01," +
                          QByteArray::number(o) + "\n";
            }
            const ImportReport r = importTexts(
                db, m_dir,
                {{QStringLiteral("customers.csv"), "customer_id,name,acquired_on\nC1,Acme,2023-01-01\n"},
                 {QStringLiteral("orders.csv"), orders}});
            QVERIFY2(r.committed, qPrintable(messages(r.errors()).join(QLatin1Char('\n'))));
            QCOMPARE(count(db, "orders"), 9000);
            // 0 + 1 + ... + 8999 whole units
            QCOMPARE(value(db, QStringLiteral("SELECT sum(amount_cents) FROM orders")).toLongLong(),
                     qint64(8999) * 9000 / 2 * 100);
            QCOMPARE(value(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'orders_order_id'"))
                         .toString(),
                     QStringLiteral("CREATE UNIQUE INDEX orders_order_id ON orders(order_id)"));
            const ImportReport again =
                importTexts(db, m_dir,
                            {{QStringLiteral("orders.csv"),
                              "order_id,customer_id,ordered_on,amount\nO4500,C1,2023-02-01,1\n"}});
            QVERIFY(again.committed);
            QCOMPARE(again.files[0].updated, 1);
            QCOMPARE(count(db, "orders"), 9000);
        }
    }

    // A row the database refuses inside a multi-row statement is named by its line, and
    // nothing of the import stays.
    void databaseRefusalNamesTheRow()
    {
        Database db;
        QVERIFY(openBaseline(db));
        QVERIFY(QSqlQuery(db.connection())
                    .exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON orders WHEN NEW.order_id = "
                                         "'O45' BEGIN SELECT RAISE(ABORT, 'refused by a trigger'); END")));
        const QString before = snapshot(db);
        QByteArray orders = "order_id,customer_id,ordered_on,amount\n";
        for (int o = 10; o < 110; ++o)
            orders += "O" + QByteArray::number(o) + ",C1,2023-02-01,1\n";
        const ImportReport r = importTexts(db, m_dir, {{QStringLiteral("orders.csv"), orders}});
        QVERIFY(!r.committed);
        // O10 is on line 2, so O45 on line 37
        QCOMPARE(messages(r.errors()),
                 QStringList{QStringLiteral("orders.csv:37: database error: refused by a trigger")});
        QCOMPARE(snapshot(db), before);
    }

    // Ids in file order take no hash until one comes out of order; repeats are found either way.
    void seenKeysFindRepeatsInAnyOrder()
    {
        SeenKeys keys;
        QCOMPARE(keys.insert("ORD-0009", 2), std::nullopt);
        QCOMPARE(keys.insert("ORD-0010", 3), std::nullopt);
        QCOMPARE(keys.insert("ORD-0010", 4), std::optional<quint32>(3)); // equal: not after
        QCOMPARE(keys.insert("ORD-0009", 5), std::optional<quint32>(2));
        QCOMPARE(keys.insert("ORD-0001", 6), std::nullopt);
        QCOMPARE(keys.insert("ORD-0001", 7), std::optional<quint32>(6));

        SeenKeys numbers; // unpadded numbers ascend shortest first: no false repeat
        QCOMPARE(numbers.insert("9", 2), std::nullopt);
        QCOMPARE(numbers.insert("10", 3), std::nullopt);
        QCOMPARE(numbers.insert("11", 4), std::nullopt);
        QCOMPARE(numbers.insert("100", 5), std::nullopt);
        QCOMPARE(numbers.insert("10", 6), std::optional<quint32>(3));

        // through the importer: 50 ordered ids, then a repeat of the fourth
        Database db;
        QVERIFY(openBaseline(db));
        const QString before = snapshot(db);
        QByteArray orders = "order_id,customer_id,ordered_on,amount\n";
        for (int o = 100; o < 150; ++o)
            orders += "O" + QByteArray::number(o) + ",C1,2023-02-01,1\n";
        orders += "O103,C2,2023-02-01,1\n";
        const ImportReport r = importTexts(db, m_dir, {{QStringLiteral("orders.csv"), orders}});
        QCOMPARE(
            messages(r.errors()),
            QStringList{QStringLiteral(
                "orders.csv:52: order_id \"O103\" appears more than once in this file (first on line 5)")});
        QCOMPARE(snapshot(db), before);
    }
};

QTEST_GUILESS_MAIN(TestImportWriter)
#include "tst_importwriter.moc"
