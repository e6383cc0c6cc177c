#pragma once

#include "engine/customerfacts.h"
#include "engine/dataset.h"

#include <QList>
#include <QStringList>

namespace acc {

// The customers behind the Best customers view's charts, as lists of indices into
// Dataset::customers, each ordered by revenue in window(end) desc, then lifetime value
// desc, then customer_id asc (the biggest first, as a drill-down list reads best).
namespace bestdrilldown {

enum class Group {
    Best, // the best customers
    Rest, // active customers that are not best customers (METRICS.md convention 3)
};

// Puts customers in drill-down order.
void sortByRevenue(const Dataset &data, const CustomerFacts &facts, QList<int> &customers);

// The customers of the group with an order or a refund in window(facts.day) in one of
// `categories` (engine keys: "Unknown" stands for an empty category as well, as in the
// category mix): the customers behind a bar of the category mix.
QList<int> categoryCustomers(const Dataset &data, const CustomerFacts &facts, Group group,
                             const QStringList &categories);

// Active customers on facts.day whose stage is stageNames()[stage] (the last index,
// "unknown": an empty or unrecognised stage).
QList<int> stageCustomers(const Dataset &data, const CustomerFacts &facts, int stage);

} // namespace bestdrilldown
} // namespace acc
