#include "period.h"

#include <QRegularExpression>

namespace acc {

Period Period::month(int year, int month)
{
    return Period(Kind::Month, year, month);
}

namespace {

int validFiscalStart(int month)
{
    return month >= 1 && month <= 12 ? month : 1;
}

// The calendar month ordinal (year * 12 + month - 1) of the first month of fiscal year
// `year`: a fiscal year not starting in January begins in the calendar year before.
int fiscalYearStartOrdinal(int year, int fiscalStart)
{
    return (fiscalStart > 1 ? year - 1 : year) * 12 + fiscalStart - 1;
}

} // namespace

Period Period::quarter(int year, int quarter, int fiscalStart)
{
    return Period(Kind::Quarter, year, quarter, validFiscalStart(fiscalStart));
}

Period Period::year(int year, int fiscalStart)
{
    return Period(Kind::Year, year, 1, validFiscalStart(fiscalStart));
}

Period Period::withFiscalStart(int fiscalStart) const
{
    // A month keeps the fiscal start too: its dates do not depend on it, but the quarters
    // of its trends and the quarter or year it widens to do.
    Period p = *this;
    p.m_fiscalStart = validFiscalStart(fiscalStart);
    return p;
}

std::optional<Period> Period::parse(const QString &text, int fiscalStart)
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
        return Period::month(year, month).withFiscalStart(fiscalStart);
    }
    if (!m.captured(3).isEmpty())
        return Period::quarter(year, m.captured(3).toInt(), fiscalStart);
    return Period::year(year, fiscalStart);
}

Period Period::containing(Kind kind, QDate date, int fiscalStart)
{
    fiscalStart = validFiscalStart(fiscalStart);
    // Months since the start of fiscal year 0's first month.
    const int offset = date.year() * 12 + date.month() - 1 - fiscalYearStartOrdinal(0, fiscalStart);
    const int fiscalYear = offset / 12;
    switch (kind) {
    case Kind::Month:
        return month(date.year(), date.month()).withFiscalStart(fiscalStart);
    case Kind::Quarter:
        return quarter(fiscalYear, offset % 12 / 3 + 1, fiscalStart);
    case Kind::Year:
        return year(fiscalYear, fiscalStart);
    }
    return {};
}

int Period::startMonthOrdinal() const
{
    switch (m_kind) {
    case Kind::Month:
        return m_year * 12 + m_index - 1;
    case Kind::Quarter:
        return fiscalYearStartOrdinal(m_year, m_fiscalStart) + (m_index - 1) * 3;
    case Kind::Year:
        return fiscalYearStartOrdinal(m_year, m_fiscalStart);
    }
    return 0;
}

QDate Period::start() const
{
    if (!isValid())
        return {};
    const int ordinal = startMonthOrdinal();
    return QDate(ordinal / 12, ordinal % 12 + 1, 1);
}

QDate Period::end() const
{
    if (!isValid())
        return {};
    const int months = m_kind == Kind::Month ? 1 : m_kind == Kind::Quarter ? 3 : 12;
    return start().addMonths(months).addDays(-1);
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
    return Period(m_kind, year, index, m_fiscalStart);
}

QList<Period> Period::trendMonths(int count) const
{
    const Period last = containing(Kind::Month, end(), m_fiscalStart);
    QList<Period> out;
    out.reserve(count);
    for (int i = count - 1; i >= 0; --i)
        out.append(last.shifted(-i));
    return out;
}

QList<Period> Period::trendQuarters(int count) const
{
    const Period last = containing(Kind::Quarter, end(), m_fiscalStart);
    QList<Period> out;
    out.reserve(count);
    for (int i = count - 1; i >= 0; --i)
        out.append(last.shifted(-i));
    return out;
}

} // namespace acc
