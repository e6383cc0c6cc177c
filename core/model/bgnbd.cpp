#include "bgnbd.h"

#include "mlfit.h"
#include "modeltr.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

namespace acc::model {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// Bounds of the log-parameters: r, a and b within e^-10..e^10 (4.5e-5..22026); alpha
// within e^-12..e^12 times the mean observation time T (so the range follows the unit).
constexpr double kLogRange = 10.0;
constexpr double kLogAlphaRange = 12.0;
constexpr int kMaxSeriesTerms = 5'000'000;

double logBeta(double x, double y)
{
    return std::lgamma(x) + std::lgamma(y) - std::lgamma(x + y);
}

// log(exp(u) + exp(v)) without overflow.
double logAddExp(double u, double v)
{
    if (u == -std::numeric_limits<double>::infinity())
        return v;
    if (v == -std::numeric_limits<double>::infinity())
        return u;
    return std::max(u, v) + std::log1p(std::exp(-std::fabs(u - v)));
}

// sum_{n>=0} c_n z^n where c_0 = first and c_{n+1} = c_n * ratio(n) * z, returned as
// sign * exp(logAbs). Terms are rescaled when they grow large, so a series whose terms
// overflow a double before they shrink still sums (its logarithm is what callers need).
// ok is false when the series does not settle within kMaxSeriesTerms terms or meets a pole.
struct LogSum
{
    double logAbs = 0;
    double sign = 1;
    bool ok = false;
};

template <typename Ratio> LogSum sumSeries(double first, double z, Ratio ratio)
{
    constexpr double kBig = 0x1.0p+900;
    LogSum out;
    double scale = 0; // log of the factor taken out of term and sum
    double term = first;
    double sum = 0;
    for (int n = 0; n < kMaxSeriesTerms; ++n) {
        sum += term;
        const double q = ratio(n);
        if (!std::isfinite(q))
            return out;
        term *= q * z;
        if (std::fabs(term) > kBig || std::fabs(sum) > kBig) {
            term /= kBig;
            sum /= kBig;
            scale += std::log(kBig);
        }
        const double rho = std::max(std::fabs(q * z), z);
        if (term == 0 || (rho < 1 && std::fabs(term) / (1 - rho) <= 1e-17 * std::fabs(sum))) {
            if (sum == 0) {
                out.logAbs = -std::numeric_limits<double>::infinity();
            } else {
                out.logAbs = std::log(std::fabs(sum)) + scale;
                out.sign = sum < 0 ? -1 : 1;
            }
            out.ok = true;
            return out;
        }
    }
    return out;
}

// The bracket of the BG/NBD expectations divided by (a-1), with z = t/(alpha+T+t) and
// L = ln(1-z):
//   S = [1 - (1-z)^(r+x) 2F1(r+x, b+x; C; z)] / (a-1),   C = a+b+x-1.
// For a <= 2 it is summed after Euler's transformation,
//   S = -expm1(B L)/B - (1-z)^B sum_{n>=1} (A)_n (B+1)_{n-1} / ((C)_n n!) z^n,
// with A = a+b-1-r, B = a-1: no cancellation near a = 1 (B = 0 is its limit), and the
// terms shrink like n^(a-r-x-2) z^n from the start. For a > 2 that form's terms first
// grow like (B+1)_n/n!, so the paper's series is summed directly: its terms then shrink
// by (b+x+n)/(C+n) < 1 besides z^n.
double expectationBracket(double r, double a, double b, int x, double z, double L)
{
    const double C = a + b + x - 1;
    if (a > 2) {
        const LogSum f =
            sumSeries(1.0, z, [&](int n) { return (r + x + n) * (b + x + n) / ((C + n) * (n + 1)); });
        if (!f.ok)
            return kNaN;
        return -std::expm1((r + x) * L + f.logAbs) / (a - 1);
    }
    const double A = a + b - 1 - r;
    const double B = a - 1;
    const double first = B == 0 ? -L : -std::expm1(B * L) / B;
    if (z == 0)
        return first;
    if (std::fabs(C) < 1e-12)
        return kNaN;
    const LogSum f = sumSeries(A * z / C, z, [&](int m) {
        const int n = m + 1; // the series starts at n = 1
        const double cn = C + n;
        return std::fabs(cn) < 1e-12 ? kNaN : (A + n) * (B + n) / (cn * (n + 1));
    });
    if (!f.ok)
        return kNaN;
    return first - f.sign * std::exp(B * L + f.logAbs);
}

bool validHistory(const BgNbdHistory &h)
{
    return h.x >= 0 && std::isfinite(h.tx) && std::isfinite(h.T) && std::isfinite(h.weight) &&
           h.weight >= 0 && h.tx >= 0 && h.T >= h.tx;
}

// Grouped histories compressed further: the x-only, T-only and t_x-only parts of the
// likelihood are computed once per distinct value in each evaluation.
struct Prepared
{
    std::vector<int> xValues;     // distinct x, ascending
    std::vector<double> xWeights; // total weight per distinct x
    std::vector<double> tValues;  // distinct T
    std::vector<double> txValues; // distinct t_x of histories with x > 0
    struct Group
    {
        int x;
        int xi;
        int ti;
        int txi; // -1 for x = 0
        double w;
    };
    std::vector<Group> groups;
    int xMax = 0;
    double totalWeight = 0;

