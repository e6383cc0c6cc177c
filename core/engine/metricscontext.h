#pragma once

#include "dataset.h"
#include "period.h"

namespace acc {

// The days one computation works with (METRICS.md, "Periods and dates").
struct PeriodDays
{
    Period period;
    Day start = kNoDay;
    Day end = kNoDay;
    // The day states are read on: min(end, as-of), or end when the data has no dates.
    Day stateDay = kNoDay;

    static PeriodDays of(const Period &p, Day asOf)
    {
        PeriodDays d;
        d.period = p;
        d.start = toDay(p.start());
        d.end = toDay(p.end());
        d.stateDay = hasDay(asOf) && asOf < d.end ? asOf : d.end;
        return d;
    }
    bool contains(Day day) const { return day >= start && day <= end; }
};

// window(d): the 365 days ending on d, d included.
inline bool inWindow(Day day, Day d)
{
    return day >= d - 364 && day <= d;
}

} // namespace acc
