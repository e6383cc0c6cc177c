#include "spend.h"

#include "metricsutil.h"

namespace acc {

SpendFigures computeSpendFigures(const Dataset &data, const PeriodDays &days, int activeEnd, Cents revenue)
{
    SpendFigures f;
    const QDate start = toDate(days.start);
    const QDate end = toDate(days.end);
    const int first = start.year() * 12 + start.month() - 1;
    const int last = end.year() * 12 + end.month() - 1;
    for (const SpendRecord &s : data.spend) {
        const int month = s.year * 12 + s.month - 1;
        if (month < first || month > last)
            continue;
        f.total += s.amount;
        f.byProgram[s.program] += s.amount;
    }
    f.spendPerActiveCustomer = metricsutil::ratio(money::toUnits(f.total), activeEnd);
    f.revenuePerSpend = metricsutil::ratio(double(revenue), double(f.total));
    return f;
}

} // namespace acc
