#pragma once

#include "engine/customerfacts.h"
#include "engine/dataset.h"
#include "engine/metricscontext.h"

#include <QList>
#include <QString>

#include <array>

namespace acc {

// The customers behind the Moments of truth view (METRICS.md group 4), as lists of
// indices into Dataset::customers. With facts (of the same data) a list is in drill-down
// order (bestdrilldown::sortByRevenue: revenue in window(end) desc, lifetime value desc,
// customer_id asc); without, by customer_id (byte order).
namespace operationsdrilldown {

struct TouchpointCustomers
{
    QList<int> customers; // with a contact at the touchpoint in the period
    QList<int> lost;      // of those, lost within 180 days after one of their contacts there
};

// The customers with a contact at `touchpoint` (exact text) in the period, and those of
// them who were lost within (occurred_on, occurred_on + 180] of one of those contacts
// (a loss later won back counts; a loss before the contact does not): the sets behind
// `customers` and `loss_share` of priority_contacts.
TouchpointCustomers touchpointCustomers(const Dataset &data, const PeriodDays &days,
                                        const QString &touchpoint, const CustomerFacts *facts = nullptr);

// The customers with a contact of the category in the period.
QList<int> categoryCustomers(const Dataset &data, const PeriodDays &days, ContactCategory category,
                             const CustomerFacts *facts = nullptr);

// How many distinct customers had a contact of each category in the period (by
// ContactCategory), in one pass.
std::array<int, kContactCategoryCount> customersByCategory(const Dataset &data, const PeriodDays &days);

// Puts customers in drill-down order (see above).
void sortCustomers(const Dataset &data, const CustomerFacts *facts, QList<int> &customers);

} // namespace operationsdrilldown
} // namespace acc
