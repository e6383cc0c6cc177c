// The desktop window offscreen on a real SQLite database written from the hand-worked
// fixture (lossfixture.h): the period selector, the loss charts' series, the table, the
// drill-down from a month's bar and a reason's bar, the CSV export and the error box.
#include "charts/chartsupport.h"
#include "charts/losstrendchart.h"
#include "charts/reasonparetochart.h"
#include "dialogs/criteria/criteriadialog.h"
#include "dialogs/help/helpdialog.h"
#include "engine/targets.h"
#include "lossfixture.h"
#include "mainwindow.h"
#include "models/lossbreakdownmodel.h"
#include "models/lostcustomersmodel.h"
#include "models/metricsservice.h"
#include "models/viewguide.h"
#include "storage/database.h"
#include "storage/datawriter.h"
#include "testsupport.h"
#include "views/customers/customerdetail.h"
#include "views/customers/customersview.h"
#include "views/lossreview/lossreviewview.h"
#include "views/viewregistry.h"
#include "widgets/figuretile.h"
#include "widgets/fittext.h"
#include "widgets/periodselector.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>

#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolButton>
#include <QtTest>

using namespace acc;

namespace {

// Lets the service finish and the window show the figures of the chosen period.
bool settle(MetricsService &service, const MainWindow &window)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000) {
        service.waitForIdle();
        QCoreApplication::processEvents();
        const auto snapshot = service.snapshot();
        if (!service.isBusy() && snapshot &&
            snapshot->report.days.period == window.periodSelector()->period())
            return true;
        QTest::qWait(5);
    }
    return false;
}

QStringList tableNames(const QTableView *table)
{
    QStringList out;
    const QAbstractItemModel *m = table->model();
    for (int r = 0; r < m->rowCount(); ++r)
        out.append(m->index(r, LostCustomersModel::Name).data().toString());
    return out;
}

QList<qreal> barValues(const QBarSet *set)
{
    QList<qreal> out;
    for (int i = 0; i < set->count(); ++i)
        out.append(set->at(i));
    return out;
}

QList<qreal> lineValues(const QLineSeries *series)
{
    QList<qreal> out;
    for (const QPointF &p : series->points())
        out.append(p.y());
    return out;
}

