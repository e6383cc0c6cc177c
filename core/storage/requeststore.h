#pragma once

#include "engine/metrics.h"

#include <QString>

#include <optional>

namespace acc {

class Database;

// The one request every entry point computes with (the window, `pack`, `metrics`): the
// period, the best-customer criteria set in force and the targets stored for the period.
// The settings (company, currency, SLA days) travel in the data set (loadDataset). No entry
// point computes a narrower report than another.
std::optional<MetricsRequest> storedRequest(Database &db, const Period &period, QString *error);

// The criteria set in force: the newest stored version of the default set, or the
// built-in default when the database holds none.
std::optional<CriteriaSet> criteriaInForce(Database &db, QString *error);

} // namespace acc
