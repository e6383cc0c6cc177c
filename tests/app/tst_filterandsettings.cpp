// The window's filter (docs/filters.md) and File > Settings (docs/settings.md), driven by
// keys and the mouse on a four-customer company written to SQLite, worked by hand:
//
// A Retail/North/Ann: acquired 2025-01-01, 100.00 on 2026-02-10, lost 2026-03-05.
// B Retail/South/Bob: acquired 2025-06-01, 50.00 on 2026-01-15, 30.00 on 2026-02-20.
// C Wholesale/North/Ann: acquired 2026-02-01, 1,000.00 on 2026-02-02.
// D (blank): acquired 2025-01-01.
// 2026-Q1 (calendar): revenue 1,180.00, lost 1 (A); Retail only: 180.00, 2 customers.
// With the fiscal year starting in December, 2026-Q1 is December 2025 to February 2026:
// A's loss (March) falls out of it.
#include "datasetbuilder.h"
#include "dialogs/settings/settingsdialog.h"
#include "mainwindow.h"
#include "models/metricsservice.h"
#include "report/packbuilder.h"
#include "storage/database.h"
#include "storage/datawriter.h"
#include "storage/settingsstore.h"
#include "theme/theme.h"
#include "usersettings.h"
#include "widgets/filterbar.h"
#include "widgets/periodselector.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace acc;

namespace {

Dataset company()
{
    test::DatasetBuilder b;
    b.customer("A", "2025-01-01", "2026-03-05", "Price").order("A", "2026-02-10", 10000);
    b.last().segment = QStringLiteral("Retail");
    b.last().region = QStringLiteral("North");
    b.last().accountOwner = QStringLiteral("Ann");
    b.customer("B", "2025-06-01").order("B", "2026-01-15", 5000).order("B", "2026-02-20", 3000);
    b.last().segment = QStringLiteral("Retail");
    b.last().region = QStringLiteral("South");
    b.last().accountOwner = QStringLiteral("Bob");
    b.customer("C", "2026-02-01").order("C", "2026-02-02", 100000);
    b.last().segment = QStringLiteral("Wholesale");
    b.last().region = QStringLiteral("North");
    b.last().accountOwner = QStringLiteral("Ann");
    b.customer("D", "2025-01-01");
    Dataset d = b.build();
    d.companyName = QStringLiteral("Filter Trading");
    return d;
}

bool settle(MetricsService &service, const MainWindow &window)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000) {
        service.waitForIdle();
        QCoreApplication::processEvents();
        const auto s = service.snapshot();
        if (!service.isBusy() && s && s->report.days.period == window.periodSelector()->period() &&
            s->filter == window.filterBar()->filter())
            return true;
        QTest::qWait(5);
    }
    return false;
}

double figure(const MetricsService &service, const char *key)
{
    const auto v = figureValue(service.snapshot()->report, QString::fromLatin1(key));
    return v ? *v : qQNaN();
}

} // namespace

