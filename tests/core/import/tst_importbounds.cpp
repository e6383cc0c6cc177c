// The importer's money bounds (docs/import.md): an amount beyond 10,000,000,000.00 either
// way is refused with file:line, and an import after which a table's absolute amounts would
// add up to more than 2^46 x 100 cents (70,368,744,177,664.00) is refused as a whole. Either way
// the database is unchanged.
#include "importtesthelpers.h"

#include <QtTest>

using namespace acc;
using namespace acc::import;
using namespace acc::import::testing;

namespace {

const QByteArray kOrdersHeader = "order_id,customer_id,ordered_on,amount\n";
const QByteArray kSpendHeader = "month,program,amount,segment\n";

// 2^46 x 100 cents = 7,036 x 10,000,000,000.00 + 8,744,177,664.00. Orders B0..B7035 of
// 10,000,000,000.00 (B0 a refund of that size when refundFirst), for customer C1.
QByteArray bigOrders(bool refundFirst = false)
{
    QByteArray out = kOrdersHeader;
    for (int i = 0; i < 7036; ++i)
        out += "B" + QByteArray::number(i) + ",C1,2023-03-01," + (refundFirst && i == 0 ? "-" : "") +
               "10000000000.00\n";
    return out;
}

const QString kTotalError = QStringLiteral(
    "orders.csv: with this import, the amounts of all orders in the database would add up to more than "
    "70,368,744,177,664.00 (negative amounts counted as positive), the largest total Accountable can add "
    "up exactly");

} // namespace

class TestImportBounds : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;

    bool openBaseline(Database &db) { return testing::openBaseline(db, m_dir, ++m_serial); }
    // The baseline company without its two orders (120.50 and -4.99) or its spend, so
    // totals can be worked out from the test's rows alone.
    bool openEmptyTables(Database &db)
    {
        return openBaseline(db) && QSqlQuery(db.connection()).exec(QStringLiteral("DELETE FROM orders")) &&
               QSqlQuery(db.connection()).exec(QStringLiteral("DELETE FROM spend"));
    }

