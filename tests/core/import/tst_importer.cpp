#include "importtesthelpers.h"

#include <QtTest>

using namespace acc;
using namespace acc::import;
using namespace acc::import::testing;

class TestImporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;

    bool openBaseline(Database &db) { return testing::openBaseline(db, m_dir, ++m_serial); }

private slots:
    void baselineImportsEveryFile()
    {
        Database db;
        QVERIFY(openBaseline(db));
        QCOMPARE(count(db, "customers"), 2);
        QCOMPARE(count(db, "orders"), 2);
        QCOMPARE(count(db, "contacts"), 1);
        QCOMPARE(count(db, "feedback"), 1);
        QCOMPARE(count(db, "spend"), 1);
        QCOMPARE(
            value(db, QStringLiteral("SELECT amount_cents FROM orders WHERE order_id = 'O1'")).toLongLong(),
            12050);
        QCOMPARE(
            value(db, QStringLiteral("SELECT amount_cents FROM orders WHERE order_id = 'O2'")).toLongLong(),
            -499);
        QVERIFY(value(db, QStringLiteral("SELECT category FROM orders WHERE order_id = 'O2'")).isNull());
        QCOMPARE(value(db, QStringLiteral("SELECT complaint FROM contacts")).toInt(), 1);
        QCOMPARE(value(db, QStringLiteral("SELECT resolved_on FROM contacts")).toString(),
                 QStringLiteral("2023-05-03"));
        QCOMPARE(value(db, QStringLiteral("SELECT comment FROM feedback")).toString(),
                 QStringLiteral("Great, thanks"));
        QCOMPARE(value(db, QStringLiteral("SELECT segment FROM spend")).toString(), QString());
        QCOMPARE(value(db, QStringLiteral("SELECT month FROM spend")).toString(), QStringLiteral("2023-01"));
        QCOMPARE(value(db, QStringLiteral(
                               "SELECT c.customer_id FROM orders o JOIN customers c ON c.id = o.customer "
                               "WHERE o.order_id = 'O2'"))
                     .toString(),
                 QStringLiteral("C2"));
    }

    // One violating file per DATA.md rule: the message (file, line, column, value and what
    // was expected) and an unchanged database.
    void violations_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("dateFormat");
        QTest::addColumn<QStringList>("expected");

        const QByteArray ch = "customer_id,name,acquired_on,lost_on,loss_reason,won_back_on,stage\n";
        auto row = [](const char *name, const char *file, const QByteArray &content, QStringList expected,
                      const char *dateFormat = "") {
            QTest::newRow(name) << QString::fromLatin1(file) << content << QString::fromLatin1(dateFormat)
                                << expected;
        };
        // customers
        row("customers: required column missing", "customers.csv", "customer_id,acquired_on\nC7,2023-01-01\n",
            {QStringLiteral("customers.csv:1: the required column name is missing; customers.csv needs "
                            "customer_id, name, acquired_on")});
        row("customers: customer_id empty", "customers.csv", ch + ",Gamma,2023-01-01,,,,\n",
            {QStringLiteral("customers.csv:2: customer_id is empty; a value is required")});
        row("customers: name empty", "customers.csv", ch + "C7,  ,2023-01-01,,,,\n",
            {QStringLiteral("customers.csv:2: name is empty; a value is required")});
        row("customers: acquired_on empty", "customers.csv", ch + "C7,Gamma,,,,,\n",
            {QStringLiteral("customers.csv:2: acquired_on is empty; a value is required")});
        row("customers: acquired_on not a date", "customers.csv", ch + "C7,Gamma,2023-02-30,,,,\n",
            {QStringLiteral("customers.csv:2: acquired_on \"2023-02-30\" is not a date written YYYY-MM-DD")});
        row("customers: date in another format", "customers.csv", ch + "C7,Gamma,01.02.2023,,,,\n",
            {QStringLiteral("customers.csv:2: acquired_on \"01.02.2023\" is not a date written YYYY-MM-DD")});
        row("customers: user date format", "customers.csv", ch + "C7,Gamma,2023-02-01,,,,\n",
            {QStringLiteral("customers.csv:2: acquired_on \"2023-02-01\" is not a date written dd.MM.yyyy")},
            "dd.MM.yyyy");
        row("customers: lost_on before acquired_on", "customers.csv",
            ch + "C7,Gamma,2023-05-01,2023-04-30,Price,,\n",
            {QStringLiteral("customers.csv:2: lost_on \"2023-04-30\" is before acquired_on \"2023-05-01\"")});
        row("customers: won_back_on equal to lost_on", "customers.csv",
            ch + "C7,Gamma,2023-01-01,2023-06-01,Price,2023-06-01,\n",
            {QStringLiteral(
                "customers.csv:2: won_back_on \"2023-06-01\" is not after lost_on \"2023-06-01\"")});
        row("customers: won_back_on before lost_on", "customers.csv",
            ch + "C7,Gamma,2023-01-01,2023-06-01,Price,2023-05-01,\n",
            {QStringLiteral(
                "customers.csv:2: won_back_on \"2023-05-01\" is not after lost_on \"2023-06-01\"")});
        row("customers: won_back_on without lost_on", "customers.csv",
            ch + "C7,Gamma,2023-01-01,,,2023-05-01,\n",
            {QStringLiteral(
                "customers.csv:2: won_back_on \"2023-05-01\" is set but lost_on is empty; a customer "
                "is won back only after being lost")});
        row("customers: loss_reason without lost_on", "customers.csv",
            ch + "C7,Gamma,2023-01-01,, Price ,,\n",
            {QStringLiteral(
                "customers.csv:2: loss_reason \"Price\" is set but lost_on is empty; a reason needs "
                "the day the customer was lost")});
        row("customers: stage not a stage", "customers.csv", ch + "C7,Gamma,2023-01-01,,,,loyal\n",
            {QStringLiteral("customers.csv:2: stage \"loyal\" is not one of: suspect, prospect, first_time, "
                            "repeat, client, advocate, lapsed")});
        row("customers: duplicate id", "customers.csv",
            ch + "C7,Gamma,2023-01-01,,,,\nC8,Delta,2023-01-01,,,,\nC7,Gamma again,2023-01-01,,,,\n",
            {QStringLiteral(
                "customers.csv:4: customer_id \"C7\" appears more than once in this file (first on "
                "line 2)")});
        // orders
        const QByteArray oh = "order_id,customer_id,ordered_on,amount\n";
        row("orders: amount with a comma", "orders.csv", oh + "O7,C1,2023-01-01,\"12,5O\"\n",
            {QStringLiteral("orders.csv:2: amount \"12,5O\" is not a decimal number")});
        row("orders: amount +5", "orders.csv", oh + "O7,C1,2023-01-01,+5\n",
            {QStringLiteral("orders.csv:2: amount \"+5\" is not a decimal number")});
        row("orders: amount .5", "orders.csv", oh + "O7,C1,2023-01-01,.5\n",
            {QStringLiteral("orders.csv:2: amount \".5\" is not a decimal number")});
        row("orders: amount 1,234.00", "orders.csv", oh + "O7,C1,2023-01-01,\"1,234.00\"\n",
            {QStringLiteral("orders.csv:2: amount \"1,234.00\" is not a decimal number")});
        row("orders: amount with 3 decimals", "orders.csv", oh + "O7,C1,2023-01-01,1.005\n",
            {QStringLiteral("orders.csv:2: amount \"1.005\" is not a decimal number")});
        row("orders: amount empty", "orders.csv", oh + "O7,C1,2023-01-01,\n",
            {QStringLiteral("orders.csv:2: amount is empty; a value is required")});
        row("orders: unknown customer", "orders.csv", oh + "O7,C404,2023-01-01,5\n",
            {QStringLiteral(
                "orders.csv:2: customer_id \"C404\" is neither in customers.csv nor in the database")});
        row("orders: ordered_on column missing", "orders.csv", "order_id,customer_id,amount\nO7,C1,5\n",
            {QStringLiteral(
                "orders.csv:1: the required column ordered_on is missing; orders.csv needs order_id, "
                "customer_id, ordered_on, amount")});
        row("orders: duplicate id", "orders.csv", oh + "O7,C1,2023-01-01,5\nO7,C2,2023-01-02,6\n",
            {QStringLiteral(
                "orders.csv:3: order_id \"O7\" appears more than once in this file (first on line 2)")});
        row("orders: ragged row", "orders.csv", oh + "O7,C1,2023-01-01\n",
            {QStringLiteral("orders.csv:2: the row has 3 fields; the header has 4")});
        row("orders: column named twice", "orders.csv",
            "order_id,customer_id,ordered_on,amount,Amount\nO7,C1,2023-01-01,5,6\n",
            {QStringLiteral(
                "orders.csv:1: the column amount appears more than once in the header (columns 4 and "
                "5)")});
        // contacts
        const QByteArray kh =
            "contact_id,customer_id,occurred_on,category,touchpoint,complaint,resolved_on\n";
        row("contacts: category not a category", "contacts.csv",
            kh + "K7,C1,2023-01-01,complaint,Billing,,\n",
            {QStringLiteral("contacts.csv:2: category \"complaint\" is not one of: rescue, revenue, request, "
                            "relationship")});
        row("contacts: touchpoint empty", "contacts.csv", kh + "K7,C1,2023-01-01,rescue,,,\n",
            {QStringLiteral("contacts.csv:2: touchpoint is empty; a value is required")});
        row("contacts: complaint not a boolean", "contacts.csv",
            kh + "K7,C1,2023-01-01,rescue,Billing,maybe,\n",
            {QStringLiteral(
                "contacts.csv:2: complaint \"maybe\" is not a yes/no value (true/false, yes/no, 1/0 "
                "or y/n)")});
        row("contacts: resolved before occurred", "contacts.csv",
            kh + "K7,C1,2023-01-05,rescue,Billing,y,2023-01-04\n",
            {QStringLiteral(
                "contacts.csv:2: resolved_on \"2023-01-04\" is before occurred_on \"2023-01-05\"")});
        row("contacts: unknown customer", "contacts.csv", kh + "K7,C9,2023-01-05,rescue,Billing,y,\n",
            {QStringLiteral(
                "contacts.csv:2: customer_id \"C9\" is neither in customers.csv nor in the database")});
        row("contacts: duplicate id", "contacts.csv",
            kh + "K7,C1,2023-01-05,rescue,Billing,y,\nK7,C1,2023-01-05,rescue,Billing,y,\n",
            {QStringLiteral(
                "contacts.csv:3: contact_id \"K7\" appears more than once in this file (first on line "
                "2)")});
        // feedback
        const QByteArray fh = "response_id,customer_id,responded_on,score\n";
        row("feedback: score 7.0", "feedback.csv", fh + "R7,C1,2023-01-01,7.0\n",
            {QStringLiteral("feedback.csv:2: score \"7.0\" is not a whole number from 0 to 10")});
        row("feedback: score 11", "feedback.csv", fh + "R7,C1,2023-01-01,11\n",
            {QStringLiteral("feedback.csv:2: score \"11\" is not a whole number from 0 to 10")});
        row("feedback: score -1", "feedback.csv", fh + "R7,C1,2023-01-01,-1\n",
            {QStringLiteral("feedback.csv:2: score \"-1\" is not a whole number from 0 to 10")});
        row("feedback: responded_on empty", "feedback.csv", fh + "R7,C1,,5\n",
            {QStringLiteral("feedback.csv:2: responded_on is empty; a value is required")});
        row("feedback: unknown customer", "feedback.csv", fh + "R7,CX,2023-01-01,5\n",
            {QStringLiteral(
                "feedback.csv:2: customer_id \"CX\" is neither in customers.csv nor in the database")});
        row("feedback: duplicate id", "feedback.csv", fh + "R7,C1,2023-01-01,5\nR7,C1,2023-01-01,5\n",
            {QStringLiteral(
                "feedback.csv:3: response_id \"R7\" appears more than once in this file (first on "
                "line 2)")});
        // spend
        const QByteArray sh = "month,program,amount,segment\n";
        row("spend: month not YYYY-MM", "spend.csv", sh + "2024-13,Loyalty,5,\n",
            {QStringLiteral("spend.csv:2: month \"2024-13\" is not a month written YYYY-MM")});
        row("spend: month as a date", "spend.csv", sh + "2024-01-01,Loyalty,5,\n",
            {QStringLiteral("spend.csv:2: month \"2024-01-01\" is not a month written YYYY-MM")});
        row("spend: program empty", "spend.csv", sh + "2024-01,,5,\n",
            {QStringLiteral("spend.csv:2: program is empty; a value is required")});
        row("spend: amount", "spend.csv", sh + "2024-01,Loyalty,5.5.5,\n",
            {QStringLiteral("spend.csv:2: amount \"5.5.5\" is not a decimal number")});
        row("spend: duplicate key", "spend.csv", sh + "2024-01,Loyalty,5,SMB\n2024-01,Loyalty,7,SMB\n",
            {QStringLiteral(
                "spend.csv:3: month \"2024-01\", program \"Loyalty\" and segment \"SMB\" appear more "
                "than once in this file (first on line 2)")});
        // whole files
        row("empty file", "orders.csv", "",
            {QStringLiteral("orders.csv: the file is empty; expected a header row naming the columns")});
        row("unrecognizable header", "data.csv", "a,b,c\n1,2,3\n",
            {QStringLiteral(
                "data.csv:1: cannot tell which file this is: its header has the required columns of "
                "none of customers.csv (customer_id, name, acquired_on); orders.csv (order_id, "
                "customer_id, ordered_on, amount); contacts.csv (contact_id, customer_id, occurred_on, "
                "category, touchpoint); feedback.csv (response_id, customer_id, responded_on, score); "
                "spend.csv (month, program, amount)")});
        row("invalid UTF-8", "customers.csv", ch + "C7,Caf\xE9,2023-01-01,,,,\n",
            {QStringLiteral(
                "customers.csv:2: name holds a byte that is not UTF-8 (0xE9); save the file as UTF-8")});
        row("NUL byte", "customers.csv", ch + QByteArray("C7,Ga\0mma,2023-01-01,,,,\n", 25),
            {QStringLiteral("customers.csv:2: name holds a NUL byte, which no text contains")});
        // several errors in one file: all collected, in order
        row("all errors collected", "orders.csv", oh + "O7,C1,2023-01-01,5\nO8,,x,y\nO9,C1,2023-01-01,1\n",
            {QStringLiteral("orders.csv:3: customer_id is empty; a value is required"),
             QStringLiteral("orders.csv:3: ordered_on \"x\" is not a date written YYYY-MM-DD"),
             QStringLiteral("orders.csv:3: amount \"y\" is not a decimal number")});
    }

    void violations()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, dateFormat);
        QFETCH(QStringList, expected);
        Database db;
        QVERIFY(openBaseline(db));
        const QString before = snapshot(db);
        ImportOptions options;
        options.dateFormat = dateFormat;
        const ImportReport r = importTexts(db, m_dir, {{file, content}}, options);
        QCOMPARE(messages(r.errors()), expected);
        QCOMPARE(r.errorCount(), expected.size());
        QVERIFY(!r.committed);
        QCOMPARE(snapshot(db), before);
    }

    void errorsInOneFileWriteNothingFromTheOthers()
    {
        Database db;
        QVERIFY(openBaseline(db));
        const QString before = snapshot(db);
        const ImportReport r = importTexts(
            db, m_dir,
            {{QStringLiteral("customers.csv"), "customer_id,name,acquired_on\nC7,Gamma,2023-01-01\n"},
             {QStringLiteral("orders.csv"), "order_id,customer_id,ordered_on,amount\nO7,C7,2023-02-01,5\n"},
             {QStringLiteral("feedback.csv"),
              "response_id,customer_id,responded_on,score\nR7,C7,2023-01-01,12\n"}});
        QCOMPARE(
            messages(r.errors()),
            QStringList{QStringLiteral("feedback.csv:2: score \"12\" is not a whole number from 0 to 10")});
        QCOMPARE(snapshot(db), before);
    }

    void manyErrorsAreAllCounted()
    {
        Database db;
        QVERIFY(openBaseline(db));
        const QString before = snapshot(db);
        QByteArray content = "order_id,customer_id,ordered_on,amount\n";
        for (int i = 0; i < 150; ++i)
            content += "O" + QByteArray::number(100 + i) + ",C1,2023-01-01,12;5\n";
        const ImportReport r = importTexts(db, m_dir, {{QStringLiteral("orders.csv"), content}});
        QCOMPARE(r.errorCount(), 150);
        QCOMPARE(r.errors().size(), 150);
        QCOMPARE(r.errors().last().toString(),
                 QStringLiteral("orders.csv:151: amount \"12;5\" is not a decimal number"));
        QCOMPARE(snapshot(db), before);
    }

    void lostWithoutReasonIsUnknownWithAWarning()
    {
        Database db;
        QVERIFY(openBaseline(db));
        const ImportReport r = importTexts(
            db, m_dir,
            {{QStringLiteral("customers.csv"), "customer_id,name,acquired_on,lost_on,loss_reason\n"
                                               "C7,Gamma,2023-01-01,2023-09-01,\n"
                                               "C8,Delta,2023-01-01,2023-09-01,  Service failure \n"}});
        QVERIFY(r.committed);
        QCOMPARE(
            messages(r.warnings()),
            QStringList{QStringLiteral("customers.csv:2: lost_on \"2023-09-01\" has no loss_reason; imported "
                                       "with the reason \"Unknown\"")});
        QCOMPARE(value(db, QStringLiteral("SELECT loss_reason FROM customers WHERE customer_id = 'C7'"))
                     .toString(),
                 QStringLiteral("Unknown"));
        // loss reasons are stored trimmed
        QCOMPARE(value(db, QStringLiteral("SELECT loss_reason FROM customers WHERE customer_id = 'C8'"))
                     .toString(),
                 QStringLiteral("Service failure"));
    }

    void headerMatchingAndUnknownColumns()
    {
        Database db;
        QVERIFY(openBaseline(db));
        const ImportReport r =
            importTexts(db, m_dir,
                        {{QStringLiteral("export.csv"), " Customer_ID ;NAME;Acquired_On;Notes;Stage\n"
                                                        "C7;Gamma;2023-01-01;vip;First_Time\n"
                                                        "C8;Delta;2023-01-02;;ADVOCATE\n"}});
        QVERIFY2(r.committed, qPrintable(messages(r.errors()).join(QLatin1Char('\n'))));
        QCOMPARE(messages(r.warnings()),
                 QStringList{QStringLiteral("export.csv:1: unknown column \"Notes\" ignored")});
        QCOMPARE(r.files.size(), 1);
        QCOMPARE(r.files[0].kind, std::optional<FileKind>(FileKind::Customers));
        QCOMPARE(r.files[0].added, 2);
        QCOMPARE(value(db, QStringLiteral("SELECT stage FROM customers WHERE customer_id = 'C7'")).toString(),
                 QStringLiteral("first_time"));
        QCOMPARE(value(db, QStringLiteral("SELECT stage FROM customers WHERE customer_id = 'C8'")).toString(),
                 QStringLiteral("advocate"));
    }

    void headerOnlyIsAValidEmptyFile()
    {
        Database db;
        QVERIFY(openBaseline(db));
        const QString before = snapshot(db);
        const ImportReport r = importTexts(
            db, m_dir, {{QStringLiteral("orders.csv"), "order_id,customer_id,ordered_on,amount\r\n"}});
        QVERIFY(r.committed);
        QVERIFY(!r.hasErrors());
        QCOMPARE(r.files[0].rows, 0);
        QCOMPARE(snapshot(db), before);
    }

    void timestampsBooleansAndUserDates()
    {
        Database db;
        QVERIFY(openBaseline(db));
        ImportOptions options;
        options.dateFormat = QStringLiteral("dd.MM.yyyy");
        const ImportReport r =
            importTexts(db, m_dir,
                        {{QStringLiteral("contacts.csv"),
                          "contact_id,customer_id,occurred_on,category,touchpoint,complaint\n"
                          "K7,C1,05.03.2024 23:10,Revenue,Renewal meeting,N\n"
                          "K8,C1,06.03.2024,REQUEST,Billing question,TRUE\n"}},
                        options);
        QVERIFY2(r.committed, qPrintable(messages(r.errors()).join(QLatin1Char('\n'))));
        QCOMPARE(
            value(db, QStringLiteral("SELECT occurred_on FROM contacts WHERE contact_id = 'K7'")).toString(),
            QStringLiteral("2024-03-05"));
        QCOMPARE(
            value(db, QStringLiteral("SELECT category FROM contacts WHERE contact_id = 'K8'")).toString(),
            QStringLiteral("request"));
        QCOMPARE(value(db, QStringLiteral("SELECT complaint FROM contacts WHERE contact_id = 'K7'")).toInt(),
                 0);
        QCOMPARE(value(db, QStringLiteral("SELECT complaint FROM contacts WHERE contact_id = 'K8'")).toInt(),
                 1);

        const ImportReport iso =
            importTexts(db, m_dir,
                        {{QStringLiteral("orders.csv"), "order_id,customer_id,ordered_on,amount\n"
                                                        "O7,C1,2024-03-05T23:10:00+02:00,1\n"
                                                        "O8,C1,2024-03-05T01:10:00-08:00,2\n"}});
        QVERIFY(iso.committed);
        QCOMPARE(
            value(db, QStringLiteral("SELECT count(*) FROM orders WHERE ordered_on = '2024-03-05'")).toInt(),
            2);
    }

    void absentOptionalColumns()
    {
        Database db;
        QVERIFY(openBaseline(db));
        const ImportReport r = importTexts(
            db, m_dir,
            {{QStringLiteral("contacts.csv"), "contact_id,customer_id,occurred_on,category,touchpoint\nK7,C1,"
                                              "2023-01-01,request,Billing question\n"},
             {QStringLiteral("spend.csv"), "month,program,amount\n2023-02,Service desk,10\n"}});
        QVERIFY2(r.committed, qPrintable(messages(r.errors()).join(QLatin1Char('\n'))));
        // an absent flag is false, an absent date unknown, an absent spend segment "all"
        QCOMPARE(value(db, QStringLiteral("SELECT complaint FROM contacts WHERE contact_id = 'K7'")).toInt(),
                 0);
        QVERIFY(
            value(db, QStringLiteral("SELECT resolved_on FROM contacts WHERE contact_id = 'K7'")).isNull());
        QCOMPARE(
            value(db, QStringLiteral("SELECT count(*) FROM spend WHERE month = '2023-02' AND segment = ''"))
                .toInt(),
            1);
    }

    void reimportUpdatesAddsAndKeeps()
    {
        Database db;
        QVERIFY(openBaseline(db));
        const ImportReport r =
            importTexts(db, m_dir,
                        {{QStringLiteral("orders.csv"), "order_id,customer_id,ordered_on,amount\n"
                                                        "O1,C2,2023-03-02,99\n"
                                                        "O3,C1,2023-05-01,10\n"},
                         {QStringLiteral("spend.csv"), "month,program,amount,segment\n"
                                                       "2023-01,Loyalty program,1750,\n"
                                                       "2023-01,Loyalty program,200,SMB\n"}});
        QVERIFY(r.committed);
        QCOMPARE(r.files.size(), 2);
        QCOMPARE(r.files[0].added, 1);
        QCOMPARE(r.files[0].updated, 1);
        QCOMPARE(r.files[1].added, 1);
        QCOMPARE(r.files[1].updated, 1);
        QCOMPARE(count(db, "orders"), 3); // O2 is kept though missing from the new export
        QCOMPARE(
            value(db, QStringLiteral("SELECT amount_cents FROM orders WHERE order_id = 'O1'")).toLongLong(),
            9900);
        QCOMPARE(value(db, QStringLiteral(
                               "SELECT c.customer_id FROM orders o JOIN customers c ON c.id = o.customer "
                               "WHERE o.order_id = 'O1'"))
                     .toString(),
                 QStringLiteral("C2"));
        QCOMPARE(count(db, "spend"), 2);
        QCOMPARE(value(db, QStringLiteral("SELECT amount_cents FROM spend WHERE segment = ''")).toLongLong(),
                 175000);

        // a customer updated by id keeps its key, so its orders stay attached
        const ImportReport c = importTexts(db, m_dir,
                                           {{QStringLiteral("customers.csv"),
                                             "customer_id,name,acquired_on\nC1,Acme Renamed,2023-01-10\n"}});
        QVERIFY(c.committed);
        QCOMPARE(c.files[0].updated, 1);
        QCOMPARE(count(db, "customers"), 2);
        QCOMPARE(
            value(db, QStringLiteral("SELECT count(*) FROM orders o JOIN customers c ON c.id = o.customer "
                                     "WHERE c.name = 'Acme Renamed'"))
                .toInt(),
            1); // O3; O1 moved to C2 above
    }

    void referencesAcrossTheSetInAnyOrder()
    {
        Database db;
        QVERIFY(openBaseline(db));
        const ImportReport r = importTexts(
            db, m_dir,
            {{QStringLiteral("feedback.csv"),
              "response_id,customer_id,responded_on,score\nR7,C7,2023-01-01,0\n"},
             {QStringLiteral("orders.csv"),
              "order_id,customer_id,ordered_on,amount\nO7,C7,2023-02-01,5\nO8,C1,"
              "2023-02-01,5\n"},
             {QStringLiteral("customers.csv"), "customer_id,name,acquired_on\nC7,Gamma,2023-01-01\n"}});
        QVERIFY2(r.committed, qPrintable(messages(r.errors()).join(QLatin1Char('\n'))));
        QCOMPARE(count(db, "orders"), 4);
        QCOMPARE(value(db, QStringLiteral("SELECT score FROM feedback WHERE response_id = 'R7'")).toInt(), 0);
    }

    void columnMappingFromOtherHeaders()
    {
        Database db;
        QVERIFY(openBaseline(db));
        const QString path = m_dir.filePath(QStringLiteral("crm-export.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Kundennummer,Firma,Kunde seit,Region\nC7,Gamma GmbH,2023-01-01,DACH\n");
        f.close();
        ImportFile file{path, {}, FileKind::Customers, {}};
        file.mapping.insert(QStringLiteral("customer_id"), QStringLiteral("Kundennummer"));
        file.mapping.insert(QStringLiteral("name"), QStringLiteral("firma"));
        file.mapping.insert(QStringLiteral("acquired_on"), QStringLiteral(" Kunde seit "));
        Importer importer(db);
        const ImportReport r = importer.run({file}, {});
        QVERIFY2(r.committed, qPrintable(messages(r.errors()).join(QLatin1Char('\n'))));
        QVERIFY(r.warnings().isEmpty());
        QCOMPARE(
            value(db, QStringLiteral("SELECT name || '/' || region FROM customers WHERE customer_id = 'C7'"))
                .toString(),
            QStringLiteral("Gamma GmbH/DACH"));
    }

    void validateOnlyWritesNothing()
    {
        Database db;
        QVERIFY(openBaseline(db));
        const QString before = snapshot(db);
        ImportOptions options;
        options.validateOnly = true;
        const ImportReport r = importTexts(
            db, m_dir,
            {{QStringLiteral("orders.csv"), "order_id,customer_id,ordered_on,amount\nO7,C1,2023-02-01,5\n"}},
            options);
        QVERIFY(!r.hasErrors());
        QVERIFY(!r.committed);
        QCOMPARE(r.files[0].rows, 1);
        QCOMPARE(snapshot(db), before);
    }

    void cancelWritesNothing()
    {
        Database db;
        QVERIFY(openBaseline(db));
        const QString before = snapshot(db);
        QByteArray content = "order_id,customer_id,ordered_on,amount\n";
        for (int i = 0; i < 20000; ++i)
            content += "N" + QByteArray::number(i) + ",C1,2023-01-01,1\n";
        std::atomic<bool> cancel{false};
        int calls = 0;
        ImportOptions options;
        options.cancel = &cancel;
        options.progress = [&](const ImportProgress &p) {
            ++calls;
            QVERIFY(p.bytesDone <= p.bytesTotal);
            cancel = true;
        };
        const ImportReport r = importTexts(db, m_dir, {{QStringLiteral("orders.csv"), content}}, options);
        QVERIFY(r.cancelled);
        QVERIFY(!r.committed);
        QCOMPARE(calls, 1);
        QCOMPARE(snapshot(db), before);
    }

    void progressReachesTheEnd()
    {
        Database db;
        QVERIFY(openBaseline(db));
        ImportProgress last;
        ImportOptions options;
        options.progress = [&](const ImportProgress &p) { last = p; };
        const ImportReport r = importTexts(
            db, m_dir,
            {{QStringLiteral("orders.csv"), "order_id,customer_id,ordered_on,amount\nO7,C1,2023-02-01,5\n"}},
            options);
        QVERIFY(r.committed);
        QCOMPARE(last.bytesDone, last.bytesTotal);
        QCOMPARE(last.bytesTotal, 58);
        QCOMPARE(last.rows, 1);
    }

    void messagesSaveAsCsv()
    {
        Database db;
        QVERIFY(openBaseline(db));
        const ImportReport r =
            importTexts(db, m_dir,
                        {{QStringLiteral("orders.csv"),
                          "order_id,customer_id,ordered_on,amount\nO7,C1,2023-02-01,\"12,5O\"\n"}});
        QCOMPARE(r.messagesCsv(),
                 QByteArray("severity,file,line,column,value,message\r\n"
                            "error,orders.csv,2,amount,\"12,5O\",\"amount \"\"12,5O\"\" is not a "
                            "decimal number\"\r\n"));
        const QString path = m_dir.filePath(QStringLiteral("errors.csv"));
        QString error;
        QVERIFY(r.saveMessagesCsv(path, &error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), r.messagesCsv());

        // A value a spreadsheet would run as a formula is neutralised (issue 8, defect 9).
        const ImportReport formula =
            importTexts(db, m_dir,
                        {{QStringLiteral("orders.csv"),
                          "order_id,customer_id,ordered_on,amount\nO8,C1,2023-02-01,=1+1\n"}});
        QCOMPARE(formula.messagesCsv(),
                 QByteArray("severity,file,line,column,value,message\r\n"
                            "error,orders.csv,2,amount,\"'=1+1\",\"amount \"\"=1+1\"\" is not a "
                            "decimal number\"\r\n"));
    }

    void recognizesKindsFromHeaders()
    {
        QCOMPARE(recognizeKind({QStringLiteral("order_id"), QStringLiteral("customer_id"),
                                QStringLiteral("ordered_on"), QStringLiteral("amount")}),
                 std::optional<FileKind>(FileKind::Orders));
        QCOMPARE(
            recognizeKind({QStringLiteral("MONTH "), QStringLiteral("Program"), QStringLiteral("amount")}),
            std::optional<FileKind>(FileKind::Spend));
        QCOMPARE(recognizeKind({QStringLiteral("customer_id"), QStringLiteral("name")}), std::nullopt);
        const HeaderInfo info =
            readHeader(QStringLiteral(ACC_TEST_DATA_DIR "/import/awkward/semicolons.csv"));
        QCOMPARE(info.delimiter, ';');
        QCOMPARE(info.kind, std::optional<FileKind>(FileKind::Customers));
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