    // Scratch space reused by every evaluation.
    mutable std::vector<double> lT, iT, lTx, iTx, c2, invB;
};

int indexIn(const std::vector<double> &sorted, double v)
{
    return static_cast<int>(std::lower_bound(sorted.begin(), sorted.end(), v) - sorted.begin());
}

Prepared prepare(const std::vector<BgNbdHistory> &grouped)
{
    Prepared p;
    for (const auto &h : grouped) {
        p.tValues.push_back(h.T);
        if (h.x > 0)
            p.txValues.push_back(h.tx);
        p.xMax = std::max(p.xMax, h.x);
    }
    for (auto *v : {&p.tValues, &p.txValues}) {
        std::sort(v->begin(), v->end());
        v->erase(std::unique(v->begin(), v->end()), v->end());
    }
    for (const auto &h : grouped) { // sorted by x
        if (p.xValues.empty() || p.xValues.back() != h.x) {
            p.xValues.push_back(h.x);
            p.xWeights.push_back(0);
        }
        p.xWeights.back() += h.weight;
        p.totalWeight += h.weight;
        p.groups.push_back({h.x, static_cast<int>(p.xValues.size()) - 1, indexIn(p.tValues, h.T),
                            h.x > 0 ? indexIn(p.txValues, h.tx) : -1, h.weight});
    }
    p.lT.resize(p.tValues.size());
    p.iT.resize(p.tValues.size());
    p.lTx.resize(p.txValues.size());
    p.iTx.resize(p.txValues.size());
    p.c2.resize(p.xValues.size());
    p.invB.resize(p.xValues.size());
    return p;
}

// Mean negative log-likelihood per customer at log-parameters u = ln(r, alpha, a, b), and
// its gradient with respect to u.
double objective(const Prepared &p, const double *u, double *grad)
{
    const double r = std::exp(u[0]);
    const double al = std::exp(u[1]);
    const double a = std::exp(u[2]);
    const double b = std::exp(u[3]);
    const double lnAl = u[1];
    const double lnA = u[2];

    double ll = 0, gr = 0, gal = 0, ga = 0, gb = 0;

    // Terms that depend on x only. For integer x, psi(r+x) - psi(r) = sum_{k<x} 1/(r+k).
    const double lgR = std::lgamma(r), lgB = std::lgamma(b), lgAB = std::lgamma(a + b);
    double hR = 0, hB = 0, hAB = 0;
    int k = 0;
    for (std::size_t i = 0; i < p.xValues.size(); ++i) {
        const int x = p.xValues[i];
        for (; k < x; ++k) {
            hR += 1 / (r + k);
            hB += 1 / (b + k);
            hAB += 1 / (a + b + k);
        }
        const double w = p.xWeights[i];
        ll += w * (std::lgamma(r + x) - lgR + r * lnAl + lgAB + std::lgamma(b + x) - lgB -
                   std::lgamma(a + b + x));
        gr += w * (hR + lnAl);
        gal += w * (r / al);
        ga += w * (-hAB);
        gb += w * (hB - hAB);
        if (x > 0) {
            p.c2[i] = lnA - std::log(b + x - 1);
            p.invB[i] = 1 / (b + x - 1);
        }
    }
    for (std::size_t i = 0; i < p.tValues.size(); ++i) {
        p.lT[i] = std::log(al + p.tValues[i]);
        p.iT[i] = 1 / (al + p.tValues[i]);
    }
    for (std::size_t i = 0; i < p.txValues.size(); ++i) {
        p.lTx[i] = std::log(al + p.txValues[i]);
        p.iTx[i] = 1 / (al + p.txValues[i]);
    }

    for (const auto &g : p.groups) {
        const double rx = r + g.x;
        const double lT = p.lT[g.ti];
        const double l1 = -rx * lT;
        if (g.txi < 0) {
            ll += g.w * l1;
            gr -= g.w * lT;
            gal -= g.w * rx * p.iT[g.ti];
            continue;
        }
        const double lTx = p.lTx[g.txi];
        const double l2 = p.c2[g.xi] - rx * lTx;
        // log(e^l1 + e^l2) and the weights of its two parts.
        double m, w1, w2;
        if (l2 > l1) {
            const double e = std::exp(l1 - l2);
            m = l2 + std::log1p(e);
            w2 = 1 / (1 + e);
            w1 = e * w2;
        } else {
            const double e = std::exp(l2 - l1);
            m = l1 + std::log1p(e);
            w1 = 1 / (1 + e);
            w2 = e * w1;
        }
        ll += g.w * m;
        gr -= g.w * (w1 * lT + w2 * lTx);
        gal -= g.w * rx * (w1 * p.iT[g.ti] + w2 * p.iTx[g.txi]);
        ga += g.w * w2 / a;
        gb -= g.w * w2 * p.invB[g.xi];
    }

    const double scale = -1 / p.totalWeight;
    if (grad) {
        grad[0] = scale * gr * r;
        grad[1] = scale * gal * al;
        grad[2] = scale * ga * a;
        grad[3] = scale * gb * b;
    }
    return scale * ll;
}

QString joinReasons(const QStringList &parts)
{
    return parts.join(QLatin1Char(' '));
}

} // namespace

