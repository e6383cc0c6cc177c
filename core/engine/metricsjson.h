#pragma once

#include "metrics.h"

#include <QJsonObject>
#include <QString>

namespace acc {

// METRICS.md "Machine-readable output": one JSON object with the groups and keys of that
// page. Money in currency units, rates as fractions, null where a figure has no value.
QJsonObject metricsToJson(const MetricsReport &report, const Dataset &data);

// The same figures as readable text for a terminal.
QString metricsToText(const MetricsReport &report, const Dataset &data);

} // namespace acc
