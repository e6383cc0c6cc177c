#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace acc {

// Money is held as integer minor units (cents), never as floating point (DATA.md).
using Cents = qint64;

namespace money {

// Parses DATA.md's money format: optional leading '-', digits, optionally '.' and one or
// two digits. "+5", ".5", "1,234.00", "12.345" and "" are rejected.
std::optional<Cents> parse(QStringView text);

// "1234.50", "-0.99": the plain decimal form used in CSV and JSON-adjacent text.
QString toDecimalString(Cents cents);

// The value in currency units, for JSON and charts (exact to the cent for any
// amount below 2^53 cents).
inline double toUnits(Cents cents)
{
    return static_cast<double>(cents) / 100.0;
}

// Currency units (from JSON criteria or targets) to cents, rounded half away from zero.
Cents fromUnits(double units);

} // namespace money
} // namespace acc