private slots:
    // Exactly 10,000,000,000.00 either way is accepted.
    void largestAmountIsAccepted()
    {
        Database db;
        QVERIFY(openEmptyTables(db));
        const ImportReport r =
            importTexts(db, m_dir,
                        {{QStringLiteral("orders.csv"), kOrdersHeader + "X1,C1,2023-03-01,10000000000.00\n"
                                                                        "X2,C1,2023-03-02,-10000000000\n"},
                         {QStringLiteral("spend.csv"), kSpendHeader + "2023-02,Loyalty,10000000000.0,\n"}});
        QVERIFY2(r.committed, qPrintable(messages(r.errors()).join(QLatin1Char('\n'))));
        QCOMPARE(value(db, QStringLiteral("SELECT sum(amount_cents) FROM orders")).toLongLong(), 0);
        QCOMPARE(value(db, QStringLiteral("SELECT min(amount_cents) FROM orders")).toLongLong(),
                 -1'000'000'000'000);
        QCOMPARE(value(db, QStringLiteral("SELECT amount_cents FROM spend")).toLongLong(), 1'000'000'000'000);
    }

    // One cent more is refused with file:line, as is a value too long for a qint64; the
    // rest of the row's checks still run, and nothing is written.
    void largerAmountsAreRefusedWithTheirLine()
    {
        Database db;
        QVERIFY(openBaseline(db));
        const QString before = snapshot(db);
        const ImportReport r = importTexts(
            db, m_dir,
            {{QStringLiteral("orders.csv"), kOrdersHeader + "X1,C1,2023-03-01,1.00\n"
                                                            "X2,C1,2023-03-01,10000000000.01\n"
                                                            "X3,C1,2023-03-01,-10000000000.01\n"
                                                            "X4,C1,2023-03-01,999999999999999.99\n"
                                                            "X5,C1,2023-03-01,99999999999999999999\n"
                                                            "X6,C1,2023-03-01,1e20\n"},
             {QStringLiteral("spend.csv"), kSpendHeader + "2023-02,Loyalty,12345678901234,\n"}});
        QVERIFY(!r.committed);
        const QString larger = QStringLiteral("is larger than the largest amount Accountable accepts "
                                              "(10,000,000,000.00)");
        QCOMPARE(messages(r.errors()),
                 (QStringList{
                     QStringLiteral("orders.csv:3: amount \"10000000000.01\" ") + larger,
                     QStringLiteral("orders.csv:4: amount \"-10000000000.01\" is smaller than the smallest "
                                    "amount Accountable accepts (-10,000,000,000.00)"),
                     QStringLiteral("orders.csv:5: amount \"999999999999999.99\" ") + larger,
                     QStringLiteral("orders.csv:6: amount \"99999999999999999999\" ") + larger,
                     QStringLiteral("orders.csv:7: amount \"1e20\" is not a decimal number"),
                     QStringLiteral("spend.csv:2: amount \"12345678901234\" ") + larger,
                 }));
        QCOMPARE(snapshot(db), before);
    }

    // Absolute amounts adding up to exactly 2^46 x 100 cents import; one cent more, in a later
    // import, is refused and changes nothing. A refund counts by its size.
    void totalAtTheBoundAndOneCentMore()
    {
        Database db;
        QVERIFY(openEmptyTables(db));
        ImportReport r = importTexts(
            db, m_dir, {{QStringLiteral("orders.csv"), bigOrders(true) + "R,C1,2023-03-02,8744177664.00\n"}});
        QVERIFY2(r.committed, qPrintable(messages(r.errors()).join(QLatin1Char('\n'))));
        // 7,034 x 1e12 + 874,417,766,400 cents as a plain sum
        QCOMPARE(value(db, QStringLiteral("SELECT sum(amount_cents) FROM orders")).toLongLong(),
                 7'034'874'417'766'400);

        const QString before = snapshot(db);
        r = importTexts(db, m_dir,
                        {{QStringLiteral("orders.csv"), kOrdersHeader + "S,C1,2023-03-03,-0.01\n"}});
        QVERIFY(!r.committed);
        QCOMPARE(messages(r.errors()), QStringList{kTotalError});
        QCOMPARE(snapshot(db), before);

        // Replacing a row counts its new amount only: R one cent smaller and a new cent fit.
        r = importTexts(db, m_dir,
                        {{QStringLiteral("orders.csv"), kOrdersHeader + "R,C1,2023-03-02,8744177663.99\n"
                                                                        "S,C1,2023-03-03,0.01\n"}});
        QVERIFY2(r.committed, qPrintable(messages(r.errors()).join(QLatin1Char('\n'))));

        // With --replace only the new rows count.
        ImportOptions replace;
        replace.replace = Replace::All;
        r = importTexts(db, m_dir,
                        {{QStringLiteral("customers.csv"), kCustomers},
                         {QStringLiteral("orders.csv"), kOrdersHeader + "N,C1,2023-03-03,10000000000.00\n"}},
                        replace);
        QVERIFY2(r.committed, qPrintable(messages(r.errors()).join(QLatin1Char('\n'))));
        QCOMPARE(count(db, "orders"), 1);
    }

    // The same bound in a single import, and for spend on its own.
    void spendHasItsOwnTotal()
    {
        Database db;
        QVERIFY(openEmptyTables(db));
        QByteArray spend = kSpendHeader;
        for (int i = 0; i < 7036; ++i)
            spend += "2023-01,P" + QByteArray::number(i) + ",10000000000.00,\n";
        // orders at 2^46 x 100 cents too: each table on its own is fine
        ImportReport r =
            importTexts(db, m_dir,
                        {{QStringLiteral("orders.csv"), bigOrders() + "R,C1,2023-03-02,8744177664.00\n"},
                         {QStringLiteral("spend.csv"), spend + "2023-02,Rest,8744177664.00,\n"}});
        QVERIFY2(r.committed, qPrintable(messages(r.errors()).join(QLatin1Char('\n'))));

        const QString before = snapshot(db);
        r = importTexts(db, m_dir, {{QStringLiteral("spend.csv"), kSpendHeader + "2023-02,More,0.01,SMB\n"}});
        QVERIFY(!r.committed);
        QCOMPARE(messages(r.errors()),
                 QStringList{QStringLiteral(
                     "spend.csv: with this import, the amounts of all spend in the database would add up to "
                     "more than 70,368,744,177,664.00 (negative amounts counted as positive), the largest "
                     "total Accountable can add up exactly")});
        QCOMPARE(snapshot(db), before);
    }

    // Rows a hand-written database may hold beyond any bound: SQLite's sum() or abs()
    // stopping at "integer overflow" is the same refusal, not a database error.
    void overflowInTheDatabaseIsTheSameRefusal()
    {
        Database db;
        QVERIFY(openEmptyTables(db));
        QVERIFY(QSqlQuery(db.connection())
                    .exec(QStringLiteral("INSERT INTO orders (order_id, customer, ordered_on, amount_cents) "
                                         "SELECT 'H1', id, '2023-03-01', -9223372036854775807 - 1 FROM "
                                         "customers WHERE customer_id = 'C1'")));
        const QString before = snapshot(db);
        const ImportReport r = importTexts(
            db, m_dir, {{QStringLiteral("orders.csv"), kOrdersHeader + "X1,C1,2023-03-01,1.00\n"}});
        QVERIFY(!r.committed);
        QCOMPARE(messages(r.errors()), QStringList{kTotalError});
        QCOMPARE(snapshot(db), before);
    }
};

QTEST_GUILESS_MAIN(TestImportBounds)
#include "tst_importbounds.moc"
