// The Best customers view's section of the quarterly agenda (report/sections.h): how many
// best customers, their share of revenue, and the best customers by lifetime value, under
// the criteria version in force.
#include "bestheadlines.h"
#include "translation.h"

#include "models/bestcustomersmodel.h"
#include "models/bestviewfigures.h"
#include "models/displaytext.h"
#include "models/metricsservice.h"
#include "report/sections.h"

#include <QLocale>

namespace acc::sections {

namespace {
constexpr int kRows = 100; // the pack lists the hundred most valuable
}

PackSection bestCustomers(const SectionContext &context)
{
    const MetricsSnapshot &snapshot = context.snapshot;
    const MetricsReport &report = snapshot.report;
    PackSection s = start(QStringLiteral("best-customers"), QStringLiteral("best-customers"),
                          ReportTr::tr("Best customers, %1").arg(context.pack.periodText));
    const ParetoCurve curve =
        snapshot.bestView ? snapshot.bestView->curve
                          : ParetoCurve::compute(*snapshot.data, *snapshot.facts, report.best.windowRevenue);
    s.headlines = bestHeadlines(report, curve);
    BestCustomersModel model;
    model.setSnapshot(borrowed(context));
    PackTable t = table(ReportTr::tr("Best customers by lifetime value"), ReportTr::tr("No best customers."),
                        {6, 11, 21, 10, 9, 12, 9, 12, 10});
    copyTable(model,
              {BestCustomersModel::Rank, BestCustomersModel::CustomerId, BestCustomersModel::Name,
               BestCustomersModel::Segment, BestCustomersModel::Stage, BestCustomersModel::LifetimeValue,
               BestCustomersModel::Orders12m, BestCustomersModel::LastOrder, BestCustomersModel::PAlive},
              t, context, BestCustomersModel::Name, kRows);
    t.slideColumns = {2, 4, 5, 8}; // name, stage, lifetime value, P(alive)
    s.tables.append(t);
    const CriteriaSet &set = report.best.criteria;
    s.note = ReportTr::tr("Criteria in force: %1, version %2.")
                 .arg(display::shorten(set.name, display::kChartChars), QLocale().toString(set.version));
    if (model.rowCount() > kRows)
        s.note +=
            QLatin1Char(' ') + ReportTr::tr("The %1 with the highest lifetime value of %2 best customers.")
                                   .arg(kRows)
                                   .arg(QLocale().toString(model.rowCount()));
    s.drill.title = ReportTr::tr("Best customers, %1").arg(context.pack.periodText);
    for (const int c : report.best.bestCustomers)
        s.drill.customers.append(c);
    return s;
}

} // namespace acc::sections
