#include "scorecard.h"

#include <QSet>

namespace acc::scorecard {

namespace {

// The numeric keys of each of the three groups with METRICS.md keys, in METRICS.md's order.
const QStringList &assetsKeys()
{
    static const QStringList keys{
        QStringLiteral("gained"),     QStringLiteral("lost"),         QStringLiteral("won_back"),
        QStringLiteral("net"),        QStringLiteral("active_start"), QStringLiteral("active_end"),
        QStringLiteral("churn_rate"), QStringLiteral("lost_value"),   QStringLiteral("revenue")};
    return keys;
}

const QStringList &serviceKeys()
{
    static const QStringList keys{QStringLiteral("rescue_contacts"),
                                  QStringLiteral("rescued"),
                                  QStringLiteral("rescue_rate"),
                                  QStringLiteral("complaints"),
                                  QStringLiteral("resolved_within_sla"),
                                  QStringLiteral("median_resolution_days"),
                                  QStringLiteral("overdue"),
                                  QStringLiteral("at_risk")};
    return keys;
}

const QStringList &listeningKeys()
{
    static const QStringList keys{QStringLiteral("responses"),  QStringLiteral("nps"),
                                  QStringLiteral("promoters"),  QStringLiteral("passives"),
                                  QStringLiteral("detractors"), QStringLiteral("complaints_per_100")};
    return keys;
}

const QStringList &followThroughKeys()
{
    static const QStringList keys{QStringLiteral("feedback_after_sale"), QStringLiteral("followed_up"),
                                  QStringLiteral("re_engaged"), QStringLiteral("re_engage_rate")};
    return keys;
}

const QStringList &spendKeys()
{
    static const QStringList keys{QStringLiteral("spend"), QStringLiteral("spend_per_active_customer"),
                                  QStringLiteral("revenue_per_spend")};
    return keys;
}

const QStringList &operationsKeys()
{
    static const QStringList keys{contactsKey(ContactCategory::Rescue), contactsKey(ContactCategory::Revenue),
                                  contactsKey(ContactCategory::Request),
                                  contactsKey(ContactCategory::Relationship)};
    return keys;
}

// The figures each group shows whether or not a target is set on them: what a CCO reads
// first (decision recorded in docs/views.md).
const QList<QStringList> &headlines()
{
    static const QList<QStringList> list{
        {QStringLiteral("gained"), QStringLiteral("lost"), QStringLiteral("won_back"),
         QStringLiteral("churn_rate"), QStringLiteral("lost_value"), QStringLiteral("revenue")},
        {QStringLiteral("rescue_rate"), QStringLiteral("resolved_within_sla"),
         QStringLiteral("median_resolution_days"), QStringLiteral("complaints"), QStringLiteral("overdue"),
         QStringLiteral("at_risk")},
        {QStringLiteral("nps"), QStringLiteral("responses"), QStringLiteral("detractors"),
         QStringLiteral("complaints_per_100")},
        operationsKeys(),
    };
    return list;
}

int categoryOfKey(const QString &key)
{
    return int(operationsKeys().indexOf(key));
}

} // namespace

QString contactsKey(ContactCategory category)
{
    return QStringLiteral("contacts_by_category.") + contactCategoryName(category);
}

Group groupOf(const QString &key)
{
    if (assetsKeys().contains(key))
        return Group::Assets;
    if (serviceKeys().contains(key))
        return Group::Service;
    if (listeningKeys().contains(key))
        return Group::Listening;
    if (operationsKeys().contains(key))
        return Group::Operations;
    return Group::Other;
}

QList<Row> rows(const QList<TargetResult> &targets)
{
    QSet<QString> targeted;
    for (const TargetResult &t : targets)
        targeted.insert(t.target.metric);
    QList<Row> out;
    for (int g = 0; g < int(Group::Other); ++g) {
        const QStringList &shown = headlines().at(g);
        for (const QString &key : shown)
            out.append({key, Group(g)});
        for (const QString &key : targets::numericKeys()) {
            if (groupOf(key) == Group(g) && targeted.contains(key) && !shown.contains(key))
                out.append({key, Group(g)});
        }
    }
    for (const QString &key : targets::numericKeys()) {
        if (groupOf(key) == Group::Other && targeted.contains(key))
            out.append({key, Group::Other});
    }
    return out;
}

std::optional<double> value(const MetricsReport &report, const QString &key)
{
    const int category = categoryOfKey(key);
    if (category >= 0)
        return double(report.operations.contactsByCategory[std::size_t(category)]);
    return figureValue(report, key);
}

bool hasTrend(const QString &key)
{
    if (key == QLatin1String("at_risk"))
        return false;
    const Group g = groupOf(key);
    return g != Group::Other || followThroughKeys().contains(key) || spendKeys().contains(key);
}

QString viewOf(const QString &key)
{
    switch (groupOf(key)) {
    case Group::Assets:
        return QStringLiteral("loss-review");
    case Group::Service:
        if (key == QLatin1String("overdue") || key == QLatin1String("at_risk"))
            return QStringLiteral("at-risk");
        return QStringLiteral("listening");
    case Group::Listening:
        return QStringLiteral("listening");
    case Group::Operations:
        return QStringLiteral("moments-of-truth");
    case Group::Other:
        break;
    }
    if (followThroughKeys().contains(key))
        return QStringLiteral("follow-through");
    if (spendKeys().contains(key))
        return QStringLiteral("spend");
    if (key.startsWith(QLatin1String("best_")) || key == QLatin1String("pareto_top20_share") ||
        key == QLatin1String("rest_mean_days_between_orders"))
        return QStringLiteral("best-customers");
    return QStringLiteral("targets");
}

QList<Period> trendPeriods(const Period &period)
{
    if (!period.isValid())
        return {};
    int count = 8;
    switch (period.kind()) {
    case Period::Kind::Month:
        count = 13;
        break;
    case Period::Kind::Quarter:
        count = 8;
        break;
    case Period::Kind::Year:
        count = 5;
        break;
    }
    QList<Period> out;
    for (int i = count - 1; i >= 0; --i)
        out.append(period.shifted(-i));
    return out;
}

std::optional<Trend> computeTrend(const Dataset &data, const Period &period, const QStringList &keys,
                                  const std::atomic_bool *cancel)
{
    bool assets = false, service = false, listening = false, operations = false, followThrough = false,
         spend = false;
    QStringList trended;
    for (const QString &key : keys) {
        if (!hasTrend(key) || trended.contains(key))
            continue;
        trended.append(key);
        switch (groupOf(key)) {
        case Group::Assets:
            assets = true;
            break;
        case Group::Service:
            service = true;
            break;
        case Group::Listening:
            // complaints_per_100 needs the complaints and the customers active at the start.
            listening = assets = service = true;
            break;
        case Group::Operations:
            operations = true;
            break;
        case Group::Other:
            if (followThroughKeys().contains(key))
                followThrough = true;
            else
                spend = assets = true; // spend per active customer, revenue per spend
            break;
        }
    }
    Trend trend;
    const Day asOf = data.asOf();
    for (const Period &p : trendPeriods(period.withFiscalStart(data.fiscalYearStart))) {
        if (cancel && cancel->load())
            return std::nullopt;
        // The engine's group functions, as computeMetrics calls them, without the model.
        MetricsReport report;
        report.asOf = asOf;
        report.days = PeriodDays::of(p, asOf);
        if (assets)
            report.assets.figures = computeAssetsFigures(data, p, asOf);
        if (service)
            report.service = computeServiceFigures(data, report.days);
        if (listening)
            report.listening = computeListeningFigures(data, report.days, report.service.complaints,
                                                       report.assets.figures.activeStart, {});
        if (operations)
            report.operations = computeOperationsFigures(data, report.days);
        if (followThrough)
            report.followThrough = computeFollowThroughFigures(data, report.days);
        if (spend)
            report.spend = computeSpendFigures(data, report.days, report.assets.figures.activeEnd,
                                               report.assets.figures.revenue);
        trend.periods.append(p);
        for (const QString &key : std::as_const(trended))
            trend.values[key].append(value(report, key));
    }
    return trend;
}

} // namespace acc::scorecard
