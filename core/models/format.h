#pragma once

#include "engine/dataset.h"
#include "engine/money.h"
#include "engine/period.h"

#include <QLocale>
#include <QString>

#include <optional>

namespace acc::format {

// How figures read on screen, in slides and in the PDF: one place, so they agree.
QString money(Cents cents, const QString &currency, const QLocale &locale = QLocale());
// Whole currency units with thousands separators ("12,480 EUR"), for charts and slides.
QString moneyShort(Cents cents, const QString &currency, const QLocale &locale = QLocale());
// moneyShort below a million; above, three significant figures with M or bn ("7.54 M EUR",
// "1.23 bn EUR"): the form a tile falls back on when the whole figure does not fit.
QString moneyCompact(Cents cents, const QString &currency, const QLocale &locale = QLocale());
QString percent(const std::optional<double> &fraction, int decimals = 1, const QLocale &locale = QLocale());
QString date(Day d, const QLocale &locale = QLocale());
// "Oct 2026", "Q3 2026", "2026".
QString periodShort(const Period &p, const QLocale &locale = QLocale());
// "October 2026", "Q3 2026 (July to September)", "2026".
QString periodLong(const Period &p, const QLocale &locale = QLocale());

} // namespace acc::format
