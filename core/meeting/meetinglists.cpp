#include "meetinglists.h"

#include "engine/dataset.h"

#include <algorithm>

namespace acc::meetinglists {

std::vector<LostCustomer> wonBack(const Dataset &data, const Period &period)
{
    const Day from = toDay(period.start());
    const Day to = toDay(period.end());
    std::vector<LostCustomer> out;
    for (int i = 0; i < int(data.customers.size()); ++i) {
        const CustomerRecord &c = data.customers[std::size_t(i)];
        if (!hasDay(c.wonBackOn) || c.wonBackOn < from || c.wonBackOn > to)
            continue;
        // Import refuses won_back_on without lost_on; a row without one still counts.
        const Cents value = hasDay(c.lostOn) ? annualValue(data, i, c.lostOn) : 0;
        out.push_back({i, c.lostOn, value, lossReasonLabel(c)});
    }
    std::sort(out.begin(), out.end(), [&data](const LostCustomer &a, const LostCustomer &b) {
        if (a.value != b.value)
            return a.value > b.value;
        return data.customers[std::size_t(a.customer)].customerId <
               data.customers[std::size_t(b.customer)].customerId;
    });
    return out;
}

} // namespace acc::meetinglists
