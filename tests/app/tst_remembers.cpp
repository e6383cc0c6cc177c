// What the window remembers between runs (docs/settings.md): the recent companies, most
// recent first and at most eight, kept without passwords; a company whose file moved is
// reported and dropped from File > Open Recent; on closing, the view in front and the
// company's period; and the geometry and the list's width put back at the next start.
#include "dialogs/about/aboutdialog.h"
#include "lossfixture.h"
#include "mainwindow.h"
#include "models/metricsservice.h"
#include "storage/database.h"
#include "storage/datawriter.h"
#include "usersettings.h"
#include "views/viewregistry.h"
#include "widgets/periodselector.h"
#include "widgets/recentmenu.h"
#include "widgets/splittermemory.h"

#include <QElapsedTimer>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace acc;

namespace {

bool settle(MetricsService &service)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000) {
        service.waitForIdle();
        QCoreApplication::processEvents();
        if (!service.isBusy() && service.snapshot())
            return true;
        QTest::qWait(5);
    }
    return false;
}

// Closes the next message box that opens, remembering its text.
void answerNextMessageBox(QString *text)
{
    QTimer::singleShot(0, [text] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                *text = box->text();
                box->accept();
                return;
            }
        }
        answerNextMessageBox(text); // not shown yet
    });
}

} // namespace

