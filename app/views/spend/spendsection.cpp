// The Spend & results view's section of the quarterly agenda (report/sections.h): what was
// spent on customers, by program, against revenue and retention.
#include "translation.h"

#include "models/format.h"
#include "models/metricsservice.h"
#include "models/spendprogrammodel.h"
#include "models/spendresults.h"
#include "models/spendtrendmodel.h"
#include "report/sections.h"

#include <QCoreApplication>
#include <QLocale>

namespace acc::sections {

namespace {
const QString kDash = QStringLiteral("\u2014");
// The view's own translation context: its tiles and this section share the texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SpendView)
};
} // namespace

QList<Headline> spendHeadlines(const MetricsSnapshot &snapshot, int programs)
{
    const MetricsReport &report = snapshot.report;
    const QString currency = snapshot.data->currency;
    const QString period = format::periodShort(report.days.period);
    const SpendFigures &spend = report.spend;
    const AssetsFigures &assets = report.assets.figures;
    const QLocale locale;
    QList<Headline> h;
    h.append({Tr::tr("Total spend"), format::moneyShort(spend.total, currency),
              programs == 1 ? Tr::tr("1 program") : Tr::tr("%1 programs").arg(locale.toString(programs)),
              format::moneyCompact(spend.total, currency)});
    h.back().key = QStringLiteral("spend");
    h.append({Tr::tr("Revenue"), format::moneyShort(assets.revenue, currency),
              Tr::tr("orders in %1").arg(period), format::moneyCompact(assets.revenue, currency)});
    h.back().key = QStringLiteral("revenue");
    h.append({Tr::tr("Revenue per spend"), SpendTrendModel::ratioText(spend.revenuePerSpend),
              spend.revenuePerSpend ? Tr::tr("revenue per 1 %1 spent").arg(currency)
                                    : Tr::tr("no spend in the period")});
    h.back().key = QStringLiteral("revenue_per_spend");
    h.append({Tr::tr("Spend per active customer"),
              spend.spendPerActiveCustomer
                  ? format::money(money::fromUnits(*spend.spendPerActiveCustomer), currency)
                  : kDash,
              Tr::tr("%1 active at the end").arg(locale.toString(assets.activeEnd))});
    h.back().key = QStringLiteral("spend_per_active_customer");
    const std::optional<double> retention = spendresults::retention(assets);
    h.append({Tr::tr("Retention"), retention ? format::percent(retention, 1) : kDash,
              retention ? Tr::tr("%1 of %2 customers lost")
                              .arg(locale.toString(assets.lost), locale.toString(assets.activeStart))
                        : Tr::tr("nobody active at the start")});
    h.back().key = QStringLiteral("retention");
    return h;
}

PackSection spend(const SectionContext &context)
{
    PackSection s = start(QStringLiteral("spend"), QStringLiteral("spend"),
                          ReportTr::tr("Spend and results, %1").arg(context.pack.periodText));
    SpendProgramModel programs;
    programs.setSnapshot(borrowed(context));
    s.headlines = spendHeadlines(context.snapshot, programs.rowCount());
    PackTable t = table(ReportTr::tr("Spend by program, %1").arg(context.pack.periodText),
                        ReportTr::tr("No spend recorded for the period."), {50, 30, 20});
    copyTable(programs, {SpendProgramModel::Program, SpendProgramModel::Spend, SpendProgramModel::Share}, t,
              context);
    s.tables.append(t);
    return s;
}

} // namespace acc::sections
