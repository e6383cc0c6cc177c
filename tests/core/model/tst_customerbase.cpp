#include "datasetbuilder.h"
#include "model/customerbase.h"

#include <QtTest>

#include <cmath>
#include <random>

using acc::Cents;
using acc::Dataset;
using acc::Day;
using acc::model::computeCustomerBase;
using acc::model::CustomerBaseResult;
using acc::model::CustomerModelRow;
using acc::test::DatasetBuilder;
using acc::test::day;

Q_DECLARE_METATYPE(Dataset)

namespace {

bool finiteOrAbsent(const std::optional<double> &v)
{
    return !v || std::isfinite(*v);
}

// No figure of any customer is NaN or infinite, and customers outside the population
// have none at all.
bool allFinite(const CustomerBaseResult &r)
{
    for (const auto &row : r.customers) {
        if (!row.inPopulation &&
            (row.pAlive || row.expectedOrders12m || row.expectedOrderValue || row.expectedValue12m))
            return false;
        if (!finiteOrAbsent(row.pAlive) || !finiteOrAbsent(row.expectedOrders12m) ||
            !finiteOrAbsent(row.expectedOrderValue) || !finiteOrAbsent(row.expectedValue12m) ||
            !finiteOrAbsent(row.repeatMeanValue))
            return false;
        if (row.pAlive && (*row.pAlive < 0 || *row.pAlive > 1))
            return false;
    }
    return true;
}

// A deterministic population drawn from the BG/NBD story: rates Gamma(1, 20 days),
// drop-out probabilities Beta(1, 3), first orders over 2025, observed to end.
Dataset simulated(int customers, Day end)
{
    std::mt19937_64 rng(20260101);
    auto uniform = [&rng] { return (static_cast<double>(rng() >> 11) + 0.5) * 0x1.0p-53; };
    Dataset d;
    const Day start = day("2025-01-01");
    for (int i = 0; i < customers; ++i) {
        acc::CustomerRecord c;
        c.customerId = QStringLiteral("S%1").arg(i);
        c.acquiredOn = start + static_cast<Day>(uniform() * 365);
        d.customers.push_back(c);
        const double lambda = -std::log(uniform()) / 20.0;
        const double p = 1 - std::pow(uniform(), 1.0 / 3.0);
        double t = c.acquiredOn;
        int n = 0;
        while (t <= end) {
            acc::OrderRecord o;
            o.orderId = d.addText(QStringLiteral("S%1-%2").arg(i).arg(n++));
            o.customer = i;
            o.orderedOn = static_cast<Day>(t);
            o.amount = 500 + static_cast<Cents>(uniform() * 10000) + (i % 7) * 1000;
            d.orders.push_back(o);
            if (n > 1 && uniform() < p)
                break;
            t += -std::log(uniform()) / lambda;
        }
    }
    d.finalize();
    return d;
}

} // namespace

class TestCustomerBase : public QObject
{
    Q_OBJECT

private slots:
    void historyRules()
    {
        const Dataset d = DatasetBuilder()
                              .customer("A", "2025-12-01")
                              .customer("B", "2025-12-01", "2026-03-01", "price")
                              .customer("C", "2025-12-01")
                              .customer("D", "2025-12-01")
                              .customer("E", "2025-12-01")
                              .customer("F", "2025-12-01")
                              .customer("G", "2025-12-01")
                              .order("A", "2026-01-01", 1000)
                              .order("A", "2026-01-01", 500)  // same day: one purchase
                              .order("A", "2026-01-10", -300) // a refund is not an order
                              .order("A", "2026-02-01", 0)    // an amount of zero is an order
                              .order("A", "2026-03-01", 2000)
                              .order("A", "2026-03-01", 400)
                              .order("A", "2026-03-01", -1000) // refunds stay out of the day sum
                              .order("A", "2026-06-01", 5000)  // after end
                              .order("B", "2026-02-15", 3000)  // lost customer
                              .order("D", "2026-02-01", -500)  // refunds only
                              .order("E", "2026-05-01", 700)   // only after end
                              .order("F", "2026-01-05", 1000)
                              .order("F", "2026-01-06", 0)   // repeat purchases worth nothing
                              .order("G", "2026-04-01", 900) // first order on end
                              .build();
        const Day end = day("2026-04-01");
        const CustomerBaseResult r = computeCustomerBase(d, end);
        QCOMPARE(r.customers.size(), std::size_t(7));
        QCOMPARE(r.population, qint64(4));
        QCOMPARE(r.bgnbd.customers, qint64(4));
        QVERIFY(allFinite(r));

        const CustomerModelRow &a = r.customers[0];
        QVERIFY(a.inPopulation);
        QCOMPARE(a.x, 2);
        QCOMPARE(a.tx, 59); // 1 Jan to 1 Mar
        QCOMPARE(a.T, 90);  // 1 Jan to 1 Apr
        QVERIFY(a.repeatMeanValue);
        QCOMPARE(*a.repeatMeanValue, 12.0); // day sums 0.00 and 24.00
        QVERIFY(a.inSpendFit);

        const CustomerModelRow &b = r.customers[1];
        QVERIFY(b.inPopulation);
        QCOMPARE(b.x, 0);
        QCOMPARE(b.tx, 0);
        QCOMPARE(b.T, 45);
        QVERIFY(!b.repeatMeanValue);
        QVERIFY(!b.inSpendFit);

        for (int i : {2, 3, 4}) {
            const auto &row = r.customers[static_cast<std::size_t>(i)];
            QVERIFY(!row.inPopulation);
            QVERIFY(!row.pAlive && !row.expectedOrders12m && !row.expectedOrderValue &&
                    !row.expectedValue12m);
        }

        const CustomerModelRow &f = r.customers[5];
        QCOMPARE(f.x, 1);
        QCOMPARE(f.tx, 1);
        QCOMPARE(*f.repeatMeanValue, 0.0);
        QVERIFY(!f.inSpendFit);

        const CustomerModelRow &g = r.customers[6];
        QVERIFY(g.inPopulation);
        QCOMPARE(g.T, 0);
        QCOMPARE(g.x, 0);

        // Only A has a positive repeat mean: no spend fit, and so no values.
        QCOMPARE(r.gammaGamma.customers, qint64(1));
        QVERIFY(!r.gammaGamma.fitted);
        QVERIFY(!r.gammaGamma.reason.isEmpty());
        QVERIFY(!a.expectedOrderValue && !a.expectedValue12m);
    }

