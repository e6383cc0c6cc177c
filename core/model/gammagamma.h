#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <span>
#include <vector>

namespace acc::model {

// One repeat customer of the Gamma-Gamma spend model (Fader, Hardie & Lee 2005, "RFM and
// CLV"), or a group of identical ones: x repeat purchases with mean value mean (in
// currency units). weight is how many customers share it.
struct SpendHistory
{
    int x = 0;
    double mean = 0;
    double weight = 1;
};

// Merges identical (x, mean) rows, adding up their weights, sorted by (x, mean); drops
// rows of zero weight or with a mean that is not a finite number.
std::vector<SpendHistory> groupSpendHistories(std::vector<SpendHistory> histories);

// Purchase values Gamma(p, nu) around each customer's nu, nu ~ Gamma(q, gamma).
struct GammaGammaModel
{
    double p = 0;
    double q = 0;
    double gamma = 0;

    bool isValid() const;

    // E[M | x, mean] = p (gamma + x mean) / (p x + q - 1); nullopt when p x + q <= 1
    // (no finite mean) or for invalid parameters.
    std::optional<double> conditionalExpectedValue(int x, double mean) const;
    // The population mean order value p gamma / (q - 1); nullopt when q <= 1.
    std::optional<double> populationMean() const;

    // The log-likelihood (density of the observed means, constants included).
    double logLikelihood(std::span<const SpendHistory> histories) const;
};

struct GammaGammaFit
{
    bool fitted = false; // parameters were estimated (see converged)
    GammaGammaModel model;
    double logLikelihood = 0;
    qint64 customers = 0; // the total weight fitted (customers with x > 0 and mean > 0)
    int distinctHistories = 0;
    bool converged = false; // tolerance met and the optimum inside the bounds
    int evaluations = 0;
    double gradientNorm = 0;
    QString reason; // human-readable (translated): why not fitted or not converged, or that q <= 1
};

// Maximum-likelihood fit with NLopt (L-BFGS on log-parameters, analytic gradient).
// Rows with x <= 0 or a mean that is not positive are left out (they have no place in
// the model), and customers counts those fitted.
GammaGammaFit fitGammaGamma(std::span<const SpendHistory> histories);

} // namespace acc::model
