#pragma once

#include "bgnbd.h"
#include "gammagamma.h"

#include "engine/dataset.h"

#include <optional>
#include <vector>

namespace acc::model {

// One customer's inputs and outputs of the customer-base models (METRICS.md section 2,
// conventions 1, 2 and 8). Only orders with amount >= 0 dated on or before end count
// (refunds are not orders; an amount of zero is one); purchases are distinct order days.
struct CustomerModelRow
{
    bool inPopulation = false; // has an order on or before end; nothing below is set otherwise
    int x = 0;                 // distinct order days - 1
    int tx = 0;                // last order day - first order day
    int T = 0;                 // end - first order day
    // Mean of the day sums of the repeat purchase days (every order day after the first),
    // in currency units; set when x > 0.
    std::optional<double> repeatMeanValue;
    bool inSpendFit = false; // x > 0 and repeatMeanValue > 0

    std::optional<double> pAlive;
    std::optional<double> expectedOrders12m;  // E[purchases in the next horizon days]
    std::optional<double> expectedOrderValue; // Gamma-Gamma, currency units
    std::optional<double> expectedValue12m;   // expectedOrders12m * expectedOrderValue
};

struct CustomerBaseResult
{
    Day end = kNoDay;
    int horizonDays = 365;
    std::vector<CustomerModelRow> customers; // by customer index of the Dataset
    qint64 population = 0;                   // customers with an order on or before end
    BgNbdFit bgnbd;                          // time in days
    GammaGammaFit gammaGamma;                // currency units
};

// Builds every customer's purchase history up to end, fits BG/NBD and Gamma-Gamma on
// them and fills the per-customer figures. p_alive and expected orders come out when the
// BG/NBD fit has parameters (see bgnbd.converged and bgnbd.reason); expected order values
// when Gamma-Gamma has (customers outside its fit get the population mean, null when
// q <= 1). No output is ever NaN: a figure that cannot be computed is nullopt.
// end is the day states are read on (min(period end, as-of), METRICS.md).
CustomerBaseResult computeCustomerBase(const Dataset &data, Day end, int horizonDays = 365);

} // namespace acc::model
