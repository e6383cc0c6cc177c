#pragma once

#include <QString>
#include <QtGlobal>

#include <span>
#include <vector>

namespace acc::model {

// One purchase history of the BG/NBD model (Fader, Hardie & Lee 2005), or a group of
// identical ones: x repeat purchases, the last at t_x, observed for T since the first
// purchase (0 <= t_x <= T), in any time unit (the engine uses days). weight is how many
// customers share the history.
struct BgNbdHistory
{
    int x = 0;
    double tx = 0;
    double T = 0;
    double weight = 1;
};

// Merges identical (x, t_x, T) histories into one each, adding up their weights, so a
// fit costs one term per distinct history. The result is sorted by (x, T, t_x);
// histories of zero weight or with times that are not finite numbers are dropped.
std::vector<BgNbdHistory> groupHistories(std::vector<BgNbdHistory> histories);

// The BG/NBD model at given parameters: purchase rates Gamma(r, alpha) across customers,
// drop-out probability after each purchase Beta(a, b). All functions take times in the
// unit alpha is in. They return NaN only for parameters outside the model (not positive)
// or, for the expectations, when a+b+x-1 hits a pole of the hypergeometric series.
struct BgNbdModel
{
    double r = 0;
    double alpha = 0;
    double a = 0;
    double b = 0;

    bool isValid() const;

    // P(alive at T | x, t_x, T): 1 for x = 0.
    double pAlive(int x, double tx, double T) const;
    // E[Y(t) | x, t_x, T]: purchases expected in the next t by a customer with this history.
    // It is expectedPurchasesIfAlive(t, x, T) * pAlive(x, t_x, T).
    double conditionalExpectedPurchases(double t, int x, double tx, double T) const;
    // The same for a customer known to be alive at T (t_x does not matter then).
    double expectedPurchasesIfAlive(double t, int x, double T) const;
    // E[X(t)]: repeat purchases expected in (0, t] by a new customer.
    double expectedPurchases(double t) const;
    // P(X(t) = n) for a new customer.
    double probabilityOfPurchases(double t, int n) const;
    double probabilityOfNoPurchase(double t) const { return probabilityOfPurchases(t, 0); }

    // The log-likelihood of (weighted) histories, term by term (no grouping).
    double logLikelihood(std::span<const BgNbdHistory> histories) const;
};

struct BgNbdFit
{
    // Parameters were estimated (finite, possibly not converged). When false, model is
    // meaningless and reason says why no fit was attempted or why it failed.
    bool fitted = false;
    BgNbdModel model;
    double logLikelihood = 0;
    qint64 customers = 0; // the total weight fitted (customers)
    int distinctHistories = 0;
    // The optimiser met its tolerance (not an iteration cap) and the optimum lies inside
    // the bounds on every parameter.
    bool converged = false;
    int evaluations = 0;
    double gradientNorm = 0;
    QString reason; // human-readable (translated), empty when converged
};

// Maximum-likelihood fit with NLopt (L-BFGS on log-parameters, analytic gradient).
// Identical histories are grouped first, so callers may pass one row per customer.
// Never throws; degenerate data gives fitted = false or converged = false with a reason.
BgNbdFit fitBgNbd(std::span<const BgNbdHistory> histories);

} // namespace acc::model
