// MetricsService: loads and computes off the GUI thread; the last chosen period wins.
#include "datasetbuilder.h"
#include "models/metricsservice.h"
#include "storage/criteriastore.h"
#include "storage/database.h"
#include "storage/datawriter.h"
#include "storage/requeststore.h"
#include "storage/targetstore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace acc;

class TestMetricsService : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("company.sqlite"));
        test::DatasetBuilder b;
        b.customer("A", "2025-01-01", "2026-02-10", "Price").order("A", "2026-01-05", 12000);
        b.customer("B", "2025-01-01", "2026-03-10", "Service failure").order("B", "2026-03-01", 3000);
        b.customer("C", "2026-03-02");
        const Dataset data = b.build();
        Database db;
        QString error;
        QVERIFY2(db.open(m_path, &error), qPrintable(error));
        DataWriter writer(db);
        QVERIFY2(writer.prepare(&error) && writer.writeDataset(data, &error), qPrintable(error));
    }

    void computesOffThreadAndDelivers()
    {
        MetricsService service;
        QSignalSpy ready(&service, &MetricsService::snapshotReady);
        QSignalSpy busy(&service, &MetricsService::busyChanged);
        service.setDatabase(m_path);
        service.setPeriod(*Period::parse(QStringLiteral("2026-02")));
        QVERIFY(ready.wait(5000));
        const auto snap = service.snapshot();
        QVERIFY(snap);
        QCOMPARE(snap->report.days.period.toString(), QStringLiteral("2026-02"));
        QCOMPARE(snap->report.assets.figures.lost, 1);                 // A on 2026-02-10
        QCOMPARE(snap->report.assets.figures.lostValue, Cents(12000)); // A's order in window
        QCOMPARE(snap->data->customers.size(), std::size_t(3));
        QVERIFY(service.isBusy()); // the model stage follows (theModelComesSecond)
        service.waitForIdle();
        QVERIFY(busy.size() >= 2);
        QCOMPARE(busy.last().first().toBool(), false);
    }

    // Reloading an unchanged database fits nothing again; a changed one is fitted anew. Another
    // database clears the figures at once.
    void anUnchangedDatabaseIsFittedOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("copy.sqlite"));
        QVERIFY(QFile::copy(m_path, path));
        MetricsService service;
        service.setDatabase(path);
        service.setPeriod(*Period::parse(QStringLiteral("2026-03")));
        service.waitForIdle();
        QVERIFY(service.snapshot() && service.snapshot()->report.modelComputed);
        QCOMPARE(service.fitsMade(), 1);
        service.reload();
        service.waitForIdle();
        QVERIFY(service.snapshot()->report.modelComputed);
        QCOMPARE(service.fitsMade(), 1);
        {
            Database db;
            QString error;
            QVERIFY2(db.open(path, &error), qPrintable(error));
            QSqlQuery q(db.connection());
            QVERIFY(
                q.exec(QStringLiteral("UPDATE orders SET amount_cents = 2999 WHERE amount_cents = 3000")));
        }
        service.reload();
        service.waitForIdle();
        QCOMPARE(service.fitsMade(), 2);
        QCOMPARE(service.snapshot()->report.assets.figures.lostValue, Cents(2999)); // B, lost 2026-03-10

        service.setDatabase(m_path);
        QVERIFY(!service.snapshot()); // nothing of the other company shown meanwhile
        service.waitForIdle();
        QCOMPARE(service.snapshot()->spec, m_path);
        QCOMPARE(service.fitsMade(), 3);
    }

    // With a fit folder, a second run on the unchanged company finds the fit on disk: the
    // same figures, no fit made. A damaged file is ignored (fitted again), never believed.
    void fitsAreKeptOnDiskBetweenRuns()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("fits"));
        const Period march = *Period::parse(QStringLiteral("2026-03"));
        auto run = [&](int expectedFits) -> std::shared_ptr<const MetricsSnapshot> {
            MetricsService service;
            service.setFitFolder(folder);
            service.setDatabase(m_path);
            service.setPeriod(march);
            service.waitForIdle();
            if (service.fitsMade() != expectedFits || !service.snapshot() ||
                !service.snapshot()->report.modelComputed) {
                qWarning("fits made: %d, expected %d", service.fitsMade(), expectedFits);
                return nullptr;
            }
            return service.snapshot();
        };
        const auto first = run(1);
        QVERIFY(first);
        const QStringList files = QDir(folder).entryList({QStringLiteral("fit-*.bin")}, QDir::Files);
        QCOMPARE(files.size(), 1);
        const auto second = run(0);
        QVERIFY(second);
        const CustomerBaseFigures &a = first->report.service.model;
        const CustomerBaseFigures &b = second->report.service.model;
        QCOMPARE(b.bgnbdFitted, a.bgnbdFitted);
        QCOMPARE(b.bgnbd.r, a.bgnbd.r);
        QCOMPARE(b.bgnbd.alpha, a.bgnbd.alpha);
        QCOMPARE(b.problem, a.problem);
        QCOMPARE(b.customers.size(), a.customers.size());
        for (std::size_t i = 0; i < a.customers.size(); ++i) {
            QCOMPARE(b.customers[i].customer, a.customers[i].customer);
            QCOMPARE(b.customers[i].pAlive, a.customers[i].pAlive);
            QCOMPARE(b.customers[i].expectedValue12m, a.customers[i].expectedValue12m);
        }
        QCOMPARE(b.atRisk.size(), a.atRisk.size());
        // Cut short: not a fit any more.
        QFile file(QDir(folder).filePath(files.first()));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() - 3));
        file.close();
        QVERIFY(run(1));
    }

    void lastChosenPeriodWins()
    {
        MetricsService service;
        QSignalSpy ready(&service, &MetricsService::snapshotReady);
        service.setDatabase(m_path);
        service.setPeriod(*Period::parse(QStringLiteral("2026-01")));
        service.setPeriod(*Period::parse(QStringLiteral("2026-02")));
        service.setPeriod(*Period::parse(QStringLiteral("2026-03")));
        service.waitForIdle();
        QVERIFY(!ready.isEmpty());
        const auto snap = service.snapshot();
        QCOMPARE(snap->report.days.period.toString(), QStringLiteral("2026-03"));
        QCOMPARE(snap->report.assets.figures.lost, 1);   // B
        QCOMPARE(snap->report.assets.figures.gained, 1); // C
    }

    // The window computes with what the database holds: the criteria set in force and the
    // period's targets, as `metrics` and `pack` do (storedRequest), read again on reload.
    void computesWithTheStoredCriteriaAndTargets()
    {
        const QString path = m_dir.filePath(QStringLiteral("request.sqlite"));
        // X has 200.00 of orders, Y 50.00; both active through March 2026.
        test::DatasetBuilder b;
        b.customer("X", "2025-01-01").order("X", "2026-03-05", 20000);
        b.customer("Y", "2025-01-01").order("Y", "2026-03-06", 5000);
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QVERIFY2(writeCompany(db, b.build(), &error), qPrintable(error));
        const Period march = *Period::parse(QStringLiteral("2026-03"));

        MetricsService service;
        service.setDatabase(path);
        service.setPeriod(march);
        service.waitForIdle();
        QVERIFY(service.snapshot());
        // The built-in default (top 20 % by revenue_12m and at least 3 orders): nobody.
        QCOMPARE(service.snapshot()->report.best.criteria.name, criteria::defaultSetName());
        QCOMPARE(service.snapshot()->report.best.bestCustomers.size(), std::size_t(0));
        QCOMPARE(service.snapshot()->report.targets.size(), 0);

        // A new version of the default set (lifetime value of at least 100.00) and a target
        // of no customer lost in March, stored as the editors will store them.
        const auto set = criteria::parse(
            "{\"name\": \"Best customers (default)\", \"version\": 1, \"match\": \"all\", \"rules\": "
            "[{\"attribute\": \"lifetime_value\", \"op\": \">=\", \"value\": 100}]}",
            &error);
        QVERIFY2(set, qPrintable(error));
        QCOMPARE(CriteriaStore(db).save(*set, QStringLiteral("tester"), &error), 2);
        QVERIFY2(TargetStore(db).set({QStringLiteral("lost"), march, 0, QStringLiteral("CCO")}, &error),
                 qPrintable(error));
        service.reload();
        service.waitForIdle();
        const MetricsReport &report = service.snapshot()->report;
        QCOMPARE(report.best.criteria.version, 2);
        QCOMPARE(report.best.bestCustomers.size(), std::size_t(1)); // X
        QCOMPARE(service.snapshot()->data->customers[std::size_t(report.best.bestCustomers[0])].customerId,
                 QStringLiteral("X"));
        QCOMPARE(report.targets.size(), 1);
        QCOMPARE(report.targets[0].target.owner, QStringLiteral("CCO"));
        QCOMPARE(report.targets[0].actual, std::optional<double>(0)); // nobody lost in March
        QCOMPARE(report.targets[0].status, TargetStatus::Met);        // 0 <= 0, lower is better
    }

    // The trend is a second stage: it arrives after the snapshot it belongs to, for the
    // periods ending with the snapshot's (13 months for a month).
    void trendArrivesAfterTheSnapshot()
    {
        MetricsService service;
        QStringList order;
        connect(&service, &MetricsService::snapshotReady, this, [&] { order << QStringLiteral("snapshot"); });
        connect(&service, &MetricsService::trendReady, this, [&] {
            order << QStringLiteral("trend");
            QVERIFY(service.trend()->belongsTo(service.snapshot()));
        });
        service.setDatabase(m_path);
        service.setPeriod(*Period::parse(QStringLiteral("2026-03")));
        service.waitForIdle();
        // The figures, the same with the customer-base model, then the trend.
        QCOMPARE(order, (QStringList{QStringLiteral("snapshot"), QStringLiteral("snapshot"),
                                     QStringLiteral("trend")}));
        QVERIFY(!service.isTrendBusy());
        const auto trend = service.trend();
        QVERIFY(trend);
        QCOMPARE(trend->trend.periods.size(), 13);
        QCOMPARE(trend->trend.periods.first().toString(), QStringLiteral("2025-03"));
        // Lost: A in February 2026 (index 11), B in March (index 12); gained: C in March.
        const auto lost = trend->trend.of(QStringLiteral("lost"));
        QCOMPARE(lost.size(), 13);
        QCOMPARE(lost[11], std::optional<double>(1));
        QCOMPARE(lost[12], std::optional<double>(1));
        QCOMPARE(lost[10], std::optional<double>(0));
        QCOMPARE(trend->trend.of(QStringLiteral("gained"))[12], std::optional<double>(1));
        // The first computation (A and B acquired 2025-01-01, before the trend) gained none
        // in March 2025.
        QCOMPARE(trend->trend.of(QStringLiteral("gained"))[0], std::optional<double>(0));
    }

    // The figures come first without the customer-base model, then with it; the second
    // delivery equals one computation with the model, and a period seen before reuses its
    // fit (the same figures again).
    void theModelComesSecond()
    {
        MetricsService service;
        QList<std::shared_ptr<const MetricsSnapshot>> delivered;
        connect(&service, &MetricsService::snapshotReady, this, [&] { delivered << service.snapshot(); });
        service.setDatabase(m_path);
        const Period march = *Period::parse(QStringLiteral("2026-03"));
        service.setPeriod(march);
        service.waitForIdle();
        QCOMPARE(delivered.size(), 2);
        QVERIFY(delivered[0]->modelPending);
        QVERIFY(!delivered[0]->report.modelComputed);
        QVERIFY(!delivered[0]->facts->rows[0].pAlive);
        QVERIFY(!delivered[1]->modelPending);
        QVERIFY(delivered[1]->report.modelComputed);
        QCOMPARE(delivered[1]->report.assets.figures.lost, delivered[0]->report.assets.figures.lost);

        Database db;
        QString error;
        QVERIFY2(db.open(m_path, &error), qPrintable(error));
        const auto request = storedRequest(db, march, &error);
        QVERIFY2(request, qPrintable(error));
        const auto once = MetricsService::compute(delivered[1]->data, m_path, *request);
        const CustomerBaseFigures a =
            delivered[1]->report.service.model; // a copy: delivered is cleared below
        const CustomerBaseFigures &b = once->report.service.model;
        QCOMPARE(a.bgnbdFitted, b.bgnbdFitted);
        QCOMPARE(a.problem, b.problem);
        QCOMPARE(a.bgnbd.r, b.bgnbd.r);
        QCOMPARE(a.bgnbd.alpha, b.bgnbd.alpha);
        QCOMPARE(a.customers.size(), b.customers.size());
        QCOMPARE(delivered[1]->facts->rows.size(), once->facts->rows.size());
        for (std::size_t i = 0; i < once->facts->rows.size(); ++i) {
            QCOMPARE(delivered[1]->facts->rows[i].pAlive, once->facts->rows[i].pAlive);
            QCOMPARE(delivered[1]->facts->rows[i].expectedValue12m, once->facts->rows[i].expectedValue12m);
        }

        service.setPeriod(*Period::parse(QStringLiteral("2026-02")));
        service.waitForIdle();
        delivered.clear();
        service.setPeriod(march);
        service.waitForIdle();
        QCOMPARE(delivered.size(), 2);
        QCOMPARE(delivered[1]->report.service.model.bgnbd.r, a.bgnbd.r);
        QCOMPARE(delivered[1]->report.service.model.customers.size(), a.customers.size());
    }

    // A period chosen while a trend is computed: that trend is dropped (or cancelled), the
    // new snapshot comes without waiting for it, and only a trend of the snapshot on show
    // is ever delivered.
    void staleTrendIsDropped()
    {
        MetricsService service;
        int delivered = 0;
        connect(&service, &MetricsService::trendReady, this, [&] {
            ++delivered;
            QVERIFY(service.trend()->belongsTo(service.snapshot()));
            QCOMPARE(service.trend()->trend.periods.last(), service.snapshot()->report.days.period);
        });
        QSignalSpy ready(&service, &MetricsService::snapshotReady);
        service.setDatabase(m_path);
        service.setPeriod(*Period::parse(QStringLiteral("2026-01")));
        QVERIFY(ready.wait(5000));
        // The January trend is running now (or done): a new period replaces it.
        QVERIFY(!service.trend() || service.trend()->belongsTo(service.snapshot()));
        service.setPeriod(*Period::parse(QStringLiteral("2026-Q1")));
        service.setPeriod(*Period::parse(QStringLiteral("2026")));
        service.waitForIdle();
        QCOMPARE(service.snapshot()->report.days.period.toString(), QStringLiteral("2026"));
        QVERIFY(service.trend());
        QVERIFY(service.trend()->belongsTo(service.snapshot()));
        QCOMPARE(service.trend()->trend.periods.size(), 5); // years 2022 .. 2026
        QVERIFY(delivered >= 1);
    }

    void reportsAnUnreadableDatabase()
    {
        MetricsService service;
        QSignalSpy failed(&service, &MetricsService::failed);
        service.setDatabase(m_dir.path()); // a folder, not a database
        service.setPeriod(*Period::parse(QStringLiteral("2026-02")));
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.first().first().toString().contains(QLatin1String("folder")));
        QVERIFY(!service.snapshot());
    }

    // The window's figures come from here: a database whose absolute order amounts add up
    // past 2^46 x 100 cents (written without the importer) is refused with a message, no figure.
    void refusesADatabasePastTheMoneyBound()
    {
        const QString path = m_dir.filePath(QStringLiteral("past-the-bound.sqlite"));
        test::DatasetBuilder b;
        b.customer("A", "2025-01-01").order("A", "2026-01-05", Cents(1) << 53).order("A", "2026-01-06", -1);
        {
            Database db;
            QString error;
            QVERIFY2(db.open(path, &error), qPrintable(error));
            DataWriter writer(db);
            QVERIFY2(writer.prepare(&error) && writer.writeDataset(b.build(), &error), qPrintable(error));
        }
        MetricsService service;
        QSignalSpy failed(&service, &MetricsService::failed);
        service.setDatabase(path);
        service.setPeriod(*Period::parse(QStringLiteral("2026-01")));
        QVERIFY(failed.wait(5000));
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QLatin1String("order amounts in this database add up to more than "
                                                "70,368,744,177,664.00")),
                 qPrintable(message));
        QVERIFY(!service.snapshot());
    }
};

QTEST_GUILESS_MAIN(TestMetricsService)
#include "tst_metricsservice.moc"
