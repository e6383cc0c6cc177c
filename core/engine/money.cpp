#include "money.h"

#include <cmath>
#include <limits>

namespace acc::money {

std::optional<Cents> parse(QStringView text)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    bool negative = false;
    if (i < n && text[i] == u'-') {
        negative = true;
        ++i;
    }
    const qsizetype intStart = i;
    Cents units = 0;
    constexpr Cents kLimit = std::numeric_limits<Cents>::max() / 1000;
    while (i < n && text[i] >= u'0' && text[i] <= u'9') {
        units = units * 10 + (text[i].unicode() - u'0');
        if (units > kLimit)
            return std::nullopt;
        ++i;
    }
    if (i == intStart)
        return std::nullopt; // no integer digits: "", "-", ".5"
    int fraction = 0;
    if (i < n && text[i] == u'.') {
        ++i;
        const qsizetype fracStart = i;
        while (i < n && text[i] >= u'0' && text[i] <= u'9') {
            if (i - fracStart == 2)
                return std::nullopt; // a third decimal: never accumulated, so never overflows
            fraction = fraction * 10 + (text[i].unicode() - u'0');
            ++i;
        }
        const qsizetype digits = i - fracStart;
        if (digits < 1 || digits > 2)
            return std::nullopt;
        if (digits == 1)
            fraction *= 10;
    }
    if (i != n)
        return std::nullopt;
    const Cents cents = units * 100 + fraction;
    return negative ? -cents : cents;
}

namespace {

quint64 magnitudeOf(Cents cents)
{
    return cents < 0 ? quint64(0) - quint64(cents) : quint64(cents);
}

QString decimalText(Cents cents, bool grouped)
{
    const quint64 magnitude = magnitudeOf(cents);
    QString units = QString::number(magnitude / 100);
    if (grouped) {
        for (qsizetype i = units.size() - 3; i > 0; i -= 3)
            units.insert(i, QLatin1Char(','));
    }
    QString out =
        units + QLatin1Char('.') + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return cents < 0 ? QLatin1Char('-') + out : out;
}

} // namespace

bool addMagnitude(quint64 *total, Cents amount)
{
    // Both terms are at most 2^63, so the unsigned sum cannot wrap.
    *total += magnitudeOf(amount);
    return *total <= quint64(kMaxTotal);
}

QString toDecimalString(Cents cents)
{
    return decimalText(cents, false);
}

QString toGroupedString(Cents cents)
{
    return decimalText(cents, true);
}

Cents fromUnits(double units)
{
    return static_cast<Cents>(std::llround(units * 100.0));
}

} // namespace acc::money
