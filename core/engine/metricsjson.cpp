#include "metricsjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QTextStream>

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

QString tr(const char *text)
{
    return QCoreApplication::translate("Metrics", text);
}

QString rateText(const std::optional<double> &v)
{
    return v ? QStringLiteral("%1 %").arg(*v * 100.0, 0, 'f', 2) : tr("n/a");
}

} // namespace

QJsonObject metricsToJson(const MetricsReport &report, const Dataset &data)
{
    return QJsonObject{{QStringLiteral("period"), report.days.period.toString()},
                       {QStringLiteral("start"), toDate(report.days.start).toString(Qt::ISODate)},
                       {QStringLiteral("end"), toDate(report.days.end).toString(Qt::ISODate)},
                       {QStringLiteral("as_of"), dateOrNull(report.asOf)},
                       {QStringLiteral("assets"), assetsToJson(report.assets, data)}};
}

QString metricsToText(const MetricsReport &report, const Dataset &data)
{
    QString out;
    QTextStream s(&out);
    const AssetsFigures &f = report.assets.figures;
    const QString currency = data.currency;
    auto money = [&currency](Cents c) { return money::toDecimalString(c) + QLatin1Char(' ') + currency; };
    s << tr("Period %1 (%2 to %3), data as of %4")
             .arg(report.days.period.toString(), toDate(report.days.start).toString(Qt::ISODate),
                  toDate(report.days.end).toString(Qt::ISODate),
                  hasDay(report.asOf) ? toDate(report.asOf).toString(Qt::ISODate) : tr("n/a"))
      << "\n\n";
    s << tr("Customers as assets") << '\n';
    s << "  " << tr("gained") << ": " << f.gained << "  " << tr("lost") << ": " << f.lost << "  "
      << tr("won back") << ": " << f.wonBack << "  " << tr("net") << ": " << f.net << '\n';
    s << "  " << tr("active at start") << ": " << f.activeStart << "  " << tr("active at end") << ": "
      << f.activeEnd << "  " << tr("churn rate") << ": " << rateText(f.churnRate) << '\n';
    s << "  " << tr("lost value") << ": " << money(f.lostValue) << "  " << tr("revenue") << ": "
      << money(f.revenue) << '\n';
    if (!f.reasons.isEmpty()) {
        s << "  " << tr("reasons") << ":\n";
        for (const ReasonFigure &r : f.reasons)
            s << "    " << r.reason << ": " << r.count << ", " << money(r.value) << '\n';
    }
    s << '\n' << tr("Monthly trend (lost, lost value, gained, revenue)") << '\n';
    for (const AssetsFigures &m : report.assets.trendMonths)
        s << "  " << m.period.toString() << "  " << m.lost << "  " << money(m.lostValue) << "  " << m.gained
          << "  " << money(m.revenue) << '\n';
    return out;
}

} // namespace acc
