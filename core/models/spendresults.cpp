#include "spendresults.h"

#include "engine/metricsutil.h"

#include <algorithm>

namespace acc::spendresults {

std::vector<Program> programs(const SpendFigures &spend)
{
    std::vector<Program> out;
    out.reserve(spend.byProgram.size());
    for (auto it = spend.byProgram.cbegin(); it != spend.byProgram.cend(); ++it)
        out.push_back({it->first, it->second, metricsutil::ratio(double(it->second), double(spend.total))});
    std::sort(out.begin(), out.end(), [](const Program &a, const Program &b) {
        if (a.spend != b.spend)
            return a.spend > b.spend;
        return metricsutil::lessUtf8(a.program, b.program);
    });
    return out;
}

std::optional<double> retention(const AssetsFigures &assets)
{
    if (!assets.churnRate)
        return std::nullopt;
    return 1.0 - *assets.churnRate;
}

std::vector<Quarter> quarters(const Dataset &data, const MetricsReport &report)
{
    std::vector<Quarter> out;
    out.reserve(std::size_t(report.assets.trendQuarters.size()));
    for (const AssetsFigures &a : report.assets.trendQuarters) {
        const PeriodDays days = PeriodDays::of(a.period, report.asOf);
        const SpendFigures s = computeSpendFigures(data, days, a.activeEnd, a.revenue);
        Quarter q;
        q.period = a.period;
        q.spend = s.total;
        q.revenue = a.revenue;
        q.activeEnd = a.activeEnd;
        q.churnRate = a.churnRate;
        q.retention = retention(a);
        q.revenuePerSpend = s.revenuePerSpend;
        q.spendPerActiveCustomer = s.spendPerActiveCustomer;
        out.push_back(q);
    }
    return out;
}

} // namespace acc::spendresults
