#pragma once

#include "assets.h"
#include "best.h"
#include "criteria/criteria.h"
#include "dataset.h"
#include "followthrough.h"
#include "listening.h"
#include "metricscontext.h"
#include "operations.h"
#include "period.h"
#include "service.h"
#include "spend.h"
#include "targets.h"

#include <QList>

#include <atomic>
#include <optional>

namespace acc {

// What to compute: the period, the best-customer criteria (the default set when none is
// given) and the targets to judge (only those set for the period are listed).
struct MetricsRequest
{
    Period period;
    std::optional<CriteriaSet> criteria{};
    QList<Target> targets{};
    // Fit the customer-base models (BG/NBD, Gamma-Gamma); off, their keys stay empty.
    bool withModel = true;
    // Set by another thread to stop the computation before its next group (the window's
    // period, filter or database changed meanwhile): the report is then incomplete, and
    // the caller, seeing cancelled(), drops it.
    const std::atomic_bool *cancel = nullptr;
    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
};

// Every figure of METRICS.md for one period, computed once, for any output to show.
struct MetricsReport
{
    PeriodDays days;
    Day asOf = kNoDay; // the data's as-of date; kNoDay for a database without dates
    AssetsResult assets;
    ServiceFigures service;
    bool modelComputed = false;
    ListeningFigures listening;
    OperationsFigures operations;
    FollowThroughFigures followThrough;
    BestFigures best;
    SpendFigures spend;
    QList<TargetResult> targets;
};

// The asset figures of the period before the report's (the month or quarter before, from
// its trend); nullptr for a year, or when the trend does not reach back that far.
const AssetsFigures *previousPeriodFigures(const MetricsReport &report);

MetricsReport computeMetrics(const Dataset &data, const MetricsRequest &request);

// The value of a numeric figure of the report by its METRICS.md key (money in currency
// units, rates as fractions); std::nullopt when the figure is null or the key is not a
// numeric figure (see targets::isNumericKey).
std::optional<double> figureValue(const MetricsReport &report, const QString &key);

} // namespace acc
