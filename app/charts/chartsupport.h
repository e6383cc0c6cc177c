#pragma once

#include "theme/theme.h"

#include <QtCharts/QChart>
#include <QtCharts/QValueAxis>

namespace acc::charts {

// A value axis from 0 to a round number above maxValue, with round steps (1, 2, 2.5 or 5
// times a power of ten) and at most about six ticks; integer steps for counts.
void setNiceRange(QValueAxis *axis, double maxValue, bool integers);

// Title, fonts, colours and margins every chart of the application shares.
void applyStyle(QChart *chart, const theme::ChartStyle &style);
void styleAxis(QAbstractAxis *axis, const theme::ChartStyle &style);

} // namespace acc::charts
