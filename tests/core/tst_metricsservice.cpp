// MetricsService: loads and computes off the GUI thread; the last chosen period wins.
#include "datasetbuilder.h"
#include "models/metricsservice.h"
#include "storage/database.h"
#include "storage/datawriter.h"

#include <QSignalSpy>
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
        QVERIFY(busy.size() >= 2);
        QCOMPARE(busy.last().first().toBool(), false);
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
