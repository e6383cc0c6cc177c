#include "format.h"

#include <QCoreApplication>

namespace acc::format {

QString money(Cents cents, const QString &currency, const QLocale &locale)
{
    return locale.toString(money::toUnits(cents), 'f', 2) + QChar(0x00A0) + currency;
}

QString moneyShort(Cents cents, const QString &currency, const QLocale &locale)
{
    const double units = money::toUnits(cents);
    return locale.toString(units, 'f', 0) + QChar(0x00A0) + currency;
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
        return QStringLiteral("Q%1 %2").arg(p.index()).arg(p.yearNumber());
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
        return QCoreApplication::translate("Format", "Q%1 %2 (%3 to %4)")
            .arg(p.index())
            .arg(p.yearNumber())
            .arg(locale.standaloneMonthName(p.start().month(), QLocale::LongFormat),
                 locale.standaloneMonthName(p.end().month(), QLocale::LongFormat));
    case Period::Kind::Year:
        return QString::number(p.yearNumber());
    }
    return {};
}

} // namespace acc::format
