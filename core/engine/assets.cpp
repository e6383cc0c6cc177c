#include "assets.h"

#include "metricsutil.h"

#include <algorithm>
#include <map>

namespace acc {

namespace {

// By lost value desc, then customer_id asc in byte order (METRICS.md convention 11).
void sortLostCustomers(const Dataset &data, std::vector<LostCustomer> &lost)
{
    std::sort(lost.begin(), lost.end(), [&data](const LostCustomer &a, const LostCustomer &b) {
        if (a.value != b.value)
            return a.value > b.value;
        return metricsutil::idLess(data, a.customer, b.customer);
    });
}

// Revenue per day as a running sum, so any period's revenue costs two look-ups.
class DailyRevenue
{
public:
    explicit DailyRevenue(const Dataset &data)
    {
        if (data.orders.empty())
            return;
        Day last = data.orders.front().orderedOn;
        m_first = last;
        for (const OrderRecord &o : data.orders) {
            m_first = std::min(m_first, o.orderedOn);
            last = std::max(last, o.orderedOn);
        }
        m_prefix.assign(std::size_t(last - m_first) + 2, 0);
        for (const OrderRecord &o : data.orders)
            m_prefix[std::size_t(o.orderedOn - m_first) + 1] += o.amount;
        for (std::size_t i = 1; i < m_prefix.size(); ++i)
            m_prefix[i] += m_prefix[i - 1];
    }

    // Sum of the order amounts dated in [from, to].
    Cents between(Day from, Day to) const
    {
        if (m_prefix.empty() || to < from)
            return 0;
        return at(to) - at(from - 1);
    }

private:
    // Sum of the amounts dated on or before d.
    Cents at(Day d) const
    {
        if (d < m_first)
            return 0;
        const auto i = std::min(std::size_t(qint64(d) - m_first) + 1, m_prefix.size() - 1);
        return m_prefix[i];
    }

    Day m_first = 0;
    std::vector<Cents> m_prefix;
};

AssetsFigures figuresFor(const Dataset &data, const DailyRevenue &revenue, const Period &period, Day asOf,
                         std::vector<LostCustomer> *lost);

} // namespace

Cents annualValue(const Dataset &data, int customer, Day d)
{
    const auto range = data.ordersOf[static_cast<std::size_t>(customer)];
    const auto first = data.orders.begin() + range.begin;
    const auto last = data.orders.begin() + range.end;
    // Orders of one customer are sorted by day: find the window's first order, then add.
    auto it = std::lower_bound(first, last, d - 364,
                               [](const OrderRecord &o, Day day) { return o.orderedOn < day; });
    Cents sum = 0;
    for (; it != last && it->orderedOn <= d; ++it)
        sum += it->amount;
    return sum;
}

QString lossReasonLabel(const CustomerRecord &c)
{
    const QString reason = c.lossReason.trimmed();
    return reason.isEmpty() ? QStringLiteral("Unknown") : reason;
}

AssetsFigures computeAssetsFigures(const Dataset &data, const Period &period, Day asOf,
                                   std::vector<LostCustomer> *lost)
{
    return figuresFor(data, DailyRevenue(data), period, asOf, lost);
}

namespace {

AssetsFigures figuresFor(const Dataset &data, const DailyRevenue &revenue, const Period &period, Day asOf,
                         std::vector<LostCustomer> *lost)
{
    const PeriodDays days = PeriodDays::of(period, asOf);
    const Day dayBefore = days.start - 1;
    AssetsFigures f;
    f.period = period;
    std::map<QString, ReasonFigure> reasons;
    const int n = static_cast<int>(data.customers.size());
    for (int i = 0; i < n; ++i) {
        const CustomerRecord &c = data.customers[static_cast<std::size_t>(i)];
        if (days.contains(c.acquiredOn))
            ++f.gained;
        if (hasDay(c.wonBackOn) && days.contains(c.wonBackOn))
            ++f.wonBack;
        if (c.isActiveOn(dayBefore))
            ++f.activeStart;
        if (c.isActiveOn(days.stateDay))
            ++f.activeEnd;
        if (hasDay(c.lostOn) && days.contains(c.lostOn)) {
            ++f.lost;
            const Cents value = annualValue(data, i, c.lostOn);
            f.lostValue += value;
            const QString label = lossReasonLabel(c);
            ReasonFigure &r = reasons[label];
            r.reason = label;
            ++r.count;
            r.value += value;
            if (lost)
                lost->push_back({i, c.lostOn, value, label});
        }
    }
    f.net = f.gained + f.wonBack - f.lost;
    if (f.activeStart > 0)
        f.churnRate = double(f.lost) / double(f.activeStart);
    for (auto &[label, figure] : reasons)
        f.reasons.append(figure);
    std::sort(f.reasons.begin(), f.reasons.end(), [](const ReasonFigure &a, const ReasonFigure &b) {
        if (a.value != b.value)
            return a.value > b.value;
        if (a.count != b.count)
            return a.count > b.count;
        return a.reason < b.reason;
    });
    f.revenue = revenue.between(days.start, days.end);
    if (lost)
        sortLostCustomers(data, *lost);
    return f;
}

} // namespace

AssetsResult computeAssets(const Dataset &data, const Period &period)
{
    const Day asOf = data.asOf();
    const DailyRevenue revenue(data);
    AssetsResult result;
    result.figures = figuresFor(data, revenue, period, asOf, &result.lostCustomers);
    std::vector<LostCustomer> monthLost;
    for (const Period &m : period.trendMonths()) {
        monthLost.clear();
        result.trendMonths.append(figuresFor(data, revenue, m, asOf, &monthLost));
        result.trendLostCustomers.insert(result.trendLostCustomers.end(), monthLost.begin(), monthLost.end());
    }
    sortLostCustomers(data, result.trendLostCustomers);
    for (const Period &q : period.trendQuarters())
        result.trendQuarters.append(figuresFor(data, revenue, q, asOf, nullptr));
    return result;
}

} // namespace acc
