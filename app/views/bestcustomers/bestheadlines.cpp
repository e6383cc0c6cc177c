#include "bestheadlines.h"

#include "models/format.h"

#include <QLocale>

#include <numeric>

namespace acc {

namespace {

const QString kDash = QStringLiteral("\u2014");

QString days(const std::optional<double> &d)
{
    return d ? QLocale().toString(*d, 'f', 0) : kDash;
}

} // namespace

QList<Headline> bestHeadlines(const MetricsReport &report, const ParetoCurve &curve)
{
    const BestFigures &b = report.best;
    const QLocale locale;
    const int active = std::accumulate(b.stages.begin(), b.stages.end(), 0);
    const int count = int(b.bestCustomers.size());
    QList<Headline> h;

    QString activeNote;
    if (active == 0)
        activeNote = BestCustomersTr::tr("no active customers");
    else
        activeNote = BestCustomersTr::tr("of %1 active").arg(locale.toString(active));
    h.append({BestCustomersTr::tr("Best customers"), locale.toString(count), activeNote});

    if (b.bestRevenueShare)
        h.append({BestCustomersTr::tr("Best customers' share"), format::percent(b.bestRevenueShare, 1),
                  BestCustomersTr::tr("of 12-month revenue")});
    else
        h.append({BestCustomersTr::tr("Best customers' share"), kDash,
                  BestCustomersTr::tr("no revenue in 12 months")});

    if (b.paretoTop20Share)
        h.append({BestCustomersTr::tr("Top 20 %'s share"), format::percent(b.paretoTop20Share, 1),
                  BestCustomersTr::tr("%1 of %2 buyers")
                      .arg(locale.toString(curve.topCount), locale.toString(curve.customers))});
    else
        h.append(
            {BestCustomersTr::tr("Top 20 %'s share"), kDash, BestCustomersTr::tr("no revenue in 12 months")});

    const auto &best = b.bestMeanDaysBetweenOrders;
    const auto &rest = b.restMeanDaysBetweenOrders;
    QString note;
    if (!best && !rest)
        note = BestCustomersTr::tr("nobody with 2 orders");
    else if (!best)
        note = BestCustomersTr::tr("best: none with 2 orders");
    else if (!rest)
        note = BestCustomersTr::tr("rest: none with 2 orders");
    else
        note = BestCustomersTr::tr("best vs other active");
    h.append({BestCustomersTr::tr("Days between orders"),
              BestCustomersTr::tr("%1 vs %2").arg(days(best), days(rest)), note});
    const QStringList keys{QStringLiteral("best_count"), QStringLiteral("best_revenue_share"),
                           QStringLiteral("pareto_top20_share"), QStringLiteral("days_between_orders")};
    for (int i = 0; i < h.size(); ++i)
        h[i].key = keys.value(i);
    return h;
}

} // namespace acc
