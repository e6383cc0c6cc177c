#include "metricsjson.h"

#include "models/displaytext.h"
#include "translation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QTextStream>

#include <algorithm>

namespace acc {

namespace {

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateOrNull(Day d)
{
    return hasDay(d) ? QJsonValue(toDate(d).toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonArray reasonsToJson(const QList<ReasonFigure> &reasons)
{
    QJsonArray out;
    for (const ReasonFigure &r : reasons)
        out.append(QJsonObject{{QStringLiteral("reason"), r.reason},
                               {QStringLiteral("count"), r.count},
                               {QStringLiteral("value"), money::toUnits(r.value)}});
    return out;
}

QJsonObject assetsFiguresToJson(const AssetsFigures &f)
{
    return QJsonObject{{QStringLiteral("gained"), f.gained},
                       {QStringLiteral("lost"), f.lost},
                       {QStringLiteral("won_back"), f.wonBack},
                       {QStringLiteral("net"), f.net},
                       {QStringLiteral("active_start"), f.activeStart},
                       {QStringLiteral("active_end"), f.activeEnd},
                       {QStringLiteral("churn_rate"), optionalNumber(f.churnRate)},
                       {QStringLiteral("lost_value"), money::toUnits(f.lostValue)},
                       {QStringLiteral("reasons"), reasonsToJson(f.reasons)},
                       {QStringLiteral("revenue"), money::toUnits(f.revenue)}};
}

QJsonArray trendToJson(const QList<AssetsFigures> &trend)
{
    QJsonArray out;
    for (const AssetsFigures &f : trend) {
        QJsonObject o = assetsFiguresToJson(f);
        o.insert(QStringLiteral("period"), f.period.toString());
        out.append(o);
    }
    return out;
}

QJsonObject assetsToJson(const AssetsResult &a, const Dataset &data)
{
    QJsonObject o = assetsFiguresToJson(a.figures);
    QJsonArray lost;
    for (const LostCustomer &l : a.lostCustomers)
        lost.append(data.customers[std::size_t(l.customer)].customerId);
    o.insert(QStringLiteral("lost_customers"), lost);
    o.insert(QStringLiteral("trend_months"), trendToJson(a.trendMonths));
    o.insert(QStringLiteral("trend_quarters"), trendToJson(a.trendQuarters));
    return o;
}

QJsonValue numberOrNull(bool has, double v)
{
    return has ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

const QString &idOf(const Dataset &data, int customer)
{
    return data.customers[std::size_t(customer)].customerId;
}

QJsonArray idsToJson(const Dataset &data, const std::vector<int> &customers)
{
    QJsonArray out;
    for (int c : customers)
        out.append(idOf(data, c));
    return out;
}

// An object from customer id to a value, built in key order (QJsonObject inserts at the end).
QJsonObject perCustomerToJson(std::vector<std::pair<QString, QJsonValue>> entries)
{
    std::sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QJsonObject out;
    for (auto &[id, value] : entries)
        out.insert(id, value);
    return out;
}

QJsonObject serviceToJson(const MetricsReport &report, const Dataset &data)
{
    const ServiceFigures &s = report.service;
    const CustomerBaseFigures &m = s.model;
    std::vector<std::pair<QString, QJsonValue>> pAlive;
    std::vector<std::pair<QString, QJsonValue>> expectedValue;
    for (const CustomerModelFigures &c : m.customers) {
        if (c.pAlive) {
            pAlive.emplace_back(idOf(data, c.customer), *c.pAlive);
            expectedValue.emplace_back(idOf(data, c.customer), optionalNumber(c.expectedValue12m));
        }
    }
    QJsonArray atRisk;
    for (const AtRiskCustomer &a : m.atRisk)
        atRisk.append(QJsonObject{{QStringLiteral("customer_id"), idOf(data, a.customer)},
                                  {QStringLiteral("revenue_12m"), money::toUnits(a.revenue12m)},
                                  {QStringLiteral("p_alive"), a.pAlive},
                                  {QStringLiteral("expected_orders_12m"), a.expectedOrders12m}});
    const bool bg = m.bgnbdFitted;
    const bool gg = m.gammaGammaFitted;
    return QJsonObject{
        {QStringLiteral("rescue_contacts"), s.rescueContacts},
        {QStringLiteral("rescued"), s.rescued},
        {QStringLiteral("rescue_rate"), optionalNumber(s.rescueRate)},
        {QStringLiteral("complaints"), s.complaints},
        {QStringLiteral("resolved_within_sla"), optionalNumber(s.resolvedWithinSla)},
        {QStringLiteral("median_resolution_days"), optionalNumber(s.medianResolutionDays)},
        {QStringLiteral("overdue"), int(s.overdueCustomers.size())},
        {QStringLiteral("overdue_customers"), idsToJson(data, s.overdueCustomers)},
        {QStringLiteral("p_alive"), perCustomerToJson(std::move(pAlive))},
        {QStringLiteral("at_risk"), int(m.atRisk.size())},
        {QStringLiteral("at_risk_customers"), atRisk},
        {QStringLiteral("expected_value_12m"), perCustomerToJson(std::move(expectedValue))},
        {QStringLiteral("bgnbd"),
         QJsonObject{{QStringLiteral("r"), numberOrNull(bg, m.bgnbd.r)},
                     {QStringLiteral("alpha"), numberOrNull(bg, m.bgnbd.alpha)},
                     {QStringLiteral("a"), numberOrNull(bg, m.bgnbd.a)},
                     {QStringLiteral("b"), numberOrNull(bg, m.bgnbd.b)},
                     {QStringLiteral("log_likelihood"), numberOrNull(bg, m.bgnbd.logLikelihood)},
                     {QStringLiteral("customers"), m.bgnbd.customers},
                     {QStringLiteral("converged"), m.bgnbd.converged}}},
        {QStringLiteral("gamma_gamma"),
         QJsonObject{{QStringLiteral("p"), numberOrNull(gg, m.gammaGamma.p)},
                     {QStringLiteral("q"), numberOrNull(gg, m.gammaGamma.q)},
                     {QStringLiteral("gamma"), numberOrNull(gg, m.gammaGamma.gamma)},
                     {QStringLiteral("customers"), m.gammaGamma.customers}}},
    };
}

QJsonObject listeningToJson(const ListeningFigures &l)
{
    return QJsonObject{{QStringLiteral("responses"), l.responses},
                       {QStringLiteral("nps"), optionalNumber(l.nps)},
                       {QStringLiteral("promoters"), l.promoters},
                       {QStringLiteral("passives"), l.passives},
                       {QStringLiteral("detractors"), l.detractors},
                       {QStringLiteral("complaints_per_100"), optionalNumber(l.complaintsPer100)},
                       {QStringLiteral("top_reasons"), reasonsToJson(l.topReasons)}};
}

QJsonObject operationsToJson(const OperationsFigures &o)
{
    QJsonObject byCategory;
    for (int c = 0; c < kContactCategoryCount; ++c)
        byCategory.insert(contactCategoryName(ContactCategory(c)), o.contactsByCategory[std::size_t(c)]);
    QJsonArray priority;
    for (const TouchpointFigures &t : o.priorityContacts)
        priority.append(QJsonObject{{QStringLiteral("touchpoint"), t.touchpoint},
                                    {QStringLiteral("contacts"), t.contacts},
                                    {QStringLiteral("customers"), t.customers},
                                    {QStringLiteral("complaint_share"), t.complaintShare},
                                    {QStringLiteral("loss_share"), t.lossShare}});
    return QJsonObject{{QStringLiteral("contacts_by_category"), byCategory},
                       {QStringLiteral("priority_contacts"), priority}};
}

QJsonObject followThroughToJson(const FollowThroughFigures &f)
{
    return QJsonObject{{QStringLiteral("feedback_after_sale"), optionalNumber(f.feedbackAfterSale)},
                       {QStringLiteral("followed_up"), optionalNumber(f.followedUp)},
                       {QStringLiteral("re_engaged"), f.reEngaged},
                       {QStringLiteral("re_engage_rate"), optionalNumber(f.reEngageRate)}};
}

QJsonObject mixToJson(const std::vector<CategoryShare> &mix)
{
    QJsonObject out;
    for (const CategoryShare &c : mix)
        out.insert(c.category, c.share);
    return out;
}

QJsonObject bestToJson(const BestFigures &b, const Dataset &data)
{
    QJsonObject stages;
    const QList<QString> &names = stageNames();
    for (qsizetype i = 0; i < names.size(); ++i)
        stages.insert(names[i], b.stages[std::size_t(i)]);
    return QJsonObject{
        {QStringLiteral("criteria"), criteria::toJson(b.criteria)},
        {QStringLiteral("best_customers"), idsToJson(data, b.bestCustomers)},
        {QStringLiteral("best_count"), int(b.bestCustomers.size())},
        {QStringLiteral("best_revenue_share"), optionalNumber(b.bestRevenueShare)},
        {QStringLiteral("pareto_top20_share"), optionalNumber(b.paretoTop20Share)},
        {QStringLiteral("best_mean_days_between_orders"), optionalNumber(b.bestMeanDaysBetweenOrders)},
        {QStringLiteral("rest_mean_days_between_orders"), optionalNumber(b.restMeanDaysBetweenOrders)},
        {QStringLiteral("best_category_mix"), mixToJson(b.bestCategoryMix)},
        {QStringLiteral("rest_category_mix"), mixToJson(b.restCategoryMix)},
        {QStringLiteral("stages"), stages}};
}

QJsonObject spendToJson(const SpendFigures &s)
{
    QJsonObject byProgram;
    for (const auto &[program, amount] : s.byProgram)
        byProgram.insert(program, money::toUnits(amount));
    return QJsonObject{
        {QStringLiteral("spend"), QJsonObject{{QStringLiteral("total"), money::toUnits(s.total)},
                                              {QStringLiteral("by_program"), byProgram}}},
        {QStringLiteral("spend_per_active_customer"), optionalNumber(s.spendPerActiveCustomer)},
        {QStringLiteral("revenue_per_spend"), optionalNumber(s.revenuePerSpend)}};
}

QJsonArray targetsToJson(const QList<TargetResult> &targets)
{
    QJsonArray out;
    for (const TargetResult &t : targets)
        out.append(QJsonObject{{QStringLiteral("metric"), t.target.metric},
                               {QStringLiteral("period"), t.target.period.toString()},
                               {QStringLiteral("value"), t.target.value},
                               {QStringLiteral("owner"), t.target.owner},
                               {QStringLiteral("actual"), optionalNumber(t.actual)},
                               {QStringLiteral("status"), targets::statusName(t.status)}});
    return out;
}

QString rateText(const std::optional<double> &v)
{
    return v ? QStringLiteral("%1 %").arg(*v * 100.0, 0, 'f', 2) : MetricsTr::tr("n/a");
}

} // namespace

QJsonObject metricsToJson(const MetricsReport &report, const Dataset &data)
{
    return QJsonObject{{QStringLiteral("period"), report.days.period.toString()},
                       {QStringLiteral("start"), toDate(report.days.start).toString(Qt::ISODate)},
                       {QStringLiteral("end"), toDate(report.days.end).toString(Qt::ISODate)},
                       {QStringLiteral("as_of"), dateOrNull(report.asOf)},
                       {QStringLiteral("assets"), assetsToJson(report.assets, data)},
                       {QStringLiteral("service"), serviceToJson(report, data)},
                       {QStringLiteral("listening"), listeningToJson(report.listening)},
                       {QStringLiteral("operations"), operationsToJson(report.operations)},
                       {QStringLiteral("followthrough"), followThroughToJson(report.followThrough)},
                       {QStringLiteral("best"), bestToJson(report.best, data)},
                       {QStringLiteral("spend"), spendToJson(report.spend)},
                       {QStringLiteral("targets"), targetsToJson(report.targets)}};
}

QString metricsToText(const MetricsReport &report, const Dataset &data)
{
    QString out;
    QTextStream s(&out);
    const AssetsFigures &f = report.assets.figures;
    // Every text from the user's data goes through display::safe(): a reason holding
    // ESC [ 2 J must not clear the terminal.
    const QString currency = display::safe(data.currency);
    auto money = [&currency](Cents c) -> QString {
        return money::toDecimalString(c) + QLatin1Char(' ') + currency;
    };
    s << MetricsTr::tr("Period %1 (%2 to %3), data as of %4")
             .arg(report.days.period.toString(), toDate(report.days.start).toString(Qt::ISODate),
                  toDate(report.days.end).toString(Qt::ISODate),
                  hasDay(report.asOf) ? toDate(report.asOf).toString(Qt::ISODate) : MetricsTr::tr("n/a"))
      << "\n\n";
    s << MetricsTr::tr("Customers as assets") << '\n';
    s << "  " << MetricsTr::tr("gained") << ": " << f.gained << "  " << MetricsTr::tr("lost") << ": "
      << f.lost << "  " << MetricsTr::tr("won back") << ": " << f.wonBack << "  " << MetricsTr::tr("net")
      << ": " << f.net << '\n';
    s << "  " << MetricsTr::tr("active at start") << ": " << f.activeStart << "  "
      << MetricsTr::tr("active at end") << ": " << f.activeEnd << "  " << MetricsTr::tr("churn rate") << ": "
      << rateText(f.churnRate) << '\n';
    s << "  " << MetricsTr::tr("lost value") << ": " << money(f.lostValue) << "  " << MetricsTr::tr("revenue")
      << ": " << money(f.revenue) << '\n';
    if (!f.reasons.isEmpty()) {
        s << "  " << MetricsTr::tr("reasons") << ":\n";
        for (const ReasonFigure &r : f.reasons)
            s << "    " << display::safe(r.reason) << ": " << r.count << ", " << money(r.value) << '\n';
    }
    s << '\n' << MetricsTr::tr("Monthly trend (lost, lost value, gained, revenue)") << '\n';
    for (const AssetsFigures &m : report.assets.trendMonths)
        s << "  " << m.period.toString() << "  " << m.lost << "  " << money(m.lostValue) << "  " << m.gained
          << "  " << money(m.revenue) << '\n';
    s << '\n' << MetricsTr::tr("Quarterly trend (lost, lost value, gained, revenue)") << '\n';
    for (const AssetsFigures &q : report.assets.trendQuarters)
        s << "  " << q.period.toString() << "  " << q.lost << "  " << money(q.lostValue) << "  " << q.gained
          << "  " << money(q.revenue) << '\n';

    const ServiceFigures &sv = report.service;
    const CustomerBaseFigures &m = sv.model;
    auto number = [](const std::optional<double> &v, int decimals = 2) {
        return v ? QString::number(*v, 'f', decimals) : MetricsTr::tr("n/a");
    };
    s << '\n' << MetricsTr::tr("Service performance") << '\n';
    s << "  " << MetricsTr::tr("rescue contacts") << ": " << sv.rescueContacts << "  "
      << MetricsTr::tr("rescued") << ": " << sv.rescued << "  " << MetricsTr::tr("rescue rate") << ": "
      << rateText(sv.rescueRate) << '\n';
    s << "  " << MetricsTr::tr("complaints") << ": " << sv.complaints << "  "
      << MetricsTr::tr("resolved within SLA (%1 days)").arg(data.slaDays) << ": "
      << rateText(sv.resolvedWithinSla) << "  " << MetricsTr::tr("median resolution days") << ": "
      << number(sv.medianResolutionDays, 1) << '\n';
    s << "  " << MetricsTr::tr("overdue customers") << ": " << sv.overdueCustomers.size() << '\n';
    if (m.bgnbdFitted) {
        s << "  "
          << MetricsTr::tr("BG/NBD: r %1, alpha %2 days, a %3, b %4, %5 customers%6")
                 .arg(m.bgnbd.r, 0, 'g', 4)
                 .arg(m.bgnbd.alpha, 0, 'g', 4)
                 .arg(m.bgnbd.a, 0, 'g', 4)
                 .arg(m.bgnbd.b, 0, 'g', 4)
                 .arg(m.bgnbd.customers)
                 .arg(m.bgnbd.converged ? QString() : MetricsTr::tr(" (not converged)"))
          << '\n';
    } else {
        s << "  " << MetricsTr::tr("BG/NBD: no fit")
          << (m.problem.isEmpty() ? QString() : QStringLiteral(" (") + m.problem + QLatin1Char(')')) << '\n';
    }
    if (m.gammaGammaFitted)
        s << "  "
          << MetricsTr::tr("Gamma-Gamma: p %1, q %2, gamma %3, %4 customers")
                 .arg(m.gammaGamma.p, 0, 'g', 4)
                 .arg(m.gammaGamma.q, 0, 'g', 4)
                 .arg(m.gammaGamma.gamma, 0, 'g', 4)
                 .arg(m.gammaGamma.customers)
          << '\n';
    s << "  " << MetricsTr::tr("at risk (p_alive < 0.5)") << ": " << m.atRisk.size() << '\n';
    for (std::size_t i = 0; i < m.atRisk.size() && i < 10; ++i) {
        const AtRiskCustomer &a = m.atRisk[i];
        s << "    " << display::safe(data.customers[std::size_t(a.customer)].customerId) << "  "
          << money(a.revenue12m) << "  " << MetricsTr::tr("p_alive") << ' '
          << QString::number(a.pAlive, 'f', 3) << '\n';
    }

    const ListeningFigures &l = report.listening;
    s << '\n' << MetricsTr::tr("Customer listening") << '\n';
    s << "  " << MetricsTr::tr("responses") << ": " << l.responses << "  " << MetricsTr::tr("NPS") << ": "
      << number(l.nps, 1) << "  " << MetricsTr::tr("promoters") << ": " << l.promoters << "  "
      << MetricsTr::tr("passives") << ": " << l.passives << "  " << MetricsTr::tr("detractors") << ": "
      << l.detractors << '\n';
    s << "  " << MetricsTr::tr("complaints per 100 customers") << ": " << number(l.complaintsPer100) << '\n';

    const OperationsFigures &o = report.operations;
    s << '\n' << MetricsTr::tr("Operations") << '\n' << "  " << MetricsTr::tr("contacts by category") << ':';
    for (int c = 0; c < kContactCategoryCount; ++c)
        s << "  " << contactCategoryName(ContactCategory(c)) << ' ' << o.contactsByCategory[std::size_t(c)];
    s << '\n'
      << "  " << MetricsTr::tr("priority contacts (contacts, customers, complaint share, loss share)")
      << ":\n";
    for (const TouchpointFigures &t : o.priorityContacts)
        s << "    " << display::safe(t.touchpoint) << ": " << t.contacts << ", " << t.customers << ", "
          << rateText(t.complaintShare) << ", " << rateText(t.lossShare) << '\n';

    const FollowThroughFigures &ft = report.followThrough;
    s << '\n' << MetricsTr::tr("Follow-through") << '\n';
    s << "  " << MetricsTr::tr("feedback after the sale") << ": " << rateText(ft.feedbackAfterSale) << "  "
      << MetricsTr::tr("followed up") << ": " << rateText(ft.followedUp) << "  "
      << MetricsTr::tr("re-engaged") << ": " << ft.reEngaged << "  " << MetricsTr::tr("re-engage rate")
      << ": " << rateText(ft.reEngageRate) << '\n';

    const BestFigures &b = report.best;
    s << '\n'
      << MetricsTr::tr("Best customers (%1, version %2)")
             .arg(display::safe(b.criteria.name))
             .arg(b.criteria.version)
      << '\n';
    s << "  " << MetricsTr::tr("best customers") << ": " << b.bestCustomers.size() << "  "
      << MetricsTr::tr("their revenue share") << ": " << rateText(b.bestRevenueShare) << "  "
      << MetricsTr::tr("top 20 % share") << ": " << rateText(b.paretoTop20Share) << '\n';
    s << "  " << MetricsTr::tr("mean days between orders, best / rest") << ": "
      << number(b.bestMeanDaysBetweenOrders, 1) << " / " << number(b.restMeanDaysBetweenOrders, 1) << '\n';
    auto mix = [&s](const QString &title, const std::vector<CategoryShare> &shares) {
        s << "  " << title << ':';
        for (const CategoryShare &c : shares)
            s << "  " << display::safe(c.category) << ' ' << rateText(c.share);
        s << '\n';
    };
    mix(MetricsTr::tr("category mix, best"), b.bestCategoryMix);
    mix(MetricsTr::tr("category mix, rest"), b.restCategoryMix);
    s << "  " << MetricsTr::tr("stages") << ':';
    for (qsizetype i = 0; i < stageNames().size(); ++i)
        s << "  " << stageNames()[i] << ' ' << b.stages[std::size_t(i)];
    s << '\n';

    const SpendFigures &sp = report.spend;
    s << '\n' << MetricsTr::tr("Spend and results") << '\n';
    s << "  " << MetricsTr::tr("spend") << ": " << money(sp.total) << "  "
      << MetricsTr::tr("per active customer") << ": " << number(sp.spendPerActiveCustomer) << "  "
      << MetricsTr::tr("revenue per spend") << ": " << number(sp.revenuePerSpend) << '\n';
    for (const auto &[program, amount] : sp.byProgram)
        s << "    " << display::safe(program) << ": " << money(amount) << '\n';

    if (!report.targets.isEmpty()) {
        s << '\n' << MetricsTr::tr("Targets") << '\n';
        for (const TargetResult &t : report.targets)
            s << "  " << display::safe(t.target.metric) << "  " << MetricsTr::tr("target") << ' '
              << t.target.value << "  " << MetricsTr::tr("actual") << ' ' << number(t.actual, 4) << "  "
              << targets::statusName(t.status) << "  " << display::safe(t.target.owner) << '\n';
    }
    return out;
}

} // namespace acc
