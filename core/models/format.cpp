#include "format.h"

#include <QCoreApplication>

namespace acc::format {

// Both money forms are written from the integer cents, never through a double: a double
// holding currency units has no room left for the cents above 2^46 units (70 trillion),
// and INT64_MIN has no positive counterpart in a qint64.
namespace {

quint64 magnitudeOf(Cents cents)
{
    return cents < 0 ? quint64(0) - quint64(cents) : quint64(cents);
}

QString withSign(const QString &digits, bool negative, const QLocale &locale)
{
    return negative ? locale.negativeSign() + digits : digits;
}

} // namespace

QString money(Cents cents, const QString &currency, const QLocale &locale)
{
    const quint64 magnitude = magnitudeOf(cents);
    QString fraction = locale.toString(uint(magnitude % 100));
    if (magnitude % 100 < 10)
        fraction.prepend(locale.zeroDigit());
    return withSign(locale.toString(qulonglong(magnitude / 100)) + locale.decimalPoint() + fraction,
                    cents < 0, locale) +
           QChar(0x00A0) + currency;
}

QString moneyShort(Cents cents, const QString &currency, const QLocale &locale)
{
    // Rounded half away from zero; no sign on a figure that rounds to 0.
    const quint64 units = magnitudeOf(cents) / 100 + (magnitudeOf(cents) % 100 >= 50 ? 1 : 0);
    return withSign(locale.toString(qulonglong(units)), cents < 0 && units > 0, locale) + QChar(0x00A0) +
           currency;
}

QString moneyCompact(Cents cents, const QString &currency, const QLocale &locale)
{
    // Below a million whole units (as moneyShort rounds them) the whole figure.
    if (magnitudeOf(cents) / 100 + (magnitudeOf(cents) % 100 >= 50 ? 1 : 0) < 1'000'000)
        return moneyShort(cents, currency, locale);
    const double units = double(magnitudeOf(cents)) / 100.0;
    const bool billions = units >= 999.5e6;
    const double scaled = billions ? units / 1e9 : units / 1e6;
    // Three significant figures: 7.54, 75.4, 754.
    const int decimals = scaled >= 99.95 ? 0 : scaled >= 9.995 ? 1 : 2;
    const QString number = withSign(locale.toString(scaled, 'f', decimals), cents < 0, locale);
    const QString scaledText = billions ? QCoreApplication::translate("Format", "%1 bn").arg(number)
                                        : QCoreApplication::translate("Format", "%1 M").arg(number);
    return scaledText + QChar(0x00A0) + currency;
}

QString percent(const std::optional<double> &fraction, int decimals, const QLocale &locale)
{
    if (!fraction)
        return QCoreApplication::translate("Format", "n/a");
    return locale.toString(*fraction * 100.0, 'f', decimals) + QChar(0x00A0) + QLatin1Char('%');
}

QString date(Day d, const QLocale &locale)
{
    if (!hasDay(d))
        return {};
    Q_UNUSED(locale);
    return toDate(d).toString(Qt::ISODate);
}

QString periodShort(const Period &p, const QLocale &locale)
{
    switch (p.kind()) {
    case Period::Kind::Month:
        return locale.monthName(p.index(), QLocale::ShortFormat) + QLatin1Char(' ') +
               QString::number(p.yearNumber());
    case Period::Kind::Quarter:
        // "Q3 2026"; French and Spanish write "T3 2026".
        return QCoreApplication::translate("Format", "Q%1 %2").arg(p.index()).arg(p.yearNumber());
    case Period::Kind::Year:
        return QString::number(p.yearNumber());
    }
    return {};
}

QString periodLong(const Period &p, const QLocale &locale)
{
    switch (p.kind()) {
    case Period::Kind::Month:
        return locale.standaloneMonthName(p.index(), QLocale::LongFormat) + QLatin1Char(' ') +
               QString::number(p.yearNumber());
    case Period::Kind::Quarter:
        if (p.fiscalStart() != 1)
            return QCoreApplication::translate("Format", "FY%2 Q%1 (%3 to %4)")
                .arg(p.index())
                .arg(p.yearNumber())
                .arg(periodLong(Period::containing(Period::Kind::Month, p.start()), locale),
                     periodLong(Period::containing(Period::Kind::Month, p.end()), locale));
        return QCoreApplication::translate("Format", "Q%1 %2 (%3 to %4)")
            .arg(p.index())
            .arg(p.yearNumber())
            .arg(locale.standaloneMonthName(p.start().month(), QLocale::LongFormat),
                 locale.standaloneMonthName(p.end().month(), QLocale::LongFormat));
    case Period::Kind::Year:
        if (p.fiscalStart() != 1)
            return QCoreApplication::translate("Format", "FY%1 (%2 to %3)")
                .arg(p.yearNumber())
                .arg(periodLong(Period::containing(Period::Kind::Month, p.start()), locale),
                     periodLong(Period::containing(Period::Kind::Month, p.end()), locale));
        return QString::number(p.yearNumber());
    }
    return {};
}

} // namespace acc::format
