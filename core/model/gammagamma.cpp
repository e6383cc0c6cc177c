#include "gammagamma.h"

#include "mlfit.h"
#include "modeltr.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

namespace acc::model {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// Bounds of the log-parameters: p and q within e^-10..e^10; gamma within e^-20..e^20
// times the mean purchase value (so the range follows the currency).
constexpr double kLogRange = 10.0;
constexpr double kLogGammaRange = 20.0;

// The digamma function for v > 0: recurrence up to 6, then the asymptotic series
// (absolute error below 1e-14).
double digamma(double v)
{
    double result = 0;
    while (v < 6) {
        result -= 1 / v;
        v += 1;
    }
    const double f = 1 / (v * v);
    result += std::log(v) - 0.5 / v -
              f * (1.0 / 12 - f * (1.0 / 120 - f * (1.0 / 252 - f * (1.0 / 240 - f * (1.0 / 132)))));
    return result;
}

bool usable(const SpendHistory &h)
{
    return h.x > 0 && std::isfinite(h.mean) && h.mean > 0 && std::isfinite(h.weight) && h.weight > 0;
}

struct Prepared
{
    std::vector<int> xValues;
    std::vector<double> xWeights;
    struct Group
    {
        int xi;
        double x;
        double invMx; // 1 / (x mean)
        double logMx; // ln (x mean)
        double w;
    };
    std::vector<Group> groups;
    double constant = 0; // sum of -w ln(mean)
    double totalWeight = 0;
    mutable std::vector<double> lgPxq, lgPx, psiPxq, psiPx;
};

Prepared prepare(const std::vector<SpendHistory> &grouped)
{
    Prepared p;
    for (const auto &h : grouped) { // sorted by x
        if (p.xValues.empty() || p.xValues.back() != h.x) {
            p.xValues.push_back(h.x);
            p.xWeights.push_back(0);
        }
        p.xWeights.back() += h.weight;
        p.totalWeight += h.weight;
        const double mx = h.x * h.mean;
        p.groups.push_back(
            {static_cast<int>(p.xValues.size()) - 1, double(h.x), 1 / mx, std::log(mx), h.weight});
        p.constant -= h.weight * std::log(h.mean);
    }
    const auto n = p.xValues.size();
    p.lgPxq.resize(n);
    p.lgPx.resize(n);
    p.psiPxq.resize(n);
    p.psiPx.resize(n);
    return p;
}

// Mean negative log-likelihood per customer at u = ln(p, q, gamma) and its gradient.
// With rho = gamma / (x m), one customer's log-density of its mean m is
//   lgamma(px+q) - lgamma(px) - lgamma(q) + q ln rho - (px+q) log1p(rho) - ln m.
double objective(const Prepared &d, const double *u, double *grad)
{
    const double p = std::exp(u[0]);
    const double q = std::exp(u[1]);
    const double g = std::exp(u[2]);
    const double lnG = u[2];
    const double lgQ = std::lgamma(q);
    const double psiQ = digamma(q);

    double ll = d.constant, gp = 0, gq = 0, gg = 0;
    for (std::size_t i = 0; i < d.xValues.size(); ++i) {
        const double px = p * d.xValues[i];
        d.lgPxq[i] = std::lgamma(px + q);
        d.lgPx[i] = std::lgamma(px);
        d.psiPxq[i] = digamma(px + q);
        d.psiPx[i] = digamma(px);
        const double w = d.xWeights[i];
        ll += w * (d.lgPxq[i] - d.lgPx[i] - lgQ);
        gp += w * d.xValues[i] * (d.psiPxq[i] - d.psiPx[i]);
        gq += w * (d.psiPxq[i] - psiQ);
    }
    for (const auto &grp : d.groups) {
        const double rho = g * grp.invMx;
        const double l1p = std::log1p(rho);
        const double pxq = p * grp.x + q;
        ll += grp.w * (q * (lnG - grp.logMx) - pxq * l1p);
        gp -= grp.w * grp.x * l1p;
        gq += grp.w * (lnG - grp.logMx - l1p);
        gg += grp.w * (q - pxq * rho / (1 + rho)); // times 1/gamma, cancelled by the chain rule
    }
    const double scale = -1 / d.totalWeight;
    if (grad) {
        grad[0] = scale * gp * p;
        grad[1] = scale * gq * q;
        grad[2] = scale * gg;
    }
    return scale * ll;
}

} // namespace

std::vector<SpendHistory> groupSpendHistories(std::vector<SpendHistory> histories)
{
    std::erase_if(histories, [](const SpendHistory &h) { return !(h.weight > 0) || !std::isfinite(h.mean); });
    const auto before = [](const SpendHistory &l, const SpendHistory &h) {
        return std::tie(l.x, l.mean) < std::tie(h.x, h.mean);
    };
    // Already grouped: nothing to sort or merge.
    if (std::adjacent_find(histories.begin(), histories.end(),
                           [&](const SpendHistory &l, const SpendHistory &h) { return !before(l, h); }) ==
        histories.end())
        return histories;
    std::sort(histories.begin(), histories.end(), before);
    std::vector<SpendHistory> out;
    out.reserve(histories.size());
    for (const auto &h : histories) {
        if (!out.empty() && out.back().x == h.x && out.back().mean == h.mean)
            out.back().weight += h.weight;
        else
            out.push_back(h);
    }
    return out;
}

