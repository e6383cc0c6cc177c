#pragma once

#include "engine/customerfacts.h"
#include "engine/metrics.h"
#include "paretocurve.h"
#include "valuedemandgrid.h"

#include <array>

namespace acc {

// What the Best customers view draws beyond the report's own figures, computed once per
// snapshot on MetricsService's worker (a 100,000-customer company takes tens of
// milliseconds, which the GUI thread should not spend): the 80/20 curve, the value-vs-
// demand grid and the best customers per loyalty stage.
struct BestViewFigures
{
    ParetoCurve curve;
    ValueDemandGrid grid;
    std::array<int, 8> bestByStage{}; // by stageNames()

    static BestViewFigures compute(const Dataset &data, const CustomerFacts &facts,
                                   const MetricsReport &report);
};

} // namespace acc
