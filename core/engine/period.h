#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace acc {

// A reporting period: a month (2026-10), a quarter (2026-Q3) or a year (2026),
// always an inclusive range of dates [start, end] (METRICS.md, "Periods and dates").
//
// Quarters and years follow the company's fiscal year, which starts on the first day of
// `fiscalStart` (1 = January, the calendar year). A fiscal year is named by the calendar
// year in which it ends: with fiscalStart 4, "2026" runs from 2025-04-01 to 2026-03-31
// and "2026-Q1" is April to June 2025. Months are calendar months whatever the fiscal year.
// docs/settings.md.
class Period final
{
public:
    enum class Kind { Month, Quarter, Year };

    Period() = default;
    static Period month(int year, int month);
    static Period quarter(int year, int quarter, int fiscalStart = 1);
    static Period year(int year, int fiscalStart = 1);

    // Parses "2026-10", "2026-Q3" (or "2026-q3") and "2026". Anything else is std::nullopt.
    static std::optional<Period> parse(const QString &text, int fiscalStart = 1);
    // The month, quarter or year that holds the given date.
    static Period containing(Kind kind, QDate date, int fiscalStart = 1);

    // The first month of the fiscal year this period's quarters and years follow (1..12).
    int fiscalStart() const { return m_fiscalStart; }
    // The same month, quarter or year read under another fiscal year ("2026-Q1" stays
    // "2026-Q1", its dates move). An out-of-range month means January.
    Period withFiscalStart(int fiscalStart) const;

    bool isValid() const { return m_year > 0; }
    Kind kind() const { return m_kind; }
    int yearNumber() const { return m_year; }
    // 1..12 for a month, 1..4 for a quarter, 1 for a year.
    int index() const { return m_index; }

    QDate start() const;
    QDate end() const;
    bool contains(QDate d) const { return d >= start() && d <= end(); }

    QString toString() const;

    Period previous() const { return shifted(-1); }
    Period next() const { return shifted(1); }
    Period shifted(int steps) const;

    // The 13 months ending with this period's last month (oldest first).
    QList<Period> trendMonths(int count = 13) const;
    // The 8 quarters ending with the quarter that holds this period's end (oldest first).
    QList<Period> trendQuarters(int count = 8) const;

    friend bool operator==(const Period &, const Period &) = default;

private:
    Period(Kind kind, int year, int index, int fiscalStart = 1)
        : m_kind(kind)
        , m_year(year)
        , m_index(index)
        , m_fiscalStart(fiscalStart)
    {}
    // The calendar month (year * 12 + month - 1) this period starts in.
    int startMonthOrdinal() const;

    Kind m_kind = Kind::Month;
    int m_year = 0;
    int m_index = 0;
    int m_fiscalStart = 1;
};

} // namespace acc
