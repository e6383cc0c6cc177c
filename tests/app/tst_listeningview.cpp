// The Listening & service and At risk views offscreen on the hand-worked fixture of
// listeningfixture.h (arithmetic there): the tiles, the trend charts, the drill-downs (a
// part of an NPS bar, a complaints bar, a reason, the buttons, Enter on the at-risk list),
// the note when the model is missing, and the CSV exports.
#include "charts/npstrendchart.h"
#include "charts/reasonparetochart.h"
#include "listeningfixture.h"
#include "models/roles.h"
#include "testsupport.h"
#include "views/atrisk/atriskview.h"
#include "views/listening/listeningview.h"
#include "views/viewregistry.h"
#include "widgets/figuretile.h"

#include <QtCharts/QBarSet>
#include <QtCharts/QLineSeries>

#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace acc;

Q_DECLARE_METATYPE(acc::CustomerSelection)

namespace {

CustomerSelection lastSelection(const QSignalSpy &spy)
{
    return spy.isEmpty() ? CustomerSelection() : spy.last().at(0).value<CustomerSelection>();
}

QStringList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QStringList lines = text.split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class TestListeningView : public QObject
{
    Q_OBJECT
private:
    std::shared_ptr<const MetricsSnapshot> m_snapshot;

    int indexOf(const char *id) const { return m_snapshot->data->findCustomer(QString::fromLatin1(id)); }
    QList<int> ids(std::initializer_list<const char *> list) const
    {
        QList<int> out;
        for (const char *id : list)
            out.append(indexOf(id));
        return out;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        qRegisterMetaType<acc::CustomerSelection>();
        m_snapshot = test::listeningSnapshot("2026-Q3");
    }

    void registry()
    {
        // PRODUCT.md's order: best customers, listening, at risk.
        const QStringList names = views::names();
        const qsizetype best = names.indexOf(QStringLiteral("best-customers"));
        QVERIFY(best >= 0);
        QCOMPARE(names.value(best + 1), QStringLiteral("listening"));
        QCOMPARE(names.value(best + 2), QStringLiteral("at-risk"));
        QVERIFY(views::find(QStringLiteral("at-risk")));
    }

    void headlines()
    {
        ListeningView view;
        view.resize(1280, 720);
        view.setSnapshot(m_snapshot);
        const QList<FigureTile *> tiles = view.headlineTiles();
        QCOMPARE(tiles.size(), 6);
        // NPS 0 (Q2: 25); 5 answers; 3 complaints / 6 = 50.00 per 100 (Q2 16.67); 1 of 3
        // within SLA; median of 1 and 5 days; 1 of 2 rescue contacts kept.
        QCOMPARE(tiles[0]->value(), QStringLiteral("0"));
        QCOMPARE(tiles[1]->value(), QStringLiteral("5"));
        QCOMPARE(tiles[2]->value(), QStringLiteral("50.00"));
        QCOMPARE(tiles[3]->value(), QStringLiteral("33\u00a0%"));
        QCOMPARE(tiles[4]->value(), QStringLiteral("3.0 days"));
        QCOMPARE(tiles[5]->value(), QStringLiteral("50\u00a0%"));
        view.setSnapshot(nullptr);
        QCOMPARE(tiles[0]->value(), QStringLiteral("\u2014"));
        QCOMPARE(view.trend().rowCount(), 0);
    }

    void chartsAndDrillDowns()
    {
        ListeningView view;
        view.resize(1280, 720);
        view.show();
        view.setSnapshot(m_snapshot);
        QSignalSpy spy(&view, &ReportView::customersRequested);

        // 8 quarters; Q2 (bar 6): 2 promoters, 1 passive, 1 detractor, NPS 25; Q3 (bar 7):
        // 2, 1, 2, NPS 0.
        NpsTrendChart *nps = view.npsChart();
        QCOMPARE(nps->promoterSet()->count(), 8);
        QCOMPARE(nps->promoterSet()->at(6), 2.0);
        QCOMPARE(nps->passiveSet()->at(6), 1.0);
        QCOMPARE(nps->detractorSet()->at(6), 1.0);
        QCOMPARE(nps->detractorSet()->at(7), 2.0);
        // The line skips the quarters without answers (2024-Q4 .. 2025-Q4): 2026-Q1 -100,
        // Q2 25, Q3 0.
        const QList<QPointF> line = nps->npsSeries()->points();
        QCOMPARE(line.size(), 3);
        QCOMPARE(line.at(0), QPointF(5, -100));
        QCOMPARE(line.at(1), QPointF(6, 25));
        QCOMPARE(line.at(2), QPointF(7, 0));
        QCOMPARE(view.complaintsChart()->complaintSet()->at(6), 16.7);
        QCOMPARE(view.complaintsChart()->complaintSet()->at(7), 50.0);

        // A bar's detractors: Q3 D, C (biggest first); Q2 E.
        emit nps->detractorSet()->clicked(7);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(lastSelection(spy).customers, ids({"D", "C"}));
        QVERIFY(lastSelection(spy).title.startsWith(QStringLiteral("Detractors, Q3 2026")));
        emit nps->detractorSet()->clicked(6);
        QCOMPARE(lastSelection(spy).customers, ids({"E"}));
        emit nps->promoterSet()->clicked(6);
        QCOMPARE(lastSelection(spy).customers, ids({"A", "B"}));
        // A complaints bar: Q3's complainants D, B, C.
        emit view.complaintsChart()->complaintSet()->clicked(7);
        QCOMPARE(lastSelection(spy).customers, ids({"D", "B", "C"}));
        // A reason: C, lost for Price.
        QCOMPARE(view.reasons().rowCount(), 1);
        emit view.reasonChart()->reasonClicked(0);
        QCOMPARE(lastSelection(spy).customers, ids({"C"}));
        // The buttons: the period's groups.
        view.groupButton(ListeningGroup::OutsideSla)->click();
        QCOMPARE(lastSelection(spy).customers, ids({"D", "B"}));
        view.groupButton(ListeningGroup::RescueContacts)->click();
        QCOMPARE(lastSelection(spy).customers, ids({"A", "C"}));
        view.groupButton(ListeningGroup::NotRescued)->click();
        QCOMPARE(lastSelection(spy).customers, ids({"C"}));
        // Enter on a trend row's Detractors cell: that period's detractors.
        QTableView *table = view.table();
        table->setFocus();
        table->setCurrentIndex(view.trend().index(6, ListeningTrendModel::Detractors));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(lastSelection(spy).customers, ids({"E"}));
        QCOMPARE(spy.count(), 9);
    }

    void exportTrend()
    {
        ListeningView view;
        view.setSnapshot(m_snapshot);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("listening.csv"));
        QString error;
        QVERIFY2(view.exportTableTo(path, &error), qPrintable(error));
        const QStringList lines = readLines(path);
        QCOMPARE(lines.size(), 9);
        QCOMPARE(lines.at(0),
                 QStringLiteral("Period,Responses,Promoters (9-10),Passives (7-8),Detractors (0-6),NPS,"
                                "Complaints,Customers at start,Complaints per 100 customers"));
        QCOMPARE(lines.at(1), QStringLiteral("2024-Q4,0,0,0,0,,0,0,"));
        QCOMPARE(lines.at(7), QStringLiteral("2026-Q2,4,2,1,1,25.0,1,6,16.67"));
        QCOMPARE(lines.at(8), QStringLiteral("2026-Q3,5,2,1,2,0.0,3,6,50.00"));
    }

