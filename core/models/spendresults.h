#pragma once

#include "engine/dataset.h"
#include "engine/metrics.h"

#include <QString>

#include <optional>
#include <vector>

namespace acc {

// Spend against results (METRICS.md "Spend and results", with group 1's revenue and
// churn), for the Spend & results view: the programs of the period, and the same figures
// for each of the 8 quarters of the assets trend (spend is a few rows a month, so this is
// cheap).
namespace spendresults {

struct Program
{
    QString program;
    Cents spend = 0;
    std::optional<double> share; // of the period's total spend (null when the total is 0)
};

struct Quarter
{
    Period period;
    Cents spend = 0;
    Cents revenue = 0;
    int activeEnd = 0;
    std::optional<double> churnRate;
    std::optional<double> retention; // 1 - churn_rate
    std::optional<double> revenuePerSpend;
    std::optional<double> spendPerActiveCustomer;
};

// The programs of the period by spend desc, then program asc (byte order).
std::vector<Program> programs(const SpendFigures &spend);

// Retention: the share of the customers active at the start that the period did not
// lose, 1 - churn_rate (null when churn_rate is).
std::optional<double> retention(const AssetsFigures &assets);

// The 8 quarters of report.assets.trendQuarters, oldest first, each with its spend (the
// spend of its months), revenue, retention and the spend ratios.
std::vector<Quarter> quarters(const Dataset &data, const MetricsReport &report);

} // namespace spendresults
} // namespace acc
