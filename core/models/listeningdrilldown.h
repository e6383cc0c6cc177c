#pragma once

#include "customerselection.h"
#include "engine/listening.h"

namespace acc {

struct MetricsSnapshot;

// The customers behind the Listening & service view's charts and headlines, titled for
// the Customers view: biggest first (revenue in window(end) desc, lifetime value desc,
// customer_id asc) when the snapshot has its customer facts, customer_id order otherwise.
namespace listeningdrilldown {

// The group's customers in one period (a bar of the NPS or complaints trend, or the
// report's own period for a headline).
CustomerSelection groupCustomers(const MetricsSnapshot &snapshot, const Period &period, ListeningGroup group);
// The customers lost in the report's period for that reason (a bar of the top reasons;
// the engine's key: "Unknown" for an empty reason).
CustomerSelection lostForReason(const MetricsSnapshot &snapshot, const QString &reason);
// "Detractors", "Complainants" ... as a person reads the group's name.
QString groupName(ListeningGroup group);

} // namespace listeningdrilldown
} // namespace acc
