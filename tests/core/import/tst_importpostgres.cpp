// The importer on a real PostgreSQL server (COPY into empty tables, QSqlQuery upserts): a whole set, a
// re-import, a rejected file that changes nothing, a replace, and the money total bound.
#include "import/importwriter.h"
#include "importtesthelpers.h"
#include "pgserver.h"
#include "storage/roles.h"

#include <QtTest>

using namespace acc;
using namespace acc::import;
using namespace acc::import::testing;

class TestImportPostgres : public QObject
{
    Q_OBJECT

    test::PgServer m_server{55900 + (::getpid() % 90)};
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        const QString problem = m_server.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void importsRejectsAndReplaces()
    {
        Database db;
        QString error;
        QVERIFY2(db.open(m_server.createDatabase(QStringLiteral("company")), &error), qPrintable(error));
        QCOMPARE(db.backend(), Database::Backend::PostgreSQL);
        // PostgreSQL keeps the customer indexes that schema 3 drops on SQLite (--replace
        // deletes customers after their rows, and each cascade looks the rows up)
        QCOMPARE(value(db, QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname IN "
                                          "('orders_customer', 'contacts_customer', 'feedback_customer')"))
                     .toInt(),
                 3);
        const ImportReport r = importTexts(
            db, m_dir,
            {{QStringLiteral("orders.csv"),
              "order_id,customer_id,ordered_on,amount,category\n"
              "O1,C1,2023-03-01,120.50,Hardware\nO2,C2,2023-04-01T10:00Z,-4.99,\n"},
             {QStringLiteral("customers.csv"), "customer_id,name,acquired_on,lost_on,loss_reason,stage\n"
                                               "C1,東京トレーディング株式会社,2023-01-10,,,Client\n"
                                               "C2,Beta,2023-02-01,2024-01-15,,\n"},
             {QStringLiteral("contacts.csv"),
              "contact_id,customer_id,occurred_on,category,touchpoint,complaint\n"
              "K1,C1,2023-05-01,Rescue,Delivery problem,yes\n"},
             {QStringLiteral("feedback.csv"),
              "response_id,customer_id,responded_on,score\nR1,C2,2023-06-01,0\n"},
             {QStringLiteral("spend.csv"), "month,program,amount,segment\n2023-01,Loyalty,1500,\n"}});
        QVERIFY2(r.committed, qPrintable(messages(r.errors()).join(QLatin1Char('\n'))));
        QCOMPARE(messages(r.warnings()),
                 QStringList{QStringLiteral("customers.csv:3: lost_on \"2024-01-15\" has no loss_reason; "
                                            "imported with the reason \"Unknown\"")});
        QCOMPARE(count(db, "customers"), 2);
        QCOMPARE(count(db, "orders"), 2);
        QCOMPARE(value(db, QStringLiteral("SELECT sum(amount_cents) FROM orders")).toLongLong(), 11551);
        QCOMPARE(value(db, QStringLiteral("SELECT name FROM customers WHERE customer_id = 'C1'")).toString(),
                 QStringLiteral("東京トレーディング株式会社"));
        QCOMPARE(value(db, QStringLiteral("SELECT stage FROM customers WHERE customer_id = 'C1'")).toString(),
                 QStringLiteral("client"));
        QCOMPARE(readDate(value(db, QStringLiteral("SELECT ordered_on FROM orders WHERE order_id = 'O2'"))),
                 QDate(2023, 4, 1));
        QCOMPARE(value(db, QStringLiteral("SELECT c.customer_id FROM feedback f JOIN customers c ON c.id = "
                                          "f.customer"))
                     .toString(),
                 QStringLiteral("C2"));

        const ImportReport again =
            importTexts(db, m_dir,
                        {{QStringLiteral("orders.csv"),
                          "order_id,customer_id,ordered_on,amount\nO1,C2,2023-03-01,1\nO3,C1,"
                          "2023-03-01,2\n"}});
        QVERIFY(again.committed);
        QCOMPARE(again.files[0].added, 1);
        QCOMPARE(again.files[0].updated, 1);
        QCOMPARE(count(db, "orders"), 3);

        const QString before = snapshot(db);
        const ImportReport bad = importTexts(
            db, m_dir,
            {{QStringLiteral("customers.csv"), "customer_id,name,acquired_on\nC9,Zeta,2023-01-01\n"},
             {QStringLiteral("orders.csv"),
              "order_id,customer_id,ordered_on,amount\nO9,C9,2023-03-01,\"12,5O\"\n"}});
        QCOMPARE(messages(bad.errors()),
                 QStringList{QStringLiteral("orders.csv:2: amount \"12,5O\" is not a decimal number")});
        QCOMPARE(snapshot(db), before);

