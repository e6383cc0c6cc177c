#include "mlfit.h"
#include "modeltr.h"

#include <nlopt.h>

#include <algorithm>
#include <cmath>

namespace acc::model {

namespace {

// A run that stops by its tolerance is accepted when the objective's projected gradient
// (per customer, on log-parameters) is this small; otherwise L-BFGS is restarted from
// where it stopped, a few times at most.
constexpr double kGradientTolerance = 1e-5;
constexpr int kRuns = 4;
// A log-parameter this close to a bound counts as on the bound (1 % of the parameter).
constexpr double kBoundMargin = 0.01;

struct Callback
{
    const MlProblem *problem = nullptr;
    int evaluations = 0;
};

double trampoline(unsigned n, const double *u, double *grad, void *data)
{
    auto *cb = static_cast<Callback *>(data);
    ++cb->evaluations;
    const double f = cb->problem->objective(u, grad);
    if (std::isfinite(f))
        return f;
    // Keep the line search away from where the likelihood overflows.
    if (grad)
        std::fill(grad, grad + n, 0.0);
    return 1e300;
}

bool stoppedByTolerance(nlopt_result r)
{
    return r == NLOPT_SUCCESS || r == NLOPT_STOPVAL_REACHED || r == NLOPT_FTOL_REACHED ||
           r == NLOPT_XTOL_REACHED || r == NLOPT_ROUNDOFF_LIMITED;
}

// NLopt could not run at all. A generic NLOPT_FAILURE (typically a line search that the
// rounding of a flat likelihood defeats) still leaves the best point found, which is
// judged like any other stop: by its gradient and its distance from the bounds.
bool hardFailure(nlopt_result r)
{
    return r == NLOPT_INVALID_ARGS || r == NLOPT_OUT_OF_MEMORY || r == NLOPT_FORCED_STOP;
}

double projectedGradientNorm(const MlProblem &p, const std::vector<double> &u, const std::vector<double> &g)
{
    double norm = 0;
    for (std::size_t i = 0; i < u.size(); ++i) {
        double gi = g[i];
        if (u[i] <= p.lower[i] + 1e-12 && gi > 0)
            gi = 0;
        if (u[i] >= p.upper[i] - 1e-12 && gi < 0)
            gi = 0;
        norm = std::max(norm, std::fabs(gi));
    }
    return norm;
}

} // namespace

MlOutcome maximiseLikelihood(const MlProblem &problem)
{
    MlOutcome out;
    const auto n = static_cast<unsigned>(problem.start.size());
    out.u = problem.start;
    for (unsigned i = 0; i < n; ++i)
        out.u[i] = std::clamp(out.u[i], problem.lower[i], problem.upper[i]);

    Callback cb;
    cb.problem = &problem;

    nlopt_opt opt = nlopt_create(NLOPT_LD_LBFGS, n);
    if (!opt) {
        out.failure = QStringLiteral("nlopt_create");
        return out;
    }
    nlopt_set_lower_bounds(opt, problem.lower.data());
    nlopt_set_upper_bounds(opt, problem.upper.data());
    nlopt_set_min_objective(opt, &trampoline, &cb);
    nlopt_set_ftol_rel(opt, 1e-13);
    nlopt_set_xtol_rel(opt, 1e-11);

    std::vector<double> grad(n, 0.0);
    nlopt_result result = NLOPT_FAILURE;
    for (int run = 0; run < kRuns; ++run) {
        const int left = problem.maxEvaluations - cb.evaluations;
        if (left <= 0) {
            result = NLOPT_MAXEVAL_REACHED;
            break;
        }
        nlopt_set_maxeval(opt, left);
        double f = 0;
        result = nlopt_optimize(opt, out.u.data(), &f);
        if (hardFailure(result))
            break;
        out.objective = problem.objective(out.u.data(), grad.data());
        out.gradientNorm = projectedGradientNorm(problem, out.u, grad);
        if (result == NLOPT_MAXEVAL_REACHED || result == NLOPT_MAXTIME_REACHED)
            break;
        if (stoppedByTolerance(result) && out.gradientNorm <= kGradientTolerance) {
            out.toleranceMet = true;
            break;
        }
    }
    nlopt_destroy(opt);

    out.nloptResult = static_cast<int>(result);
    out.evaluations = cb.evaluations;
    out.hitCap = result == NLOPT_MAXEVAL_REACHED || result == NLOPT_MAXTIME_REACHED;
    if (hardFailure(result))
        out.failure = QString::fromLatin1(nlopt_result_to_string(result));
    out.finite = std::isfinite(out.objective) && out.objective < 1e300 &&
                 std::all_of(out.u.begin(), out.u.end(), [](double v) { return std::isfinite(v); });
    if (out.finite && out.failure.isEmpty()) {
        out.objective = problem.objective(out.u.data(), grad.data());
        out.gradientNorm = projectedGradientNorm(problem, out.u, grad);
    }
    for (unsigned i = 0; i < n; ++i) {
        if (out.u[i] <= problem.lower[i] + kBoundMargin || out.u[i] >= problem.upper[i] - kBoundMargin)
            out.atBound << problem.names.value(static_cast<qsizetype>(i));
    }
    return out;
}

QStringList convergenceProblems(const MlOutcome &outcome, const MlProblem &problem, const QString &model)
{
    if (outcome.hitCap)
        return {
            Tr::tr("The optimiser stopped at its cap of %1 evaluations before meeting its tolerance, so the "
                   "%2 parameters are approximate.")
                .arg(problem.maxEvaluations)
                .arg(model)};
    if (!outcome.toleranceMet)
        return {
            Tr::tr("The optimiser stopped before the likelihood levelled off (largest slope %1), so the %2 "
                   "parameters are approximate.")
                .arg(outcome.gradientNorm, 0, 'g', 3)
                .arg(model)};
    return {};
}

} // namespace acc::model
