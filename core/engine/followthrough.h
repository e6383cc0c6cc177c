#pragma once

#include "dataset.h"
#include "metricscontext.h"

#include <optional>

namespace acc {

// METRICS.md group 5: follow-through (accountable to each customer after the sale).
struct FollowThroughFigures
{
    int orderingCustomers = 0; // customers with an order (not a refund) in the period
    int answeredAfterSale = 0; // of those, who answered within 30 days after one of those orders
    std::optional<double> feedbackAfterSale;
    int activeCustomers = 0; // active on the state day
    int followedUpCustomers = 0;
    std::optional<double> followedUp;
    int revenueContacts = 0;
    int reEngaged = 0;
    std::optional<double> reEngageRate;
};

constexpr int kFeedbackAfterSaleDays = 30;
constexpr int kFollowUpDays = 180;
constexpr int kReEngageDays = 60;

FollowThroughFigures computeFollowThroughFigures(const Dataset &data, const PeriodDays &days);

} // namespace acc
