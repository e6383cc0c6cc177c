#pragma once

#include "engine/metrics.h"
#include "models/paretocurve.h"
#include "report/headline.h"

#include <QCoreApplication>
#include <QList>

namespace acc {

struct BestCustomersTr
{
    Q_DECLARE_TR_FUNCTIONS(BestCustomers)
};

// The headline figures of the Best customers view, formatted with format.h: how many best
// customers (of how many active), their share of revenue, the top 20 %'s share
// (pareto_top20_share) and the mean days between orders, best against the rest. A figure
// that is null reads "—" and its note says why (never "nan" or 0). Texts are short: four
// tiles share a row down to a 1024-pixel screen.
QList<Headline> bestHeadlines(const MetricsReport &report, const ParetoCurve &curve);

} // namespace acc
