// Two desks on one PostgreSQL company (issue 14): the window hears the other desk's
// saves within a second, says who changed what, and never takes an edit in progress away.
#include "companydump.h"
#include "dialogs/connect/connectdialog.h"
#include "mainwindow.h"
#include "models/metricsservice.h"
#include "models/targetsmodel.h"
#include "pgserver.h"
#include "storage/database.h"
#include "views/targets/targetsview.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSpinBox>
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

    // File > Connect to server by keyboard: the fields make the address (no password kept
    // in the recent list's entries), a recent connection fills them, an unreachable server
    // is said in the dialog, which stays open; the real one is reached and accepted.
    void connectDialogByKeyboard()
    {
        const QString spec = m_server.createDatabase(QStringLiteral("dialog"));
        {
            Database db;
            QString error;
            QVERIFY2(db.open(spec, &error), qPrintable(error));
        }
        const QUrl url(spec);
        ConnectDialog dialog(
            {QStringLiteral("/home/cco/northwind.sqlite"),
             QStringLiteral("postgresql://cco@db.example.com:5433/northwind?sslmode=require")});
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *recent = dialog.findChild<QComboBox *>();
        QCOMPARE(recent->count(), 2); // "New connection" and the server; not the file
        recent->setFocus();
        QTest::keyClick(recent, Qt::Key_Down);
        QCOMPARE(dialog.spec(),
                 QStringLiteral("postgresql://cco@db.example.com:5433/northwind?sslmode=require"));
        // Typed: host, port, database, user, password; TLS left to "prefer".
        const QList<QLineEdit *> edits = dialog.findChildren<QLineEdit *>();
        const auto field = [&](const QString &placeholderOrText) -> QLineEdit * {
            for (QLineEdit *e : edits) {
                if (e->placeholderText() == placeholderOrText || e->text() == placeholderOrText)
                    return e;
            }
            return nullptr;
        };
        QLineEdit *host = field(QStringLiteral("db.example.com"));
        QVERIFY(host);
        host->setFocus();
        host->selectAll();
        QTest::keyClicks(host, QStringLiteral("127.0.0.1"));
        QTest::keyClick(host, Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("1")); // port 1: nobody there
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), url.path().mid(1));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), url.userName());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("s3cret"));
        auto *tls = dialog.findChildren<QComboBox *>().last();
        tls->setCurrentIndex(tls->findData(QStringLiteral("prefer")));
        QCOMPARE(dialog.spec(),
                 QStringLiteral("postgresql://%1:s3cret@127.0.0.1:1%2").arg(url.userName(), url.path()));
        QTest::keyClick(&dialog, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.message().contains(QLatin1String("cannot reach the server 127.0.0.1:1")),
                 qPrintable(dialog.message()));
        QVERIFY(!dialog.message().contains(QLatin1String("s3cret")));
        // The right port: connected.
        auto *port = dialog.findChild<QSpinBox *>();
        port->setValue(url.port());
        QTest::keyClick(&dialog, Qt::Key_Return);
        QVERIFY2(!dialog.isVisible(), qPrintable(dialog.message()));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
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
