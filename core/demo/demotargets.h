#pragma once

#include "engine/dataset.h"
#include "engine/targets.h"

#include <QList>

namespace acc::demo {

// The targets a leadership team might have agreed for the demo company (docs/demo.md):
// for the quarter holding the last day and the four before it, and for the month holding
// it and the twelve before, nine figures of the four accountability groups and
// follow-through, each 5 % better than the period before achieved (lower where lower is better), rounded as
// people write targets, with an executive as owner. The statuses come out as a real meeting's do: some met,
// some not.
QList<Target> sampleTargets(const Dataset &data);

} // namespace acc::demo
