// Times the customer-base models on synthetic data sets: building every customer's
// history from a Dataset, grouping, the BG/NBD and Gamma-Gamma fits and the per-customer
// figures (model::computeCustomerBase), then the two fits alone.
//
// The data follows the models' own story, so the fit should recover the parameters:
// purchase rates Gamma(r = 2, alpha = 80 days), drop-out after each repeat purchase with
// probability Beta(a = 1, b = 3), first purchases spread over two years, observed for
// three; each purchase day is worth Gamma(p = 4, nu) currency units, nu ~ Gamma(q = 5,
// gamma = 100) per customer, split over 1 + Geometric orders (1.8 on average). Days are
// whole, so purchases falling on one day merge: r comes out a little low.

#include "engine/dataset.h"
#include "model/customerbase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

using namespace acc;

namespace {

struct Rng
{
    std::mt19937_64 engine{12345};
    double uniform() { return (static_cast<double>(engine() >> 11) + 0.5) * 0x1.0p-53; }
    double exponential() { return -std::log(uniform()); }
    // Gamma with an integer shape: a sum of exponentials.
    double gamma(int shape, double rate)
    {
        double s = 0;
        for (int i = 0; i < shape; ++i)
            s += exponential();
        return s / rate;
    }
};

Dataset synthetic(int customers, Day end)
{
    Rng rng;
    Dataset d;
    d.customers.resize(static_cast<std::size_t>(customers));
    d.orders.reserve(static_cast<std::size_t>(customers) * 11);
    const Day start = end - 3 * 365;
    for (int c = 0; c < customers; ++c) {
        const Day first = start + static_cast<Day>(rng.uniform() * 730);
        d.customers[static_cast<std::size_t>(c)].acquiredOn = first;
        const double lambda = rng.gamma(2, 80.0);
        const double dropout = 1 - std::pow(rng.uniform(), 1.0 / 3.0); // Beta(1, 3)
        const double nu = rng.gamma(5, 100.0);                         // rate of the purchase values
        double t = first;
        bool repeat = false;
        while (t <= end) {
            const Day on = static_cast<Day>(t);
            // One purchase day: its value, in cents, split over its orders.
            const auto value = static_cast<Cents>(std::llround(rng.gamma(4, nu) * 100));
            int orders = 1;
            while (rng.uniform() < 0.45)
                ++orders;
            for (int i = 0; i < orders; ++i) {
                OrderRecord o;
                o.customer = c;
                o.orderedOn = on;
                o.amount = value / orders + (i == 0 ? value % orders : 0);
                d.orders.push_back(std::move(o));
            }
            if (repeat && rng.uniform() < dropout)
                break;
            repeat = true;
            t += rng.exponential() / lambda;
        }
    }
    d.finalize();
    return d;
}

double ms(qint64 ns)
{
    return static_cast<double>(ns) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    std::vector<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes.push_back(QString::fromLocal8Bit(argv[i]).toInt());
    if (sizes.empty())
        sizes = {10000, 100000};

    const Day end = toDay(QDate(2026, 6, 30));
    for (const int n : sizes) {
        QElapsedTimer timer;
        timer.start();
        const Dataset d = synthetic(n, end);
        out << "customers " << n << ", orders " << d.orders.size() << " (generated in "
            << ms(timer.nsecsElapsed()) << " ms)\n";

        std::vector<double> totals;
        model::CustomerBaseResult r;
        for (int run = 0; run < 5; ++run) {
            timer.restart();
            r = model::computeCustomerBase(d, end);
            totals.push_back(ms(timer.nsecsElapsed()));
        }
        std::sort(totals.begin(), totals.end());

        std::vector<model::BgNbdHistory> histories;
        std::vector<model::SpendHistory> spend;
        for (const auto &row : r.customers) {
            if (!row.inPopulation)
                continue;
            histories.push_back({row.x, double(row.tx), double(row.T), 1.0});
            if (row.inSpendFit)
                spend.push_back({row.x, *row.repeatMeanValue, 1.0});
        }
        timer.restart();
        const auto grouped = model::groupHistories(histories);
        const double groupMs = ms(timer.nsecsElapsed());
        timer.restart();
        const auto bg = model::fitBgNbd(grouped);
        const double bgMs = ms(timer.nsecsElapsed());
        timer.restart();
        const auto gg = model::fitGammaGamma(spend);
        const double ggMs = ms(timer.nsecsElapsed());

        out << "  computeCustomerBase (histories, both fits, per-customer figures): min " << totals.front()
            << " ms, median " << totals[totals.size() / 2] << " ms, max " << totals.back() << " ms\n";
        out << "  grouping " << histories.size() << " histories into " << grouped.size() << ": " << groupMs
            << " ms\n";
        out << "  BG/NBD fit: " << bgMs << " ms, " << bg.evaluations << " evaluations, converged "
            << bg.converged << ": r " << bg.model.r << " alpha " << bg.model.alpha << " a " << bg.model.a
            << " b " << bg.model.b << " (true 2, 80, 1, 3) " << bg.reason << "\n";
        out << "  Gamma-Gamma fit: " << ggMs << " ms on " << spend.size() << " customers, " << gg.evaluations
            << " evaluations, converged " << gg.converged << ": p " << gg.model.p << " q " << gg.model.q
            << " gamma " << gg.model.gamma << " (true 4, 5, 100) " << gg.reason << "\n";
        out.flush();
    }
    return 0;
}
