#pragma once

#include "demo/demogenerator.h"

#include <QDate>

namespace acc::test {

// The demo tests use a last day at the end of a quarter: 2026-03-31. The three years
// before it start on 2023-04-01, and the story's last quarter is 2026-Q1.
inline const QDate kDemoLastDay(2026, 3, 31);

inline demo::Options demoOptions(int customers, quint32 seed, QDate lastDay = kDemoLastDay)
{
    demo::Options o;
    o.customers = customers;
    o.seed = seed;
    o.lastDay = lastDay;
    return o;
}

} // namespace acc::test
