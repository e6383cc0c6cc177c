#pragma once

#include <QString>

namespace acc::csv {

// CSV that Accountable writes (the table export, the import's list of problems) is read
// by people in spreadsheet programs, which run a cell that starts with "=", "+", "-" or
// "@" as a formula (tab and carriage return can hide such a start). OWASP's advice
// ("CSV injection") is followed: such a field gets a leading single quote and is quoted.
// A plain number ("-4.99", "-12": ^-?[0-9]+(\.[0-9]+)?$) stays as it is, so numbers
// remain numbers; "+5" is not a plain number and is neutralised.

// True when a spreadsheet could take the text for a formula.
bool looksLikeFormula(const QString &text);

// The text with a leading ' when it looks like a formula; otherwise unchanged.
QString neutralise(const QString &text);

// One RFC 4180 field: neutralised, then quoted (inner quotes doubled) when it holds a
// comma, a quote, a line break, a leading or trailing space, or was neutralised.
QString field(const QString &text);

} // namespace acc::csv
