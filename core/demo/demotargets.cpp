#include "demotargets.h"

#include "engine/metrics.h"

#include <algorithm>
#include <cmath>

namespace acc::demo {

namespace {

struct DemoTarget
{
    const char *metric;
    const char *owner;
    double step;   // targets are written to a multiple of this
    bool fraction; // a share: never above 100 %
};

// Owners are roles rather than people: the demo's account owners sell, these answer
// for the figures in the quarterly meeting.
constexpr DemoTarget kTargets[] = {
    {"gained", "Chief Sales Officer", 5, false},
    {"churn_rate", "Chief Customer Officer", 0.001, true},
    {"lost_value", "Chief Customer Officer", 1000, false},
    {"rescue_rate", "Head of Customer Service", 0.01, true},
    {"resolved_within_sla", "Head of Customer Service", 0.01, true},
    {"nps", "Chief Customer Officer", 1, false},
    {"complaints_per_100", "Chief Operating Officer", 0.1, false},
    {"feedback_after_sale", "Head of Insight", 0.01, true},
    {"re_engage_rate", "Chief Sales Officer", 0.01, true},
};

// Each figure of kTargets for one period, 5 % better than the period before achieved.
void appendTargets(const Dataset &data, const Period &period, QList<Target> &out)
{
    MetricsRequest request;
    request.period = period.shifted(-1);
    request.withModel = false;
    const MetricsReport before = computeMetrics(data, request);
    for (const DemoTarget &t : kTargets) {
        const QString metric = QString::fromLatin1(t.metric);
        const std::optional<double> achieved = figureValue(before, metric);
        if (!achieved)
            continue;
        const double better = targets::lowerIsBetter(metric) ? *achieved * 0.95 : *achieved * 1.05;
        // NPS can be negative: 5 % better is 5 % of its size towards the better side.
        const double wanted =
            metric == QLatin1String("nps") ? *achieved + std::abs(*achieved) * 0.05 : better;
        double value = std::round(wanted / t.step) * t.step;
        if (t.fraction)
            value = std::min(value, 1.0);
        if (targets::refusal(metric).isEmpty())
            out.append(Target{metric, period, value, QString::fromLatin1(t.owner)});
    }
}
} // namespace

QList<Target> sampleTargets(const Dataset &data)
{
    QList<Target> out;
    const Day last = data.asOf();
    if (!hasDay(last))
        return out;
    // The quarterly meeting's targets (the quarter holding the last day and the four
    // before it) and the monthly review's (the month holding it and the twelve before:
    // the Scorecard's trend over 13 months), so whichever period the window opens on,
    // its figures have something to be held to.
    const struct
    {
        Period::Kind kind;
        int count;
    } spans[] = {{Period::Kind::Quarter, 5}, {Period::Kind::Month, 13}};
    for (const auto &span : spans) {
        const Period current = Period::containing(span.kind, toDate(last), data.fiscalYearStart);
        for (int back = span.count - 1; back >= 0; --back)
            appendTargets(data, current.shifted(-back), out);
    }
    return out;
}

} // namespace acc::demo
