#pragma once

#include "dataset.h"
#include "metricscontext.h"

#include <QString>

#include <optional>
#include <vector>

namespace acc {

// METRICS.md group 2: service performance (serve, and rescue customers at risk).

struct AtRiskCustomer
{
    int customer = -1; // index into Dataset::customers
    Cents revenue12m = 0;
    double pAlive = 0;
    double expectedOrders12m = 0;
};

struct BgNbdFigures
{
    double r = 0;
    double alpha = 0; // time in days
    double a = 0;
    double b = 0;
    double logLikelihood = 0;
    int customers = 0;
    bool converged = false;
};

struct GammaGammaFigures
{
    double p = 0;
    double q = 0;
    double gamma = 0; // currency units
    int customers = 0;
};

struct CustomerModelFigures
{
    int customer = -1; // index into Dataset::customers
    std::optional<double> pAlive;
    std::optional<double> expectedOrders12m;
    std::optional<double> expectedValue12m; // currency units; null when q <= 1
};

// The model-based part of the group: BG/NBD and Gamma-Gamma fitted on the order history
// up to the state day (core/model).
struct CustomerBaseFigures
{
    bool bgnbdFitted = false; // parameters were estimated
    bool gammaGammaFitted = false;
    QString problem; // why a model has no parameters or did not converge (empty otherwise)
    BgNbdFigures bgnbd;
    GammaGammaFigures gammaGamma;
    // Every customer with an order on or before the state day, ascending customer index.
    std::vector<CustomerModelFigures> customers;
    std::vector<AtRiskCustomer> atRisk; // active, p_alive < 0.5; by revenue_12m desc, customer_id asc
};

struct ServiceFigures
{
    int rescueContacts = 0;
    int rescued = 0;
    std::optional<double> rescueRate;
    int complaints = 0;
    std::optional<double> resolvedWithinSla;
    std::optional<double> medianResolutionDays;
    std::vector<int> overdueCustomers; // customer indices, by customer_id asc
    CustomerBaseFigures model;
};

// The group without the model part (cheap: one pass over contacts, one over customers).
ServiceFigures computeServiceFigures(const Dataset &data, const PeriodDays &days);

// The days since the last order exceed twice the median gap between order days: the
// overdue test of one customer on day d (orders on or before d, refunds left out).
bool isOverdue(const Dataset &data, int customer, Day d, std::vector<int> *scratch = nullptr);

// The model part: fits BG/NBD and Gamma-Gamma on the history up to d (the state day).
CustomerBaseFigures computeCustomerBaseFigures(const Dataset &data, Day d);

} // namespace acc
