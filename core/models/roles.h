#pragma once

#include <Qt>

namespace acc {

// Custom item roles shared by core's models. Qt::DisplayRole is always the formatted text
// a person reads (and a CSV export writes); these carry the raw values.
enum class Role : int {
    Value = Qt::UserRole + 1, // the raw number (double or int) behind a figure, for charts
    Sort,                     // a key that sorts correctly (numbers, dates as day numbers)
    CustomerIndex,            // index into Dataset::customers
    DayNumber,                // a date as a Julian day number
    PeriodText,               // a period's canonical text ("2026-10")
    Text,                     // a text column's exact text as stored (exports, keys); DisplayRole
                              // shows it safe and shortened (models/displaytext.h)
};

constexpr int roleId(Role r)
{
    return static_cast<int>(r);
}

} // namespace acc
