// The Moments of truth, Spend & results and Follow-through views on the hand-worked
// fixture of operationsfixture.h: what they show, their drill-downs and their CSV.
#include "charts/rankedbarchart.h"
#include "operationsfixture.h"
#include "views/followthrough/followthroughview.h"
#include "views/momentsoftruth/momentsoftruthview.h"
#include "views/spend/spendview.h"
#include "views/viewregistry.h"
#include "widgets/figuretile.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>

#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace acc;

Q_DECLARE_METATYPE(acc::CustomerSelection)

namespace {

QList<int> ids(const Dataset &data, const char *letters)
{
    QList<int> out;
    for (const char *c = letters; *c; ++c)
        out.append(data.findCustomer(QString(QLatin1Char(*c))));
    return out;
}

CustomerSelection lastSelection(const QSignalSpy &spy)
{
    return spy.last().at(0).value<CustomerSelection>();
}

QStringList csvLines(const QString &path)
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

const QString nbsp = QStringLiteral("\u00a0");

} // namespace

class TestOperationsViews : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        qRegisterMetaType<CustomerSelection>();
    }

    void registeredInProductOrder()
    {
        const QStringList names = views::names();
        const QStringList order{QStringLiteral("loss-review"),      QStringLiteral("best-customers"),
                                QStringLiteral("moments-of-truth"), QStringLiteral("spend"),
                                QStringLiteral("customers"),        QStringLiteral("targets"),
                                QStringLiteral("follow-through")};
        int last = -1;
        for (const QString &name : order) {
            const int at = names.indexOf(name);
            QVERIFY2(at > last, qPrintable(name));
            last = at;
        }
        for (const char *name : {"moments-of-truth", "spend", "follow-through"}) {
            const ViewDescriptor *d = views::find(QString::fromLatin1(name));
            QVERIFY(d);
            std::unique_ptr<ReportView> view(d->create(theme::Theme::standard(), nullptr));
            QVERIFY(view->canExportTable());
            QCOMPARE(view->title(), d->title());
        }
    }

    void momentsOfTruth()
    {
        const auto snapshot = test::operationsSnapshot();
        const Dataset &data = *snapshot->data;
        MomentsOfTruthView view;
        view.resize(1280, 720);
        view.show();
        view.setSnapshot(snapshot);
        QCOMPARE(view.heading(), QStringLiteral("12 contacts in Q3 2026 at 4 touchpoints"));
        // The bars, first row at the top (drawn from the bottom): labels with the loss share,
        // complaints as the coloured part.
        const QStringList labels = view.touchpointChart()->categoryAxis()->categories();
        QCOMPARE(labels, (QStringList{QStringLiteral("Web · 0.0") + nbsp + QStringLiteral("% lost"),
                                      QStringLiteral("Shop · 50.0") + nbsp + QStringLiteral("% lost"),
                                      QStringLiteral("Delivery · 25.0") + nbsp + QStringLiteral("% lost"),
                                      QStringLiteral("Billing · 33.3") + nbsp + QStringLiteral("% lost")}));
        QCOMPARE(view.touchpointChart()->partSet()->at(3), 2.0); // Billing: 2 complaints
        QCOMPARE(view.touchpointChart()->restSet()->at(3), 2.0); // and 2 other contacts

        QSignalSpy spy(&view, &ReportView::customersRequested);
        // A click on Billing's bar (the bottom-most index is the last row).
        emit view.touchpointChart()->partSet()->clicked(3);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(lastSelection(spy).customers, ids(data, "BAD"));
        QVERIFY(lastSelection(spy).title.contains(QStringLiteral("Billing")));
        // Enter on the table: all customers on a plain cell, the lost ones on the lost columns.
        view.tabs()->setCurrentIndex(1);
        QTableView *table = view.touchpointTable();
        table->setFocus();
        table->setCurrentIndex(view.touchpoints().index(1, TouchpointModel::Contacts));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(lastSelection(spy).customers, ids(data, "EBFD"));
        table->setCurrentIndex(view.touchpoints().index(1, TouchpointModel::LossShare));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(spy.count(), 3);
        QCOMPARE(lastSelection(spy).customers, ids(data, "F"));
        QVERIFY(lastSelection(spy).title.startsWith(QStringLiteral("Lost within 180 days")));
        // Categories: relationship (row 3) -> E, B, A.
        emit view.categoryChart()->restSet()->clicked(0); // the bottom bar is the last row
        QCOMPARE(spy.count(), 4);
        QCOMPARE(lastSelection(spy).customers, ids(data, "EBA"));
        view.tabs()->setCurrentIndex(2);
        view.categoryTable()->setFocus();
        view.categoryTable()->setCurrentIndex(view.categories().index(0, 0));
        QTest::keyClick(view.categoryTable(), Qt::Key_Enter);
        QCOMPARE(spy.count(), 5);
        QCOMPARE(lastSelection(spy).customers, ids(data, "FD"));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mot.csv"));
        QString error;
        QVERIFY2(view.exportTableTo(path, &error), qPrintable(error));
        QCOMPARE(
            csvLines(path),
            (QStringList{QStringLiteral("Rank,Touchpoint,Contacts,Customers,Complaints,Complaint share,Lost "
                                        "customers,Loss share"),
                         QStringLiteral("1,Billing,4,3,2,0.5000,1,0.3333"),
                         QStringLiteral("2,Delivery,4,4,1,0.2500,1,0.2500"),
                         QStringLiteral("3,Shop,2,2,0,0.0000,1,0.5000"),
                         QStringLiteral("4,Web,2,1,0,0.0000,0,0.0000")}));
    }

    void spend()
    {
        const auto snapshot = test::operationsSnapshot();
        SpendView view;
        view.resize(1280, 720);
        view.show();
        view.setSnapshot(snapshot);
        const QList<FigureTile *> tiles = view.tiles();
        QCOMPARE(tiles.size(), 5);
        QCOMPARE(tiles[0]->value(), QStringLiteral("3300") + nbsp + QStringLiteral("EUR"));
        QCOMPARE(tiles[1]->value(), QStringLiteral("530") + nbsp + QStringLiteral("EUR"));
        QCOMPARE(tiles[2]->value(), QStringLiteral("0.16"));
        QCOMPARE(tiles[3]->value(), QStringLiteral("660.00") + nbsp + QStringLiteral("EUR"));
        QCOMPARE(tiles[4]->value(), QStringLiteral("80.0") + nbsp + QStringLiteral("%"));
        QCOMPARE(view.programChart()->restSet()->count(), 3);
        QCOMPARE(view.programChart()->restSet()->at(2), 1500.0); // Events at the top
        QCOMPARE(view.programChart()->restSet()->at(0), 300.0);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("spend.csv"));
        QString error;
        QVERIFY2(view.exportTableTo(path, &error), qPrintable(error));
        QCOMPARE(csvLines(path), (QStringList{QStringLiteral("Program,Spend (EUR),Share of spend"),
                                              QStringLiteral("Events,1500.00,0.4545"),
                                              QStringLiteral("Loyalty club,1500.00,0.4545"),
                                              QStringLiteral("Ärzte-Programm,300.00,0.0909")}));

        // A period without spend: dashes, never "nan" or "inf".
        view.setSnapshot(test::operationsSnapshot("2025-Q1"));
        QCOMPARE(tiles[2]->value(), QStringLiteral("\u2014"));
    }

    void followThrough()
    {
        const auto snapshot = test::operationsSnapshot();
        const Dataset &data = *snapshot->data;
        FollowThroughView view;
        view.resize(1280, 720);
        view.show();
        view.setSnapshot(snapshot);
        const QList<FigureTile *> tiles = view.tiles();
        QCOMPARE(tiles[0]->value(), QStringLiteral("66.7") + nbsp + QStringLiteral("%"));
        QCOMPARE(tiles[1]->value(), QStringLiteral("60.0") + nbsp + QStringLiteral("%"));
        QCOMPARE(tiles[2]->value(), QStringLiteral("50.0") + nbsp + QStringLiteral("%"));
        QCOMPARE(view.button(FollowThroughModel::FeedbackAfterSale, false)->text(),
                 QStringLiteral("Did not answer (1)"));
        QCOMPARE(view.button(FollowThroughModel::FollowedUp, false)->text(),
                 QStringLiteral("Not followed up (2)"));

        QSignalSpy spy(&view, &ReportView::customersRequested);
        QTest::mouseClick(view.button(FollowThroughModel::FeedbackAfterSale, false), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(lastSelection(spy).customers, ids(data, "B"));
        QTest::mouseClick(view.button(FollowThroughModel::FollowedUp, false), Qt::LeftButton);
        QCOMPARE(lastSelection(spy).customers, ids(data, "FD"));
        QVERIFY(lastSelection(spy).title.contains(QStringLiteral("not followed up")));
        QTest::mouseClick(view.button(FollowThroughModel::ReEngaged, true), Qt::LeftButton);
        QCOMPARE(lastSelection(spy).customers, ids(data, "B"));
        // Enter on a row of the table: the customers it missed.
        view.table()->setFocus();
        view.table()->setCurrentIndex(view.model().index(FollowThroughModel::ReEngaged, 0));
        QTest::keyClick(view.table(), Qt::Key_Return);
        QCOMPARE(spy.count(), 4);
        QCOMPARE(lastSelection(spy).customers, ids(data, "D"));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ft.csv"));
        QString error;
        QVERIFY2(view.exportTableTo(path, &error), qPrintable(error));
        const QStringList lines = csvLines(path);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0], QStringLiteral("Accountability,Rate,Count,Out of,What is counted"));
        QVERIFY2(lines[1].startsWith(QStringLiteral("Feedback right after the sale,0.6667,2,3,")),
                 qPrintable(lines[1]));
        QVERIFY2(lines[2].startsWith(QStringLiteral("Followed up down the line,0.6000,3,5,")),
                 qPrintable(lines[2]));
        QVERIFY2(lines[3].startsWith(QStringLiteral("Re-engaged into a new order,0.5000,1,2,")),
                 qPrintable(lines[3]));

        // Nobody ordered: no rate, the buttons that would list nobody are off.
        view.setSnapshot(test::operationsSnapshot("2025-Q1"));
        QCOMPARE(tiles[0]->value(), QStringLiteral("\u2014"));
        QVERIFY(!view.button(FollowThroughModel::FeedbackAfterSale, false)->isEnabled());
    }
};

QTEST_MAIN(TestOperationsViews)
#include "tst_operationsviews.moc"