        // --replace with customers.csv alone: the customers it leaves out still have orders
        // and contacts there, so it is refused and nothing changes.
        ImportOptions kinds;
        kinds.replace = Replace::GivenKinds;
        const QString beforeKinds = snapshot(db);
        const ImportReport refused = importTexts(
            db, m_dir,
            {{QStringLiteral("customers.csv"), "customer_id,name,acquired_on\nC9,Zeta,2023-01-01\n"}}, kinds);
        QVERIFY(!refused.committed);
        QCOMPARE(snapshot(db), beforeKinds);
        // --replace spend.csv replaces the spend only.
        const qint64 customersBefore = count(db, "customers");
        const ImportReport spend = importTexts(
            db, m_dir, {{QStringLiteral("spend.csv"), "month,program,amount\n2024-02,Service desk,10.00\n"}},
            kinds);
        QVERIFY2(spend.committed, qPrintable(messages(spend.errors()).join(QLatin1Char('\n'))));
        QCOMPARE(count(db, "customers"), customersBefore);
        QCOMPARE(count(db, "spend"), 1);

        ImportOptions replace;
        replace.replace = Replace::All;
        const ImportReport replaced = importTexts(
            db, m_dir,
            {{QStringLiteral("customers.csv"), "customer_id,name,acquired_on\nC9,Zeta,2023-01-01\n"}},
            replace);
        QVERIFY2(replaced.committed, qPrintable(messages(replaced.errors()).join(QLatin1Char('\n'))));
        QCOMPARE(count(db, "customers"), 1);
        QCOMPARE(count(db, "orders"), 0);
        QCOMPARE(count(db, "spend"), 0);
    }

    // The company total on PostgreSQL, whose sum of a bigint is a numeric and whose abs()
    // of the smallest bigint fails with 22003: 2^46 x 100 cents is fine, a cent more or a row no
    // import would accept is refused, and nothing changes.
    // COPY's text format on hostile texts: a backslash, a tab, a quoted line break and "\N"
    // arrive as written; an empty optional text stays empty, a missing date NULL; the
    // customers' sequence goes on after the keys the import chose.
    void copyKeepsEveryTextAsWritten()
    {
        Database db;
        QString error;
        QVERIFY2(db.open(m_server.createDatabase(QStringLiteral("copytexts")), &error), qPrintable(error));
        QVERIFY(ImportWriter(db).streams()); // the COPY path, not row by row
        const ImportReport r = importTexts(
            db, m_dir,
            {{QStringLiteral("customers.csv"), "customer_id,name,acquired_on,lost_on,loss_reason\n"
                                               "C1,Back\\slash \\N and\ttab,2023-01-10,,\n"
                                               "C2,\"Two\nlines\",2023-02-01,2024-01-15,Price\n"},
             {QStringLiteral("orders.csv"), "order_id,customer_id,ordered_on,amount,category\n"
                                            "O1,C2,2023-03-01,120.50,\n"
                                            "O0,C1,2023-03-02,1.00,\n"}});
        QVERIFY2(r.committed, qPrintable(messages(r.errors()).join(QLatin1Char('\n'))));
        QCOMPARE(value(db, QStringLiteral("SELECT name FROM customers WHERE customer_id = 'C1'")).toString(),
                 QStringLiteral("Back\\slash \\N and\ttab"));
        QCOMPARE(value(db, QStringLiteral("SELECT name FROM customers WHERE customer_id = 'C2'")).toString(),
                 QStringLiteral("Two\nlines"));
        QVERIFY(value(db, QStringLiteral("SELECT lost_on FROM customers WHERE customer_id = 'C1'")).isNull());
        QCOMPARE(value(db, QStringLiteral(
                               "SELECT c.customer_id FROM orders o JOIN customers c ON c.id = o.customer "
                               "WHERE o.order_id = 'O1'"))
                     .toString(),
                 QStringLiteral("C2"));
        // The ids the import chose follow the file, as the sequence would have given them.
        QCOMPARE(value(db, QStringLiteral("SELECT string_agg(order_id || '=' || id, ' ' ORDER BY id) FROM "
                                          "orders"))
                     .toString(),
                 QStringLiteral("O1=1 O0=2"));
        // The keys, indexes and foreign keys set aside for the load are back.
        QCOMPARE(
            value(db, QStringLiteral("SELECT string_agg(contype::text, '' ORDER BY contype) FROM "
                                     "pg_constraint WHERE conrelid = 'orders'::regclass AND contype <> 'c'"))
                .toString(),
            QStringLiteral("fpu"));
        QCOMPARE(
            value(db, QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = 'orders_customer'"))
                .toInt(),
            1);
        QCOMPARE(
            value(db, QStringLiteral("SELECT count(*) FROM pg_constraint WHERE conrelid = 'orders'::regclass "
                                     "AND contype = 'f'"))
                .toInt(),
            1);
        QSqlQuery q(db.connection());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO orders (order_id, customer, ordered_on, amount_cents) "
                                       "VALUES ('X', 999, '2024-01-01', 1)"))); // no customer 999
        QVERIFY(q.exec(QStringLiteral("INSERT INTO customers (customer_id, name, acquired_on) "
                                      "VALUES ('C3', 'Later', '2024-01-01') RETURNING id")) &&
                q.next());
        QCOMPARE(q.value(0).toLongLong(), 3); // after the two keys the import chose
        QVERIFY(q.exec(QStringLiteral("INSERT INTO orders (order_id, customer, ordered_on, amount_cents) "
                                      "VALUES ('O2', 3, '2024-01-01', 1) RETURNING id")) &&
                q.next());
        QCOMPARE(q.value(0).toLongLong(), 4); // the orders' sequence too (3 went to the refused 'X')
        QVERIFY(
            !q.exec(QStringLiteral("INSERT INTO orders (id, order_id, customer, ordered_on, amount_cents) "
                                   "VALUES (4, 'O3', 3, '2024-01-01', 1)"))); // the primary key holds
    }

    // A re-import into tables that hold rows: COPY into a temporary table, one merge. New
    // customers get the next keys and the rows of the same import name them; a row the
    // file leaves as it was is not rewritten; the sequence goes on after the new keys. A
    // role that may not make temporary tables upserts row by row, with the same result.
    void reimportMergesThroughAStagingTable()
    {
        const QString spec = m_server.createDatabase(QStringLiteral("reimport"));
        Database db;
        QString error;
        QVERIFY2(db.open(spec, &error), qPrintable(error));
        ImportReport r = importTexts(
            db, m_dir,
            {{QStringLiteral("customers.csv"),
              "customer_id,name,acquired_on\nC1,Acme,2023-01-01\nC2,Beta,2023-01-02\n"},
             {QStringLiteral("orders.csv"), "order_id,customer_id,ordered_on,amount\nO1,C1,2023-03-01,10.00\n"
                                            "O2,C2,2023-03-02,20.00\n"}});
        QVERIFY2(r.committed, qPrintable(messages(r.errors()).join(QLatin1Char('\n'))));
        const auto version = [&](const char *order) {
            return value(db, QStringLiteral("SELECT xmin::text FROM orders WHERE order_id = '%1'")
                                 .arg(QLatin1String(order)))
                .toString();
        };
        const QString o1 = version("O1");
        const QString o2 = version("O2");
        r = importTexts(
            db, m_dir,
            {{QStringLiteral("customers.csv"), "customer_id,name,acquired_on\nC1,Acme,2023-01-01\n"
                                               "C2,Beta Renamed,2023-01-02\nC3,Gamma,2023-02-01\n"},
             {QStringLiteral("orders.csv"), "order_id,customer_id,ordered_on,amount\n"
                                            "O1,C1,2023-03-01,10.00\nO2,C2,2023-03-02,25.00\n"
                                            "O3,C3,2023-03-03,5.00\n"}});
        QVERIFY2(r.committed, qPrintable(messages(r.errors()).join(QLatin1Char('\n'))));
        QCOMPARE(r.files[0].added, 1);
        QCOMPARE(r.files[0].updated, 2);
        QCOMPARE(r.files[1].added, 1);
        QCOMPARE(r.files[1].updated, 2);
        QCOMPARE(value(db, QStringLiteral(
                               "SELECT string_agg(customer_id || '=' || id || ':' || name, ' ' ORDER BY "
                               "id) FROM customers"))
                     .toString(),
                 QStringLiteral("C1=1:Acme C2=2:Beta Renamed C3=3:Gamma"));
        QCOMPARE(value(db, QStringLiteral(
                               "SELECT string_agg(o.order_id || '>' || c.customer_id || ':' || "
                               "o.amount_cents, ' ' ORDER BY o.order_id) FROM orders o JOIN customers c "
                               "ON c.id = o.customer"))
                     .toString(),
                 QStringLiteral("O1>C1:1000 O2>C2:2500 O3>C3:500"));
        QCOMPARE(version("O1"), o1);  // as it was: not rewritten
        QVERIFY(version("O2") != o2); // changed
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO customers (customer_id, name, acquired_on) VALUES ('C4', "
                                      "'Later', '2024-01-01') RETURNING id")) &&
                q.next());
        QCOMPARE(q.value(0).toLongLong(), 4); // after the key the import chose
        QVERIFY(q.exec(QStringLiteral("DELETE FROM customers WHERE customer_id = 'C4'")));

        // A clerk who may write the tables but not make temporary ones.
        QVERIFY2(roles::grant(db, QStringLiteral("clerk"), roles::Access::ReadWrite, &error),
                 qPrintable(error));
        QVERIFY(q.exec(QStringLiteral("REVOKE TEMPORARY ON DATABASE reimport FROM PUBLIC")));
        Database clerk;
        QVERIFY2(
            clerk.open(QString(spec).replace(QLatin1String("postgres@"), QLatin1String("clerk@")), &error),
            qPrintable(error));
        QVERIFY(!QSqlQuery(clerk.connection()).exec(QStringLiteral("CREATE TEMP TABLE t (x int)")));
        r = importTexts(clerk, m_dir,
                        {{QStringLiteral("orders.csv"), "order_id,customer_id,ordered_on,amount\n"
                                                        "O1,C1,2023-03-01,11.00\nO4,C3,2023-03-04,1.00\n"}});
        QVERIFY2(r.committed, qPrintable(messages(r.errors()).join(QLatin1Char('\n'))));
        QCOMPARE(r.files[0].added, 1);
        QCOMPARE(r.files[0].updated, 1);
        QCOMPARE(value(db, QStringLiteral(
                               "SELECT string_agg(o.order_id || '>' || c.customer_id || ':' || "
                               "o.amount_cents, ' ' ORDER BY o.order_id) FROM orders o JOIN customers c "
                               "ON c.id = o.customer"))
                     .toString(),
                 QStringLiteral("O1>C1:1100 O2>C2:2500 O3>C3:500 O4>C3:100"));
    }

    void moneyTotalBound()
    {
        Database db;
        QString error;
        QVERIFY2(db.open(m_server.createDatabase(QStringLiteral("bounds")), &error), qPrintable(error));
        ImportReport r = importTexts(
            db, m_dir,
            {{QStringLiteral("customers.csv"), "customer_id,name,acquired_on\nC1,Acme,2023-01-01\n"},
             {QStringLiteral("orders.csv"),
              "order_id,customer_id,ordered_on,amount\nO1,C1,2023-03-01,1.00\n"}});
        QVERIFY2(r.committed, qPrintable(messages(r.errors()).join(QLatin1Char('\n'))));
        // By hand, 2^46 x 100 cents - 100 cents: with O1's 100 cents exactly 2^46 x 100 cents.
        QVERIFY(QSqlQuery(db.connection())
                    .exec(QStringLiteral("INSERT INTO orders (order_id, customer, ordered_on, amount_cents) "
                                         "SELECT 'H1', id, '2023-03-01', 7036874417766300 FROM customers")));
        r = importTexts(db, m_dir,
                        {{QStringLiteral("orders.csv"),
                          "order_id,customer_id,ordered_on,amount\nO1,C1,2023-03-01,-1\n"}});
        QVERIFY2(r.committed, qPrintable(messages(r.errors()).join(QLatin1Char('\n'))));

        const QString tooMuch = QStringLiteral(
            "orders.csv: with this import, the amounts of all orders in the database would add up to more "
            "than "
            "70,368,744,177,664.00 (negative amounts counted as positive), the largest total Accountable can "
            "add up exactly");
        QString before = snapshot(db);
        r = importTexts(db, m_dir,
                        {{QStringLiteral("orders.csv"),
                          "order_id,customer_id,ordered_on,amount\nO2,C1,2023-03-01,0.01\n"}});
        QCOMPARE(messages(r.errors()), QStringList{tooMuch});
        QCOMPARE(snapshot(db), before);

        QVERIFY(QSqlQuery(db.connection())
                    .exec(QStringLiteral(
                        "UPDATE orders SET amount_cents = -9223372036854775808 WHERE order_id = 'H1'")));
        before = snapshot(db);
        r = importTexts(db, m_dir,
                        {{QStringLiteral("orders.csv"),
                          "order_id,customer_id,ordered_on,amount\nO2,C1,2023-03-01,0.01\n"}});
        QCOMPARE(messages(r.errors()), QStringList{tooMuch});
        QCOMPARE(snapshot(db), before);
    }
};

QTEST_GUILESS_MAIN(TestImportPostgres)
#include "tst_importpostgres.moc"