bool GammaGammaModel::isValid() const
{
    return std::isfinite(p) && std::isfinite(q) && std::isfinite(gamma) && p > 0 && q > 0 && gamma > 0;
}

std::optional<double> GammaGammaModel::conditionalExpectedValue(int x, double mean) const
{
    if (!isValid() || x < 0 || !std::isfinite(mean))
        return std::nullopt;
    const double denominator = p * x + q - 1;
    if (!(denominator > 0))
        return std::nullopt;
    const double v = p * (gamma + x * mean) / denominator;
    return std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

std::optional<double> GammaGammaModel::populationMean() const
{
    return conditionalExpectedValue(0, 0);
}

double GammaGammaModel::logLikelihood(std::span<const SpendHistory> histories) const
{
    if (!isValid())
        return kNaN;
    double ll = 0;
    for (const auto &h : histories) {
        if (!usable(h))
            continue;
        const double px = p * h.x;
        const double mx = h.x * h.mean;
        ll += h.weight * (std::lgamma(px + q) - std::lgamma(px) - std::lgamma(q) + q * std::log(gamma) +
                          (px - 1) * std::log(mx) + std::log(double(h.x)) - (px + q) * std::log(gamma + mx));
    }
    return ll;
}

GammaGammaFit fitGammaGamma(std::span<const SpendHistory> histories)
{
    GammaGammaFit fit;
    std::vector<SpendHistory> rows;
    rows.reserve(histories.size());
    for (const auto &h : histories) {
        if (usable(h))
            rows.push_back(h);
    }
    const auto grouped = groupSpendHistories(std::move(rows));
    fit.distinctHistories = static_cast<int>(grouped.size());
    double total = 0, totalMean = 0, minMean = 0, maxMean = 0;
    for (const auto &h : grouped) {
        total += h.weight;
        totalMean += h.weight * h.mean;
        minMean = total == h.weight ? h.mean : std::min(minMean, h.mean);
        maxMean = std::max(maxMean, h.mean);
    }
    fit.customers = std::llround(total);

    if (grouped.empty()) {
        fit.reason =
            Tr::tr("No customer has a repeat purchase of positive value, so the Gamma-Gamma spend model "
                   "was not fitted.");
        return fit;
    }
    if (total < 1.5) {
        fit.reason = Tr::tr("Only one customer has repeat purchases of positive value: the Gamma-Gamma spend "
                            "model learns from a population of customers, so it was not fitted.");
        return fit;
    }
    if (minMean == maxMean) {
        fit.reason = Tr::tr("All %1 repeat customers spent the same mean amount per purchase: with no spread "
                            "to learn from, the Gamma-Gamma spend model was not fitted.")
                         .arg(fit.customers);
        return fit;
    }
    if (grouped.size() < 3) {
        fit.reason = Tr::tr("The %1 repeat customers have only %2 different spend histories; the Gamma-Gamma "
                            "model's three parameters need at least three, so it was not fitted.")
                         .arg(fit.customers)
                         .arg(grouped.size());
        return fit;
    }

    const Prepared prepared = prepare(grouped);
    const double meanValue = totalMean / total;

    MlProblem problem;
    // Start: p = 1, q = 2 and gamma so that the population mean p gamma/(q-1) is the
    // observed mean value.
    problem.start = {0.0, std::log(2.0), std::log(meanValue)};
    problem.lower = {-kLogRange, -kLogRange, std::log(meanValue) - kLogGammaRange};
    problem.upper = {kLogRange, kLogRange, std::log(meanValue) + kLogGammaRange};
    problem.names = {QStringLiteral("p"), QStringLiteral("q"), QStringLiteral("gamma")};
    problem.objective = [&prepared](const double *u, double *grad) { return objective(prepared, u, grad); };

    const MlOutcome out = maximiseLikelihood(problem);
    fit.evaluations = out.evaluations;
    fit.gradientNorm = out.gradientNorm;
    if (!out.failure.isEmpty() || !out.finite) {
        fit.reason = Tr::tr("The optimiser failed (%1), so the Gamma-Gamma spend model could not be fitted.")
                         .arg(out.failure.isEmpty() ? Tr::tr("no finite likelihood") : out.failure);
        return fit;
    }
    fit.model = {std::exp(out.u[0]), std::exp(out.u[1]), std::exp(out.u[2])};
    fit.logLikelihood = -out.objective * total;
    fit.fitted = fit.model.isValid() && std::isfinite(fit.logLikelihood);
    if (!fit.fitted) {
        fit.reason = Tr::tr("The Gamma-Gamma fit gave no finite parameters.");
        return fit;
    }

    QStringList problems = convergenceProblems(out, problem, QStringLiteral("Gamma-Gamma"));
    if (!out.atBound.isEmpty()) {
        problems
            << Tr::tr(
                   "The Gamma-Gamma fit ran to the edge of the range allowed for %1: the data does not pin "
                   "the spend model down (for example, every customer spends almost the same), so its "
                   "figures are limits rather than estimates.")
                   .arg(out.atBound.join(QStringLiteral(", ")));
    }
    if (!fit.model.populationMean())
        problems << Tr::tr("The fitted q is %1 (not above 1): order values are too heavy-tailed for a finite "
                           "population mean, so customers outside the fit get no expected order value.")
                        .arg(fit.model.q, 0, 'g', 4);
    fit.converged = out.toleranceMet && !out.hitCap && out.atBound.isEmpty();
    fit.reason = problems.join(QLatin1Char(' '));
    return fit;
}

} // namespace acc::model
