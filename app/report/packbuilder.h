#pragma once

#include "meetingpack.h"

namespace acc {

struct MetricsSnapshot;

// Builds a meeting's content from one snapshot: the cover's words, the charts' models and
// one section per agenda item (meeting/agenda.h), each by its view's builder
// (report/sections.h). The same pack is shown slide by slide and painted as the PDF.
class PackBuilder final
{
public:
    static MeetingPack build(const MetricsSnapshot &snapshot, PackKind kind, const PackOptions &options = {});
    static QString kindTitle(PackKind kind);
};

} // namespace acc