    void atRiskList()
    {
        AtRiskView view;
        view.resize(1280, 720);
        view.show();
        view.setSnapshot(m_snapshot);
        QSignalSpy spy(&view, &ReportView::customersRequested);
        // Overdue only (no model): D A G F by value at stake.
        QCOMPARE(view.proxy().rowCount(), 4);
        QVERIFY(view.modelNote().contains(QStringLiteral("only overdue customers are listed")));
        const QList<FigureTile *> tiles = view.headlineTiles();
        QCOMPARE(tiles[0]->value(), QStringLiteral("4"));
        QCOMPARE(tiles[1]->value(), QStringLiteral("4"));
        QCOMPARE(tiles[2]->value(), QStringLiteral("\u2014"));
        QCOMPARE(tiles[3]->value(), QStringLiteral("9950\u00a0EUR"));

        // Enter on the second row opens A among the listed, in the order shown.
        QTableView *table = view.table();
        table->setFocus();
        table->setCurrentIndex(view.proxy().index(1, AtRiskModel::Name));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        CustomerSelection s = lastSelection(spy);
        QCOMPARE(s.customers, ids({"D", "A", "G", "F"}));
        QCOMPARE(s.focus, indexOf("A"));
        QCOMPARE(s.title, QStringLiteral("At risk on 2026-09-30"));
        // Sorted by days since the last order (F 456, G 241, A 213, D 142), the list follows.
        table->sortByColumn(AtRiskModel::DaysSinceLastOrder, Qt::DescendingOrder);
        view.requestRow(0);
        s = lastSelection(spy);
        QCOMPARE(s.customers, ids({"F", "G", "A", "D"}));
        QCOMPARE(s.focus, indexOf("F"));

        // The export follows the order shown, names intact, money and P(alive) raw.
        table->sortByColumn(AtRiskModel::Rank, Qt::AscendingOrder);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("at-risk.csv"));
        QString error;
        QVERIFY2(view.exportTableTo(path, &error), qPrintable(error));
        const QStringList lines = readLines(path);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(0),
                 QStringLiteral("Rank,Customer ID,Name,Why listed,Value at stake (revenue 12 months) (EUR),"
                                "P(alive),Expected value (next 12 months) (EUR),Last order,"
                                "Days since last order,Account owner,Segment"));
        QCOMPARE(lines.at(1), QStringLiteral("1,D,Αθηνά Α.Ε.,Overdue,4000.00,,,2026-05-11,142,Ben,"));
        QCOMPARE(lines.at(2),
                 QStringLiteral("2,A,Müller GmbH,Overdue,3000.00,,,2026-03-01,213,Ana,Enterprise"));
        QCOMPARE(lines.at(4), QStringLiteral("4,F,Customer F,Overdue,-50.00,,,2025-07-01,456,,"));
    }

    void atRiskModelNotFitted()
    {
        // Computed with the model, which could not be fitted: the view says so and still
        // lists the overdue customers.
        auto s = std::make_shared<MetricsSnapshot>(*m_snapshot);
        s->report.modelComputed = true;
        s->report.service.model.bgnbdFitted = false;
        s->report.service.model.problem = QStringLiteral("too few customers with repeat orders");
        AtRiskView view;
        view.setSnapshot(s);
        QCOMPARE(view.proxy().rowCount(), 4);
        QVERIFY(view.modelNote().contains(
            QStringLiteral("could not be fitted (too few customers with repeat orders)")));
        QCOMPARE(view.headlineTiles()[2]->value(), QStringLiteral("\u2014"));
    }
};

QTEST_MAIN(TestListeningView)
#include "tst_listeningview.moc"
