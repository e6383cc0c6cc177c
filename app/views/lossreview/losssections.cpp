// The loss review's sections of the meeting agendas (report/sections.h): the monthly
// review's loss volume, loss value, reasons, lost customers, win-backs and exit calls,
// and the quarterly meeting's customers gained and lost.
#include "lossheadlines.h"
#include "lossselection.h"
#include "translation.h"

#include "meeting/meetinglists.h"
#include "models/lossbreakdownmodel.h"
#include "models/lostcustomersmodel.h"
#include "models/lostcustomersproxy.h"
#include "models/metricsservice.h"
#include "models/reasonparetomodel.h"
#include "report/sections.h"
#include "storage/exitcallstore.h"

namespace acc::sections {

namespace {

enum HeadlineIndex { Lost, LostValue, Churn, WonBack, Net };

QList<Headline> pick(const SectionContext &context, const QList<int> &which)
{
    const QList<Headline> all = lossHeadlines(context.snapshot.report, context.pack.currency);
    QList<Headline> out;
    for (const int i : which)
        out.append(all.value(i));
    return out;
}

// The customers behind a list of losses (a drill-down opens them).
CustomerSelection selectionOf(const std::vector<LostCustomer> &lost, const QString &title)
{
    CustomerSelection s;
    s.title = title;
    for (const LostCustomer &l : lost)
        s.customers.append(l.customer);
    return s;
}

// The period's lost customers, as the window's table shows them: the same model, filter
// and order (by lost value, largest first).
struct LostTable
{
    LostCustomersModel model;
    LostCustomersProxy proxy;
    LossSelection selection;

