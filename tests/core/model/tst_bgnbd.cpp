#include "cdnow.h"
#include "model/bgnbd.h"

#include <QtTest>

#include <cmath>
#include <random>

using acc::model::BgNbdFit;
using acc::model::BgNbdHistory;
using acc::model::BgNbdModel;
using acc::model::fitBgNbd;

Q_DECLARE_METATYPE(std::vector<BgNbdHistory>)

namespace {

bool nearRel(double actual, double expected, double rel)
{
    return std::fabs(actual - expected) <= rel * std::fabs(expected);
}

QString describe(const BgNbdFit &f)
{
    return QStringLiteral("fitted %1 converged %2 r %3 alpha %4 a %5 b %6 LL %7 evals %8 grad %9 reason: %10")
        .arg(f.fitted)
        .arg(f.converged)
        .arg(f.model.r, 0, 'g', 8)
        .arg(f.model.alpha, 0, 'g', 8)
        .arg(f.model.a, 0, 'g', 8)
        .arg(f.model.b, 0, 'g', 8)
        .arg(f.logLikelihood, 0, 'f', 4)
        .arg(f.evaluations)
        .arg(f.gradientNorm, 0, 'g', 3)
        .arg(f.reason);
}

// The BTYD package's rounded CDNOW parameters, used for its published probabilities.
const BgNbdModel kBtyd{0.243, 4.414, 0.793, 2.426};

} // namespace

class TestBgNbd : public QObject
{
    Q_OBJECT

private:
    std::vector<BgNbdHistory> m_cdnow;
    BgNbdFit m_fit;

private slots:
    void initTestCase()
    {
        m_cdnow = acc::test::cdnowSummary();
        QCOMPARE(m_cdnow.size(), std::size_t(2357));
        m_fit = fitBgNbd(m_cdnow);
        qInfo().noquote() << describe(m_fit);
    }

    void cdnowParameters()
    {
        QVERIFY2(m_fit.fitted && m_fit.converged, qPrintable(describe(m_fit)));
        QVERIFY(m_fit.reason.isEmpty());
        QCOMPARE(m_fit.customers, qint64(2357));
        QVERIFY2(nearRel(m_fit.model.r, 0.24259, 1e-3), qPrintable(describe(m_fit)));
        QVERIFY2(nearRel(m_fit.model.alpha, 4.41353, 1e-3), qPrintable(describe(m_fit)));
        QVERIFY2(nearRel(m_fit.model.a, 0.79289, 1e-3), qPrintable(describe(m_fit)));
        QVERIFY2(nearRel(m_fit.model.b, 2.42575, 1e-3), qPrintable(describe(m_fit)));
        QVERIFY2(std::fabs(m_fit.logLikelihood - (-9582.43)) <= 0.1, qPrintable(describe(m_fit)));
        // The grouped likelihood equals the plain sum over the 2,357 customers.
        QVERIFY(std::fabs(m_fit.model.logLikelihood(m_cdnow) - m_fit.logLikelihood) < 1e-6);
        QVERIFY(m_fit.distinctHistories < 2357);
    }

    void cdnowExpectedPurchases_data()
    {
        QTest::addColumn<double>("t");
        QTest::addColumn<double>("expected");
        QTest::newRow("1 week") << 1.0 << 0.0532;
        QTest::newRow("3 weeks") << 3.0 << 0.1506;
        QTest::newRow("32 weeks") << 32.0 << 1.0437;
        QTest::newRow("78 weeks") << 78.0 << 1.8580;
    }
    void cdnowExpectedPurchases()
    {
        QFETCH(double, t);
        QFETCH(double, expected);
        const double e = m_fit.model.expectedPurchases(t);
        QVERIFY2(std::fabs(e - expected) <= 0.0005, qPrintable(QString::number(e, 'g', 10)));
    }

