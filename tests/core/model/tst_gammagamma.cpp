#include "cdnow.h"
#include "model/gammagamma.h"

#include <QtTest>

#include <cmath>

using acc::model::fitGammaGamma;
using acc::model::GammaGammaFit;
using acc::model::GammaGammaModel;
using acc::model::SpendHistory;

Q_DECLARE_METATYPE(std::vector<SpendHistory>)

namespace {

bool nearRel(double actual, double expected, double rel)
{
    return std::fabs(actual - expected) <= rel * std::fabs(expected);
}

QString describe(const GammaGammaFit &f)
{
    return QStringLiteral("fitted %1 converged %2 p %3 q %4 gamma %5 LL %6 customers %7 evals %8 reason: %9")
        .arg(f.fitted)
        .arg(f.converged)
        .arg(f.model.p, 0, 'g', 8)
        .arg(f.model.q, 0, 'g', 8)
        .arg(f.model.gamma, 0, 'g', 8)
        .arg(f.logLikelihood, 0, 'f', 4)
        .arg(f.customers)
        .arg(f.evaluations)
        .arg(f.reason);
}

} // namespace

class TestGammaGamma : public QObject
{
    Q_OBJECT

private slots:
    void cdnowSummary()
    {
        const auto rows = acc::test::cdnowSummaryZbar();
        QCOMPARE(rows.size(), std::size_t(946));
        const GammaGammaFit f = fitGammaGamma(rows);
        qInfo().noquote() << describe(f);
        QVERIFY2(f.fitted && f.converged && f.reason.isEmpty(), qPrintable(describe(f)));
        QCOMPARE(f.customers, qint64(946));
        QVERIFY2(nearRel(f.model.p, 6.2488, 1e-3), qPrintable(describe(f)));
        QVERIFY2(nearRel(f.model.q, 3.7446, 1e-3), qPrintable(describe(f)));
        QVERIFY2(nearRel(f.model.gamma, 15.4478, 1e-3), qPrintable(describe(f)));
        QVERIFY(std::fabs(f.model.logLikelihood(rows) - f.logLikelihood) < 1e-6);
    }

    void cdnowSample()
    {
        const auto rows = acc::test::cdnowSampleZbar();
        QCOMPARE(rows.size(), std::size_t(946));
        const GammaGammaFit f = fitGammaGamma(rows);
        qInfo().noquote() << describe(f);
        QVERIFY2(f.fitted && f.converged, qPrintable(describe(f)));
        QVERIFY2(nearRel(f.model.p, 6.2496, 1e-3), qPrintable(describe(f)));
        QVERIFY2(nearRel(f.model.q, 3.7442, 1e-3), qPrintable(describe(f)));
        QVERIFY2(nearRel(f.model.gamma, 15.4435, 1e-3), qPrintable(describe(f)));
    }

    void expectations()
    {
        const GammaGammaModel m{6.25, 3.74, 15.44};
        const double population = 6.25 * 15.44 / 2.74;
        QVERIFY(std::fabs(*m.populationMean() - population) < 1e-12);
        // A weighted mean of the population mean and the customer's own mean.
        const int x = 3;
        const double mean = 40;
        const double w = 6.25 * x / (6.25 * x + 3.74 - 1);
        QVERIFY(std::fabs(*m.conditionalExpectedValue(x, mean) - ((1 - w) * population + w * mean)) < 1e-12);
        QVERIFY(std::fabs(*m.conditionalExpectedValue(0, 0) - population) < 1e-12);

        const GammaGammaModel heavy{2.0, 0.8, 10.0};
        QVERIFY(!heavy.populationMean());
        QVERIFY(heavy.conditionalExpectedValue(1, 20)); // p x + q - 1 = 1.8 > 0
        const GammaGammaModel heavier{0.1, 0.5, 10.0};
        QVERIFY(!heavier.conditionalExpectedValue(1, 20)); // 0.1 + 0.5 - 1 < 0
        QVERIFY(!GammaGammaModel{}.populationMean());
    }

    void outsideRowsLeftOut()
    {
        auto rows = acc::test::cdnowSummaryZbar();
        const GammaGammaFit plain = fitGammaGamma(rows);
        rows.push_back({0, 12.0, 1}); // no repeat purchase
        rows.push_back({2, 0.0, 1});  // mean not positive
        rows.push_back({3, -5.0, 1});
        const GammaGammaFit f = fitGammaGamma(rows);
        QCOMPARE(f.customers, qint64(946));
        QVERIFY(nearRel(f.model.p, plain.model.p, 1e-9));
    }

    void degenerate_data()
    {
        QTest::addColumn<std::vector<SpendHistory>>("rows");
        QTest::addColumn<bool>("fitted");
        QTest::newRow("nobody") << std::vector<SpendHistory>{} << false;
        QTest::newRow("only non-positive means") << std::vector<SpendHistory>{{1, 0, 3}, {2, -4, 1}} << false;
        QTest::newRow("single customer") << std::vector<SpendHistory>{{2, 30, 1}} << false;
        QTest::newRow("identical means")
            << std::vector<SpendHistory>{{1, 30, 10}, {2, 30, 5}, {4, 30, 1}} << false;
        QTest::newRow("two histories") << std::vector<SpendHistory>{{1, 30, 10}, {2, 40, 5}} << false;
        QTest::newRow("nearly identical means") // no spread between customers: q runs to its bound
            << std::vector<SpendHistory>{{1, 30, 10}, {2, 30.01, 10}, {3, 29.99, 10}, {1, 30.02, 10}} << true;
    }
    void degenerate()
    {
        QFETCH(std::vector<SpendHistory>, rows);
        QFETCH(bool, fitted);
        const GammaGammaFit f = fitGammaGamma(rows);
        qInfo().noquote() << describe(f);
        QCOMPARE(f.fitted, fitted);
        QVERIFY(!f.converged);
        QVERIFY(!f.reason.isEmpty());
        if (f.fitted) {
            QVERIFY(f.model.isValid());
            const auto m = f.model.populationMean();
            QVERIFY(!m || std::isfinite(*m));
        }
    }
};

QTEST_GUILESS_MAIN(TestGammaGamma)
#include "tst_gammagamma.moc"
