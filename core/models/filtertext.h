#pragma once

#include "engine/datafilter.h"

#include <QCoreApplication>
#include <QString>

namespace acc {

// The filter in words, for the window's title, the header and every pack page.
struct FilterText
{
    Q_DECLARE_TR_FUNCTIONS(FilterText)
public:
    // "Segment: Retail · Region: North · Owner: Anna Berg"; empty for no filter.
    static QString describe(const DataFilter &filter);
    // The same, or "All customers" for no filter.
    static QString describeOrAll(const DataFilter &filter);
};

} // namespace acc