    void cdnowProbabilityOfNoPurchase()
    {
        // 0.5737864 is BTYD's figure at its rounded parameters (r = 0.243), where it is
        // exact; at the maximum-likelihood parameters the same formula, (alpha/(alpha+t))^r,
        // gives 0.57430.
        QVERIFY(std::fabs(kBtyd.probabilityOfNoPurchase(39) - 0.5737864) < 5e-7);
        const double p = m_fit.model.probabilityOfNoPurchase(39);
        const double closedForm = std::pow(m_fit.model.alpha / (m_fit.model.alpha + 39), m_fit.model.r);
        QVERIFY(std::fabs(p - closedForm) < 1e-12);
        QVERIFY2(std::fabs(p - 0.5737864) <= 0.0006, qPrintable(QString::number(p, 'g', 10)));
        // BTYD's other published probability: 10 purchases in (0, 2].
        QVERIFY(std::fabs(kBtyd.probabilityOfPurchases(2, 10) - 1.07869e-07) < 1e-11);
        // The probabilities of all counts add up to one.
        double sum = 0;
        for (int n = 0; n < 400; ++n)
            sum += m_fit.model.probabilityOfPurchases(39, n);
        QVERIFY2(std::fabs(sum - 1) < 1e-9, qPrintable(QString::number(sum, 'g', 15)));
        // The mean of that distribution is E[X(t)].
        double mean = 0;
        for (int n = 0; n < 400; ++n)
            mean += n * m_fit.model.probabilityOfPurchases(10, n);
        QVERIFY(std::fabs(mean - m_fit.model.expectedPurchases(10)) < 1e-9);
    }

    void cdnowCustomerOne()
    {
        const double e = m_fit.model.conditionalExpectedPurchases(39, 2, 30.43, 38.86);
        QVERIFY2(std::fabs(e - 1.226) <= 0.001, qPrintable(QString::number(e, 'g', 10)));
    }

    void pAliveClosedForm()
    {
        const BgNbdModel m{0.5, 10.0, 0.8, 2.5};
        QCOMPARE(m.pAlive(0, 0, 30), 1.0);
        const double x = 3, tx = 12, T = 40;
        const double expected = 1 / (1 + (0.8 / (2.5 + x - 1)) * std::pow((10 + T) / (10 + tx), 0.5 + x));
        QVERIFY(std::fabs(m.pAlive(3, tx, T) - expected) < 1e-14);
        // Bought on the last day: alive with 1 / (1 + a / (b + x - 1)).
        QVERIFY(std::fabs(m.pAlive(2, 40, 40) - 1 / (1 + 0.8 / 3.5)) < 1e-14);
        // Far in the past: the odds overflow to a plain zero, not NaN.
        const BgNbdModel steep{50, 1e-3, 0.8, 2.5};
        QCOMPARE(steep.pAlive(400, 1, 1e6), 0.0);
    }

    // E[X(t)] against the plain hypergeometric series of the paper, at parameters where
    // that series converges fast; and its limit at a = 1.
    void expectationAgainstPaperSeries()
    {
        const BgNbdModel m{0.7, 20.0, 1.6, 3.2};
        const double t = 5;
        const double z = t / (m.alpha + t);
        const double c = m.a + m.b - 1;
        double term = 1, f = 1;
        for (int n = 0; n < 2000; ++n) {
            term *= (m.r + n) * (m.b + n) / ((c + n) * (n + 1)) * z;
            f += term;
        }
        const double paper = c / (m.a - 1) * (1 - std::pow(m.alpha / (m.alpha + t), m.r) * f);
        QVERIFY(std::fabs(m.expectedPurchases(t) - paper) < 1e-12);

        const BgNbdModel one{0.7, 20.0, 1.0, 3.2};
        const BgNbdModel below{0.7, 20.0, 1.0 - 1e-7, 3.2};
        const BgNbdModel above{0.7, 20.0, 1.0 + 1e-7, 3.2};
        const double e1 = one.expectedPurchases(50);
        QVERIFY(std::isfinite(e1));
        QVERIFY(std::fabs(below.expectedPurchases(50) - e1) < 1e-6);
        QVERIFY(std::fabs(above.expectedPurchases(50) - e1) < 1e-6);
        QCOMPARE(m.expectedPurchases(0), 0.0);
    }

