#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace acc {

// Money is held as integer minor units (cents), never as floating point (DATA.md).
using Cents = qint64;

namespace money {

// The largest amount one row of orders.csv or spend.csv may hold, either sign:
// 10,000,000,000.00 (docs/import.md).
inline constexpr Cents kMaxAmount = 1'000'000'000'000;
// The most the absolute values of a company's order amounts may add up to, and separately
// its spend amounts: 2^46 currency units (70,368,744,177,664.00, i.e. 2^46 x 100 cents), so that
// any sum over a subset of the rows is exact in a qint64, and stays exact to the cent when
// written as a double of currency units (JSON): below 2^46 doubles are spaced less than a
// cent apart (docs/metrics.md).
inline constexpr Cents kMaxTotal = (Cents(1) << 46) * 100;

// Adds |amount| to *total, overflow-safe (INT64_MIN included); false, leaving *total
// unspecified, when the sum would pass kMaxTotal.
bool addMagnitude(quint64 *total, Cents amount);

// Parses DATA.md's money format: optional leading '-', digits, optionally '.' and one or
// two digits. "+5", ".5", "1,234.00", "12.345" and "" are rejected.
std::optional<Cents> parse(QStringView text);

// "1234.50", "-0.99": the plain decimal form used in CSV and JSON-adjacent text.
QString toDecimalString(Cents cents);
// "10,000,000,000.00": the same with a comma between thousands, for messages that quote
// a bound (the file's own format has no thousands separator).
QString toGroupedString(Cents cents);

// The value in currency units, for JSON and charts (exact to the cent for any
// amount below 2^46 x 100 cents).
inline double toUnits(Cents cents)
{
    return static_cast<double>(cents) / 100.0;
}

// Currency units (from JSON criteria or targets) to cents, rounded half away from zero.
Cents fromUnits(double units);

} // namespace money
} // namespace acc
