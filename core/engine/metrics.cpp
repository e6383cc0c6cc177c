#include "metrics.h"

namespace acc {

MetricsReport computeMetrics(const Dataset &data, const MetricsRequest &request)
{
    MetricsReport report;
    report.asOf = data.asOf();
    report.days = PeriodDays::of(request.period, report.asOf);
    report.assets = computeAssets(data, request.period);
    return report;
}

} // namespace acc
