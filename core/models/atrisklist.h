#pragma once

#include "engine/metrics.h"

#include <QString>

#include <optional>
#include <vector>

namespace acc {

// One customer of the at-risk list (PRODUCT.md §4): overdue (METRICS.md `overdue`), or
// unlikely to return (`at_risk`: active, p_alive < 0.5), or both.
struct AtRiskEntry
{
    int customer = -1;     // index into Dataset::customers
    Cents revenue12m = 0;  // annual_value(c, state day): the value at stake
    bool overdue = false;  // in service.overdue_customers
    bool unlikely = false; // in service.at_risk_customers (p_alive < 0.5)
    std::optional<double> pAlive;
    std::optional<double> expectedValue12m; // currency units
    Day lastOrder = kNoDay;                 // last order (not refund) on or before the state day
    std::optional<int> daysSinceLastOrder;
};

struct AtRiskList
{
    // By value at stake (revenue_12m) desc, then customer_id asc (METRICS.md convention 11).
    std::vector<AtRiskEntry> rows;
    Day day = kNoDay;           // the state day
    bool modelComputed = false; // the report was computed with the customer-base model
    bool modelFitted = false;   // BG/NBD was fitted: P(alive) is known
    QString problem;            // why the model has no parameters (empty otherwise)
    int overdue = 0;            // rows that are overdue
    int unlikely = 0;           // rows with p_alive < 0.5
    Cents valueAtStake = 0;     // sum of the rows' revenue_12m
    // Sum of the rows' expected 12-month value where known (currency units); null when none is.
    std::optional<double> expectedValue12m;
};

// The union of the report's overdue customers and its at-risk customers, ranked by the
// value at stake.
AtRiskList buildAtRiskList(const Dataset &data, const MetricsReport &report);

} // namespace acc
