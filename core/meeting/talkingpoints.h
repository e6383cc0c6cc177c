#pragma once

#include <QStringList>

namespace acc {

struct Dataset;
struct MetricsReport;

// The story of the period for the presenter console (docs/meeting.md), written from the
// report's figures, each point one sentence:
//  1. the two biggest movements against the period before, among lost customers, lost
//     value, churn rate, customers gained and won back (by relative change, the change
//     over the earlier value or 1; ties in that order);
//  2. the loss reason whose lost value grew most against the period before (with no
//     earlier period: the largest reason);
//  3. the target furthest off: of the missed and at-risk targets, the one whose actual
//     is furthest from its value relative to the value;
//  4. the most valuable customer lost in the period, by name (by initials under the
//     privacy mask) and id.
// A point that has no figures to stand on (no previous period, no loss, no target) is
// left out.
namespace talkingpoints {

QStringList write(const MetricsReport &report, const Dataset &data, bool privacy);

} // namespace talkingpoints
} // namespace acc
