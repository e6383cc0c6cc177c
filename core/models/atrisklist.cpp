#include "atrisklist.h"

#include "engine/assets.h"
#include "engine/metricsutil.h"

#include <algorithm>

namespace acc {

AtRiskList buildAtRiskList(const Dataset &data, const MetricsReport &report)
{
    AtRiskList list;
    const Day d = report.days.stateDay;
    list.day = d;
    const CustomerBaseFigures &model = report.service.model;
    list.modelComputed = report.modelComputed;
    list.modelFitted = report.modelComputed && model.bgnbdFitted;
    list.problem = model.problem;

    std::vector<int> slot(data.customers.size(), -1); // customer -> row
    auto rowOf = [&](int customer) -> AtRiskEntry & {
        int &s = slot[std::size_t(customer)];
        if (s < 0) {
            s = int(list.rows.size());
            AtRiskEntry e;
            e.customer = customer;
            list.rows.push_back(e);
        }
        return list.rows[std::size_t(s)];
    };
    for (const int c : report.service.overdueCustomers)
        rowOf(c).overdue = true;
    for (const AtRiskCustomer &a : model.atRisk)
        rowOf(a.customer).unlikely = true;

    for (AtRiskEntry &e : list.rows) {
        e.revenue12m = annualValue(data, e.customer, d);
        // The model's rows are by customer index.
        const auto it = std::lower_bound(
            model.customers.begin(), model.customers.end(), e.customer,
            [](const CustomerModelFigures &m, int customer) { return m.customer < customer; });
        if (it != model.customers.end() && it->customer == e.customer) {
            e.pAlive = it->pAlive;
            e.expectedValue12m = it->expectedValue12m;
        }
        const metricsutil::OrderSpan span = metricsutil::ordersOf(data, e.customer);
        for (const OrderRecord *o = metricsutil::firstOrderAfter(span, d); o != span.first;) {
            --o;
            if (!o->isRefund()) {
                e.lastOrder = o->orderedOn;
                e.daysSinceLastOrder = d - o->orderedOn;
                break;
            }
        }
        list.overdue += e.overdue ? 1 : 0;
        list.unlikely += e.unlikely ? 1 : 0;
        list.valueAtStake += e.revenue12m;
        if (e.expectedValue12m)
            list.expectedValue12m = list.expectedValue12m.value_or(0.0) + *e.expectedValue12m;
    }
    std::sort(list.rows.begin(), list.rows.end(), [&data](const AtRiskEntry &a, const AtRiskEntry &b) {
        if (a.revenue12m != b.revenue12m)
            return a.revenue12m > b.revenue12m;
        return metricsutil::idLess(data, a.customer, b.customer);
    });
    return list;
}

} // namespace acc
