#pragma once

#include "dataset.h"
#include "metricscontext.h"

#include <QString>

#include <map>
#include <optional>

namespace acc {

// METRICS.md "Spend and results".
struct SpendFigures
{
    Cents total = 0;
    std::map<QString, Cents> byProgram;           // every program with spend in the period's months
    std::optional<double> spendPerActiveCustomer; // currency units per customer active at the end
    std::optional<double> revenuePerSpend;
};

// activeEnd and revenue from the assets group.
SpendFigures computeSpendFigures(const Dataset &data, const PeriodDays &days, int activeEnd, Cents revenue);

} // namespace acc