class TestFilterAndSettings : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings in a test location
        QLocale::setDefault(QLocale::c());
        m_path = m_dir.filePath(QStringLiteral("company.sqlite"));
        const Dataset data = company();
        Database db;
        QString error;
        QVERIFY2(db.open(m_path, &error), qPrintable(error));
        DataWriter writer(db);
        QVERIFY2(writer.prepare(&error) && writer.writeDataset(data, &error), qPrintable(error));
        QVERIFY(db.setSetting(QStringLiteral("company_name"), data.companyName));
    }

    void theStoreRefusesAndKeeps()
    {
        Database db;
        QString error;
        QVERIFY(db.open(m_path, &error));
        auto s = settings::read(db, &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->companyName, QStringLiteral("Filter Trading"));
        QCOMPARE(s->currency, QStringLiteral("EUR"));
        QCOMPARE(s->slaDays, 2);
        QCOMPARE(s->fiscalYearStart, 1);
        const CompanySettings before = *s;
        for (const auto &bad :
             {CompanySettings{QStringLiteral("X"), QStringLiteral("eur"), 2, 1},
              CompanySettings{QStringLiteral("X"), QStringLiteral("EURO"), 2, 1},
              CompanySettings{QStringLiteral("X"), QStringLiteral("EUR"), -1, 1},
              CompanySettings{QStringLiteral("X"), QStringLiteral("EUR"), 366, 1},
              CompanySettings{QStringLiteral("X"), QStringLiteral("EUR"), 2, 0},
              CompanySettings{QStringLiteral("X"), QStringLiteral("EUR"), 2, 13},
              CompanySettings{QStringLiteral("A\nB"), QStringLiteral("EUR"), 2, 1},
              CompanySettings{QString(201, QLatin1Char('n')), QStringLiteral("EUR"), 2, 1}}) {
            QVERIFY(!settings::write(db, bad, &error));
            QVERIFY(!error.isEmpty());
            QCOMPARE(*settings::read(db, &error), before); // nothing changed
        }
        QVERIFY(settings::currencyRefusal(QStringLiteral("eur")).contains(QStringLiteral("ISO 4217")));
    }

    void filterAppliesToEveryFigure()
    {
        MetricsService service;
        MainWindow window(&service);
        window.setInitialPeriod(*Period::parse(QStringLiteral("2026-Q1")));
        window.resize(1280, 720);
        window.show();
        QVERIFY(window.openDatabase(m_path));
        QVERIFY(settle(service, window));
        QCOMPARE(figure(service, "revenue"), 1180.0);
        FilterBar *bar = window.filterBar();
        QCOMPARE(bar->choices().segments,
                 (QStringList{QStringLiteral("Retail"), QStringLiteral("Wholesale")}));
        QCOMPARE(bar->text(), QStringLiteral("Filter: All customers"));

        QSignalSpy changed(bar, &FilterBar::filterChanged);
        bar->choose(FilterBar::Field::Segment, QStringLiteral("Retail"));
        QCOMPARE(changed.size(), 1);
        QVERIFY(settle(service, window));
        QCOMPARE(int(service.snapshot()->data->customers.size()), 2);
        QCOMPARE(figure(service, "revenue"), 180.0);
        QCOMPARE(figure(service, "lost"), 1.0);
        QCOMPARE(bar->text(), QStringLiteral("Filter: Segment: Retail"));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Segment: Retail")));
        // Every pack page carries it.
        const MeetingPack pack = PackBuilder::build(*service.snapshot(), PackKind::Quarterly);
        QVERIFY(pack.footerText.endsWith(QStringLiteral("Segment: Retail")));

        // Owner Ann as well: A only (C is Wholesale).
        bar->choose(FilterBar::Field::Owner, QStringLiteral("Ann"));
        QVERIFY(settle(service, window));
        QCOMPARE(figure(service, "revenue"), 100.0);
        QCOMPARE(bar->text(), QStringLiteral("Filter: Segment: Retail · Owner: Ann"));

        // The menu's first entry shows everyone again.
        QAction *all = bar->menu()->actions().constFirst();
        QVERIFY(all->isEnabled());
        all->trigger();
        QVERIFY(settle(service, window));
        QCOMPARE(figure(service, "revenue"), 1180.0);
        QVERIFY(!window.windowTitle().contains(QStringLiteral("Segment")));
    }

    void settingsDialogByKeys()
    {
        MetricsService service;
        MainWindow window(&service);
        window.setInitialPeriod(*Period::parse(QStringLiteral("2026-Q1")));
        window.show();
        QVERIFY(window.openDatabase(m_path));
        QVERIFY(settle(service, window));
        QCOMPARE(window.periodSelector()->period().start(), QDate(2026, 1, 1));
        QCOMPARE(figure(service, "lost"), 1.0);

        SettingsDialog *dialog = window.editSettings();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);

        // A currency of two letters is refused with the store's words, OK disabled.
        QLineEdit *currency = dialog->currencyField();
        currency->selectAll();
        QTest::keyClicks(currency, QStringLiteral("us"));
        QCOMPARE(currency->text(), QStringLiteral("US")); // typed letters become capitals
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog->message().contains(QStringLiteral("ISO 4217")));
        QTest::keyClicks(currency, QStringLiteral("d"));
        QCOMPARE(currency->text(), QStringLiteral("USD"));
        QVERIFY(ok->isEnabled());
        QVERIFY(dialog->message().isEmpty());

        QSpinBox *sla = dialog->slaField();
        sla->selectAll();
        QTest::keyClicks(sla, QStringLiteral("5"));
        QCOMPARE(sla->value(), 5);

        // The fiscal year from December: the example says what 2026-Q1 becomes.
        QComboBox *fiscal = dialog->fiscalField();
        fiscal->setFocus();
        QTest::keyClick(fiscal, Qt::Key_End);
        QCOMPARE(fiscal->currentData().toInt(), 12);
        QVERIFY2(dialog->fiscalExample().contains(
                     QStringLiteral("2026-Q1 is FY2026 Q1 (December 2025 to February 2026)")),
                 qPrintable(dialog->fiscalExample()));
        QCOMPARE(dialog->companySettings().fiscalYearStart, 12);

        // Contrast by keys: "As the desktop", "High contrast", "Standard".
        QComboBox *contrast = dialog->contrastField();
        QCOMPARE(contrast->currentIndex(), 0);
        contrast->setFocus();
        QTest::keyClick(contrast, Qt::Key_Down);
        QCOMPARE(contrast->currentData().toString(), QStringLiteral("high"));

        QLineEdit *author = dialog->authorField();
        author->selectAll();
        QTest::keyClicks(author, QStringLiteral("Chief Customer Officer"));

        QSignalSpy saved(dialog, &SettingsDialog::companySettingsSaved);
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(user::authorName(), QStringLiteral("Chief Customer Officer"));
        QCOMPARE(user::contrast(), QStringLiteral("high"));
        QVERIFY(user::wantsHighContrast());

        Database db;
        QString error;
        QVERIFY(db.open(m_path, &error));
        const auto stored = settings::read(db, &error);
        QCOMPARE(stored->currency, QStringLiteral("USD"));
        QCOMPARE(stored->slaDays, 5);
        QCOMPARE(stored->fiscalYearStart, 12);

        // The window reloads: 2026-Q1 is now December 2025 to February 2026, without A's loss.
        QVERIFY(settle(service, window));
        QTRY_COMPARE(window.periodSelector()->period().start(), QDate(2025, 12, 1));
        QVERIFY(settle(service, window));
        QCOMPARE(service.snapshot()->report.days.period.start(), QDate(2025, 12, 1));
        QCOMPARE(figure(service, "lost"), 0.0);
        QCOMPARE(figure(service, "revenue"), 1180.0);
        QCOMPARE(service.snapshot()->data->currency, QStringLiteral("USD"));

        // Back to the calendar year for the other tests.
        QVERIFY(settings::write(db, {QStringLiteral("Filter Trading"), QStringLiteral("EUR"), 2, 1}, &error));
        user::setAuthorName({});
        user::setContrast({});
    }

    // Every text colour reads on its ground: WCAG AA (4.5:1) in the standard theme, AAA
    // (7:1) in high contrast, where the secondary text is as dark as the ink; rules and
    // context bars are visible (3:1) in high contrast. A desktop high-contrast theme
    // (GTK_THEME) turns it on unless the user chose.
    void contrastOfTheTheme()
    {
        for (const bool high : {false, true}) {
            theme::setHighContrast(high);
            const double text = high ? 7.0 : 4.5;
            for (const QColor &ground : {theme::background(), theme::band()}) {
                QVERIFY(theme::contrastRatio(theme::ink(), ground) >= text);
                QVERIFY2(theme::contrastRatio(theme::mutedInk(), ground) >= text,
                         qPrintable(QString::number(theme::contrastRatio(theme::mutedInk(), ground))));
                QVERIFY(theme::contrastRatio(theme::accentDark(), ground) >= text);
                for (const QColor &status : {theme::statusMet(), theme::statusAtRisk(), theme::statusMissed()})
                    QVERIFY2(theme::contrastRatio(status, ground) >= text,
                             qPrintable(status.name() + QLatin1Char(' ') +
                                        QString::number(theme::contrastRatio(status, ground))));
            }
            QVERIFY(theme::contrastRatio(Qt::white, theme::accentDark()) >= text); // selected text
            if (high) {
                QVERIFY(theme::contrastRatio(theme::grid(), theme::background()) >= 3.0);
                QVERIFY(theme::contrastRatio(theme::context(), theme::background()) >= 3.0);
                QVERIFY(theme::contrastRatio(theme::accent(), theme::background()) >= 7.0);
            }
        }
        theme::setHighContrast(false);
        QCOMPARE(theme::contrastRatio(Qt::black, Qt::white), 21.0);
        user::setContrast({});
        qputenv("GTK_THEME", "HighContrast");
        QVERIFY(user::wantsHighContrast());
        user::setContrast(QStringLiteral("standard"));
        QVERIFY(!user::wantsHighContrast());
        qunsetenv("GTK_THEME");
        user::setContrast({});
        QVERIFY(!user::wantsHighContrast());
    }
};

QTEST_MAIN(TestFilterAndSettings)
#include "tst_filterandsettings.moc"
