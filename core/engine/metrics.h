#pragma once

#include "assets.h"
#include "dataset.h"
#include "metricscontext.h"
#include "period.h"

namespace acc {

// What to compute: the period (criteria and targets come with later groups).
struct MetricsRequest
{
    Period period;
};

// Every figure of METRICS.md for one period, computed once, for any output to show.
struct MetricsReport
{
    PeriodDays days;
    Day asOf = kNoDay; // the data's as-of date; kNoDay for a database without dates
    AssetsResult assets;
};

MetricsReport computeMetrics(const Dataset &data, const MetricsRequest &request);

} // namespace acc