    LostTable(const SectionContext &context, std::vector<LostCustomer> rows, bool calls)
    {
        const MetricsSnapshot &s = context.snapshot;
        model.setLostCustomers(s.data, std::move(rows));
        if (calls) {
            QString error;
            model.setExitCalls(s.exitCalls ? *s.exitCalls
                                           : exitcalls::read(s.spec, &error).value_or(QList<ExitCall>{}));
        }
        selection.reset(&s.report.assets, context.pack.period);
        proxy.setSourceModel(&model);
        proxy.sort(LostCustomersModel::LostValue, Qt::DescendingOrder);
    }
};

const QList<int> kLostColumns{
    LostCustomersModel::CustomerId, LostCustomersModel::Name,      LostCustomersModel::Segment,
    LostCustomersModel::Region,     LostCustomersModel::Owner,     LostCustomersModel::LostOn,
    LostCustomersModel::Reason,     LostCustomersModel::LostValue, LostCustomersModel::WonBackOn};
const QList<qreal> kLostWidths{10, 20, 9, 8, 12, 8, 14, 11, 8};

PackTable breakdown(const SectionContext &context, LostTable &lost, LossBreakdownModel::Dimension dimension,
                    const QString &title)
{
    LossBreakdownModel model(dimension);
    model.setSource(&lost.model, context.pack.currency);
    model.setFilter(lost.selection.filter());
    PackTable t = table(title, ReportTr::tr("No customers were lost in this period."), {40, 16, 24, 20});
    copyTable(model,
              {LossBreakdownModel::Group, LossBreakdownModel::Count, LossBreakdownModel::Value,
               LossBreakdownModel::Share},
              t, context);
    return t;
}

PackSection base(const QString &id, const QString &title)
{
    return start(id, QStringLiteral("loss-review"), title);
}

} // namespace

PackSection lossVolume(const SectionContext &context)
{
    const QString &period = context.pack.periodText;
    PackSection s = base(QStringLiteral("loss-volume"), ReportTr::tr("Customers lost, %1").arg(period));
    s.headlines = pick(context, {Lost, Churn, WonBack, Net});
    s.chart = PackSection::Chart::LossTrend;
    s.note = ReportTr::tr("Lost customers by month, the last 13 months; the period's months in colour.");
    s.drill =
        selectionOf(context.snapshot.report.assets.lostCustomers, ReportTr::tr("Lost in %1").arg(period));
    return s;
}

PackSection lossValue(const SectionContext &context)
{
    const QString &period = context.pack.periodText;
    PackSection s = base(QStringLiteral("loss-value"), ReportTr::tr("Value lost, %1").arg(period));
    s.headlines = pick(context, {LostValue, Lost});
    LostTable lost(context, context.snapshot.report.assets.trendLostCustomers, false);
    s.tables.append(breakdown(context, lost, LossBreakdownModel::Dimension::Segment,
                              ReportTr::tr("Losses by segment, %1").arg(period)));
    s.tables.append(breakdown(context, lost, LossBreakdownModel::Dimension::Owner,
                              ReportTr::tr("Losses by account owner, %1").arg(period)));
    s.note = ReportTr::tr("Lost value: each lost customer's revenue in the 12 months before the loss.");
    s.drill =
        selectionOf(context.snapshot.report.assets.lostCustomers, ReportTr::tr("Lost in %1").arg(period));
    return s;
}

PackSection lossReasons(const SectionContext &context)
{
    const QString &period = context.pack.periodText;
    PackSection s = base(QStringLiteral("loss-reasons"), ReportTr::tr("Why customers left, %1").arg(period));
    s.chart = PackSection::Chart::Reasons;
    PackTable t = table(ReportTr::tr("Reasons for the losses, %1").arg(period),
                        ReportTr::tr("No customers were lost in this period."), {40, 12, 20, 14, 14});
    copyTable(*context.pack.reasons,
              {ReasonParetoModel::Reason, ReasonParetoModel::Count, ReasonParetoModel::Value,
               ReasonParetoModel::Share, ReasonParetoModel::CumulativeShare},
              t, context);
    s.tables.append(t);
    s.drill =
        selectionOf(context.snapshot.report.assets.lostCustomers, ReportTr::tr("Lost in %1").arg(period));
    return s;
}

PackSection lostCustomers(const SectionContext &context)
{
    const QString &period = context.pack.periodText;
    PackSection s =
        base(QStringLiteral("lost-customers"), ReportTr::tr("Lost customers by value, %1").arg(period));
    s.headlines = pick(context, {Lost, LostValue});
    LostTable lost(context, context.snapshot.report.assets.lostCustomers, false);
    PackTable t = table(ReportTr::tr("Customers lost in %1").arg(period),
                        ReportTr::tr("No customers were lost in this period."), kLostWidths);
    copyTable(lost.proxy, kLostColumns, t, context, LostCustomersModel::Name);
    t.slideColumns = {1, 6, 7}; // name, reason, lost value
    s.tables.append(t);
    s.drill =
        selectionOf(context.snapshot.report.assets.lostCustomers, ReportTr::tr("Lost in %1").arg(period));
    return s;
}

PackSection winBacks(const SectionContext &context)
{
    const QString &period = context.pack.periodText;
    PackSection s = base(QStringLiteral("win-backs"), ReportTr::tr("Customers won back, %1").arg(period));
    s.headlines = pick(context, {WonBack, Lost, Net});
    const std::vector<LostCustomer> back = meetinglists::wonBack(*context.snapshot.data, context.pack.period);
    s.drill = selectionOf(back, ReportTr::tr("Won back in %1").arg(period));
    LostTable lost(context, back, false);
    PackTable t = table(ReportTr::tr("Customers won back in %1").arg(period),
                        ReportTr::tr("No customer was won back in this period."), kLostWidths);
    copyTable(lost.proxy, kLostColumns, t, context, LostCustomersModel::Name);
    t.slideColumns = {1, 6, 7, 8}; // name, reason, lost value, won back on
    s.tables.append(t);
    s.note = ReportTr::tr("Each with the loss they came back from and its value.");
    return s;
}

PackSection exitCalls(const SectionContext &context)
{
    const QString &period = context.pack.periodText;
    PackSection s = base(QStringLiteral("exit-calls"), ReportTr::tr("Exit calls, %1").arg(period));
    LostTable lost(context, context.snapshot.report.assets.lostCustomers, true);
    const QLocale locale;
    // The calls on the period's losses, in the table's order (by lost value).
    QList<int> called;
    for (int r = 0; r < lost.proxy.rowCount(); ++r) {
        const int source = lost.proxy.mapToSource(lost.proxy.index(r, 0)).row();
        if (lost.model.exitCallAt(source))
            called.append(r);
    }
    const int lostCount = lost.model.rowCount();
    s.headlines.append({ReportTr::tr("Lost customers called"), locale.toString(called.size()),
                        ReportTr::tr("of %1 lost").arg(locale.toString(lostCount))});
    s.headlines.append({ReportTr::tr("Not called yet"), locale.toString(lostCount - called.size()),
                        ReportTr::tr("exit calls to make")});
    PackTable all = table(QString(), QString(), {});
    copyTable(lost.proxy,
              {LostCustomersModel::CustomerId, LostCustomersModel::Name, LostCustomersModel::Owner,
               LostCustomersModel::Reason, LostCustomersModel::ExitCallReason, LostCustomersModel::LostValue},
              all, context, LostCustomersModel::Name);
    PackTable t =
        table(ReportTr::tr("Exit calls on the losses of %1").arg(period),
              ReportTr::tr("No exit call is recorded on this period's losses."), {12, 22, 14, 18, 20, 14});
    t.headers = all.headers;
    t.alignments = all.alignments;
    for (const int r : called)
        t.rows.append(all.rows.at(r));
    t.slideColumns = {1, 3, 4, 5}; // name, reason on record, reason on the call, lost value
    s.tables.append(t);
    s.note = ReportTr::tr("The reason the customer gave on the call against the reason on record.");
    s.drill =
        selectionOf(context.snapshot.report.assets.lostCustomers, ReportTr::tr("Lost in %1").arg(period));
    return s;
}

PackSection customersGainedLost(const SectionContext &context)
{
    const QString &period = context.pack.periodText;
    PackSection s = base(QStringLiteral("customers-gained-lost"),
                         ReportTr::tr("Customers gained and lost, %1").arg(period));
    // Four figures, the story of the customer count (lost value and churn rate are on the
    // scorecard and the monthly reviews): they stand beside the chart on a projector.
    s.headlines = pick(context, {Lost, WonBack, Net});
    s.headlines.prepend(gainedHeadline(context.snapshot.report));
    s.chart = PackSection::Chart::LossTrend;
    LostTable lost(context, context.snapshot.report.assets.trendLostCustomers, false);
    s.tables.append(breakdown(context, lost, LossBreakdownModel::Dimension::Segment,
                              ReportTr::tr("Losses by segment, %1").arg(period)));
    LostTable periodLost(context, context.snapshot.report.assets.lostCustomers, false);
    PackTable t = table(ReportTr::tr("Customers lost in %1").arg(period),
                        ReportTr::tr("No customers were lost in this period."), kLostWidths);
    copyTable(periodLost.proxy, kLostColumns, t, context, LostCustomersModel::Name);
    t.slideColumns = {1, 6, 7};
    s.tables.append(t);
    s.drill =
        selectionOf(context.snapshot.report.assets.lostCustomers, ReportTr::tr("Lost in %1").arg(period));
    return s;
}

} // namespace acc::sections