    // The same data set, not finalize()d, gives the same histories.
    void unsortedDataset()
    {
        Dataset d = DatasetBuilder()
                        .customer("A", "2025-12-01")
                        .customer("B", "2025-12-01")
                        .order("A", "2026-03-01", 2000)
                        .order("B", "2026-02-01", 100)
                        .order("A", "2026-01-01", 1000)
                        .order("A", "2026-02-01", 0)
                        .build();
        const CustomerBaseResult sorted = computeCustomerBase(d, day("2026-04-01"));
        d.ordersOf.clear();
        std::reverse(d.orders.begin(), d.orders.end());
        const CustomerBaseResult unsorted = computeCustomerBase(d, day("2026-04-01"));
        for (std::size_t i = 0; i < 2; ++i) {
            QCOMPARE(unsorted.customers[i].x, sorted.customers[i].x);
            QCOMPARE(unsorted.customers[i].tx, sorted.customers[i].tx);
            QCOMPARE(unsorted.customers[i].T, sorted.customers[i].T);
            QCOMPARE(unsorted.customers[i].repeatMeanValue, sorted.customers[i].repeatMeanValue);
        }
        QCOMPARE(sorted.customers[0].x, 2);
        QCOMPARE(*sorted.customers[0].repeatMeanValue, 10.0);
    }

    // p_alive by hand for a tiny parameter set.
    void pAliveByHand()
    {
        const acc::model::BgNbdModel m{0.25, 30.0, 0.8, 2.5};
        // x = 2, t_x = 59, T = 90: a/(b+x-1) = 0.8/3.5 = 0.228571;
        // ((alpha+T)/(alpha+t_x))^(r+x) = (120/89)^2.25 = 1.958981; 1/(1 + 0.447767) = 0.690719.
        const double byHand = 1 / (1 + (0.8 / 3.5) * std::pow(120.0 / 89.0, 2.25));
        QVERIFY(std::fabs(m.pAlive(2, 59, 90) - byHand) < 1e-14);
        QVERIFY(std::fabs(byHand - 0.690719) < 1e-6);
        QCOMPARE(m.pAlive(0, 0, 90), 1.0);
    }

