// The Scorecard view on the hand-worked fixture (scorecardfixture.h, 2026-Q3): its panels,
// the figure -> view drill by mouse and keys, the CSV export, and the window's wiring
// (viewRequested, the trend stage).
#include "mainwindow.h"
#include "models/metricsservice.h"
#include "scorecardfixture.h"
#include "storage/database.h"
#include "storage/datawriter.h"
#include "storage/targetstore.h"
#include "views/scorecard/scorecardpanel.h"
#include "views/scorecard/scorecardview.h"
#include "views/viewregistry.h"
#include "widgets/periodselector.h"

#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace acc;
using namespace acc::test::scorecardfixture;

class TestScorecardView : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QModelIndex rowOf(ScorecardPanel *panel, const QString &key)
    {
        const QAbstractItemModel *m = panel->list()->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            const QModelIndex i = m->index(r, ScorecardModel::Figure);
            if (i.data(ScorecardModel::KeyRole).toString() == key)
                return i;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
    }

    void registeredFirst()
    {
        QCOMPARE(views::names().first(), QStringLiteral("scorecard"));
        const ViewDescriptor *d = views::find(QStringLiteral("scorecard"));
        QVERIFY(d);
        std::unique_ptr<ReportView> view(d->create(theme::Theme::standard(), nullptr));
        QVERIFY(qobject_cast<ScorecardView *>(view.get()));
        QVERIFY(view->canExportTable());
        QVERIFY(view->usesTrend());
    }

    void panels()
    {
        ScorecardView view;
        view.resize(1280, 720);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setSnapshot(snapshotOf(fixture()));
        QCOMPARE(view.panel(scorecard::Group::Assets)->figureCount(), 6);
        QCOMPARE(view.panel(scorecard::Group::Service)->figureCount(), 6);
        QCOMPARE(view.panel(scorecard::Group::Listening)->figureCount(), 5); // promoters has a target
        QCOMPARE(view.panel(scorecard::Group::Operations)->figureCount(), 4);
        QCOMPARE(view.panel(scorecard::Group::Other)->figureCount(), 1); // followed_up
        QVERIFY(view.panel(scorecard::Group::Other)->isVisible());
        // Churn missed; within SLA at risk, at_risk without data; NPS met, promoters missed.
        QCOMPARE(view.panel(scorecard::Group::Assets)->countsText(), QStringLiteral("1 missed of 1 target"));
        QCOMPARE(view.panel(scorecard::Group::Service)->countsText(),
                 QStringLiteral("1 at risk · 1 without data of 2 targets"));
        QCOMPARE(view.panel(scorecard::Group::Listening)->countsText(),
                 QStringLiteral("1 met · 1 missed of 2 targets"));
        QCOMPARE(view.panel(scorecard::Group::Operations)->countsText(), QStringLiteral("No target set"));
        QCOMPARE(
            view.summary(),
            QStringLiteral("6 targets: 1 met · 1 at risk · 3 missed · 1 without data; trend since Q4 2024"));
        // Wide enough for two columns of panels; one when narrow.
        QCOMPARE(view.columns(), 2);
        view.resize(800, 720);
        QCoreApplication::processEvents();
        QCOMPARE(view.columns(), 1);
        // Every panel as tall as its figures: nothing cut inside a panel.
        ScorecardList *list = view.panel(scorecard::Group::Assets)->list();
        QCOMPARE(list->height(), 6 * list->sizeHintForRow(0) + 2 * list->frameWidth());
    }

    void clickAndEnterOpenTheExplainingView()
    {
        ScorecardView view;
        view.resize(1280, 720);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setSnapshot(snapshotOf(fixture()));
        QSignalSpy requested(&view, &ReportView::viewRequested);

        ScorecardList *assets = view.panel(scorecard::Group::Assets)->list();
        const QModelIndex churn = rowOf(view.panel(scorecard::Group::Assets), QStringLiteral("churn_rate"));
        QVERIFY(churn.isValid());
        QTest::mouseClick(assets->viewport(), Qt::LeftButton, {}, assets->visualRect(churn).center());
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.takeFirst().first().toString(), QStringLiteral("loss-review"));

        ScorecardList *service = view.panel(scorecard::Group::Service)->list();
        service->setFocus();
        service->setCurrentIndex(rowOf(view.panel(scorecard::Group::Service), QStringLiteral("at_risk")));
        QTest::keyClick(service, Qt::Key_Return);
        QCOMPARE(requested.takeFirst().first().toString(), QStringLiteral("at-risk"));
        // The arrow keys move between figures; Enter opens the one reached.
        service->setCurrentIndex(rowOf(view.panel(scorecard::Group::Service), QStringLiteral("rescue_rate")));
        QTest::keyClick(service, Qt::Key_Down); // resolved_within_sla
        QTest::keyClick(service, Qt::Key_Enter);
        QCOMPARE(requested.takeFirst().first().toString(), QStringLiteral("listening"));

        ScorecardList *operations = view.panel(scorecard::Group::Operations)->list();
        const QModelIndex revenue =
            rowOf(view.panel(scorecard::Group::Operations), QStringLiteral("contacts_by_category.revenue"));
        QTest::mouseClick(operations->viewport(), Qt::LeftButton, {},
                          operations->visualRect(revenue).center());
        QCOMPARE(requested.takeFirst().first().toString(), QStringLiteral("moments-of-truth"));

        QPushButton *targets = nullptr;
        for (QPushButton *b : view.findChildren<QPushButton *>()) {
            if (b->text().contains(QLatin1String("targets")))
                targets = b;
        }
        QVERIFY(targets);
        QTest::mouseClick(targets, Qt::LeftButton);
        QCOMPARE(requested.takeFirst().first().toString(), QStringLiteral("targets"));
        QVERIFY(requested.isEmpty());
    }

    // The CSV: every figure with its raw actual, target and trend values (churn's 2026-Q2:
    // 1/3, worked in tst_scorecard).
    void exportsCsv()
    {
        const auto snapshot = snapshotOf(fixture());
        ScorecardView view;
        view.setSnapshot(snapshot);
        view.setTrend(MetricsService::computeTrend(snapshot));
        QVERIFY(view.model().hasTrend());
        const QString path = m_dir.filePath(QStringLiteral("scorecard.csv"));
        QString error;
        QVERIFY2(view.exportTableTo(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(file.readAll()).remove(QChar(0xFEFF)).split(QStringLiteral("\r\n"));
        QCOMPARE(
            lines.first(),
            QStringLiteral("Target group,Figure,Actual,Target,Status,Owner,Trend,2024-Q4,2025-Q1,2025-Q2,"
                           "2025-Q3,2025-Q4,2026-Q1,2026-Q2,2026-Q3"));
        QCOMPARE(lines.size(), 1 + 22 + 1); // header, 22 figures, the final line break
        QString churn;
        for (const QString &line : lines) {
            if (line.contains(QLatin1String(",Churn rate,")))
                churn = line;
        }
        QCOMPARE(churn, QStringLiteral("Customers as assets,Churn rate,0.500000,0.400000,✗ Missed,CCO,"
                                       "Q1 2025: 0\u00A0% → Q3 2026: 50\u00A0%,,0.000000,0.000000,0.000000,"
                                       "0.000000,0.000000,0.333333,0.500000"));
    }

    // The window: the scorecard is the first view, takes the trend when the service's
    // second stage delivers, and a requested view is shown (an unknown name is ignored).
    void windowWiring()
    {
        const QString path = m_dir.filePath(QStringLiteral("company.sqlite"));
        {
            Database db;
            QString error;
            QVERIFY2(db.open(path, &error), qPrintable(error));
            QVERIFY2(writeCompany(db, fixture(), &error), qPrintable(error));
            QVERIFY2(TargetStore(db).setAll(fixtureTargets(), &error), qPrintable(error));
        }
        MetricsService service;
        MainWindow window(&service);
        window.setInitialPeriod(q3());
        window.resize(1280, 720);
        window.show();
        QVERIFY(window.openDatabase(path));
        service.waitForIdle();
        QCoreApplication::processEvents();
        auto *view = qobject_cast<ScorecardView *>(window.currentView());
        QVERIFY(view);
        QCOMPARE(view->model().rowCount(), 22);
        QVERIFY(view->model().hasTrend());
        QCOMPARE(view->model().trendPeriods().last().toString(), QStringLiteral("2026-Q3"));

        emit view->viewRequested(QStringLiteral("no-such-view"));
        QCOMPARE(window.currentView(), view);
        emit view->viewRequested(QStringLiteral("targets"));
        QCOMPARE(window.currentView(), window.view(QStringLiteral("targets")));
    }
};

QTEST_MAIN(TestScorecardView)
#include "tst_scorecardview.moc"
