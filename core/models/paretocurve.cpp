#include "paretocurve.h"

#include "engine/metricsutil.h"

#include <algorithm>

namespace acc {

ParetoCurve ParetoCurve::compute(const Dataset &data, const CustomerFacts &facts, Cents windowRevenue,
                                 int maxPoints)
{
    ParetoCurve curve;
    curve.windowRevenue = windowRevenue;
    if (facts.rows.size() != data.customers.size())
        return curve;
    // (revenue, customer) pairs: the sort compares numbers in place and reads ids only on a tie.
    std::vector<std::pair<Cents, int>> ranked;
    for (std::size_t i = 0; i < facts.rows.size(); ++i) {
        if (facts.rows[i].revenue12m > 0)
            ranked.emplace_back(facts.rows[i].revenue12m, int(i));
    }
    std::sort(ranked.begin(), ranked.end(), [&](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first > b.first;
        return metricsutil::idLess(data, a.second, b.second);
    });
    const int n = int(ranked.size());
    curve.customers = n;
    curve.topCount = int((qint64(n) * 20 + 99) / 100);
    if (windowRevenue <= 0)
        return curve;

    // Which k to keep: all of them for a small company, else an even spread and the 20 % mark.
    maxPoints = std::max(maxPoints, 2);
    std::vector<int> keep;
    if (n <= maxPoints) {
        for (int k = 0; k <= n; ++k)
            keep.push_back(k);
    } else {
        for (int i = 0; i <= maxPoints; ++i)
            keep.push_back(int(qint64(n) * i / maxPoints));
        keep.push_back(curve.topCount);
        std::sort(keep.begin(), keep.end());
        keep.erase(std::unique(keep.begin(), keep.end()), keep.end());
    }

    const double total = double(windowRevenue);
    Cents sum = 0;
    Cents best = 0;
    std::size_t next = 0;
    auto addPoint = [&](int k) {
        curve.points.push_back(
            {k, n > 0 ? double(k) / double(n) : 0.0, double(sum) / total, double(best) / total});
        ++next;
    };
    if (keep.front() == 0)
        addPoint(0);
    for (int k = 1; k <= n; ++k) {
        const CustomerFact &f = facts.rows[std::size_t(ranked[std::size_t(k - 1)].second)];
        sum += f.revenue12m;
        if (f.best) {
            best += f.revenue12m;
            ++curve.bestCustomers;
        }
        if (k == curve.topCount)
            curve.topRevenue = sum;
        if (next < keep.size() && keep[next] == k)
            addPoint(k);
    }
    curve.topShare = double(curve.topRevenue) / total;
    return curve;
}

double ParetoCurve::revenueShareAt(double customerShare) const
{
    if (points.empty())
        return 0;
    const auto after = std::lower_bound(points.begin(), points.end(), customerShare,
                                        [](const ParetoPoint &p, double x) { return p.customerShare < x; });
    if (after == points.end())
        return points.back().revenueShare;
    if (after == points.begin() || after->customerShare == customerShare)
        return after->revenueShare;
    const ParetoPoint &a = *(after - 1);
    const ParetoPoint &b = *after;
    const double t = (customerShare - a.customerShare) / (b.customerShare - a.customerShare);
    return a.revenueShare + t * (b.revenueShare - a.revenueShare);
}

} // namespace acc
