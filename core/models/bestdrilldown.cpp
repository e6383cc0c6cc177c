#include "bestdrilldown.h"

#include "engine/best.h"
#include "engine/metricscontext.h"
#include "engine/metricsutil.h"

#include <QSet>

#include <algorithm>

namespace acc::bestdrilldown {

void sortByRevenue(const Dataset &data, const CustomerFacts &facts, QList<int> &customers)
{
    std::sort(customers.begin(), customers.end(), [&](int a, int b) {
        const CustomerFact &fa = facts.rows[std::size_t(a)];
        const CustomerFact &fb = facts.rows[std::size_t(b)];
        if (fa.revenue12m != fb.revenue12m)
            return fa.revenue12m > fb.revenue12m;
        if (fa.lifetimeValue != fb.lifetimeValue)
            return fa.lifetimeValue > fb.lifetimeValue;
        return metricsutil::idLess(data, a, b);
    });
}

namespace {

bool inGroup(const CustomerFact &f, Group group)
{
    return group == Group::Best ? f.best : (f.active && !f.best);
}

} // namespace

QList<int> categoryCustomers(const Dataset &data, const CustomerFacts &facts, Group group,
                             const QStringList &categories)
{
    QList<int> out;
    if (categories.isEmpty() || facts.rows.size() != data.customers.size())
        return out;
    const QSet<QString> wanted(categories.cbegin(), categories.cend());
    const bool unknown = wanted.contains(QStringLiteral("Unknown"));
    const Day d = facts.day;
    for (std::size_t i = 0; i < facts.rows.size(); ++i) {
        if (!inGroup(facts.rows[i], group))
            continue;
        const metricsutil::OrderSpan span = metricsutil::ordersOf(data, int(i));
        for (const OrderRecord *o = metricsutil::firstOrderFrom(span, d - 364);
             o != span.last && o->orderedOn <= d; ++o) {
            if (o->category.isEmpty() ? unknown : wanted.contains(o->category)) {
                out.append(int(i));
                break;
            }
        }
    }
    sortByRevenue(data, facts, out);
    return out;
}

QList<int> stageCustomers(const Dataset &data, const CustomerFacts &facts, int stage)
{
    QList<int> out;
    if (facts.rows.size() != data.customers.size())
        return out;
    for (std::size_t i = 0; i < facts.rows.size(); ++i) {
        if (facts.rows[i].active && stageIndex(data.customers[i].stage) == stage)
            out.append(int(i));
    }
    sortByRevenue(data, facts, out);
    return out;
}

} // namespace acc::bestdrilldown
