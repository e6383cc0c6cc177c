#pragma once

#include "engine/customerfacts.h"
#include "engine/dataset.h"
#include "engine/metricscontext.h"

#include <QList>

namespace acc {

// The customers behind the follow-through figures (METRICS.md group 5), as lists of
// indices into Dataset::customers in drill-down order (operationsdrilldown::sortCustomers:
// with facts by revenue in window(end), else by customer_id). Each pair splits the
// figure's customers in two:
//  - answered / notAnswered: the customers with an order (not a refund) in the period
//    who did, or did not, answer within 30 days after one of those orders;
//  - followedUp / notFollowedUp: the customers active on the state day with, or without,
//    a relationship contact in the 180 days ending on it;
//  - reEngaged / notReEngaged: the customers with a revenue contact in the period of whom
//    at least one, or none, was followed by their order within 60 days. re_engaged counts
//    contacts; these lists count customers, each once.
struct FollowThroughCustomers
{
    QList<int> answered;
    QList<int> notAnswered;
    QList<int> followedUp;
    QList<int> notFollowedUp;
    QList<int> reEngaged;
    QList<int> notReEngaged;
};

FollowThroughCustomers followThroughCustomers(const Dataset &data, const PeriodDays &days,
                                              const CustomerFacts *facts = nullptr);

} // namespace acc
