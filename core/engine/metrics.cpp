#include "metrics.h"

#include <QHash>

#include <functional>
#include <future>

namespace acc {

MetricsReport computeMetrics(const Dataset &data, const MetricsRequest &request)
{
    MetricsReport report;
    report.asOf = data.asOf();
    // Quarters and years follow the company's fiscal year, wherever the period was read.
    const Period period = request.period.withFiscalStart(data.fiscalYearStart);
    report.days = PeriodDays::of(period, report.asOf);
    const PeriodDays &days = report.days;
    // The groups read the data and write their own part of the report: the model's fit
    // (the longest), the service, operations and follow-through groups, and the assets
    // and best-customer groups run side by side; listening and spend need the assets'
    // figures and come after. The result is the same as one after the other.
    std::future<CustomerBaseFigures> model;
    if (request.withModel)
        model =
            std::async(std::launch::async, [&] { return computeCustomerBaseFigures(data, days.stateDay); });
    auto others = std::async(std::launch::async, [&] {
        report.service = computeServiceFigures(data, days);
        if (request.cancelled())
            return;
        report.operations = computeOperationsFigures(data, days);
        if (request.cancelled())
            return;
        report.followThrough = computeFollowThroughFigures(data, days);
    });
    report.assets = computeAssets(data, period);
    if (!request.cancelled())
        report.best = computeBestFigures(data, days, request.criteria.value_or(criteria::defaultSet()));
    others.get();
    if (request.cancelled()) {
        if (model.valid())
            model.wait();
        return report;
    }
    const AssetsFigures &a = report.assets.figures;
    report.listening =
        computeListeningFigures(data, days, report.service.complaints, a.activeStart, a.reasons);
    report.spend = computeSpendFigures(data, days, a.activeEnd, a.revenue);
    if (model.valid()) {
        report.service.model = model.get();
        report.modelComputed = true;
    }
    const QString name = period.toString();
    for (const Target &t : request.targets) {
        if (t.period.toString() != name)
            continue;
        TargetResult r;
        r.target = t;
        r.actual = figureValue(report, t.metric);
        r.status = targets::status(t.metric, t.value, r.actual);
        report.targets.append(r);
    }
    return report;
}

const AssetsFigures *previousPeriodFigures(const MetricsReport &report)
{
    const Period p = report.days.period;
    if (p.kind() == Period::Kind::Year)
        return nullptr;
    const QList<AssetsFigures> &trend =
        p.kind() == Period::Kind::Quarter ? report.assets.trendQuarters : report.assets.trendMonths;
    const Period previous = p.previous();
    for (const AssetsFigures &f : trend) {
        if (f.period == previous)
            return &f;
    }
    return nullptr;
}

std::optional<double> figureValue(const MetricsReport &report, const QString &key)
{
    using Getter = std::function<std::optional<double>(const MetricsReport &)>;
    static const QHash<QString, Getter> getters = [] {
        QHash<QString, Getter> g;
        auto count = [](auto member) {
            return [member](const MetricsReport &r) { return std::optional<double>(member(r)); };
        };
        auto money = [](auto member) {
            return
                [member](const MetricsReport &r) { return std::optional<double>(money::toUnits(member(r))); };
        };
        g.insert(QStringLiteral("gained"),
                 count([](const MetricsReport &r) { return r.assets.figures.gained; }));
        g.insert(QStringLiteral("lost"), count([](const MetricsReport &r) { return r.assets.figures.lost; }));
        g.insert(QStringLiteral("won_back"),
                 count([](const MetricsReport &r) { return r.assets.figures.wonBack; }));
        g.insert(QStringLiteral("net"), count([](const MetricsReport &r) { return r.assets.figures.net; }));
        g.insert(QStringLiteral("active_start"),
                 count([](const MetricsReport &r) { return r.assets.figures.activeStart; }));
        g.insert(QStringLiteral("active_end"),
                 count([](const MetricsReport &r) { return r.assets.figures.activeEnd; }));
        g.insert(QStringLiteral("churn_rate"),
                 [](const MetricsReport &r) { return r.assets.figures.churnRate; });
        g.insert(QStringLiteral("lost_value"),
                 money([](const MetricsReport &r) { return r.assets.figures.lostValue; }));
        g.insert(QStringLiteral("revenue"),
                 money([](const MetricsReport &r) { return r.assets.figures.revenue; }));
        g.insert(QStringLiteral("rescue_contacts"),
                 count([](const MetricsReport &r) { return r.service.rescueContacts; }));
        g.insert(QStringLiteral("rescued"), count([](const MetricsReport &r) { return r.service.rescued; }));
        g.insert(QStringLiteral("rescue_rate"), [](const MetricsReport &r) { return r.service.rescueRate; });
        g.insert(QStringLiteral("complaints"),
                 count([](const MetricsReport &r) { return r.service.complaints; }));
        g.insert(QStringLiteral("resolved_within_sla"),
                 [](const MetricsReport &r) { return r.service.resolvedWithinSla; });
        g.insert(QStringLiteral("median_resolution_days"),
                 [](const MetricsReport &r) { return r.service.medianResolutionDays; });
        g.insert(QStringLiteral("overdue"),
                 count([](const MetricsReport &r) { return r.service.overdueCustomers.size(); }));
        g.insert(QStringLiteral("at_risk"), [](const MetricsReport &r) {
            return r.modelComputed ? std::optional<double>(double(r.service.model.atRisk.size()))
                                   : std::nullopt;
        });
        g.insert(QStringLiteral("responses"),
                 count([](const MetricsReport &r) { return r.listening.responses; }));
        g.insert(QStringLiteral("nps"), [](const MetricsReport &r) { return r.listening.nps; });
        g.insert(QStringLiteral("promoters"),
                 count([](const MetricsReport &r) { return r.listening.promoters; }));
        g.insert(QStringLiteral("passives"),
                 count([](const MetricsReport &r) { return r.listening.passives; }));
        g.insert(QStringLiteral("detractors"),
                 count([](const MetricsReport &r) { return r.listening.detractors; }));
        g.insert(QStringLiteral("complaints_per_100"),
                 [](const MetricsReport &r) { return r.listening.complaintsPer100; });
        g.insert(QStringLiteral("feedback_after_sale"),
                 [](const MetricsReport &r) { return r.followThrough.feedbackAfterSale; });
        g.insert(QStringLiteral("followed_up"),
                 [](const MetricsReport &r) { return r.followThrough.followedUp; });
        g.insert(QStringLiteral("re_engaged"),
                 count([](const MetricsReport &r) { return r.followThrough.reEngaged; }));
        g.insert(QStringLiteral("re_engage_rate"),
                 [](const MetricsReport &r) { return r.followThrough.reEngageRate; });
        g.insert(QStringLiteral("best_count"),
                 count([](const MetricsReport &r) { return r.best.bestCustomers.size(); }));
        g.insert(QStringLiteral("best_revenue_share"),
                 [](const MetricsReport &r) { return r.best.bestRevenueShare; });
        g.insert(QStringLiteral("pareto_top20_share"),
                 [](const MetricsReport &r) { return r.best.paretoTop20Share; });
        g.insert(QStringLiteral("best_mean_days_between_orders"),
                 [](const MetricsReport &r) { return r.best.bestMeanDaysBetweenOrders; });
        g.insert(QStringLiteral("rest_mean_days_between_orders"),
                 [](const MetricsReport &r) { return r.best.restMeanDaysBetweenOrders; });
        g.insert(QStringLiteral("spend"), money([](const MetricsReport &r) { return r.spend.total; }));
        g.insert(QStringLiteral("spend_per_active_customer"),
                 [](const MetricsReport &r) { return r.spend.spendPerActiveCustomer; });
        g.insert(QStringLiteral("revenue_per_spend"),
                 [](const MetricsReport &r) { return r.spend.revenuePerSpend; });
        return g;
    }();
    const auto it = getters.constFind(key);
    if (it == getters.constEnd())
        return std::nullopt;
    return (*it)(report);
}

} // namespace acc
