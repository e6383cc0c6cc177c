#include "operationsdrilldown.h"

#include "bestdrilldown.h"
#include "engine/metricsutil.h"
#include "engine/operations.h"

#include <algorithm>
#include <vector>

namespace acc::operationsdrilldown {

void sortCustomers(const Dataset &data, const CustomerFacts *facts, QList<int> &customers)
{
    if (facts && facts->rows.size() == data.customers.size()) {
        bestdrilldown::sortByRevenue(data, *facts, customers);
        return;
    }
    std::sort(customers.begin(), customers.end(),
              [&data](int a, int b) { return metricsutil::idLess(data, a, b); });
}

TouchpointCustomers touchpointCustomers(const Dataset &data, const PeriodDays &days,
                                        const QString &touchpoint, const CustomerFacts *facts)
{
    TouchpointCustomers out;
    const int n = int(data.customers.size());
    const ContactRecord *contacts = data.contacts.data();
    for (int i = 0; i < n; ++i) {
        const auto range = data.contactsOf[std::size_t(i)];
        const Day lost = data.customers[std::size_t(i)].lostOn;
        bool seen = false;
        bool lostAfter = false;
        for (const ContactRecord *k = contacts + range.begin; k != contacts + range.end; ++k) {
            if (!days.contains(k->occurredOn) || k->touchpoint != touchpoint)
                continue;
            seen = true;
            if (hasDay(lost) && lost > k->occurredOn && lost <= k->occurredOn + kLossAfterContactDays)
                lostAfter = true;
        }
        if (seen)
            out.customers.append(i);
        if (lostAfter)
            out.lost.append(i);
    }
    sortCustomers(data, facts, out.customers);
    sortCustomers(data, facts, out.lost);
    return out;
}

QList<int> categoryCustomers(const Dataset &data, const PeriodDays &days, ContactCategory category,
                             const CustomerFacts *facts)
{
    QList<int> out;
    const int n = int(data.customers.size());
    const ContactRecord *contacts = data.contacts.data();
    for (int i = 0; i < n; ++i) {
        const auto range = data.contactsOf[std::size_t(i)];
        for (const ContactRecord *k = contacts + range.begin; k != contacts + range.end; ++k) {
            if (k->category == category && days.contains(k->occurredOn)) {
                out.append(i);
                break;
            }
        }
    }
    sortCustomers(data, facts, out);
    return out;
}

std::array<int, kContactCategoryCount> customersByCategory(const Dataset &data, const PeriodDays &days)
{
    std::array<int, kContactCategoryCount> counts{};
    std::vector<unsigned char> seen(data.customers.size(), 0);
    for (const ContactRecord &k : data.contacts) {
        if (!days.contains(k.occurredOn) || k.customer < 0)
            continue;
        const unsigned char bit = static_cast<unsigned char>(1u << unsigned(k.category));
        unsigned char &mask = seen[std::size_t(k.customer)];
        if (!(mask & bit)) {
            mask |= bit;
            ++counts[std::size_t(k.category)];
        }
    }
    return counts;
}

} // namespace acc::operationsdrilldown
