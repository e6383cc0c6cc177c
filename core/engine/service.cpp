#include "service.h"

#include "metricsutil.h"

#include <algorithm>

namespace acc {

using namespace metricsutil;

bool isOverdue(const Dataset &data, int customer, Day d, std::vector<int> *scratch)
{
    std::vector<int> local;
    std::vector<int> &gaps = scratch ? *scratch : local;
    gaps.clear();
    const OrderSpan span = ordersOf(data, customer);
    const OrderRecord *end = firstOrderAfter(span, d);
    Day previous = kNoDay;
    for (const OrderRecord *o = span.first; o != end; ++o) {
        if (o->isRefund() || o->orderedOn == previous)
            continue;
        if (hasDay(previous))
            gaps.push_back(o->orderedOn - previous);
        previous = o->orderedOn;
    }
    if (gaps.empty()) // fewer than two distinct order days
        return false;
    const double medianGap = *median(gaps);
    return double(d - previous) > 2.0 * medianGap;
}

ServiceFigures computeServiceFigures(const Dataset &data, const PeriodDays &days)
{
    ServiceFigures f;
    std::vector<int> resolution;
    int withinSla = 0;
    for (const ContactRecord &c : data.contacts) {
        if (!days.contains(c.occurredOn))
            continue;
        if (c.category == ContactCategory::Rescue) {
            ++f.rescueContacts;
            const Day lost = data.customers[std::size_t(c.customer)].lostOn;
            // A loss in (occurred_on, occurred_on + 90], even past the period or won back later.
            const bool lostAfter = hasDay(lost) && lost > c.occurredOn && lost <= c.occurredOn + 90;
            if (!lostAfter)
                ++f.rescued;
        }
        if (c.complaint) {
            ++f.complaints;
            if (hasDay(c.resolvedOn)) {
                const int daysTaken = c.resolvedOn - c.occurredOn;
                resolution.push_back(daysTaken);
                if (daysTaken <= data.slaDays)
                    ++withinSla;
            }
        }
    }
    f.rescueRate = ratio(f.rescued, f.rescueContacts);
    f.resolvedWithinSla = ratio(withinSla, f.complaints);
    f.medianResolutionDays = median(resolution);

    const Day d = days.stateDay;
    std::vector<int> scratch;
    const int n = int(data.customers.size());
    for (int i = 0; i < n; ++i) {
        if (data.customers[std::size_t(i)].isActiveOn(d) && isOverdue(data, i, d, &scratch))
            f.overdueCustomers.push_back(i);
    }
    std::sort(f.overdueCustomers.begin(), f.overdueCustomers.end(),
              [&data](int a, int b) { return idLess(data, a, b); });
    return f;
}

} // namespace acc
