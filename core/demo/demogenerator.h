#pragma once

#include "engine/dataset.h"

#include <QDate>

namespace acc::demo {

struct Options
{
    int customers = 5000;
    quint32 seed = 42;
    // The last day with data: the demo covers the three years up to and including it.
    QDate lastDay;
};

// A realistic demo company, deterministic for a seed and last day (see docs/demo.md).
// Returns a finalize()d data set with company name and currency set.
Dataset generate(const Options &options);

} // namespace acc::demo
