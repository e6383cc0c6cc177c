#pragma once

#include "engine/dataset.h"
#include "engine/period.h"

#include <QList>

namespace acc {
struct Action;
struct RealityScore;
} // namespace acc

namespace acc::demo {

// What the demo company's leadership recorded at its last quarterly meeting
// (docs/demo.md): a handful of actions and ideas with owners and due dates around the
// last day (some done, one late, one about the most valuable customer lost last quarter),
// and the reality check of the two quarters before the one holding the last day, so the
// radar has a last quarter to compare this one with once the team scores it.
QList<Action> sampleActions(const Dataset &data);
struct QuarterScores
{
    Period quarter;
    QList<RealityScore> scores;
};
QList<QuarterScores> sampleRealityChecks(const Dataset &data);

} // namespace acc::demo
