// Two desks on one PostgreSQL company (issue 14): the window hears the other desk's
// saves within a second, says who changed what, and never takes an edit in progress away.
#include "companydump.h"
#include "mainwindow.h"
#include "models/metricsservice.h"
#include "models/targetsmodel.h"
#include "pgserver.h"
#include "storage/database.h"
#include "views/targets/targetsview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QUrl>
#include <QtTest>

using namespace acc;

class TestSharedDesk : public QObject
{
    Q_OBJECT
private:
    test::PgServer m_server{56000 + (::getpid() % 500)};

    static bool waitFor(const std::function<bool()> &done, int ms)
    {
        QElapsedTimer timer;
        timer.start();
        while (!done() && timer.elapsed() < ms)
            QTest::qWait(20);
        return done();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString problem = m_server.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void otherDesksSavesArriveAfterTheEditInProgress()
    {
        const QString spec = m_server.createDatabase(QStringLiteral("desk"));
        QString error;
        {
            Database db;
            QVERIFY2(db.open(spec, &error), qPrintable(error));
            QVERIFY2(test::writeDemoCompany(db, 300, &error), qPrintable(error));
        }
        MetricsService service;
        MainWindow window(&service);
        window.resize(1280, 720);
        window.show();
        QVERIFY(window.openDatabase(spec));
        // Both stages delivered (the figures, then the customer-base model's).
        QVERIFY(waitFor([&] { return !service.isBusy() && service.snapshot(); }, 30000));
        QTest::qWait(1000);
        QVERIFY(waitFor([&] { return !service.isBusy(); }, 30000));
        QVERIFY(window.showView(QStringLiteral("targets")));
        auto *view = qobject_cast<TargetsView *>(window.currentView());
        QVERIFY(view);
        QVERIFY(waitFor([&] { return view->model().rowCount() > 0; }, 5000));
        const QString period = view->model().period().toString();

        // At this desk, a target being typed on "gained".
        QTableView *table = view->table();
        const QModelIndex cell =
            table->model()->index(view->model().rowOf(QStringLiteral("gained")), TargetsModel::Target);
        QVERIFY(cell.isValid());
        table->setFocus();
        table->setCurrentIndex(cell);
        table->edit(cell);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral("120"));

        // At the other desk, Alice sets a target on "lost".
        QSqlDatabase other = test::PgServer::connectAs(spec, QStringLiteral("alice"),
                                                       QStringLiteral("accountable:a11ce000:Alice Martin"));
        QVERIFY2(other.isOpen(), qPrintable(other.lastError().text()));
        {
            QSqlQuery q(other);
            q.prepare(QStringLiteral(
                "INSERT INTO targets (metric, period, value, owner) VALUES ('lost', ?, 50, 'COO')"));
            q.addBindValue(period);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        // Heard, but the figures wait while the target is being typed: nothing is lost.
        const auto before = service.snapshot();
        QTest::qWait(1500);
        QCOMPARE(service.snapshot(), before);
        QCOMPARE(QApplication::focusWidget(), editor);
        QCOMPARE(editor->text(), QStringLiteral("120"));

        // The edit saved, the other desk's target arrives with a note of who set it.
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY(waitFor([&] { return service.snapshot() != before && !service.isBusy(); }, 3000));
        QVERIFY(waitFor(
            [&] { return window.statusBar()->currentMessage().contains(QLatin1String("Alice Martin")); },
            1000));
        QVERIFY2(window.statusBar()->currentMessage().startsWith(
                     QLatin1String("Targets changed on another desk by Alice Martin")),
                 qPrintable(window.statusBar()->currentMessage()));
        const int lost = view->model().rowOf(QStringLiteral("lost"));
        const int gained = view->model().rowOf(QStringLiteral("gained"));
        QVERIFY(waitFor(
            [&] {
                return view->model()
                    .index(lost, TargetsModel::Target)
                    .data()
                    .toString()
                    .contains(QLatin1String("50"));
            },
            2000));
        QVERIFY2(view->model()
                     .index(gained, TargetsModel::Target)
                     .data()
                     .toString()
                     .contains(QLatin1String("120")),
                 qPrintable(view->model().index(gained, TargetsModel::Target).data().toString()));
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("alice"));
    }
};

QTEST_MAIN(TestSharedDesk)
#include "tst_shareddesk.moc"
