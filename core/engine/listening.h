#pragma once

#include "assets.h"
#include "dataset.h"
#include "metricscontext.h"

#include <optional>

namespace acc {

// METRICS.md group 3: customer listening (issues driving customers away).
struct ListeningFigures
{
    int responses = 0;
    std::optional<double> nps; // -100..100
    int promoters = 0;
    int passives = 0;
    int detractors = 0;
    std::optional<double> complaintsPer100;
    QList<ReasonFigure> topReasons; // the assets group's reasons
};

// complaints: the service group's complaints of the period; activeStart and reasons from
// the assets group (computed once, shown here too).
ListeningFigures computeListeningFigures(const Dataset &data, const PeriodDays &days, int complaints,
                                         int activeStart, const QList<ReasonFigure> &reasons);

} // namespace acc
