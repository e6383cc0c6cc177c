#pragma once

#include "engine/dataset.h"

#include <QByteArrayView>
#include <QString>

#include <optional>
#include <vector>

namespace acc::import {

// How dates are written in a file: ISO 8601 (DATA.md's default) or a format the user
// names on import, built from yyyy, MM, M, dd, d and literal separators ("dd.MM.yyyy",
// "M/d/yyyy"). A timestamp keeps its date: "2024-03-05T23:10:00+02:00" is 2024-03-05.
class DateFormat final
{
public:
    DateFormat() = default; // ISO 8601

    // Compiles a user's format; on failure sets *error to what is wrong with it.
    static std::optional<DateFormat> compile(const QString &pattern, QString *error);

    bool isIso() const { return m_tokens.empty(); }
    // The format as a person reads it in a message: "YYYY-MM-DD" or the user's pattern.
    QString display() const;
    std::optional<Day> parse(QByteArrayView text) const;

private:
    enum class Token : char { Year4, Month2, Month12, Day2, Day12, Literal };
    struct Part
    {
        Token token;
        char literal;
    };
    std::vector<Part> m_tokens;
    QString m_pattern;
};

// YYYY-MM-DD, optionally followed by Thh:mm[:ss[.fff]][Z|+hh:mm|-hh:mm|+hhmm|+hh].
std::optional<Day> parseIsoDate(QByteArrayView text);
// YYYY-MM with a month from 01 to 12: the year times 12 plus the month minus one.
std::optional<int> parseMonth(QByteArrayView text);
// true/false, yes/no, 1/0, y/n in any case; empty is false.
std::optional<bool> parseBool(QByteArrayView text);
// A plain whole number: optional '-', then digits (at most 9). "+5", "7.0", " 7" fail.
std::optional<int> parseWholeNumber(QByteArrayView text);
// DATA.md money through money::parse, without allocating.
std::optional<Cents> parseMoney(QByteArrayView text);
// Written as DATA.md money (optional '-', digits, optionally '.' and one or two digits),
// however many digits: tells "too large" from "not a number" when parseMoney fails.
bool isMoneySyntax(QByteArrayView text);
// Index of the word matching text without regard to case, or -1.
int parseEnum(QByteArrayView text, const std::vector<QByteArrayView> &words);

// Surrounding ASCII spaces and tabs removed.
QByteArrayView trimmed(QByteArrayView text);
// Writes a valid day as "YYYY-MM-DD" (10 bytes) into out.
void formatDay(Day day, char *out);

} // namespace acc::import