class TestRemembers : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // ~/.qttest: never the user's own settings
        QSettings().clear();
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("company.sqlite"));
        const Dataset data = test::lossFixture();
        Database db;
        QString error;
        QVERIFY2(db.open(m_path, &error), qPrintable(error));
        DataWriter writer(db);
        QVERIFY2(writer.prepare(&error) && writer.writeDataset(data, &error), qPrintable(error));
    }

    void init() { QSettings().clear(); }

    void recentCompaniesMostRecentFirst()
    {
        for (int i = 1; i <= 10; ++i)
            user::noteOpened(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(i)));
        QStringList recent = user::recentCompanies();
        QCOMPARE(recent.size(), user::kRecentLimit); // 8: c10 … c3
        QCOMPARE(recent.first(), m_dir.filePath(QStringLiteral("c10.sqlite")));
        QCOMPARE(recent.last(), m_dir.filePath(QStringLiteral("c3.sqlite")));
        // Opened again: to the front, not twice.
        user::noteOpened(m_dir.filePath(QStringLiteral("c5.sqlite")));
        recent = user::recentCompanies();
        QCOMPARE(recent.first(), m_dir.filePath(QStringLiteral("c5.sqlite")));
        QCOMPARE(recent.count(m_dir.filePath(QStringLiteral("c5.sqlite"))), 1);
        QCOMPARE(recent.size(), 8);
        // A relative path is kept absolute; a server's address without its password.
        QCOMPARE(user::recentForm(QStringLiteral("relative.sqlite")),
                 QDir::current().absoluteFilePath(QStringLiteral("relative.sqlite")));
        QCOMPARE(user::recentForm(QStringLiteral("postgresql://cco:secret@db.example.com:5432/northwind")),
                 QStringLiteral("postgresql://cco@db.example.com:5432/northwind"));
        user::noteOpened(QStringLiteral("postgresql://cco:secret@db.example.com:5432/northwind"));
        QVERIFY(!QSettings()
                     .value(QStringLiteral("companies/recent"))
                     .toStringList()
                     .join(QString())
                     .contains(QStringLiteral("secret")));
        user::forget(m_dir.filePath(QStringLiteral("c5.sqlite")));
        QVERIFY(!user::recentCompanies().contains(m_dir.filePath(QStringLiteral("c5.sqlite"))));
    }

    // A splitter dragged by hand keeps its shares for the next run, at another size; one
    // never dragged is left to its view; headless runs neither read nor store.
    void splitterSharesComeBack()
    {
        {
            QSplitter split;
            split.addWidget(new QWidget);
            split.addWidget(new QWidget);
            splittermemory::remember(&split, QStringLiteral("test/split"));
            split.resize(1000, 400);
            split.show();
            QVERIFY(QTest::qWaitForWindowExposed(&split));
            QVERIFY(!splittermemory::moved(&split));
            split.setSizes({300, 700 - split.handleWidth()});
            emit split.splitterMoved(300, 1); // what a drag of the handle emits
            QVERIFY(splittermemory::moved(&split));
        }
        const QVariantList stored = QSettings().value(QStringLiteral("splitters/test/split")).toList();
        QCOMPARE(stored.size(), 2);
        QVERIFY(std::abs(stored[0].toDouble() - 0.3) < 0.01);

        QSplitter again;
        again.addWidget(new QWidget);
        again.addWidget(new QWidget);
        splittermemory::remember(&again, QStringLiteral("test/split"));
        QVERIFY(splittermemory::moved(&again));
        again.resize(2000, 400);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QTRY_VERIFY(std::abs(again.sizes()[0] - 600) <= 10); // 30 % of 2,000

        splittermemory::setEnabled(false);
        QSplitter headless;
        headless.addWidget(new QWidget);
        headless.addWidget(new QWidget);
        splittermemory::remember(&headless, QStringLiteral("test/split"));
        QVERIFY(!splittermemory::moved(&headless)); // the stored shares are not read
        headless.setSizes({100, 100});
        emit headless.splitterMoved(100, 1);
        QVERIFY(splittermemory::moved(&headless)); // dragged all the same
        QVERIFY(std::abs(QSettings().value(QStringLiteral("splitters/test/split")).toList()[0].toDouble() -
                         0.3) < 0.01); // and not stored
        splittermemory::setEnabled(true);
    }

    // A company moved away: the menu says so when it is chosen and drops it; one still
    // there opens.
    void movedCompanyIsDropped()
    {
        const QString gone = m_dir.filePath(QStringLiteral("moved.sqlite"));
        user::noteOpened(gone);
        user::noteOpened(m_path);
        RecentMenu menu;
        menu.refresh();
        const QList<QAction *> entries = menu.actions();
        QVERIFY(entries.size() >= 2);
        QVERIFY(entries[0]->text().contains(QStringLiteral("company.sqlite")));
        QVERIFY(entries[1]->text().contains(QStringLiteral("moved.sqlite")));
        QVERIFY(entries[0]->text().startsWith(QStringLiteral("&1 ")));
        QSignalSpy chosen(&menu, &RecentMenu::companyChosen);
        QString message;
        answerNextMessageBox(&message);
        entries[1]->trigger();
        QVERIFY2(message.contains(gone), qPrintable(message));
        QCOMPARE(chosen.count(), 0);
        QCOMPARE(user::recentCompanies(), QStringList{m_path});
        menu.refresh();
        menu.actions().first()->trigger();
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().first().toString(), m_path);
    }

    // Closing keeps the view, the company's period, the geometry and a dragged list's
    // width; a new window is put back as it was.
    void theWindowComesBackAsItWasLeft()
    {
        const Period period = *Period::parse(QStringLiteral("2026-08"));
        {
            MetricsService service;
            MainWindow window(&service);
            window.setRemembers(true);
            window.resize(1100, 760);
            window.show();
            QVERIFY(window.openDatabase(m_path));
            QVERIFY(settle(service));
            QCOMPARE(user::recentCompanies().value(0), m_path);
            window.periodSelector()->setPeriod(period);
            QVERIFY(window.showView(QStringLiteral("targets")));
            window.close();
        }
        QCOMPARE(user::lastView(), QStringLiteral("targets"));
        QCOMPARE(user::lastPeriod(m_path), QStringLiteral("2026-08"));
        QVERIFY(!QSettings().value(QStringLiteral("window/geometry")).toByteArray().isEmpty());
        {
            MetricsService service;
            MainWindow window(&service);
            QVERIFY(window.restoreRemembered());
            QCOMPARE(window.size(), QSize(1100, 760));
        }
        // Not remembering (tests, screenshots): nothing written.
        QSettings().clear();
        {
            MetricsService service;
            MainWindow window(&service);
            window.show();
            QVERIFY(window.openDatabase(m_path));
            QVERIFY(settle(service));
            window.close();
        }
        QVERIFY(user::recentCompanies().isEmpty());
        QVERIFY(user::lastView().isEmpty());
        MetricsService service;
        MainWindow window(&service);
        QVERIFY(!window.restoreRemembered());
    }

    // Help > About: the version, and where the settings, the data and the cache are.
    void aboutSaysWhereThingsAre()
    {
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
        AboutDialog about(m_path);
        const QString places = about.placesText();
        QVERIFY2(places.contains(QDir::toNativeSeparators(QSettings().fileName())), qPrintable(places));
        QVERIFY(places.contains(QDir::toNativeSeparators(QFileInfo(user::demoCompanyPath()).absolutePath())));
        QVERIFY(places.contains(QStringLiteral("company.sqlite")));
        bool versionShown = false;
        for (const QLabel *label : about.findChildren<QLabel *>())
            versionShown = versionShown || label->text().contains(QStringLiteral("Accountable 9.8.7"));
        QVERIFY(versionShown);
        QVERIFY(QFile::exists(QStringLiteral(":/LICENSE")));
        QVERIFY(!QIcon(QStringLiteral(":/icons/accountable.svg")).pixmap(64, 64).isNull());
        // Every view of the registry has its drawn icon.
        for (const QString &view : views::names())
            QVERIFY2(!QIcon(QStringLiteral(":/icons/views/%1.svg").arg(view)).pixmap(24, 24).isNull(),
                     qPrintable(view));
        // Every menu action with an icon shows a drawn one (none falls back to nothing).
        MetricsService service;
        MainWindow window(&service);
        int withIcons = 0;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->icon().isNull())
                continue;
            QVERIFY2(!action->icon().pixmap(24, 24).isNull(), qPrintable(action->text()));
            ++withIcons;
        }
        QVERIFY2(withIcons >= 17, qPrintable(QString::number(withIcons)));
    }

    void theDemoCompanyLivesInTheDataFolder()
    {
        const QString path = user::demoCompanyPath();
        QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(path.endsWith(QStringLiteral("/demo.sqlite")));
        QVERIFY(!path.startsWith(QDir::currentPath() + QLatin1Char('/')));
    }
};

QTEST_MAIN(TestRemembers)
#include "tst_remembers.moc"
