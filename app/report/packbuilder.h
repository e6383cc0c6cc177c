#pragma once

#include "meetingpack.h"

namespace acc {

struct MetricsSnapshot;

// Builds the pages' content of a meeting pack from one snapshot: the cover's words, the
// loss review's headline figures, chart models and tables. One builder for every output.
class PackBuilder final
{
public:
    static MeetingPack build(const MetricsSnapshot &snapshot, PackKind kind);
    static QString kindTitle(PackKind kind);
};

} // namespace acc