    // A population the model can be fitted on: every figure follows from the fitted
    // parameters by the closed forms.
    void fittedPopulation()
    {
        const Day end = day("2026-06-30");
        const Dataset d = simulated(600, end);
        const CustomerBaseResult r = computeCustomerBase(d, end);
        qInfo().noquote() << QStringLiteral(
                                 "r %1 alpha %2 a %3 b %4 LL %5 | p %6 q %7 gamma %8 (%9 customers) %10 %11")
                                 .arg(r.bgnbd.model.r)
                                 .arg(r.bgnbd.model.alpha)
                                 .arg(r.bgnbd.model.a)
                                 .arg(r.bgnbd.model.b)
                                 .arg(r.bgnbd.logLikelihood)
                                 .arg(r.gammaGamma.model.p)
                                 .arg(r.gammaGamma.model.q)
                                 .arg(r.gammaGamma.model.gamma)
                                 .arg(r.gammaGamma.customers)
                                 .arg(r.bgnbd.reason, r.gammaGamma.reason);
        QVERIFY2(r.bgnbd.converged, qPrintable(r.bgnbd.reason));
        QVERIFY2(r.gammaGamma.converged, qPrintable(r.gammaGamma.reason));
        QCOMPARE(r.population, qint64(600));
        QCOMPARE(r.bgnbd.customers, qint64(600));
        QVERIFY(allFinite(r));

        const auto &m = r.bgnbd.model;
        const auto &gg = r.gammaGamma.model;
        int spendFit = 0;
        for (const auto &row : r.customers) {
            QVERIFY(row.inPopulation && row.pAlive && row.expectedOrders12m && row.expectedOrderValue &&
                    row.expectedValue12m);
            const double x = row.x;
            const double byHand =
                row.x == 0 ? 1.0
                           : 1 / (1 + (m.a / (m.b + x - 1)) *
                                          std::pow((m.alpha + row.T) / (m.alpha + row.tx), m.r + x));
            QVERIFY(std::fabs(*row.pAlive - byHand) < 1e-12);
            QVERIFY(std::fabs(*row.expectedOrders12m -
                              m.conditionalExpectedPurchases(365, row.x, row.tx, row.T)) < 1e-12);
            if (row.inSpendFit) {
                ++spendFit;
                const double v = gg.p * (gg.gamma + x * *row.repeatMeanValue) / (gg.p * x + gg.q - 1);
                QVERIFY(std::fabs(*row.expectedOrderValue - v) < 1e-9);
            } else {
                QVERIFY(std::fabs(*row.expectedOrderValue - gg.p * gg.gamma / (gg.q - 1)) < 1e-9);
            }
            QVERIFY(std::fabs(*row.expectedValue12m - *row.expectedOrders12m * *row.expectedOrderValue) <
                    1e-9);
        }
        QCOMPARE(r.gammaGamma.customers, qint64(spendFit));
        QVERIFY(spendFit > 100);
    }

    void degenerate_data()
    {
        QTest::addColumn<Dataset>("data");
        QTest::addColumn<Day>("end");
        QTest::addColumn<qint64>("population");

        QTest::newRow("no customers") << DatasetBuilder().build() << day("2026-04-01") << qint64(0);
        QTest::newRow("no orders before end")
            << DatasetBuilder().customer("A", "2026-01-01").order("A", "2026-05-01", 100).build()
            << day("2026-04-01") << qint64(0);
        QTest::newRow("no end day")
            << DatasetBuilder().customer("A", "2026-01-01").order("A", "2026-01-01", 100).build()
            << acc::kNoDay << qint64(0);

        DatasetBuilder oneTime;
        for (int i = 0; i < 6; ++i) {
            const QByteArray id = "C" + QByteArray::number(i);
            const QByteArray on = QDate(2026, 1, 1 + 3 * i).toString(Qt::ISODate).toLatin1();
            oneTime.customer(id.constData(), "2026-01-01")
                .order(id.constData(), on.constData(), 1000 + 100 * i);
        }
        QTest::newRow("all one-time buyers") << oneTime.build() << day("2026-04-01") << qint64(6);

        QTest::newRow("single customer") << DatasetBuilder()
                                                .customer("A", "2026-01-01")
                                                .order("A", "2026-01-01", 1000)
                                                .order("A", "2026-02-01", 2000)
                                                .order("A", "2026-03-01", 1500)
                                                .build()
                                         << day("2026-04-01") << qint64(1);

        DatasetBuilder identical;
        for (int i = 0; i < 8; ++i) {
            const QByteArray id = "C" + QByteArray::number(i);
            identical.customer(id.constData(), "2026-01-01")
                .order(id.constData(), "2026-01-01", 1000)
                .order(id.constData(), "2026-02-01", 2000);
        }
        QTest::newRow("identical histories") << identical.build() << day("2026-04-01") << qint64(8);

        DatasetBuilder zeroT;
        for (int i = 0; i < 5; ++i) {
            const QByteArray id = "C" + QByteArray::number(i);
            zeroT.customer(id.constData(), "2026-04-01").order(id.constData(), "2026-04-01", 1000 * (i + 1));
        }
        QTest::newRow("zero-length T") << zeroT.build() << day("2026-04-01") << qint64(5);
    }
    void degenerate()
    {
        QFETCH(Dataset, data);
        QFETCH(Day, end);
        QFETCH(qint64, population);
        const CustomerBaseResult r = computeCustomerBase(data, end);
        qInfo().noquote() << r.bgnbd.reason << "|" << r.gammaGamma.reason;
        QCOMPARE(r.population, population);
        QCOMPARE(r.customers.size(), data.customers.size());
        QVERIFY(!r.bgnbd.converged);
        QVERIFY(!r.bgnbd.fitted);
        QVERIFY(!r.bgnbd.reason.isEmpty());
        QVERIFY(!r.gammaGamma.converged);
        QVERIFY(!r.gammaGamma.reason.isEmpty());
        QVERIFY(allFinite(r));
        for (const auto &row : r.customers)
            QVERIFY(!row.pAlive && !row.expectedOrders12m && !row.expectedValue12m);
    }
};

QTEST_GUILESS_MAIN(TestCustomerBase)
#include "tst_customerbase.moc"