std::vector<BgNbdHistory> groupHistories(std::vector<BgNbdHistory> histories)
{
    std::erase_if(histories, [](const BgNbdHistory &h) {
        return !(h.weight > 0) || !std::isfinite(h.tx) || !std::isfinite(h.T);
    });
    const auto before = [](const BgNbdHistory &l, const BgNbdHistory &h) {
        return std::tie(l.x, l.T, l.tx) < std::tie(h.x, h.T, h.tx);
    };
    // Already grouped (as computeCustomerBase passes them): nothing to sort or merge.
    if (std::adjacent_find(histories.begin(), histories.end(),
                           [&](const BgNbdHistory &l, const BgNbdHistory &h) { return !before(l, h); }) ==
        histories.end())
        return histories;
    std::sort(histories.begin(), histories.end(), before);
    std::vector<BgNbdHistory> out;
    out.reserve(histories.size());
    for (const auto &h : histories) {
        if (!out.empty() && out.back().x == h.x && out.back().T == h.T && out.back().tx == h.tx)
            out.back().weight += h.weight;
        else
            out.push_back(h);
    }
    return out;
}

bool BgNbdModel::isValid() const
{
    return std::isfinite(r) && std::isfinite(alpha) && std::isfinite(a) && std::isfinite(b) && r > 0 &&
           alpha > 0 && a > 0 && b > 0;
}

