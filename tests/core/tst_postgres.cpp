// The same schema, migrations and data round trip on a real PostgreSQL server.
#include "criteria/criteria.h"
#include "datasetbuilder.h"
#include "engine/metrics.h"
#include "pgserver.h"
#include "storage/criteriastore.h"
#include "storage/database.h"
#include "storage/datastore.h"
#include "storage/datawriter.h"

#include <QtTest>

using namespace acc;

class TestPostgres : public QObject
{
    Q_OBJECT
private:
    test::PgServer m_server{55400 + (::getpid() % 500)};

private slots:
    void initTestCase()
    {
        const QString problem = m_server.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void migratesWritesAndReads()
    {
        const QString spec = m_server.createDatabase(QStringLiteral("company"));
        QString error;
        test::DatasetBuilder b;
        b.customer("M1", "2025-01-01", "2026-03-05", "Price").order("M1", "2025-06-01", 12345);
        b.last().name = QStringLiteral("東京トレーディング株式会社");
        b.customer("M2", "2024-02-29")
            .order("M2", "2026-03-01", -500)
            .contact("M2", "2026-03-02", ContactCategory::Rescue, "Billing question", true, "2026-03-03")
            .answer("M2", "2026-03-04", 10);
        b.spend(2026, 3, "Loyalty program", 99900);
        const Dataset in = b.build();
        {
            Database db;
            QVERIFY2(db.open(spec, &error), qPrintable(error));
            QCOMPARE(db.backend(), Database::Backend::PostgreSQL);
            QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
            QVERIFY(db.connection().transaction());
            DataWriter writer(db);
            QVERIFY2(writer.prepare(&error) && writer.writeDataset(in, &error), qPrintable(error));
            QVERIFY(db.connection().commit());
        }
        Database db;
        QVERIFY2(db.open(spec, &error), qPrintable(error)); // opening again migrates nothing
        const auto out = loadDataset(db, &error);
        QVERIFY2(out.has_value(), qPrintable(error));
        QCOMPARE(out->customers.size(), std::size_t(2));
        QCOMPARE(out->customers[0].name, QStringLiteral("東京トレーディング株式会社"));
        QCOMPARE(toDate(out->customers[1].acquiredOn), QDate(2024, 2, 29));
        QCOMPARE(out->orders.size(), std::size_t(2));
        QCOMPARE(out->contacts.size(), std::size_t(1));
        QCOMPARE(toDate(out->contacts[0].resolvedOn), QDate(2026, 3, 3));
        QCOMPARE(out->feedback[0].score, 10);
        QCOMPARE(out->spend[0].amount, Cents(99900));
        // The figures agree with the same data held in memory.
        const MetricsReport viaPg = computeMetrics(*out, {*Period::parse(QStringLiteral("2026-03"))});
        const MetricsReport inMemory = computeMetrics(in, {*Period::parse(QStringLiteral("2026-03"))});
        QCOMPARE(viaPg.assets.figures.lostValue, inMemory.assets.figures.lostValue);
        QCOMPARE(viaPg.assets.figures.lostValue, Cents(12345));
        QCOMPARE(viaPg.assets.figures.revenue, Cents(-500));
    }

    // Migration 4 on PostgreSQL: the default set (stored by migration 2 with the server's
    // CURRENT_TIMESTAMP) has no author and a readable time; saves record their author.
    void criteriaVersionsRecordAuthorAndTime()
    {
        const QString spec = m_server.createDatabase(QStringLiteral("criteria"));
        QString error;
        Database db;
        QVERIFY2(db.open(spec, &error), qPrintable(error));
        CriteriaStore store(db);
        CriteriaSet set = criteria::defaultSet();
        set.rules.removeLast();
        QCOMPARE(store.save(set, QStringLiteral("Zoë"), &error), 2);
        const auto versions = store.versions(criteria::defaultSetName(), &error);
        QVERIFY2(versions && versions->size() == 2, qPrintable(error));
        QCOMPARE(versions->at(0).author, QString());
        QCOMPARE(versions->at(1).author, QStringLiteral("Zoë"));
        for (const StoredCriteria &v : *versions) {
            QVERIFY(v.savedAt.isValid());
            QVERIFY(qAbs(v.savedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        }
        QCOMPARE(versions->at(0).set.rules.size(), 2);
        QCOMPARE(versions->at(1).set.rules.size(), 1);
    }

    void refusesNewerSchema()
    {
        const QString spec = m_server.createDatabase(QStringLiteral("newer"));
        QString error;
        {
            Database db;
            QVERIFY2(db.open(spec, &error), qPrintable(error));
            QVERIFY(db.setSetting(QStringLiteral("schema_version"), QStringLiteral("999")));
        }
        Database db;
        QVERIFY(!db.open(spec, &error));
        QVERIFY2(error.contains(QLatin1String("newer version")), qPrintable(error));
    }

    void reportsAnUnreachableServer()
    {
        Database db;
        QString error;
        QVERIFY(!db.open(QStringLiteral("postgresql://nobody@127.0.0.1:1/none"), &error));
        QVERIFY2(error.startsWith(QLatin1String("cannot connect")), qPrintable(error));
        QVERIFY(!db.open(QStringLiteral("postgresql://host-without-db"), &error));
        QVERIFY2(error.contains(QLatin1String("expected postgresql://")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
