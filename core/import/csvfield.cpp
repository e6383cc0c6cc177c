#include "csvfield.h"

namespace acc::csv {

namespace {

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// ^-?[0-9]+(\.[0-9]+)?$
bool isPlainNumber(const QString &text)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (i < n && text[i] == QLatin1Char('-'))
        ++i;
    const qsizetype intStart = i;
    while (i < n && isDigit(text[i]))
        ++i;
    if (i == intStart)
        return false;
    if (i == n)
        return true;
    if (text[i] != QLatin1Char('.'))
        return false;
    const qsizetype fracStart = ++i;
    while (i < n && isDigit(text[i]))
        ++i;
    return i > fracStart && i == n;
}

} // namespace

bool looksLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.front();
    const bool risky = c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
                       c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
    return risky && !isPlainNumber(text);
}

QString neutralise(const QString &text)
{
    return looksLikeFormula(text) ? QLatin1Char('\'') + text : text;
}

QString field(const QString &text)
{
    const bool formula = looksLikeFormula(text);
    const bool needsQuotes = formula || text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                             text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) ||
                             text.startsWith(QLatin1Char(' ')) || text.endsWith(QLatin1Char(' '));
    if (!needsQuotes)
        return text;
    QString q = formula ? QLatin1Char('\'') + text : text;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace acc::csv
