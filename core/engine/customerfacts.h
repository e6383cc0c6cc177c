#pragma once

#include "dataset.h"
#include "metrics.h"

#include <optional>
#include <vector>

namespace acc {

// One customer's figures on the state day, for the views that list customers (Best
// customers, Customers, their detail panes and charts): computed once per snapshot, off
// the GUI thread, so no view adds up orders itself. Definitions follow METRICS.md "Best
// customers" (attributes on day d) and group 2 (the model).
struct CustomerFact
{
    Cents lifetimeValue = 0; // every order amount up to d, refunds included
    Cents revenue12m = 0;    // annual_value(c, d)
    int orders = 0;          // orders (not refunds) up to d
    int orders12m = 0;       // orders (not refunds) in window(d)
    Day firstOrder = kNoDay; // first and last order (not refund) on or before d
    Day lastOrder = kNoDay;
    int contacts = 0;      // contacts up to d
    int contacts12m = 0;   // contacts in window(d)
    int complaints12m = 0; // complaint contacts in window(d)
    int answers = 0;       // feedback answers up to d
    std::optional<int> lastNps;
    bool active = false; // active on d
    bool best = false;   // in the best-customer list of the report
    std::optional<double> pAlive;
    std::optional<double> expectedOrders12m;
    std::optional<double> expectedValue12m; // currency units

    std::optional<double> avgOrderValue() const // currency units
    {
        return orders > 0 ? std::optional<double>(money::toUnits(lifetimeValue) / orders) : std::nullopt;
    }
};

struct CustomerFacts
{
    Day day = kNoDay;               // the state day the facts are read on
    std::vector<CustomerFact> rows; // by customer index (Dataset::customers)
};

CustomerFacts computeCustomerFacts(const Dataset &data, const MetricsReport &report);

} // namespace acc
