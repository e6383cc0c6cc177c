#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace acc::model {

// Maximum-likelihood fitting on log-parameters with NLopt's bound-constrained L-BFGS
// (shared by the BG/NBD and Gamma-Gamma fits). Internal to core/model.
struct MlProblem
{
    std::vector<double> start; // log-parameters
    std::vector<double> lower;
    std::vector<double> upper;
    QStringList names; // parameter names, for messages
    // The objective to minimise (the mean negative log-likelihood per customer) at the
    // log-parameters u; fills grad (same size as u) when it is not null.
    std::function<double(const double *u, double *grad)> objective;
    int maxEvaluations = 2000;
};

struct MlOutcome
{
    std::vector<double> u;   // the log-parameters reached
    double objective = 0;    // there
    double gradientNorm = 0; // largest |component| of the objective's gradient there
    int evaluations = 0;
    int nloptResult = 0;       // the last run's nlopt_result
    bool finite = false;       // u and the objective are finite numbers
    bool toleranceMet = false; // stopped by its tolerance, not by a cap or a failure
    bool hitCap = false;
    QStringList atBound; // names of parameters on (or within 1 % of) a bound
    QString failure;     // set when NLopt itself failed
};

MlOutcome maximiseLikelihood(const MlProblem &problem);

// Why a fit that reached finite parameters is only approximate, named for the model
// ("BG/NBD"): the evaluation cap hit, or the likelihood not yet level. Empty when neither.
// What running into a bound means differs by model: each says that itself.
QStringList convergenceProblems(const MlOutcome &outcome, const MlProblem &problem, const QString &model);

} // namespace acc::model
