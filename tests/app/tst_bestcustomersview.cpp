// The Best customers view offscreen on the hand-worked fixture of bestfixture.h: the
// criteria in force, the tiles, the drill-downs (a list row, a category bar, a stage bar,
// a value-vs-demand cell and the corner) and the CSV export of the ranked list.
#include "bestfixture.h"
#include "charts/categorymixchart.h"
#include "charts/chartsupport.h"
#include "charts/loyaltystagechart.h"
#include "charts/paretocurvechart.h"
#include "charts/valuedemandmap.h"
#include "models/roles.h"
#include "testsupport.h"
#include "views/bestcustomers/bestcustomersdeck.h"
#include "views/bestcustomers/bestcustomersview.h"
#include "views/bestcustomers/criteriasummary.h"
#include "views/viewregistry.h"
#include "widgets/figuretile.h"
#include "widgets/fittext.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>

#include <QElapsedTimer>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace acc;

Q_DECLARE_METATYPE(acc::CustomerSelection)

namespace {

const QString nbsp = QString(QChar(0x00A0));

CustomerSelection lastSelection(const QSignalSpy &spy)
{
    return spy.isEmpty() ? CustomerSelection() : spy.last().at(0).value<CustomerSelection>();
}

} // namespace

class TestBestCustomersView : public QObject
{
    Q_OBJECT
private:
    std::shared_ptr<const MetricsSnapshot> m_snapshot;

