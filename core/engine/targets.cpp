#include "targets.h"
#include "translation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace acc::targets {

const QStringList &numericKeys()
{
    static const QStringList keys{
        // assets
        QStringLiteral("gained"), QStringLiteral("lost"), QStringLiteral("won_back"), QStringLiteral("net"),
        QStringLiteral("active_start"), QStringLiteral("active_end"), QStringLiteral("churn_rate"),
        QStringLiteral("lost_value"), QStringLiteral("revenue"),
        // service
        QStringLiteral("rescue_contacts"), QStringLiteral("rescued"), QStringLiteral("rescue_rate"),
        QStringLiteral("complaints"), QStringLiteral("resolved_within_sla"),
        QStringLiteral("median_resolution_days"), QStringLiteral("overdue"), QStringLiteral("at_risk"),
        // listening
        QStringLiteral("responses"), QStringLiteral("nps"), QStringLiteral("promoters"),
        QStringLiteral("passives"), QStringLiteral("detractors"), QStringLiteral("complaints_per_100"),
        // follow-through
        QStringLiteral("feedback_after_sale"), QStringLiteral("followed_up"), QStringLiteral("re_engaged"),
        QStringLiteral("re_engage_rate"),
        // best customers
        QStringLiteral("best_count"), QStringLiteral("best_revenue_share"),
        QStringLiteral("pareto_top20_share"), QStringLiteral("best_mean_days_between_orders"),
        QStringLiteral("rest_mean_days_between_orders"),
        // spend and results
        QStringLiteral("spend"), QStringLiteral("spend_per_active_customer"),
        QStringLiteral("revenue_per_spend")};
    return keys;
}

bool isNumericKey(const QString &metric)
{
    return numericKeys().contains(metric);
}

bool lowerIsBetter(const QString &metric)
{
    static const QStringList lower{QStringLiteral("lost"),
                                   QStringLiteral("churn_rate"),
                                   QStringLiteral("lost_value"),
                                   QStringLiteral("complaints"),
                                   QStringLiteral("median_resolution_days"),
                                   QStringLiteral("overdue"),
                                   QStringLiteral("at_risk"),
                                   QStringLiteral("detractors"),
                                   QStringLiteral("complaints_per_100"),
                                   QStringLiteral("spend_per_active_customer"),
                                   QStringLiteral("rescue_contacts")};
    return lower.contains(metric);
}

QString refusal(const QString &metric)
{
    if (isNumericKey(metric))
        return {};
    return MetricsTr::tr(
               "\"%1\" is not a numeric figure of METRICS.md, so it cannot have a target; numeric figures "
               "are: %2")
        .arg(metric, numericKeys().join(QStringLiteral(", ")));
}

TargetStatus status(const QString &metric, double value, std::optional<double> actual)
{
    if (!actual)
        return TargetStatus::NoData;
    const double tolerance = 0.1 * std::fabs(value);
    // How far the actual falls short of the target in the bad direction (<= 0: met).
    const double shortfall = lowerIsBetter(metric) ? *actual - value : value - *actual;
    if (shortfall <= 0)
        return TargetStatus::Met;
    if (shortfall <= tolerance * (1 + 1e-12))
        return TargetStatus::AtRisk;
    return TargetStatus::Missed;
}

QString statusName(TargetStatus s)
{
    switch (s) {
    case TargetStatus::Met:
        return QStringLiteral("met");
    case TargetStatus::AtRisk:
        return QStringLiteral("at_risk");
    case TargetStatus::Missed:
        return QStringLiteral("missed");
    case TargetStatus::NoData:
        return QStringLiteral("no_data");
    }
    return {};
}

std::optional<QList<Target>> parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = MetricsTr::tr("not valid JSON at character %1: %2")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isArray()) {
        *error =
            MetricsTr::tr("expected a list of targets: [{\"metric\": ..., \"period\": ..., \"value\": ..., "
                          "\"owner\": ...}]");
        return std::nullopt;
    }
    QList<Target> out;
    const QJsonArray list = doc.array();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = MetricsTr::tr("target %1").arg(i + 1);
        if (!list[i].isObject()) {
            *error = MetricsTr::tr("%1: expected an object").arg(where);
            return std::nullopt;
        }
        const QJsonObject o = list[i].toObject();
        const QJsonValue metric = o.value(QStringLiteral("metric"));
        const QJsonValue period = o.value(QStringLiteral("period"));
        const QJsonValue value = o.value(QStringLiteral("value"));
        const QJsonValue owner = o.value(QStringLiteral("owner"));
        if (!metric.isString()) {
            *error = MetricsTr::tr("%1: \"metric\" must be a text naming a figure").arg(where);
            return std::nullopt;
        }
        if (const QString why = refusal(metric.toString()); !why.isEmpty()) {
            *error = MetricsTr::tr("%1: %2").arg(where, why);
            return std::nullopt;
        }
        const auto p = period.isString() ? Period::parse(period.toString()) : std::nullopt;
        if (!p) {
            *error = MetricsTr::tr(
                         "%1: \"period\" must be a month (2026-10), a quarter (2026-Q3) or a year (2026)")
                         .arg(where);
            return std::nullopt;
        }
        if (!value.isDouble() || !std::isfinite(value.toDouble())) {
            *error = MetricsTr::tr("%1: \"value\" must be a number").arg(where);
            return std::nullopt;
        }
        if (!owner.isUndefined() && !owner.isNull() && !owner.isString()) {
            *error = MetricsTr::tr("%1: \"owner\" must be a text").arg(where);
            return std::nullopt;
        }
        out.append({metric.toString(), *p, value.toDouble(), owner.toString()});
    }
    return out;
}

QByteArray serialise(const QList<Target> &list)
{
    QJsonArray out;
    for (const Target &t : list)
        out.append(QJsonObject{{QStringLiteral("metric"), t.metric},
                               {QStringLiteral("period"), t.period.toString()},
                               {QStringLiteral("value"), t.value},
                               {QStringLiteral("owner"), t.owner}});
    return QJsonDocument(out).toJson(QJsonDocument::Indented);
}

} // namespace acc::targets
