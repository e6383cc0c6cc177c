// The reason Pareto chart's category axis: a label per bar, each its own, and bounded
// however long the reason (issue 8, defects 1 and 8).
#include "charts/chartsupport.h"
#include "charts/reasonparetochart.h"
#include "models/reasonparetomodel.h"
#include "theme/theme.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QValueAxis>
#include <QtTest>

#include <QGraphicsScene>
#include <QRegularExpression>
#include <QSet>

using namespace acc;

namespace {

// A category's text as read: without the line breaks and HTML escapes of its wrapping.
QString plain(QString category)
{
    category.replace(QLatin1String("<br>"), QLatin1String(" "));
    category.replace(QLatin1String("&amp;"), QLatin1String("&"));
    category.replace(QLatin1String("&lt;"), QLatin1String("<"));
    category.replace(QLatin1String("&gt;"), QLatin1String(">"));
    category.replace(QLatin1String("&quot;"), QLatin1String("\""));
    return category;
}

} // namespace

class TestReasonParetoChart : public QObject
{
    Q_OBJECT
private:
    // Lays the chart out at a page's size, as the window and the pack do.
    static void layOut(QGraphicsScene &scene, ReasonParetoChart &chart, const QSizeF &size)
    {
        scene.addItem(&chart);
        chart.resize(size);
        QCoreApplication::processEvents();
    }

private slots:
    void reasonsDifferingInSpacingGetLabelsOfTheirOwn_data()
    {
        QTest::addColumn<QSizeF>("size");
        QTest::newRow("window") << QSizeF(900, 500);
        QTest::newRow("narrow") << QSizeF(300, 300);
    }
    void reasonsDifferingInSpacingGetLabelsOfTheirOwn()
    {
        QFETCH(QSizeF, size);
        // Nine reasons, two of them "Service failure" with one and two spaces (the issue's
        // 9 bars and 8 labels), one "Relocated/closed" and one "Relocated/ closed".
        const QList<ReasonFigure> reasons{
            {QStringLiteral("Price"), 3, 90000},
            {QStringLiteral("Service failure"), 2, 80000},
            {QStringLiteral("Moved to competitor"), 2, 70000},
            {QStringLiteral("Service  failure"), 1, 60000},
            {QStringLiteral("Relocated/closed"), 1, 50000},
            {QStringLiteral("Product gap"), 1, 40000},
            {QStringLiteral("Relocated/ closed"), 1, 30000},
            {QStringLiteral("Budget cut"), 1, 20000},
            {QStringLiteral("Other"), 1, 10000},
        };
        ReasonParetoModel model;
        model.setReasons(reasons, QStringLiteral("EUR"));
        QGraphicsScene scene;
        ReasonParetoChart chart(theme::ChartStyle::screen());
        chart.setModel(&model, QStringLiteral("EUR"));
        layOut(scene, chart, size);

        QCOMPARE(chart.valueSet()->count(), 9);
        const QStringList categories = chart.reasonAxis()->categories();
        QCOMPARE(categories.size(), 9);
        QCOMPARE(QSet<QString>(categories.cbegin(), categories.cend()).size(), 9);
        // Bar by bar, the label names the bar's reason.
        QCOMPARE(plain(categories.at(1)).simplified(), QStringLiteral("Service failure"));
        QCOMPARE(plain(categories.at(3)).simplified(), QStringLiteral("Service failure (2)"));
        QCOMPARE(plain(categories.at(8)).simplified(), QStringLiteral("Other"));
        // The table says the same.
        QCOMPARE(model.index(1, ReasonParetoModel::Reason).data().toString(),
                 QStringLiteral("Service failure"));
        QCOMPARE(model.index(3, ReasonParetoModel::Reason).data().toString(),
                 QStringLiteral("Service failure (2)"));
        QCOMPARE(model.index(3, ReasonParetoModel::Reason).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Service  failure"));
        scene.removeItem(&chart);
        chart.setModel(nullptr, QString());
    }

    // Millions are drawn in millions: "4,800,000" tick labels would be cut on a projector.
    void millionsDrawnInMillions()
    {
        const QList<ReasonFigure> reasons{{QStringLiteral("Service failure"), 30, 480'000'000},
                                          {QStringLiteral("Price"), 5, 100'000'000}};
        ReasonParetoModel model;
        model.setReasons(reasons, QStringLiteral("EUR"));
        ReasonParetoChart chart(theme::ChartStyle::screen());
        chart.setModel(&model, QStringLiteral("EUR"));
        QCOMPARE(chart.valueSet()->at(0), 4.8);
        QCOMPARE(chart.valueSet()->at(1), 1.0);
        QCOMPARE(charts::plainAxisTitle(chart.valueAxis()), QStringLiteral("Lost value (M EUR)"));
        QCOMPARE(chart.valueAxis()->max(), 5.0); // 4.8 / 5 steps: a step of 1
        // From 100,000 to a million, thousands: 900,000 EUR is drawn as 900 (k EUR).
        model.setReasons({{QStringLiteral("Price"), 5, 90'000'000}}, QStringLiteral("EUR"));
        QCOMPARE(chart.valueSet()->at(0), 900.0);
        QCOMPARE(charts::plainAxisTitle(chart.valueAxis()), QStringLiteral("Lost value (k EUR)"));
        // This chart is narrow by design: thousands from 10,000 already (12,500 EUR is
        // 12.5 k EUR, "12.500" would be cut in German at 1280 pixels); below, currency units.
        model.setReasons({{QStringLiteral("Price"), 5, 1'250'000}}, QStringLiteral("EUR"));
        QCOMPARE(chart.valueSet()->at(0), 12.5);
        QCOMPARE(charts::plainAxisTitle(chart.valueAxis()), QStringLiteral("Lost value (k EUR)"));
        model.setReasons({{QStringLiteral("Price"), 5, 999'900}}, QStringLiteral("EUR"));
        QCOMPARE(chart.valueSet()->at(0), 9'999.0);
        QCOMPARE(charts::plainAxisTitle(chart.valueAxis()), QStringLiteral("Lost value (EUR)"));
        // Other charts keep currency units up to 100,000.
        QCOMPARE(charts::moneyScale(99'999, QStringLiteral("EUR")).divisor, 1.0);
        QCOMPARE(charts::moneyScale(12'500, QStringLiteral("EUR"), 1e4).unit, QStringLiteral("k EUR"));
        chart.setModel(nullptr, QString());
    }

    void longReasonGetsABoundedLabel()
    {
        // 100,000 characters: words of three letters, then one word of 60,000.
        const QString words = QStringLiteral("abc ").repeated(10000);
        const QString reason = words + QString(60000, QLatin1Char('z'));
        const QList<ReasonFigure> reasons{{reason, 1, 50000}, {QStringLiteral("Price"), 1, 40000}};
        ReasonParetoModel model;
        model.setReasons(reasons, QStringLiteral("EUR"));
        QCOMPARE(model.index(0, ReasonParetoModel::Reason).data().toString().size(), 120);
        QGraphicsScene scene;
        ReasonParetoChart chart(theme::ChartStyle::print());
        chart.setModel(&model, QStringLiteral("EUR"));
        layOut(scene, chart, QSizeF(500, 400));

        const QStringList categories = chart.reasonAxis()->categories();
        QCOMPARE(categories.size(), 2);
        const QString label = plain(categories.at(0));
        QVERIFY2(label.size() <= 48, qPrintable(label));
        QVERIFY2(label.startsWith(QLatin1String("abc abc")), qPrintable(label));
        QVERIFY2(label.endsWith(QChar(0x2026)), qPrintable(label));
        QCOMPARE(plain(categories.at(1)), QStringLiteral("Price"));
        scene.removeItem(&chart);
        chart.setModel(nullptr, QString());
    }

    void controlCharactersShownAsPictures()
    {
        const QList<ReasonFigure> reasons{{QStringLiteral("\u001b[2JLate\u202e"), 1, 50000}};
        ReasonParetoModel model;
        model.setReasons(reasons, QStringLiteral("EUR"));
        QGraphicsScene scene;
        ReasonParetoChart chart(theme::ChartStyle::screen());
        chart.setModel(&model, QStringLiteral("EUR"));
        layOut(scene, chart, QSizeF(600, 400));
        QCOMPARE(plain(chart.reasonAxis()->categories().at(0)), QStringLiteral("␛[2JLate\ufffd"));
        QCOMPARE(model.index(0, ReasonParetoModel::Reason).data().toString(),
                 QStringLiteral("␛[2JLate\ufffd"));
        scene.removeItem(&chart);
        chart.setModel(nullptr, QString());
    }
};

QTEST_MAIN(TestReasonParetoChart)
#include "tst_reasonparetochart.moc"