const QString nbsp = QString(QChar(0x00A0));

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;

    struct Window
    {
        MetricsService service;
        MainWindow window{&service};
    };

    std::unique_ptr<Window> openWindow()
    {
        auto w = std::make_unique<Window>();
        w->window.resize(1600, 1000);
        w->window.show();
        if (!w->window.openDatabase(m_path) || !settle(w->service, w->window))
            return nullptr;
        // The window opens on the Scorecard (the first view); these tests work the Loss review.
        w->window.showView(QStringLiteral("loss-review"));
        return w;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c()); // the expected texts are written for the C locale
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("company.sqlite"));
        const Dataset data = test::lossFixture();
        Database db;
        QString error;
        QVERIFY2(db.open(m_path, &error), qPrintable(error));
        DataWriter writer(db);
        QVERIFY2(writer.prepare(&error) && writer.writeDataset(data, &error), qPrintable(error));
        QVERIFY(db.setSetting(QStringLiteral("company_name"), data.companyName));
        QVERIFY(db.setSetting(QStringLiteral("currency"), data.currency));
    }

    void opensOnTheMonthOfTheAsOfDate()
    {
        auto w = openWindow();
        QVERIFY(w);
        QCOMPARE(w->window.periodSelector()->period().toString(), QStringLiteral("2026-10"));
        QCOMPARE(w->window.windowTitle(), QStringLiteral("Fixture Trading Ltd — Accountable"));
        bool asOfShown = false;
        for (const QLabel *label : w->window.statusBar()->findChildren<QLabel *>())
            asOfShown = asOfShown || label->text() == QLatin1String("Data as of 2026-10-31");
        QVERIFY(asOfShown);
        // The as-of month is the latest: no next period.
        QVERIFY(!w->window.periodSelector()->nextButton()->isEnabled());

        LossReviewView *view = w->window.lossReview();
        const QList<qreal> lost = {0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3};
        QCOMPARE(barValues(view->trendChart()->lostSet()), lost);
        const QList<qreal> values = lineValues(view->trendChart()->valueSeries());
        QCOMPARE(values.size(), 13);
        ACC_COMPARE_NEAR(values[1], 400.0);
        ACC_COMPARE_NEAR(values[11], 2500.0);
        ACC_COMPARE_NEAR(values[12], 5000.0);
        QCOMPARE(view->trendChart()->monthAxis()->count(), 13);

        QCOMPARE(barValues(view->paretoChart()->valueSet()), (QList<qreal>{3000.0, 2000.0}));
        const QList<qreal> cumulative = lineValues(view->paretoChart()->cumulativeSeries());
        QCOMPARE(cumulative.size(), 2);
        ACC_COMPARE_NEAR(cumulative[0], 60.0);
        ACC_COMPARE_NEAR(cumulative[1], 100.0);

        QCOMPARE(tableNames(view->table()),
                 (QStringList{QStringLiteral("Αθηνά Α.Ε."), QStringLiteral("Müller GmbH"),
                              QStringLiteral("東京トレーディング株式会社")}));
        QCOMPARE(view->filterText(),
                 QStringLiteral("Lost in October 2026 · 3 customers · 5000") + nbsp + QStringLiteral("EUR"));
        const QList<FigureTile *> tiles = view->headlineTiles();
        QCOMPARE(tiles.size(), 5);
        QCOMPARE(tiles[0]->value(), QStringLiteral("3"));
        QCOMPARE(tiles[2]->value(), QStringLiteral("75.0") + nbsp + QStringLiteral("%"));
    }

    // A 1024 x 768 projector holds the whole window: the tiles wrap, the charts' type and
    // labels give way, the month axis keeps its 13 months however narrow.
    void fitsSmallScreens()
    {
        auto w = openWindow();
        QVERIFY(w);
        const QSize minimum = w->window.minimumSizeHint();
        QVERIFY2(minimum.width() <= 1024 && minimum.height() <= 768,
                 qPrintable(QStringLiteral("%1 x %2").arg(minimum.width()).arg(minimum.height())));
        LossReviewView *view = w->window.lossReview();
        QBarCategoryAxis *months = view->trendChart()->monthAxis();
        const QList<FigureTile *> tiles = view->headlineTiles();

        w->window.resize(1920, 1080);
        QTest::qWait(50);
        QCOMPARE(months->count(), 13);
        QVERIFY2(months->at(0).contains(QLatin1String("<br>")), qPrintable(months->at(0))); // "Oct<br>..."
        QCOMPARE(tiles[0]->y(), tiles[4]->y());                                             // one row

        w->window.resize(1024, 768);
        QTest::qWait(50);
        QCOMPARE(w->window.size(), QSize(1024, 768));
        QCOMPARE(months->count(), 13);
        QVERIFY(tiles[3]->y() > tiles[0]->y()); // 3 + 2
        QCOMPARE(tiles[0]->y(), tiles[2]->y());
        // the tiles are as wide as the view's row allows, and their values fit whole
        for (const FigureTile *tile : tiles)
            QVERIFY(tile->width() >= 190);
        QVERIFY(view->table()->isColumnHidden(LostCustomersModel::CustomerId));
        QVERIFY(!view->table()->isColumnHidden(LostCustomersModel::LostValue));

        // narrower than any screen: months without years, but 13 of them (a bar axis merges
        // equal categories, so the 13th "Oct" keeps its year)
        view->trendChart()->resize(300, 300);
        QTest::qWait(50);
        QCOMPARE(months->count(), 13);
        QVERIFY2(!months->at(1).contains(QLatin1String("<br>")), qPrintable(months->at(1)));
    }

    // A headline figure shrinks before it is cut short, and when cut the tooltip has it.
    void fitTextShrinksThenElides()
    {
        FitText text(28, 16, true);
        text.setText(QStringLiteral("115,569 EUR"));
        text.show(); // resize events reach shown widgets
        const int natural = text.sizeHint().width();
        text.resize(natural + 10, text.sizeHint().height());
        QCOMPARE(text.fittedPointSize(), 28.0);
        QVERIFY(!text.isElided());
        text.resize(natural * 3 / 4, text.sizeHint().height());
        QVERIFY(text.fittedPointSize() < 28.0);
        QVERIFY(text.fittedPointSize() >= 16.0);
        QVERIFY(!text.isElided());
        QVERIFY(text.toolTip().isEmpty());
        text.resize(natural / 4, text.sizeHint().height());
        QCOMPARE(text.fittedPointSize(), 16.0);
        QVERIFY(text.isElided());
        QCOMPARE(text.toolTip(), QStringLiteral("115,569 EUR"));
        QVERIFY(text.minimumSizeHint().width() < natural / 2);
    }

    void changesThePeriodWithTheSelector()
    {
        auto w = openWindow();
        QVERIFY(w);
        PeriodSelector *selector = w->window.periodSelector();
        QTest::keyClick(selector, Qt::Key_Left);
        QVERIFY(settle(w->service, w->window));
        QCOMPARE(selector->period().toString(), QStringLiteral("2026-09"));
        LossReviewView *view = w->window.lossReview();
        // The trend now ends with September 2026: D and E lost there, F in November 2025 (row 2).
        const QList<qreal> lost = {0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2};
        QCOMPARE(barValues(view->trendChart()->lostSet()), lost);
        QCOMPARE(tableNames(view->table()),
                 (QStringList{QStringLiteral("Société Générale"), QStringLiteral("Nordic Foods AB")}));
        QCOMPARE(barValues(view->paretoChart()->valueSet()), (QList<qreal>{2000.0, 500.0}));
        const QList<qreal> cumulative = lineValues(view->paretoChart()->cumulativeSeries());
        ACC_COMPARE_NEAR(cumulative[0], 80.0);
        ACC_COMPARE_NEAR(cumulative[1], 100.0);
        QVERIFY(selector->nextButton()->isEnabled());

        QTest::mouseClick(selector->nextButton(), Qt::LeftButton);
        QVERIFY(settle(w->service, w->window));
        QCOMPARE(selector->period().toString(), QStringLiteral("2026-10"));
        QCOMPARE(view->table()->model()->rowCount(), 3);

        // A quarter: 2026-Q4 is measured up to the as-of date; October's three losses.
        selector->setKind(Period::Kind::Quarter);
        QVERIFY(settle(w->service, w->window));
        QCOMPARE(selector->period().toString(), QStringLiteral("2026-Q4"));
        QCOMPARE(view->table()->model()->rowCount(), 3);
        selector->setKind(Period::Kind::Month);
        QVERIFY(settle(w->service, w->window));
        QCOMPARE(selector->period().toString(), QStringLiteral("2026-10"));
    }

    void drillsFromAMonthAndAReason()
    {
        auto w = openWindow();
        QVERIFY(w);
        LossReviewView *view = w->window.lossReview();
        emit view->trendChart()->lostSet()->clicked(11); // September 2026
        QCOMPARE(tableNames(view->table()),
                 (QStringList{QStringLiteral("Société Générale"), QStringLiteral("Nordic Foods AB")}));
        QCOMPARE(view->filterText(), QStringLiteral("Lost in September 2026 · 2 customers · 2500") + nbsp +
                                         QStringLiteral("EUR"));
        QCOMPARE(barValues(view->paretoChart()->valueSet()), (QList<qreal>{2000.0, 500.0}));
        QVERIFY(view->trendChart()->lostSet()->isBarSelected(11));
        QVERIFY(!view->trendChart()->lostSet()->isBarSelected(12));

        emit view->paretoChart()->valueSet()->clicked(1); // Price
        QCOMPARE(tableNames(view->table()), QStringList{QStringLiteral("Nordic Foods AB")});
        QCOMPARE(view->filterText(),
                 QStringLiteral("Lost in September 2026 · Reason: Price · 1 customer · 500") + nbsp +
                     QStringLiteral("EUR"));
        QVERIFY(view->paretoChart()->valueSet()->isBarSelected(1));

        // The same reason again: every reason of the month.
        emit view->paretoChart()->valueSet()->clicked(1);
        QCOMPARE(view->table()->model()->rowCount(), 2);

        // Esc in the table clears the drill-down: October's three.
        view->table()->setFocus();
        QTest::keyClick(view->table(), Qt::Key_Escape);
        QCOMPARE(view->table()->model()->rowCount(), 3);
        QVERIFY(!view->selection().isFiltered());

        // Straight to a reason of the period, then the same month twice: back to the period.
        emit view->paretoChart()->valueSet()->clicked(1); // Price in October: A and C
        QCOMPARE(tableNames(view->table()),
                 (QStringList{QStringLiteral("Müller GmbH"), QStringLiteral("東京トレーディング株式会社")}));
        emit view->trendChart()->lostSet()->clicked(1); // November 2025: only Unknown, the reason goes
        QCOMPARE(tableNames(view->table()), QStringList{QStringLiteral("Atlas Logistics")});
        emit view->trendChart()->lostSet()->clicked(1);
        QCOMPARE(view->table()->model()->rowCount(), 3);
    }

    // Enter on a row of the list hands the listed customers, that one in focus, to the
    // Customers view (ReportView::customersRequested).
    void aRowOpensItsCustomer()
    {
        auto w = openWindow();
        QVERIFY(w);
        LossReviewView *view = w->window.lossReview();
        emit view->trendChart()->lostSet()->clicked(11); // September 2026: Société Générale, Nordic Foods AB
        QSignalSpy spy(view, &ReportView::customersRequested);
        view->table()->setFocus();
        view->table()->setCurrentIndex(view->table()->model()->index(1, LostCustomersModel::Name));
        QTest::keyClick(view->table(), Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        const auto selection = spy.at(0).at(0).value<CustomerSelection>();
        const auto &customers = w->service.snapshot()->data->customers;
        QCOMPARE(selection.customers.size(), 2);
        QCOMPARE(customers[std::size_t(selection.customers[0])].name, QStringLiteral("Société Générale"));
        QCOMPARE(customers[std::size_t(selection.customers[1])].name, QStringLiteral("Nordic Foods AB"));
        QCOMPARE(selection.focus, selection.customers[1]);
        QCOMPARE(selection.title, view->filterText());
    }

    // Ctrl+PageDown and Ctrl+PageUp step through every view, round the list; Ctrl+1 is
    // the first.
    void stepThroughViewsByKeys()
    {
        auto w = openWindow();
        QVERIFY(w);
        w->window.activateWindow();
        QTest::keyClick(&w->window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(w->window.currentView(), w->window.view(QStringLiteral("scorecard")));
        QTest::keyClick(&w->window, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(w->window.currentView(), w->window.view(QStringLiteral("loss-review")));
        QTest::keyClick(&w->window, Qt::Key_PageUp, Qt::ControlModifier);
        QTest::keyClick(&w->window, Qt::Key_PageUp, Qt::ControlModifier); // round to the last
        QCOMPARE(w->window.currentView(), w->window.view(QStringLiteral("reality-check")));
        QTest::keyClick(&w->window, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(w->window.currentView(), w->window.view(QStringLiteral("scorecard")));
    }

    // F1 opens the guide's page of the view in front: its figures with how each is
    // computed, the meeting keys, and links to every other view's page.
    void f1OpensTheGuideOfTheViewInFront()
    {
        auto w = openWindow();
        QVERIFY(w);
        w->window.activateWindow();
        QTest::keyClick(&w->window, Qt::Key_F1);
        HelpDialog *help = w->window.helpDialog();
        QVERIFY(help);
        QVERIFY(help->isVisible());
        QCOMPARE(help->viewName(), QStringLiteral("loss-review"));
        const QString page = help->pageText();
        QVERIFY2(page.contains(QLatin1String("Churn rate")), qPrintable(page));
        // METRICS.md churn_rate and lost_value, in words.
        QVERIFY(page.contains(QLatin1String("divided by the customers active at its start")));
        QVERIFY(page.contains(QLatin1String("365 days up to their loss date")));
        QVERIFY(page.contains(QLatin1String("Running a meeting")));
        QVERIFY(page.contains(QLatin1String("Page Down")));
        // The Scorecard's page, through its link.
        auto *browser = help->findChild<QTextBrowser *>();
        QVERIFY(browser);
        emit browser->anchorClicked(QUrl(QStringLiteral("view:scorecard")));
        QCOMPARE(help->viewName(), QStringLiteral("scorecard"));
        QVERIFY(help->pageText().contains(QLatin1String("Each status has its own symbol")));
        QTest::keyClick(help, Qt::Key_Escape);
        QVERIFY(!help->isVisible());
        // Another view in front: F1 follows it.
        w->window.showView(QStringLiteral("at-risk"));
        QTest::keyClick(&w->window, Qt::Key_F1);
        QCOMPARE(help->viewName(), QStringLiteral("at-risk"));
        QVERIFY(help->pageText().contains(QLatin1String("P(alive)")));
    }

    // Every view has a page that says what it answers, and every figure on a page, every
    // figure a target can be set on, has a name and says how it is computed.
    void everyFigureIsDefined()
    {
        for (const ViewDescriptor &d : views::all()) {
            const guide::ViewGuide g = guide::forView(d.name);
            QVERIFY2(!g.purpose.isEmpty(), qPrintable(d.name));
            for (const QString &key : g.figures) {
                QVERIFY2(!guide::definition(key).isEmpty(), qPrintable(d.name + QLatin1Char(' ') + key));
                QVERIFY2(guide::label(key) != key, qPrintable(key));
            }
            QVERIFY(HelpDialog::pageHtml(d.name).contains(d.title().toHtmlEscaped()));
        }
        for (const QString &key : targets::numericKeys())
            QVERIFY2(!guide::definition(key).isEmpty(), qPrintable(key));
        QVERIFY(guide::definition(QStringLiteral("no_such_figure")).isEmpty());
        // The loss review's tiles carry their definition as tooltip.
        auto w = openWindow();
        QVERIFY(w);
        const QList<FigureTile *> tiles = w->window.lossReview()->headlineTiles();
        QVERIFY(tiles[2]->toolTip().contains(QLatin1String("divided by the customers active at its start")));
        QCOMPARE(tiles[0]->accessibleName(), QStringLiteral("Lost customers: 3"));
        // A chart told in words: the trend's last month lost 3 customers worth 5,000.
        const QList<QGraphicsView *> views = w->window.lossReview()->trendChart()->scene()->views();
        QVERIFY(!views.isEmpty());
        const QString told = views.first()->accessibleDescription();
        QVERIFY2(told.startsWith(QLatin1String("Lost customers: Oct '25 0; Nov '25 1; Dec '25 0;")),
                 qPrintable(told));
        QVERIFY2(
            told.contains(QLatin1String("Sep '26 2; Oct '26 3. Lost value (EUR): Oct '25 0; Nov '25 400;")),
            qPrintable(told));
        QVERIFY2(told.endsWith(QLatin1String("Oct '26 5000")), qPrintable(told));
        QCOMPARE(views.first()->accessibleName(), charts::plainTitle(w->window.lossReview()->trendChart()));
    }

    // A drill-down (a bar, a slice, a row) opens the Customers view on its customers.
    void drillDownLandsOnCustomers()
    {
        auto w = openWindow();
        QVERIFY(w);
        // A, B and C of the fixture: lost in October 2026; B's detail opens.
        w->window.openCustomers({QStringLiteral("Lost in October 2026"), {0, 1, 2}, 1});
        ReportView *current = w->window.currentView();
        QVERIFY(current);
        QCOMPARE(current, w->window.view(QStringLiteral("customers")));
        auto *customers = qobject_cast<CustomersView *>(current);
        QVERIFY(customers);
        const QAbstractItemModel *rows = customers->table()->model();
        QStringList names;
        for (int r = 0; r < rows->rowCount(); ++r)
            names.append(rows->index(r, int(CustomerColumn::Name)).data().toString());
        QCOMPARE(names, (QStringList{QStringLiteral("Müller GmbH"), QStringLiteral("Αθηνά Α.Ε."),
                                     QStringLiteral("東京トレーディング株式会社")}));
        QCOMPARE(customers->headingText(), QStringLiteral("Lost in October 2026 · 3 customers"));
        QCOMPARE(customers->detail()->name(), QStringLiteral("Αθηνά Α.Ε."));
        // A view's signal goes the same way.
        emit w->window.lossReview()->customersRequested(CustomerSelection::one(7, QStringLiteral("H")));
        QCOMPARE(rows->rowCount(), 1);
        QCOMPARE(customers->detail()->name(), QStringLiteral("Keystone Partners"));
    }

    // The Best customers view's "Edit criteria…" opens the criteria dialog on the window's figures.
    void bestCustomersOpensTheCriteriaDialog()
    {
        auto w = openWindow();
        QVERIFY(w);
        ReportView *best = w->window.view(QStringLiteral("best-customers"));
        QVERIFY(best);
        QVERIFY(w->window.findChildren<CriteriaDialog *>().isEmpty());
        emit best->criteriaEditRequested();
        const auto dialogs = w->window.findChildren<CriteriaDialog *>();
        QCOMPARE(dialogs.size(), 1);
        QVERIFY(dialogs[0]->isVisible());
        dialogs[0]->close();
    }

    void exportsTheTableAsCsv()
    {
        auto w = openWindow();
        QVERIFY(w);
        const QString path = m_dir.filePath(QStringLiteral("lost.csv"));
        QString error;
        QVERIFY2(w->window.lossReview()->exportTableTo(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
        QCOMPARE(lines.size(), 5); // header, three customers, the empty rest after the last line break
        QCOMPARE(lines[0], QStringLiteral("Customer ID,Name,Segment,Region,Account owner,Lost on,Reason,"
                                          "Reason (exit call),Lost value (12 months) (EUR),Won back on"));
        QCOMPARE(lines[1], QStringLiteral("B,Αθηνά Α.Ε.,,,,2026-10-20,Service failure,,3000.00,"));
        QCOMPARE(lines[2], QStringLiteral("A,Müller GmbH,,,,2026-10-05,Price,,1200.00,"));
        QCOMPARE(lines[3], QStringLiteral("C,東京トレーディング株式会社,,,,2026-10-28,Price,,800.00,"));
    }

    // Ctrl+Shift+C copies the chart with the focus (here the loss trend) as an image of
    // twice its size on screen; a view without charts says so and leaves the clipboard.
    void copiesAChartAsAnImage()
    {
        auto w = openWindow();
        QVERIFY(w);
        QGuiApplication::clipboard()->clear();
        const QList<QChartView *> charts = w->window.lossReview()->findChildren<QChartView *>();
        QVERIFY(!charts.isEmpty());
        QChartView *chart = charts.first();
        chart->setFocusPolicy(Qt::StrongFocus);
        chart->setFocus();
        QTRY_VERIFY(chart->hasFocus());
        QTest::keyClick(&w->window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        const QImage image = QGuiApplication::clipboard()->image();
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), chart->size() * 2);
        QVERIFY(w->window.statusBar()->currentMessage().contains(QStringLiteral("copied")));

        QVERIFY(w->window.showView(QStringLiteral("targets")));
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(&w->window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(QGuiApplication::clipboard()->image().isNull());
        QCOMPARE(w->window.statusBar()->currentMessage(), QStringLiteral("This view shows no chart to copy"));
    }

    // Alt+S and Alt+W show the lost customers by segment and by owner, for the same month
    // and reason as the list, and the export writes the table on show.
    void breakdownTabs()
    {
        auto w = openWindow();
        QVERIFY(w);
        LossReviewView *view = w->window.lossReview();
        QCOMPARE(view->tabs()->currentIndex(), 0);
        QTest::keyClick(&w->window, Qt::Key_S, Qt::AltModifier);
        QCOMPARE(view->tabs()->currentIndex(), 1);
        // the fixture's customers have no segment: one group of the three October losses
        const LossBreakdownModel &bySegment = view->bySegment();
        QCOMPARE(bySegment.rowCount(), 1);
        QCOMPARE(bySegment.index(0, LossBreakdownModel::Group).data().toString(),
                 QStringLiteral("(not set)"));
        QCOMPARE(bySegment.index(0, LossBreakdownModel::Count).data().toInt(), 3);
        QCOMPARE(bySegment.total(), Cents(500000));
        view->selectReason(QStringLiteral("Price"));
        QCOMPARE(bySegment.index(0, LossBreakdownModel::Count).data().toInt(), 2); // A and C
        QCOMPARE(bySegment.total(), Cents(200000));

        const QString path = m_dir.filePath(QStringLiteral("by-segment.csv"));
        QString error;
        QVERIFY2(view->exportTableTo(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll().mid(3)).split(QStringLiteral("\r\n"));
        QCOMPARE(lines.value(0),
                 QStringLiteral("Segment,Lost customers,Lost value (12 months) (EUR),Share of lost value"));
        QCOMPARE(lines.value(1), QStringLiteral("(not set),2,2000.00,100.0") + nbsp + QStringLiteral("%"));

        QTest::keyClick(&w->window, Qt::Key_W, Qt::AltModifier);
        QCOMPARE(view->tabs()->currentIndex(), 2);
        QCOMPARE(view->byOwner().index(0, LossBreakdownModel::Count).data().toInt(), 2);
        QTest::keyClick(&w->window, Qt::Key_L, Qt::AltModifier);
        QCOMPARE(view->tabs()->currentIndex(), 0);
    }

    void writesTheMeetingPack()
    {
        auto w = openWindow();
        QVERIFY(w);
        const QString path = m_dir.filePath(QStringLiteral("pack.pdf"));
        QString error;
        QVERIFY2(w->window.exportPackTo(path, PackKind::Monthly, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
    }

    // Issue 8, defect 4: no export goes over the company database or its journals.
    void neverWritesOverTheDatabase()
    {
        auto w = openWindow();
        QVERIFY(w);
        QFile db(m_path);
        QVERIFY(db.open(QIODevice::ReadOnly));
        const QByteArray before = db.readAll();
        db.close();
        const QString link = m_dir.filePath(QStringLiteral("link.csv"));
        QVERIFY(QFile::link(m_path, link));
        for (const QString &path : QStringList{m_path, m_path + QStringLiteral("-wal"), link}) {
            QString error;
            QVERIFY(!w->window.lossReview()->exportTableTo(path, &error));
            QVERIFY2(error.contains(QLatin1String("company database")), qPrintable(error));
            QVERIFY(!w->window.exportPackTo(path, PackKind::Monthly, &error));
            QVERIFY2(error.contains(QLatin1String("company database")), qPrintable(error));
        }
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(db.readAll() == before);
        QVERIFY(QFileInfo(link).isSymLink());
    }

    // Issue 8, defect 10: a monthly pack for a month, a quarterly one for a quarter, none
    // for a year (never a mislabelled pack).
    void thePackKindFollowsThePeriod()
    {
        auto w = openWindow();
        QVERIFY(w);
        const QString path = m_dir.filePath(QStringLiteral("kind.pdf"));
        QString error;
        QVERIFY(!w->window.exportPackTo(path, PackKind::Quarterly, &error)); // October 2026 is a month
        QVERIFY(!error.isEmpty());
        w->window.periodSelector()->setPeriod(Period::quarter(2026, 4));
        QVERIFY(settle(w->service, w->window));
        QVERIFY(!w->window.exportPackTo(path, PackKind::Monthly, &error));
        QVERIFY2(w->window.exportPackTo(path, PackKind::Quarterly, &error), qPrintable(error));
        QVERIFY(QFile::remove(path));
        w->window.periodSelector()->setPeriod(Period::year(2026));
        QVERIFY(settle(w->service, w->window));
        QVERIFY(!w->window.exportPackTo(path, PackKind::Monthly, &error));
        QVERIFY(!w->window.exportPackTo(path, PackKind::Quarterly, &error));
        QVERIFY(!QFileInfo::exists(path));
        w->window.exportPack(); // says so instead of asking for a file name
        auto *box = w->window.findChild<QMessageBox *>(QStringLiteral("errorBox"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(QLatin1String("month")), qPrintable(box->text()));
    }

    // Another company: from the moment it is chosen until its figures are there, the window
    // says which company is opening and shows none of the previous one's views.
    void anotherCompanyHidesThePreviousFiguresAtOnce()
    {
        auto w = openWindow();
        QVERIFY(w);
        auto *opening = w->window.findChild<QLabel *>(QStringLiteral("openingPage"));
        QVERIFY(opening);
        QVERIFY(!opening->isVisible());
        QVERIFY(w->window.currentView()->isVisible());
        const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
        QVERIFY(QFile::copy(m_path, other));
        QVERIFY(w->window.openDatabase(other));
        QVERIFY(opening->isVisible());
        QVERIFY2(opening->text().contains(QLatin1String("other.sqlite")), qPrintable(opening->text()));
        QVERIFY(!w->window.currentView()->isVisible());
        QVERIFY(settle(w->service, w->window));
        QTRY_VERIFY(w->window.currentView()->isVisible());
        QVERIFY(!opening->isVisible());
        QCOMPARE(w->service.snapshot()->spec, other);
    }

    void saysWhenTheDatabaseIsMissing()
    {
        MetricsService service;
        MainWindow window(&service);
        window.show();
        const QString missing = m_dir.filePath(QStringLiteral("missing.sqlite"));
        QVERIFY(!window.openDatabase(missing));
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("errorBox"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QLatin1String("missing.sqlite")));
        QVERIFY(!QFileInfo::exists(missing)); // not created behind the user's back
        box->close();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
