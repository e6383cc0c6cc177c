#include "period.h"

#include <QRegularExpression>

namespace acc {

Period Period::month(int year, int month)
{
    return Period(Kind::Month, year, month);
}

Period Period::quarter(int year, int quarter)
{
    return Period(Kind::Quarter, year, quarter);
}

Period Period::year(int year)
{
    return Period(Kind::Year, year, 1);
}

std::optional<Period> Period::parse(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})(?:-(?:(\\d{2})|[Qq]([1-4])))?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.captured(1).toInt();
    if (year < 1)
        return std::nullopt;
    if (!m.captured(2).isEmpty()) {
        const int month = m.captured(2).toInt();
        if (month < 1 || month > 12)
            return std::nullopt;
        return Period::month(year, month);
    }
    if (!m.captured(3).isEmpty())
        return Period::quarter(year, m.captured(3).toInt());
    return Period::year(year);
}

Period Period::containing(Kind kind, QDate date)
{
    switch (kind) {
    case Kind::Month:
        return month(date.year(), date.month());
    case Kind::Quarter:
        return quarter(date.year(), (date.month() - 1) / 3 + 1);
    case Kind::Year:
        return year(date.year());
    }
    return {};
}

QDate Period::start() const
{
    switch (m_kind) {
    case Kind::Month:
        return QDate(m_year, m_index, 1);
    case Kind::Quarter:
        return QDate(m_year, (m_index - 1) * 3 + 1, 1);
    case Kind::Year:
        return QDate(m_year, 1, 1);
    }
    return {};
}

QDate Period::end() const
{
    switch (m_kind) {
    case Kind::Month:
        return start().addMonths(1).addDays(-1);
    case Kind::Quarter:
        return start().addMonths(3).addDays(-1);
    case Kind::Year:
        return QDate(m_year, 12, 31);
    }
    return {};
}

QString Period::toString() const
{
    if (!isValid())
        return {};
    const QString y = QStringLiteral("%1").arg(m_year, 4, 10, QLatin1Char('0'));
    switch (m_kind) {
    case Kind::Month:
        return y + QStringLiteral("-%1").arg(m_index, 2, 10, QLatin1Char('0'));
    case Kind::Quarter:
        return y + QStringLiteral("-Q%1").arg(m_index);
    case Kind::Year:
        return y;
    }
    return {};
}

Period Period::shifted(int steps) const
{
    const int perYear = m_kind == Kind::Month ? 12 : m_kind == Kind::Quarter ? 4 : 1;
    const int ordinal = m_year * perYear + (m_index - 1) + steps;
    const int year = ordinal / perYear;
    const int index = ordinal % perYear + 1;
    return Period(m_kind, year, index);
}

QList<Period> Period::trendMonths(int count) const
{
    const Period last = containing(Kind::Month, end());
    QList<Period> out;
    out.reserve(count);
    for (int i = count - 1; i >= 0; --i)
        out.append(last.shifted(-i));
    return out;
}

QList<Period> Period::trendQuarters(int count) const
{
    const Period last = containing(Kind::Quarter, end());
    QList<Period> out;
    out.reserve(count);
    for (int i = count - 1; i >= 0; --i)
        out.append(last.shifted(-i));
    return out;
}

} // namespace acc
