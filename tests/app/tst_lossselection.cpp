// The loss review's drill-down rules (LossSelection) and headline figures, without a window.
#include "engine/metrics.h"
#include "lossfixture.h"
#include "views/lossreview/lossheadlines.h"
#include "views/lossreview/lossselection.h"

#include <QtTest>

using namespace acc;
using acc::test::day;

class TestLossSelection : public QObject
{
    Q_OBJECT
private:
    Dataset m_data;
    MetricsReport m_october;

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c()); // the expected texts are written for the C locale
        m_data = test::lossFixture();
        m_october = computeMetrics(m_data, {*Period::parse(QStringLiteral("2026-10"))});
    }

    void wholePeriodByDefault()
    {
        LossSelection s;
        s.reset(&m_october.assets, m_october.days.period);
        QVERIFY(!s.isFiltered());
        QCOMPARE(s.scope().toString(), QStringLiteral("2026-10"));
        QCOMPARE(s.highlightedMonths(), QList<int>{12});
        QCOMPARE(s.count(), 3);
        QCOMPARE(s.value(), Cents(500000));
        QCOMPARE(s.reasons().size(), 2);
        QCOMPARE(s.highlightedReason(), -1);
        const LossFilter f = s.filter();
        QCOMPARE(f.from(), day("2026-10-01"));
        QCOMPARE(f.to(), day("2026-10-31"));
        QVERIFY(f.reason().isEmpty());
    }

    void monthThenReason()
    {
        LossSelection s;
        s.reset(&m_october.assets, m_october.days.period);
        s.selectMonth(11); // September 2026
        QVERIFY(s.isFiltered());
        QCOMPARE(s.scope().toString(), QStringLiteral("2026-09"));
        QCOMPARE(s.highlightedMonths(), QList<int>{11});
        QCOMPARE(s.count(), 2);             // D, E
        QCOMPARE(s.value(), Cents(250000)); // 2,000.00 + 500.00
        QCOMPARE(s.reasons().first().reason, QStringLiteral("Product gap"));
        QCOMPARE(s.filter().from(), day("2026-09-01"));
        QCOMPARE(s.filter().to(), day("2026-09-30"));

        s.selectReason(QStringLiteral("Price"));
        QCOMPARE(s.highlightedReason(), 1);
        QCOMPARE(s.count(), 1); // E
        QCOMPARE(s.value(), Cents(50000));
        QCOMPARE(s.filter().reason(), QStringLiteral("Price"));

        // October has Price too (A and C): the reason stays.
        s.selectMonth(-1);
        QCOMPARE(s.reason(), QStringLiteral("Price"));
        QCOMPARE(s.count(), 2);
        QCOMPARE(s.value(), Cents(200000));

        // November 2025 has only Unknown: the reason goes.
        s.selectMonth(1);
        QVERIFY(s.reason().isEmpty());
        QCOMPARE(s.count(), 1);
        QCOMPARE(s.value(), Cents(40000));

        s.clear();
        QVERIFY(!s.isFiltered());
        QCOMPARE(s.count(), 3);
    }

    void theChosenMonthIsTheWholePeriod()
    {
        LossSelection s;
        s.reset(&m_october.assets, m_october.days.period);
        s.selectMonth(12);
        QCOMPARE(s.month(), -1);
        QVERIFY(!s.isFiltered());
        s.selectMonth(13); // out of range
        QCOMPARE(s.month(), -1);
        s.selectReason(QStringLiteral("Product gap")); // not a reason of October
        QVERIFY(s.reason().isEmpty());
    }

    void quarterHighlightsItsMonths()
    {
        // 2026-Q3: trend months 2025-09 .. 2026-09, the quarter is rows 10, 11, 12.
        const MetricsReport q3 = computeMetrics(m_data, {*Period::parse(QStringLiteral("2026-Q3"))});
        LossSelection s;
        s.reset(&q3.assets, q3.days.period);
        QCOMPARE(s.highlightedMonths(), (QList<int>{10, 11, 12}));
        QCOMPARE(s.count(), 2); // D and E in September
        QCOMPARE(s.filter().from(), day("2026-07-01"));
        QCOMPARE(s.filter().to(), day("2026-09-30"));
        s.selectMonth(12); // September is not the whole quarter
        QCOMPARE(s.month(), 12);
        QCOMPARE(s.scope().toString(), QStringLiteral("2026-09"));
    }

    void headlines()
    {
        const QList<Headline> h = lossHeadlines(m_october, QStringLiteral("EUR"));
        QCOMPARE(h.size(), 5);
        QCOMPARE(h[0].value, QStringLiteral("3"));
        QCOMPARE(h[0].note, QStringLiteral("Sep 2026: 2"));
        QCOMPARE(h[1].value, QStringLiteral("5000") + QChar(0x00A0) + QStringLiteral("EUR"));
        QCOMPARE(h[2].value, QStringLiteral("75.0") + QChar(0x00A0) + QLatin1Char('%'));
        QCOMPARE(h[2].note, QStringLiteral("Sep 2026: 33.3") + QChar(0x00A0) + QStringLiteral("%"));
        QCOMPARE(h[3].value, QStringLiteral("1"));
        QCOMPARE(h[4].value, QChar(0x2212) + QStringLiteral("1")); // 1 gained + 1 won back - 3 lost
        QCOMPARE(h[4].note, QStringLiteral("Sep 2026: ") + QChar(0x2212) + QStringLiteral("2"));
    }
};

QTEST_GUILESS_MAIN(TestLossSelection)
#include "tst_lossselection.moc"
