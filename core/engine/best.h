#pragma once

#include "criteria/criteria.h"
#include "dataset.h"
#include "metricscontext.h"

#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace acc {

// METRICS.md "Best customers": the criteria set evaluated on the state day, the ranked
// list, its revenue share, the 80/20 share, order frequency, category mix and stages.

struct CategoryShare
{
    QString category; // "Unknown" for an empty category
    Cents revenue = 0;
    double share = 0;
};

struct BestFigures
{
    CriteriaSet criteria;
    std::vector<int> bestCustomers; // by lifetime_value desc, customer_id asc
    Cents bestLifetimeValue = 0;
    Cents windowRevenue = 0; // all revenue in window(end), refunds included
    Cents bestWindowRevenue = 0;
    std::optional<double> bestRevenueShare;
    std::optional<double> paretoTop20Share;
    std::optional<double> bestMeanDaysBetweenOrders;
    std::optional<double> restMeanDaysBetweenOrders;
    // Empty (the JSON {}) when the group has no revenue in window(end); otherwise every
    // category with an order or refund of the group there, by category asc (byte order).
    std::vector<CategoryShare> bestCategoryMix;
    std::vector<CategoryShare> restCategoryMix;
    std::array<int, 8> stages{}; // by stageNames(): the seven stages, then unknown
};

BestFigures computeBestFigures(const Dataset &data, const PeriodDays &days, const CriteriaSet &criteria);

// Index into stageNames() of a customer's stage (the last one, "unknown", for an empty
// or unrecognised stage).
int stageIndex(const QString &stage);

} // namespace acc
