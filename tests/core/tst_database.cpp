#include "criteria/criteria.h"
#include "storage/criteriastore.h"
#include "storage/database.h"
#include "storage/datastore.h"
#include "storage/datawriter.h"
#include "storage/schema.h"

#include "companydump.h"
#include "datasetbuilder.h"
#include "storage/companycopy.h"

#include <QFile>
#include <QFileInfo>

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace acc;

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void createsSchemaAtCurrentVersion()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(db.open(dir.filePath(QStringLiteral("c.sqlite")), &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
        const QStringList tables = db.connection().tables();
        for (const char *t : {"customers", "orders", "contacts", "feedback", "spend", "criteria", "targets",
                              "actions", "settings"})
            QVERIFY2(tables.contains(QLatin1String(t)), t);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        // migration 3 removed the customer indexes of the child tables and made their
        // unique keys named indexes, which an import can drop and rebuild
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_master "
                                      "WHERE type = 'index' AND tbl_name IN ('orders', 'contacts', "
                                      "'feedback') ORDER BY name)")) &&
                q.next());
        QCOMPARE(q.value(0).toString(),
                 QStringLiteral("contacts_contact_id feedback_response_id orders_order_id"));
    }

    void reopeningKeepsDataAndVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        QString error;
        {
            Database db;
            QVERIFY(db.open(path, &error));
            QVERIFY(db.setSetting(QStringLiteral("company_name"), QStringLiteral("Müller GmbH")));
        }
        Database db;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(db.setting(QStringLiteral("company_name")), QStringLiteral("Müller GmbH"));
        QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
    }

    // A database written at schema 2 keeps every row through migration 3, which rebuilds
    // orders, contacts and feedback; their keys still refuse a repeat.
    void migratesSchema2Data()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            for (const schema::Migration &m : schema::migrations()) {
                if (m.version > 2)
                    continue;
                for (const QString &statement : m.statements)
                    QVERIFY2(q.exec(schema::render(statement, false)), qPrintable(statement));
            }
            for (const char *sql :
                 {"INSERT INTO settings VALUES ('schema_version', '2')",
                  "INSERT INTO customers (id, customer_id, name, acquired_on) VALUES (7, 'C1', 'Acme', "
                  "'2023-01-01')",
                  "INSERT INTO orders VALUES (3, 'O1', 7, '2023-02-01', 1250, 'Hardware', 'web')",
                  "INSERT INTO contacts VALUES (4, 'K1', 7, '2023-03-01', 'rescue', 'Delivery', 'phone', 1, "
                  "'2023-03-02', 'Desk')",
                  "INSERT INTO feedback VALUES (5, 'R1', 7, '2023-04-01', 9, 'Fine')"})
                QVERIFY2(q.exec(QLatin1String(sql)), sql);
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v2"));
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
        // Migration 4 gave the criteria versions an author: the default set, stored by
        // migration 2 with the database's CURRENT_TIMESTAMP, has none recorded, and its
        // time still reads.
        QString why;
        const auto versions = CriteriaStore(db).versions(criteria::defaultSetName(), &why);
        QVERIFY2(versions && versions->size() == 1, qPrintable(why));
        QCOMPARE(versions->at(0).author, QString());
        QVERIFY(versions->at(0).savedAt.isValid());
        QVERIFY(qAbs(versions->at(0).savedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT o.id, o.order_id, c.customer_id, o.ordered_on, o.amount_cents, "
                    "o.category, o.channel FROM orders o JOIN customers c ON c.id = o.customer")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        QCOMPARE(q.value(1).toString(), QStringLiteral("O1"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("C1"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("2023-02-01"));
        QCOMPARE(q.value(4).toInt(), 1250);
        QCOMPARE(q.value(6).toString(), QStringLiteral("web"));
        QVERIFY(q.exec(QStringLiteral("SELECT id, resolved_on, handled_by FROM contacts")) && q.next());
        QCOMPARE(q.value(0).toInt(), 4);
        QCOMPARE(q.value(2).toString(), QStringLiteral("Desk"));
        QVERIFY(q.exec(QStringLiteral("SELECT id, score, comment FROM feedback")) && q.next());
        QCOMPARE(q.value(1).toInt(), 9);
        QVERIFY(
            !q.exec(QStringLiteral("INSERT INTO orders (order_id, customer, ordered_on, amount_cents) VALUES "
                                   "('O1', 7, '2023-02-02', 1)")));
        QVERIFY(
            !q.exec(QStringLiteral("INSERT INTO feedback (response_id, customer, responded_on, score) VALUES "
                                   "('R1', 7, '2023-02-02', 5)")));
        // the foreign keys survived the rebuild
        QVERIFY(
            !q.exec(QStringLiteral("INSERT INTO orders (order_id, customer, ordered_on, amount_cents) VALUES "
                                   "('O2', 99, '2023-02-02', 1)")));
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        QString error;
        {
            Database db;
            QVERIFY(db.open(path, &error));
            QVERIFY(db.setSetting(QStringLiteral("schema_version"),
                                  QString::number(Database::currentSchemaVersion() + 5)));
        }
        Database db;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(QLatin1String("newer version")), qPrintable(error));
        QVERIFY(!db.isOpen());
    }

    void refusesForeignFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a database, just some text that is long enough to look like a header......\n");
        f.close();
        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(QLatin1String("not an Accountable database")), qPrintable(error));

        Database folder;
        QVERIFY(!folder.open(dir.path(), &error));
        QVERIFY2(error.contains(QLatin1String("folder")), qPrintable(error));
    }

    void refusesOtherSqliteDatabases()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER)")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(QLatin1String("not an Accountable database")), qPrintable(error));
    }

    void writesAndLoadsEveryKindOfRow()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("c.sqlite")), &error));
        Dataset in;
        CustomerRecord c;
        c.customerId = QStringLiteral("C1");
        c.name = QStringLiteral("東京トレーディング株式会社");
        c.acquiredOn = toDay(QDate(2024, 2, 29));
        c.lostOn = toDay(QDate(2025, 1, 10));
        c.lossReason = QStringLiteral("Price");
        c.stage = QStringLiteral("client");
        in.customers.push_back(c);
        in.orders.push_back({in.addText(QStringLiteral("O1")),
                             0,
                             toDay(QDate(2024, 3, 1)),
                             -1999,
                             QStringLiteral("Books"),
                             {}});
        ContactRecord k;
        k.contactId = in.addText(QStringLiteral("K1"));
        k.customer = 0;
        k.occurredOn = toDay(QDate(2024, 4, 1));
        k.category = ContactCategory::Rescue;
        k.touchpoint = QStringLiteral("Billing question");
        k.complaint = true;
        in.contacts.push_back(k);
        in.feedback.push_back({in.addText(QStringLiteral("F1")), 0, toDay(QDate(2024, 5, 1)), 9,
                               in.addText(QStringLiteral("Très bien"))});
        in.spend.push_back({2024, 5, QStringLiteral("Loyalty"), {}, 50000});

        DataWriter writer(db);
        QVERIFY2(writer.prepare(&error), qPrintable(error));
        QVERIFY2(writer.writeDataset(in, &error), qPrintable(error));

        const auto out = loadDataset(db, &error);
        QVERIFY2(out.has_value(), qPrintable(error));
        QCOMPARE(out->customers.size(), std::size_t(1));
        QCOMPARE(out->customers[0].name, c.name);
        QCOMPARE(toDate(out->customers[0].acquiredOn), QDate(2024, 2, 29));
        QCOMPARE(toDate(out->customers[0].lostOn), QDate(2025, 1, 10));
        QVERIFY(!hasDay(out->customers[0].wonBackOn));
        QCOMPARE(out->orders.size(), std::size_t(1));
        QCOMPARE(out->orders[0].amount, Cents(-1999));
        QCOMPARE(out->orders[0].customer, 0);
        QCOMPARE(out->contacts[0].category, ContactCategory::Rescue);
        QVERIFY(out->contacts[0].complaint);
        QVERIFY(!hasDay(out->contacts[0].resolvedOn));
        QCOMPARE(out->text(out->feedback[0].comment), QStringLiteral("Très bien"));
        QCOMPARE(out->text(out->orders[0].orderId), QStringLiteral("O1"));
        QCOMPARE(out->orders[0].category.toString(), QStringLiteral("Books"));
        QCOMPARE(out->contacts[0].touchpoint.toString(), QStringLiteral("Billing question"));
        QCOMPARE(out->spend[0].amount, Cents(50000));
        QCOMPARE(out->spend[0].month, 5);
        QCOMPARE(toDate(out->asOf()), QDate(2025, 1, 10));

        // Writing the same ids again updates rather than duplicates.
        in.customers[0].name = QStringLiteral("Αθηνά Α.Ε.");
        in.orders[0].amount = 2500;
        in.spend[0].amount = 1;
        QVERIFY2(writer.writeDataset(in, &error), qPrintable(error));
        const auto again = loadDataset(db, &error);
        QCOMPARE(again->customers.size(), std::size_t(1));
        QCOMPARE(again->customers[0].name, QStringLiteral("Αθηνά Α.Ε."));
        QCOMPARE(again->orders.size(), std::size_t(1));
        QCOMPARE(again->orders[0].amount, Cents(2500));
        QCOMPARE(again->spend.size(), std::size_t(1));
        QCOMPARE(again->spend[0].amount, Cents(1));
    }
    // A company of an older schema opened for reading is brought up to date through a
    // connection of its own, and the reading connection is reopened cleanly (no copy of it
    // left in use, which Qt reports and which invalidates the connection).
    void readingAnOlderSchemaUpgradesItCleanly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QString error;
        {
            Database db;
            QVERIFY2(db.open(path, &error), qPrintable(error));
            QSqlQuery q(db.connection());
            // Back to schema 3: migration 5's tables and columns, then migration 4's.
            for (const char *sql :
                 {"DROP TABLE exit_calls", "DROP TABLE reality_checks",
                  "ALTER TABLE actions DROP COLUMN source", "ALTER TABLE actions DROP COLUMN metric",
                  "ALTER TABLE actions DROP COLUMN customer_id", "ALTER TABLE actions DROP COLUMN author",
                  "ALTER TABLE criteria DROP COLUMN author"})
                QVERIFY2(q.exec(QLatin1String(sql)), qPrintable(q.lastError().text()));
            QVERIFY(db.setSetting(QStringLiteral("schema_version"), QStringLiteral("3")));
        }
        QTest::failOnWarning(QRegularExpression(QStringLiteral("still in use")));
        Database reader;
        QVERIFY2(reader.open(path, &error, Database::Mode::ReadOnly), qPrintable(error));
        QCOMPARE(reader.readSetting(QStringLiteral("schema_version"), {}, &error),
                 QString::number(Database::currentSchemaVersion()));
        QSqlQuery q(reader.connection());
        QVERIFY2(q.exec(QStringLiteral("SELECT author FROM criteria")), qPrintable(q.lastError().text()));
    }

    // A read transaction is one snapshot: a commit made by another connection while it is
    // open is not seen until it ends (issue 8, defect 3).
    void readTransactionIsOneSnapshot()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        QString error;
        Database writer;
        QVERIFY2(writer.open(path, &error), qPrintable(error));
        QVERIFY(writer.setSetting(QStringLiteral("company_name"), QStringLiteral("A")));
        Database reader;
        QVERIFY2(reader.open(path, &error, Database::Mode::ReadOnly), qPrintable(error));
        {
            ReadTransaction snapshot(reader);
            QVERIFY2(snapshot.begin(&error), qPrintable(error));
            QCOMPARE(reader.readSetting(QStringLiteral("company_name"), {}, &error), QStringLiteral("A"));
            QVERIFY(writer.setSetting(QStringLiteral("company_name"), QStringLiteral("B")));
            QCOMPARE(reader.readSetting(QStringLiteral("company_name"), {}, &error), QStringLiteral("A"));
        }
        QCOMPARE(reader.readSetting(QStringLiteral("company_name"), {}, &error), QStringLiteral("B"));
    }

    // Reading never creates or changes a file (issue 8, defect 10).
    void readOnlyNeverCreatesOrChanges()
    {
        QTemporaryDir dir;
        QString error;
        Database db;
        const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));
        QVERIFY(!db.open(missing, &error, Database::Mode::ReadOnly));
        QVERIFY2(error.contains(QStringLiteral("no database at")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(missing));

        const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
        QFile(empty).open(QIODevice::WriteOnly);
        QVERIFY(!db.open(empty, &error, Database::Mode::ReadOnly));
        QVERIFY2(error.contains(QStringLiteral("is an empty file")), qPrintable(error));
        QCOMPARE(QFileInfo(empty).size(), 0);

        const QString company = dir.filePath(QStringLiteral("c.sqlite"));
        {
            Database writable;
            QVERIFY2(writable.open(company, &error), qPrintable(error));
        }
        QVERIFY2(db.open(company, &error, Database::Mode::ReadOnly), qPrintable(error));
        QVERIFY(!db.setSetting(QStringLiteral("company_name"), QStringLiteral("X"))); // query_only
        QVERIFY(!db.open(QStringLiteral(":memory:"), &error));
        QVERIFY2(error.contains(QStringLiteral("in-memory")), qPrintable(error));
    }

    // A new file is removed again when the command that made it gives up.
    void discardIfCreatedRemovesOnlyWhatItMade()
    {
        QTemporaryDir dir;
        QString error;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        {
            Database db;
            QVERIFY2(db.open(path, &error), qPrintable(error));
            QVERIFY(db.created());
            QVERIFY(db.discardIfCreated());
        }
        QVERIFY(!QFileInfo::exists(path));
        {
            Database db;
            QVERIFY(db.open(path, &error));
        }
        Database again;
        QVERIFY(again.open(path, &error));
        QVERIFY(!again.created());
        QVERIFY(!again.discardIfCreated());
        QVERIFY(QFileInfo::exists(path));
    }

    // A page of the orders table overwritten: the load stops with "damaged", naming the file,
    // where it used to return a data set without the rows it could not read (defect 2).
    void damagedPagesAreReportedNotSkipped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        QString error;
        qint64 ordersRoot = 0;
        {
            test::DatasetBuilder b;
            b.customer("A", "2025-01-01");
            for (int i = 0; i < 3000; ++i)
                b.order("A", "2025-06-01", 100 + i, "Boots and other things to fill a page");
            Database db;
            QVERIFY2(db.open(path, &error), qPrintable(error));
            QVERIFY2(writeCompany(db, b.build(), &error), qPrintable(error));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'orders'")) &&
                    q.next());
            ordersRoot = q.value(0).toLongLong();
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        // The orders table's root page (an interior page once it spans many pages) filled with
        // bytes no B-tree page can start with.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek((ordersRoot - 1) * 4096));
        QVERIFY(file.write(QByteArray(4096, char(0x7f))) == 4096);
        file.close();
        Database db;
        QVERIFY2(db.open(path, &error, Database::Mode::ReadOnly), qPrintable(error));
        const auto loaded = loadDataset(db, &error);
        QVERIFY(!loaded);
        QVERIFY2(error.contains(path + QStringLiteral(" is damaged")), qPrintable(error));
    }

    // accountable copy between two SQLite files: every row of every table, ids kept; a
    // target holding a company refused unless replacing; a failure half way leaves the
    // target as it was (all or nothing).
    void copiesAWholeCompany()
    {
        QTemporaryDir dir;
        QString error;
        Database from;
        QVERIFY2(from.open(dir.filePath(QStringLiteral("from.sqlite")), &error), qPrintable(error));
        QVERIFY2(test::writeDemoCompany(from, 150, &error), qPrintable(error));
        // The tables the demo leaves empty get a row each.
        QSqlQuery q(from.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO import_mappings (header_signature, kind, mapping) "
                                      "VALUES ('a|b', 'orders', '{}')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO reality_checks (quarter, dimension, score, note, author) "
                                      "VALUES ('2026-Q3', 'listening', 6, 'Zürich: ✓', 'CCO')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO exit_calls (customer_id, lost_on, caller, assigned_on) "
                                      "VALUES ('C1', '2026-09-02', 'CEO', '2026-09-03')")));
        const QStringList source = test::dumpCompany(from);
        for (const QString &table : companycopy::tables())
            QVERIFY2(source.indexOf(QRegularExpression(table + QStringLiteral(": .*"))) >= 0, // exact match
                     qPrintable(table));

        Database to;
        QVERIFY2(to.open(dir.filePath(QStringLiteral("to.sqlite")), &error), qPrintable(error));
        bool holds = true;
        QVERIFY(companycopy::holdsCompany(to, &holds, &error));
        QVERIFY(!holds); // a new database: the default criteria set and its schema version only
        QList<QPair<QString, qint64>> rows;
        QVERIFY2(companycopy::copy(from, to, false, &rows, &error), qPrintable(error));
        QCOMPARE(test::dumpCompany(to), source);
        QCOMPARE(rows.size(), companycopy::tables().size());
        QCOMPARE(rows[1].first, QStringLiteral("customers"));
        QCOMPARE(rows[1].second, 150);
        // Loaded, the copy is the same company (the engine's view of it).
        const auto a = loadDataset(from, &error);
        const auto b = loadDataset(to, &error);
        QVERIFY(a && b);
        QCOMPARE(b->orders.size(), a->orders.size());
        QCOMPARE(b->companyName, a->companyName);

        // Again without --replace: refused, nothing changed.
        QVERIFY(companycopy::holdsCompany(to, &holds, &error) && holds);
        QVERIFY(!companycopy::copy(from, to, false, &rows, &error));
        QVERIFY2(error.contains(QLatin1String("already holds a company")), qPrintable(error));
        QCOMPARE(test::dumpCompany(to), source);

        // A failure half way (the target refuses actions): rolled back, the target as it was.
        QSqlQuery t(to.connection());
        QVERIFY(t.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON actions "
                                      "BEGIN SELECT RAISE(ABORT, 'no actions here'); END")));
        QVERIFY(!companycopy::copy(from, to, true, &rows, &error));
        QVERIFY2(error.contains(QLatin1String("nothing was written")), qPrintable(error));
        QCOMPARE(test::dumpCompany(to), source);
        QVERIFY(t.exec(QStringLiteral("DROP TRIGGER refuse")));

        // --replace: the target becomes the source again, whatever it held.
        QVERIFY(t.exec(QStringLiteral("UPDATE customers SET name = 'changed'")));
        QVERIFY2(companycopy::copy(from, to, true, &rows, &error), qPrintable(error));
        QCOMPARE(test::dumpCompany(to), source);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