    // The conditional expectation against the paper's formula summed plainly, over random
    // parameters on both sides of a = 2 (where the implementation changes series).
    void expectationRandomParameters()
    {
        std::mt19937_64 rng(11);
        auto uniform = [&rng](double lo, double hi) {
            return lo + (hi - lo) * (static_cast<double>(rng() >> 11) * 0x1.0p-53);
        };
        int compared = 0;
        for (int i = 0; i < 2000; ++i) {
            const BgNbdModel m{uniform(0.05, 5), uniform(1, 200), uniform(0.05, 8), uniform(0.05, 10)};
            const int x = static_cast<int>(rng() % 15);
            const double T = x > 0 ? uniform(x, 600) : uniform(0, 600);
            const double tx = x > 0 ? uniform(0, T) : 0;
            const double t = 365;
            if (std::fabs(m.a - 1) < 0.05)
                continue;
            const double z = t / (m.alpha + T + t);
            const double c = m.a + m.b + x - 1;
            double term = 1, f = 1;
            bool fine = true;
            for (int n = 0; n < 200000 && fine; ++n) {
                term *= (m.r + x + n) * (m.b + x + n) / ((c + n) * (n + 1)) * z;
                f += term;
                fine = std::isfinite(f) && std::fabs(f) < 1e12;
                if (std::fabs(term) < 1e-18 * std::fabs(f) && n > 10)
                    break;
            }
            if (!fine)
                continue;
            const double paper = c / (m.a - 1) *
                                 (1 - std::pow((m.alpha + T) / (m.alpha + T + t), m.r + x) * f) *
                                 m.pAlive(x, tx, T);
            const double e = m.conditionalExpectedPurchases(t, x, tx, T);
            QVERIFY2(std::fabs(e - paper) <= 1e-7 * std::max(1.0, std::fabs(paper)),
                     qPrintable(QStringLiteral("r %1 alpha %2 a %3 b %4 x %5 T %6: %7 vs %8")
                                    .arg(m.r)
                                    .arg(m.alpha)
                                    .arg(m.a)
                                    .arg(m.b)
                                    .arg(x)
                                    .arg(T)
                                    .arg(e, 0, 'g', 15)
                                    .arg(paper, 0, 'g', 15)));
            ++compared;
        }
        QVERIFY(compared > 1500);
        // Continuous where the series changes.
        const BgNbdModel below{0.7, 20.0, 2.0 - 1e-9, 3.2};
        const BgNbdModel above{0.7, 20.0, 2.0 + 1e-9, 3.2};
        QVERIFY(std::fabs(below.conditionalExpectedPurchases(365, 3, 50, 90) -
                          above.conditionalExpectedPurchases(365, 3, 50, 90)) < 1e-8);
        // Huge a and b with a tiny alpha: terms that would overflow a double still sum.
        const BgNbdModel extreme{0.345, 0.95, 5822.8, 22026.5};
        QVERIFY(std::isfinite(extreme.expectedPurchases(365)));
        QVERIFY(std::isfinite(extreme.conditionalExpectedPurchases(365, 4, 300, 390)));
    }

    // Conditional expectation with t = 0 is 0; a long history is finite.
    void conditionalExpectationEdges()
    {
        QCOMPARE(m_fit.model.conditionalExpectedPurchases(0, 2, 30, 38), 0.0);
        const double e = m_fit.model.conditionalExpectedPurchases(365, 300, 900, 1000);
        QVERIFY(std::isfinite(e) && e >= 0);
        QVERIFY(std::isnan(BgNbdModel{}.pAlive(1, 1, 2)));
    }

    // Days instead of weeks: r, a, b and the likelihood's shape do not change; alpha is 7x.
    void timeUnitInvariance()
    {
        std::vector<BgNbdHistory> days = m_cdnow;
        for (auto &h : days) {
            h.tx *= 7;
            h.T *= 7;
        }
        const BgNbdFit f = fitBgNbd(days);
        QVERIFY2(f.converged, qPrintable(describe(f)));
        QVERIFY(nearRel(f.model.r, m_fit.model.r, 1e-5));
        QVERIFY(nearRel(f.model.alpha, 7 * m_fit.model.alpha, 1e-5));
        QVERIFY(nearRel(f.model.a, m_fit.model.a, 1e-5));
        QVERIFY(nearRel(f.model.b, m_fit.model.b, 1e-5));
    }

    void grouping()
    {
        const auto g = acc::model::groupHistories(
            {{1, 2, 5, 1}, {0, 0, 5, 1}, {1, 2, 5, 2}, {1, 2, 6, 1}, {0, 0, 5, 0.5}, {2, 1, 1, 0}});
        QCOMPARE(g.size(), std::size_t(3));
        QCOMPARE(g[0].x, 0);
        QCOMPARE(g[0].weight, 1.5);
        QCOMPARE(g[1].weight, 3.0);
        QCOMPARE(g[2].T, 6.0);
        // Weighted and repeated rows give the same fit.
        const auto grouped = acc::model::groupHistories(m_cdnow);
        const BgNbdFit f = fitBgNbd(grouped);
        QVERIFY(nearRel(f.model.r, m_fit.model.r, 1e-9));
        QVERIFY(std::fabs(f.logLikelihood - m_fit.logLikelihood) < 1e-6);
    }

