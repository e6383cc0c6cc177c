#include "criteriapreview.h"

#include "engine/metricsutil.h"

#include <algorithm>
#include <iterator>

namespace acc {

using namespace metricsutil;

CriteriaPreview::CriteriaPreview(std::shared_ptr<const Dataset> data, Day day, std::vector<int> inForce)
    : m_data(std::move(data))
    , m_day(day)
    , m_inForce(std::move(inForce))
{
    std::sort(m_inForce.begin(), m_inForce.end());
    m_inForce.erase(std::unique(m_inForce.begin(), m_inForce.end()), m_inForce.end());
}

void CriteriaPreview::prepare()
{
    if (m_evaluator)
        return;
    const Dataset &data = *m_data;
    m_evaluator = std::make_unique<CriteriaEvaluator>(data, m_day);
    const std::size_t n = data.customers.size();
    m_windowRevenue.assign(n, 0);
    m_lifetime.assign(n, 0);
    for (std::size_t c = 0; c < n; ++c) {
        const OrderSpan span = ordersOf(data, int(c));
        const OrderRecord *windowStart = firstOrderFrom(span, m_day - 364);
        Cents lifetime = 0;
        Cents window = 0;
        for (const OrderRecord *o = span.first; o != span.last && o->orderedOn <= m_day; ++o) {
            lifetime += o->amount;
            if (o >= windowStart)
                window += o->amount;
        }
        m_lifetime[c] = lifetime;
        m_windowRevenue[c] = window;
        m_totalWindowRevenue += window;
    }
    // The set in force only ever names customers of this data set.
    m_inForce.erase(std::remove_if(m_inForce.begin(), m_inForce.end(),
                                   [n](int c) { return c < 0 || std::size_t(c) >= n; }),
                    m_inForce.end());
}

PreviewFigures CriteriaPreview::figuresOf(const std::vector<int> &selected) const
{
    PreviewFigures f;
    f.count = int(selected.size());
    f.windowRevenue = m_totalWindowRevenue;
    for (int c : selected)
        f.bestWindowRevenue += m_windowRevenue[std::size_t(c)];
    f.revenueShare = ratio(double(f.bestWindowRevenue), double(f.windowRevenue));
    return f;
}

PreviewFigures CriteriaPreview::compute(const CriteriaSet &set)
{
    const std::lock_guard lock(m_mutex);
    prepare();
    const std::vector<int> selected = m_evaluator->select(set); // ascending
    PreviewFigures f = figuresOf(selected);
    std::vector<int> joining;
    std::vector<int> leaving;
    std::set_difference(selected.begin(), selected.end(), m_inForce.begin(), m_inForce.end(),
                        std::back_inserter(joining));
    std::set_difference(m_inForce.begin(), m_inForce.end(), selected.begin(), selected.end(),
                        std::back_inserter(leaving));
    const Dataset &data = *m_data;
    auto ranked = [&](std::vector<int> &customers) {
        std::sort(customers.begin(), customers.end(), [&](int a, int b) {
            const Cents la = m_lifetime[std::size_t(a)];
            const Cents lb = m_lifetime[std::size_t(b)];
            if (la != lb)
                return la > lb;
            return idLess(data, a, b);
        });
        std::vector<PreviewCustomer> out;
        out.reserve(customers.size());
        for (int c : customers)
            out.push_back({c, data.customers[std::size_t(c)].name, m_lifetime[std::size_t(c)]});
        return out;
    };
    f.joining = ranked(joining);
    f.leaving = ranked(leaving);
    return f;
}

PreviewFigures CriteriaPreview::inForce()
{
    const std::lock_guard lock(m_mutex);
    prepare();
    return figuresOf(m_inForce);
}

} // namespace acc