double BgNbdModel::pAlive(int x, double tx, double T) const
{
    if (!isValid() || x < 0 || !(tx >= 0) || !(T >= tx))
        return kNaN;
    if (x == 0)
        return 1.0;
    // 1 / (1 + a/(b+x-1) * ((alpha+T)/(alpha+t_x))^(r+x)), the odds taken in logs.
    const double logOdds = std::log(a) - std::log(b + x - 1) + (r + x) * std::log1p((T - tx) / (alpha + tx));
    return 1 / (1 + std::exp(logOdds));
}

double BgNbdModel::conditionalExpectedPurchases(double t, int x, double tx, double T) const
{
    const double alive = pAlive(x, tx, T);
    if (std::isnan(alive))
        return kNaN;
    return expectedPurchasesIfAlive(t, x, T) * alive;
}

double BgNbdModel::expectedPurchasesIfAlive(double t, int x, double T) const
{
    if (!isValid() || x < 0 || !(T >= 0) || !(t >= 0))
        return kNaN;
    if (t == 0)
        return 0;
    const double z = t / (alpha + T + t);
    const double L = -std::log1p(t / (alpha + T));
    return (a + b + x - 1) * expectationBracket(r, a, b, x, z, L);
}

double BgNbdModel::expectedPurchases(double t) const
{
    return conditionalExpectedPurchases(t, 0, 0, 0);
}

double BgNbdModel::probabilityOfPurchases(double t, int n) const
{
    if (!isValid() || !(t >= 0))
        return kNaN;
    if (n < 0)
        return 0;
    if (t == 0)
        return n == 0 ? 1.0 : 0.0;
    const double lp = -r * std::log1p(t / alpha); // ln (alpha/(alpha+t))^r
    const double lq = std::log(t / (alpha + t));  // ln t/(alpha+t)
    const double lgR = std::lgamma(r);
    const double lbAB = logBeta(a, b);
    // NBD probability of j purchases while alive.
    auto nbd = [&](int j) { return std::exp(std::lgamma(r + j) - lgR - std::lgamma(j + 1.0) + lp + j * lq); };
    double p = std::exp(logBeta(a, b + n) - lbAB) * nbd(n);
    if (n > 0) {
        double below = 0;
        for (int j = 0; j < n; ++j)
            below += nbd(j);
        p += std::exp(logBeta(a + 1, b + n - 1) - lbAB) * std::max(0.0, 1 - below);
    }
    return p;
}

double BgNbdModel::logLikelihood(std::span<const BgNbdHistory> histories) const
{
    if (!isValid())
        return kNaN;
    double ll = 0;
    for (const auto &h : histories) {
        const double x = h.x;
        const double a1 = std::lgamma(r + x) - std::lgamma(r) + r * std::log(alpha);
        const double a2 = std::lgamma(a + b) + std::lgamma(b + x) - std::lgamma(b) - std::lgamma(a + b + x);
        const double a3 = -(r + x) * std::log(alpha + h.T);
        const double a4 = h.x > 0 ? std::log(a) - std::log(b + x - 1) - (r + x) * std::log(alpha + h.tx)
                                  : -std::numeric_limits<double>::infinity();
        ll += h.weight * (a1 + a2 + logAddExp(a3, a4));
    }
    return ll;
}