    // Small random populations of every shape: whatever the fit makes of them, it says
    // why when it does not converge, and every figure it gives is a finite number.
    void randomSmallPopulations()
    {
        std::mt19937 rng(7);
        int converged = 0;
        for (int run = 0; run < 300; ++run) {
            const int n = 1 + static_cast<int>(rng() % 12);
            std::vector<BgNbdHistory> hs;
            for (int i = 0; i < n; ++i) {
                const double T = static_cast<double>(rng() % 400);
                const int x = T > 0 ? static_cast<int>(rng() % 6) : 0;
                const double tx = x > 0 ? static_cast<double>(1 + rng() % static_cast<unsigned>(T)) : 0.0;
                hs.push_back({x, std::min(tx, T), T, static_cast<double>(1 + rng() % 3)});
            }
            const BgNbdFit f = fitBgNbd(hs);
            converged += f.converged;
            QVERIFY2(f.converged || !f.reason.isEmpty(), qPrintable(describe(f)));
            QVERIFY2(f.converged == f.reason.isEmpty(), qPrintable(describe(f)));
            if (!f.fitted)
                continue;
            QVERIFY2(f.model.isValid() && std::isfinite(f.logLikelihood), qPrintable(describe(f)));
            QVERIFY2(std::isfinite(f.model.expectedPurchases(365)), qPrintable(describe(f)));
            for (const auto &h : hs) {
                const double p = f.model.pAlive(h.x, h.tx, h.T);
                QVERIFY2(p >= 0 && p <= 1, qPrintable(describe(f)));
                const double e = f.model.conditionalExpectedPurchases(365, h.x, h.tx, h.T);
                QVERIFY2(std::isfinite(e) && e >= 0,
                         qPrintable(describe(f) + QStringLiteral(" e %1").arg(e)));
            }
        }
        qInfo() << converged << "of 300 random small populations converged";
    }

    void degenerate_data()
    {
        QTest::addColumn<std::vector<BgNbdHistory>>("histories");
        QTest::addColumn<bool>("fitted");
        QTest::newRow("no customers") << std::vector<BgNbdHistory>{} << false;
        QTest::newRow("single customer") << std::vector<BgNbdHistory>{{2, 10, 30, 1}} << false;
        QTest::newRow("single customer, one-time") << std::vector<BgNbdHistory>{{0, 0, 30, 1}} << false;
        QTest::newRow("identical histories")
            << std::vector<BgNbdHistory>(500, BgNbdHistory{1, 10, 50, 1}) << false;
        QTest::newRow("two kinds of history")
            << std::vector<BgNbdHistory>{{1, 10, 50, 300}, {0, 0, 50, 700}} << false;
        QTest::newRow("all one-time buyers")
            << std::vector<BgNbdHistory>{{0, 0, 10, 5}, {0, 0, 50, 7}, {0, 0, 90, 1}, {0, 0, 3, 2}} << false;
        QTest::newRow("zero-length T") << std::vector<BgNbdHistory>{{0, 0, 0, 5}, {0, 0, 0, 1}} << false;
        QTest::newRow("invalid history")
            << std::vector<BgNbdHistory>{{1, 20, 10, 1}, {0, 0, 5, 1}, {2, 3, 9, 1}, {1, 1, 4, 1}} << false;
        QTest::newRow("nobody drops out") // every repeat buyer bought on the last day
            << std::vector<BgNbdHistory>{{1, 30, 30, 10}, {2, 40, 40, 10}, {3, 50, 50, 10},
                                         {0, 0, 20, 10},  {0, 0, 35, 5},   {4, 60, 60, 3}}
            << true;
    }
    void degenerate()
    {
        QFETCH(std::vector<BgNbdHistory>, histories);
        QFETCH(bool, fitted);
        const BgNbdFit f = fitBgNbd(histories);
        qInfo().noquote() << describe(f);
        QCOMPARE(f.fitted, fitted);
        QVERIFY(!f.converged);
        QVERIFY(!f.reason.isEmpty());
        if (f.fitted) {
            QVERIFY(f.model.isValid());
            QVERIFY(std::isfinite(f.logLikelihood));
            for (const auto &h : histories) {
                QVERIFY(std::isfinite(f.model.pAlive(h.x, h.tx, h.T)));
                QVERIFY(std::isfinite(f.model.conditionalExpectedPurchases(365, h.x, h.tx, h.T)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestBgNbd)
#include "tst_bgnbd.moc"