    int indexOf(const char *id) const { return m_snapshot->data->findCustomer(QString::fromLatin1(id)); }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        qRegisterMetaType<acc::CustomerSelection>();
        m_snapshot = test::bestSnapshot();
    }

    void registered()
    {
        const ViewDescriptor *d = views::find(QStringLiteral("best-customers"));
        QVERIFY(d);
        QCOMPARE(d->title(), QStringLiteral("Best customers"));
        const QStringList names = views::names();
        QCOMPARE(names.indexOf(QStringLiteral("best-customers")),
                 names.indexOf(QStringLiteral("loss-review")) + 1);
        std::unique_ptr<ReportView> view(d->create(theme::Theme::standard(), nullptr));
        QVERIFY(qobject_cast<BestCustomersView *>(view.get()));
        QVERIFY(view->canExportTable());
    }

    void criteriaAndTiles()
    {
        BestCustomersView view;
        view.resize(1280, 720);
        view.show();
        // Before any figures: dashes, never "nan" or 0.
        for (FigureTile *tile : view.headlineTiles())
            QCOMPARE(tile->value(), QStringLiteral("\u2014"));
        view.setSnapshot(m_snapshot);
        QCOMPARE(view.criteriaSummary()->headingText(),
                 QStringLiteral("Criteria in force: Frequent buyers, version 2"));
        QCOMPARE(view.criteriaSummary()->rulesText(),
                 QStringLiteral("This rule holds: Orders, last 12 months: at least 3"));
        QSignalSpy edit(&view, &BestCustomersView::criteriaEditRequested);
        QTest::mouseClick(view.criteriaSummary()->editButton(), Qt::LeftButton);
        QCOMPARE(edit.count(), 1);

        const QList<FigureTile *> tiles = view.headlineTiles();
        QCOMPARE(tiles.size(), 4);
        // 3 best of 8 active; 2,200,000 of 2,650,000 = 83.0 %; A alone, 1,000,000 of
        // 2,650,000 = 37.7 %; gaps 485 / 6 = 80.8 days against no gap in the rest.
        QCOMPARE(tiles[0]->value(), QStringLiteral("3"));
        QCOMPARE(tiles[1]->value(), QStringLiteral("83.0") + nbsp + QLatin1Char('%'));
        QCOMPARE(tiles[2]->value(), QStringLiteral("37.7") + nbsp + QLatin1Char('%'));
        QCOMPARE(tiles[3]->value(), QStringLiteral("81 vs \u2014"));
        // Read whole by a screen reader, and saying how it is computed (METRICS.md best_count).
        QCOMPARE(tiles[0]->accessibleName(), QStringLiteral("Best customers: 3"));
        QVERIFY(tiles[0]->accessibleDescription().contains(QLatin1String("of 8 active")));
        QVERIFY(tiles[0]->toolTip().contains(QLatin1String("meet the best-customer criteria")));
        for (FigureTile *tile : tiles)
            QVERIFY(!tile->value().contains(QLatin1String("nan")));
    }

    void listRowDrillsDown()
    {
        BestCustomersView view;
        view.resize(1280, 720);
        view.show();
        view.setSnapshot(m_snapshot);
        view.deck()->showPage(view.table()->parentWidget());
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTableView *table = view.table();
        QCOMPARE(table->model()->rowCount(), 3);
        QSignalSpy spy(&view, &ReportView::customersRequested);
        // Enter on the second row: B.
        table->setFocus();
        table->setCurrentIndex(table->model()->index(1, BestCustomersModel::Name));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        CustomerSelection s = lastSelection(spy);
        QCOMPARE(s.customers, QList<int>{indexOf("B")});
        QCOMPARE(s.focus, indexOf("B"));
        QCOMPARE(s.title, QStringLiteral("Best customer no. 2"));
        // Double-click on the first: A.
        const QRect rect = table->visualRect(table->model()->index(0, BestCustomersModel::Name));
        // As a window system delivers it: press, release, then the second press as a double-click.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseRelease(table->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(spy.count(), 2);
        QCOMPARE(lastSelection(spy).customers, QList<int>{indexOf("A")});
    }

    void valueDemandDrillsDown()
    {
        BestCustomersView view;
        view.resize(1280, 720);
        view.show();
        view.setSnapshot(m_snapshot);
        ValueDemandMap *map = view.valueDemandMap();
        view.deck()->showPage(map);
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(map->isVisible());
        QCOMPARE(map->cornerCaption(),
                 QStringLiteral(
                     "Demanding high-value corner (outlined in red): 1 customer, 1 of them best, 10000") +
                     nbsp + QStringLiteral("EUR revenue; the top 20 % by revenue (7000") + nbsp +
                     QStringLiteral("EUR or more) and by contacts (6 or more contacts)."));
        // The keyboard reaches the grid too: Alt+D opens its tab.
        for (QChartView *v : view.findChildren<QChartView *>()) {
            if (v->chart() == view.paretoChart())
                view.deck()->showPage(v->parentWidget());
        }
        QVERIFY(!map->isVisible());
        view.activateWindow();
        QTest::keyClick(&view, Qt::Key_D, Qt::AltModifier);
        QVERIFY(map->isVisible());
        QSignalSpy spy(&view, &ReportView::customersRequested);
        // The corner, by its button: A alone.
        QVERIFY(map->cornerButton()->isEnabled());
        QTest::mouseClick(map->cornerButton(), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(lastSelection(spy).customers, QList<int>{indexOf("A")});
        QCOMPARE(
            lastSelection(spy).title,
            QStringLiteral(
                "Demanding high-value corner: top 20 % by revenue with 6 or more contacts, last 12 months"));
        // A click on the corner's cell (top 5 %, 6-7 contacts): A.
        QTableView *table = map->table();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(0, 5)).center());
        QCOMPARE(spy.count(), 2);
        QCOMPARE(lastSelection(spy).customers, QList<int>{indexOf("A")});
        // A click on no revenue, 1 contact: H.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(4, 1)).center());
        QCOMPARE(spy.count(), 3);
        QCOMPARE(lastSelection(spy).customers, QList<int>{indexOf("H")});
        QCOMPARE(lastSelection(spy).title, QStringLiteral("No revenue · 1 contact · last 12 months"));
        // The keyboard: to top 20-50 %, 8-12 contacts, and Enter: C.
        table->setFocus();
        table->setCurrentIndex(table->model()->index(2, 6));
        QTest::keyClick(table, Qt::Key_Enter);
        QCOMPARE(spy.count(), 4);
        QCOMPARE(lastSelection(spy).customers, QList<int>{indexOf("C")});
    }

    void barsDrillDown()
    {
        BestCustomersView view;
        view.resize(1280, 720);
        view.show();
        view.setSnapshot(m_snapshot);
        QSignalSpy spy(&view, &ReportView::customersRequested);
        // Category bars: drawn from the bottom, so the model's first row (Hardware) is the
        // last bar. Best customers who bought Software: B, C; the rest who bought Service: D.
        CategoryMixChart *mix = view.categoryChart();
        QCOMPARE(mix->bestSet()->count(), 3);
        QCOMPARE(mix->bestSet()->at(2), 54.5);  // Hardware, 1,200,000 / 2,200,000
        QCOMPARE(mix->restSet()->at(0), 100.0); // Service, the rest's only category
        emit mix->bestSet()->clicked(1);
        QCOMPARE(lastSelection(spy).customers, (QList<int>{indexOf("B"), indexOf("C")}));
        QCOMPARE(lastSelection(spy).title,
                 QStringLiteral("Best customers who bought Software in the last 12 months"));
        emit mix->restSet()->clicked(0);
        QCOMPARE(lastSelection(spy).customers, QList<int>{indexOf("D")});

        // Stage bars, a real click on the client bar (two best customers): A and C.
        LoyaltyStageChart *stages = view.stageChart();
        QChartView *chartView = nullptr;
        for (QChartView *v : view.findChildren<QChartView *>()) {
            if (v->chart() == stages)
                chartView = v;
        }
        QVERIFY(chartView);
        view.deck()->showPage(chartView->parentWidget());
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(chartView->isVisible());
        // 8 rows, client is row 4, drawn as bar 8 - 1 - 4 = 3 from the bottom.
        QCOMPARE(stages->bestSet()->at(3), 2.0);
        const int before = int(spy.count());
        const QPointF at = stages->mapToPosition(QPointF(1.0, 3.0), stages->series().constFirst());
        QTest::mouseClick(chartView->viewport(), Qt::LeftButton, {},
                          chartView->mapFromScene(stages->mapToScene(at)));
        QCOMPARE(int(spy.count()), before + 1);
        QCOMPARE(lastSelection(spy).customers, (QList<int>{indexOf("A"), indexOf("C")}));
        QCOMPARE(lastSelection(spy).title, QStringLiteral("Active customers at the stage Client"));
    }

    void paretoCurve()
    {
        BestCustomersView view;
        view.setSnapshot(m_snapshot);
        // Every k of 5 customers with revenue, from 0 to 100 %; the 20 % point at 37.7 %.
        const QList<QPointF> points = view.paretoChart()->totalSeries()->points();
        QCOMPARE(points.size(), 6);
        QCOMPARE(points.first(), QPointF(0, 0));
        ACC_COMPARE_NEAR(points[1].y(), 100.0 * 1000000 / 2650000);
        QCOMPARE(points.last(), QPointF(100, 100));
        QCOMPARE(charts::plainTitle(view.paretoChart()),
                 QStringLiteral("80/20: the top 20 % bring 37.7") + nbsp + QStringLiteral("% of revenue"));
    }

    void exportsTheRankedList()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("best.csv"));
        // As `accountable export` does it: a fresh view, a snapshot, the file.
        BestCustomersView view;
        view.setSnapshot(m_snapshot);
        QString error;
        QVERIFY2(view.exportTableTo(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll())
                                      .remove(QChar(0xFEFF))
                                      .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + int(m_snapshot->report.best.bestCustomers.size()));
        QCOMPARE(
            lines[0],
            QStringLiteral("Rank,Customer ID,Name,Segment,Region,Account owner,Stage,Lifetime value (EUR),"
                           "Revenue (12 months) (EUR),Orders (12 months),Last order,P(alive)"));
        for (std::size_t i = 0; i < m_snapshot->report.best.bestCustomers.size(); ++i) {
            const QStringList fields = lines[int(i) + 1].split(QLatin1Char(','));
            QCOMPARE(fields[0], QString::number(i + 1));
            QCOMPARE(fields[1],
                     m_snapshot->data->customers[std::size_t(m_snapshot->report.best.bestCustomers[i])]
                         .customerId);
        }
        QCOMPARE(lines[1], QStringLiteral(
                               "1,A,Müller GmbH,Enterprise,DACH,Ana,client,11000.00,10000.00,3,2026-07-10,"));
        // Never over the company database.
        QVERIFY(!view.exportTableTo(dir.path(), &error));
    }

    void emptySnapshot()
    {
        BestCustomersView view;
        view.resize(1024, 768);
        view.show();
        MetricsRequest request;
        request.period = *Period::parse(QStringLiteral("2026-Q3"));
        request.withModel = false;
        view.setSnapshot(MetricsService::compute(
            std::make_shared<const Dataset>(test::DatasetBuilder().build()), QString(), request));
        const QList<FigureTile *> tiles = view.headlineTiles();
        QCOMPARE(tiles[0]->value(), QStringLiteral("0"));
        QCOMPARE(tiles[1]->value(), QStringLiteral("\u2014"));
        QCOMPARE(tiles[2]->value(), QStringLiteral("\u2014"));
        QCOMPARE(tiles[3]->value(), QStringLiteral("\u2014 vs \u2014"));
        QVERIFY(!view.valueDemandMap()->cornerButton()->isEnabled());
        QSignalSpy spy(&view, &ReportView::customersRequested);
        view.requestCorner();
        view.requestCategory(0, bestdrilldown::Group::Best);
        QCOMPARE(spy.count(), 0);
        view.setSnapshot(nullptr);
        QCOMPARE(view.table()->model()->rowCount(), 0);
    }

    void bigFiguresAndHostileTextFit()
    {
        // Ten-digit amounts (the fixture's cents times 1,000,000: A's lifetime value is
        // 11,000,000,000 EUR), a 1 MiB name with control characters and a 1 MiB category:
        // on a 1024x768 window every tile reads whole and every figure of the list fits its
        // column; the long texts are shown short.
        Dataset data = test::bestFixture();
        for (OrderRecord &o : data.orders)
            o.amount *= 1000000;
        data.customers[0].name = QString(1 << 20, QLatin1Char('N')) + QChar(0x1B);
        data.orders[1].category = QString(1 << 20, QLatin1Char('C'));
        MetricsRequest request;
        request.period = *Period::parse(QStringLiteral("2026-Q3"));
        request.criteria = test::bestFixtureCriteria();
        request.withModel = false;
        const auto snapshot =
            MetricsService::compute(std::make_shared<const Dataset>(data), QString(), request);
        BestCustomersView view;
        view.resize(1024 - 190, 768 - 120); // the window's header, sidebar and status bar
        view.show();
        view.setSnapshot(snapshot);
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCoreApplication::processEvents();
        for (FigureTile *tile : view.headlineTiles()) {
            for (const FitText *text : tile->findChildren<FitText *>())
                QVERIFY2(!text->isElided(), qPrintable(text->text()));
        }
        QTableView *table = view.table();
        const QFontMetrics metrics(table->font());
        for (int c = 0; c < table->model()->columnCount(); ++c) {
            if (c == BestCustomersModel::Name || table->isColumnHidden(c))
                continue;
            for (int r = 0; r < table->model()->rowCount(); ++r) {
                const QString text = table->model()->index(r, c).data().toString();
                QVERIFY2(metrics.horizontalAdvance(text) + 8 <= table->columnWidth(c), qPrintable(text));
            }
        }
        QVERIFY(!table->isColumnHidden(BestCustomersModel::LifetimeValue));
        QCOMPARE(table->model()->index(0, BestCustomersModel::LifetimeValue).data().toString(),
                 QStringLiteral("11000000000") + nbsp + QStringLiteral("EUR"));
        QVERIFY(table->model()->index(0, BestCustomersModel::Name).data().toString().size() <= 120);
        // The long category is a short label on its bar.
        for (const QString &label : view.categoryChart()->categoryAxis()->categories())
            QVERIFY(label.size() <= 60);
    }

    void deckFollowsTheRoom()
    {
        QCOMPARE(BestCustomersDeck::modeFor(QSize(990, 420)), BestCustomersDeck::Mode::Tabs);
        QCOMPARE(BestCustomersDeck::modeFor(QSize(1300, 500)), BestCustomersDeck::Mode::Split);
        QCOMPARE(BestCustomersDeck::modeFor(QSize(1650, 760)), BestCustomersDeck::Mode::Split);
        QCOMPARE(BestCustomersDeck::modeFor(QSize(2300, 1100)), BestCustomersDeck::Mode::Grid);
        BestCustomersView view;
        view.setSnapshot(m_snapshot);
        for (const QSize size : {QSize(1024, 768), QSize(1920, 1080), QSize(1280, 720)}) {
            view.resize(size);
            view.show();
            QCoreApplication::processEvents();
            QVERIFY(view.table()->isVisible() || view.deck()->mode() == BestCustomersDeck::Mode::Tabs);
        }
    }
};

QTEST_MAIN(TestBestCustomersView)
#include "tst_bestcustomersview.moc"