BgNbdFit fitBgNbd(std::span<const BgNbdHistory> histories)
{
    BgNbdFit fit;
    for (const auto &h : histories) {
        if (!validHistory(h)) {
            fit.reason =
                Tr::tr("A purchase history is invalid (x = %1, t_x = %2, T = %3, weight = %4): the BG/NBD "
                       "model needs x >= 0, 0 <= t_x <= T and a weight >= 0, so it was not fitted.")
                    .arg(h.x)
                    .arg(h.tx)
                    .arg(h.T)
                    .arg(h.weight);
            return fit;
        }
    }
    const auto grouped = groupHistories(std::vector<BgNbdHistory>(histories.begin(), histories.end()));
    fit.distinctHistories = static_cast<int>(grouped.size());
    double total = 0, totalT = 0, totalX = 0;
    for (const auto &h : grouped) {
        total += h.weight;
        totalT += h.weight * h.T;
        totalX += h.weight * h.x;
    }
    fit.customers = std::llround(total);

    if (grouped.empty()) {
        fit.reason = Tr::tr("No customer has a purchase to learn from, so the BG/NBD model was not fitted.");
        return fit;
    }
    if (total < 1.5) {
        fit.reason = Tr::tr("Only one customer has purchases: the BG/NBD model learns from a population of "
                            "customers, so it was not fitted.");
        return fit;
    }
    if (!(totalT > 0)) {
        fit.reason = Tr::tr("Every customer made their first purchase on the last day: with no time observed "
                            "there is nothing to learn from, so the BG/NBD model was not fitted.");
        return fit;
    }
    if (!(totalX > 0)) {
        fit.reason =
            Tr::tr("No customer has bought again yet (all %1 bought on one day only): the BG/NBD model "
                   "cannot learn how often customers buy again or drop out, so it was not fitted.")
                .arg(fit.customers);
        return fit;
    }
    if (grouped.size() < 4) {
        fit.reason =
            Tr::tr("The %1 customers have only %2 different purchase histories; the BG/NBD model's four "
                   "parameters need at least four, so it was not fitted.")
                .arg(fit.customers)
                .arg(grouped.size());
        return fit;
    }

    const Prepared prepared = prepare(grouped);
    const double meanT = totalT / total;
    const double meanX = totalX / total;

    MlProblem problem;
    // Start: r = 1, a = 1, b = 1 and alpha so that the mean purchase rate r/alpha matches
    // the observed repeat purchases per unit of time.
    const double logScale = std::log(meanT);
    problem.start = {0.0, std::log(meanT / meanX), 0.0, 0.0};
    problem.lower = {-kLogRange, logScale - kLogAlphaRange, -kLogRange, -kLogRange};
    problem.upper = {kLogRange, logScale + kLogAlphaRange, kLogRange, kLogRange};
    problem.names = {QStringLiteral("r"), QStringLiteral("alpha"), QStringLiteral("a"), QStringLiteral("b")};
    problem.objective = [&prepared](const double *u, double *grad) { return objective(prepared, u, grad); };

    const MlOutcome out = maximiseLikelihood(problem);
    fit.evaluations = out.evaluations;
    fit.gradientNorm = out.gradientNorm;
    if (!out.failure.isEmpty() || !out.finite) {
        fit.reason = Tr::tr("The optimiser failed (%1), so the BG/NBD model could not be fitted.")
                         .arg(out.failure.isEmpty() ? Tr::tr("no finite likelihood") : out.failure);
        return fit;
    }
    fit.model = {std::exp(out.u[0]), std::exp(out.u[1]), std::exp(out.u[2]), std::exp(out.u[3])};
    fit.logLikelihood = -out.objective * total;
    fit.fitted = fit.model.isValid() && std::isfinite(fit.logLikelihood);
    if (!fit.fitted) {
        fit.reason = Tr::tr("The BG/NBD fit gave no finite parameters.");
        return fit;
    }

    QStringList problems = convergenceProblems(out, problem, QStringLiteral("BG/NBD"));
    if (!out.atBound.isEmpty()) {
        problems << Tr::tr(
                        "The BG/NBD fit ran to the edge of the range allowed for %1: the data does not pin "
                        "the model down (for example, hardly anyone seems to drop out, or too few customers "
                        "bought again), so its figures are limits rather than estimates.")
                        .arg(out.atBound.join(QStringLiteral(", ")));
    }
    fit.converged = problems.isEmpty();
    fit.reason = joinReasons(problems);
    return fit;
}

} // namespace acc::model
