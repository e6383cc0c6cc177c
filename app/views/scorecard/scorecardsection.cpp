// The Scorecard's section of the quarterly agenda (report/sections.h): every target with
// its actual, status and owner, grouped by the four targets of the meeting.
#include "translation.h"

#include "models/metricsservice.h"
#include "models/scorecardmodel.h"
#include "report/sections.h"

#include <QLocale>

namespace acc::sections {

PackSection scorecard(const SectionContext &context)
{
    PackSection s = start(QStringLiteral("scorecard"), QStringLiteral("scorecard"),
                          ReportTr::tr("Scorecard, %1").arg(context.pack.periodText));
    ScorecardModel model;
    model.setSnapshot(borrowed(context));
    int counts[4] = {0, 0, 0, 0}; // by TargetStatus
    for (const TargetResult &t : context.snapshot.report.targets)
        ++counts[int(t.status)];
    const int total = int(context.snapshot.report.targets.size());
    const QLocale locale;
    const QString ofTotal = ReportTr::tr("of %1 targets").arg(locale.toString(total));
    for (const TargetStatus status :
         {TargetStatus::Met, TargetStatus::AtRisk, TargetStatus::Missed, TargetStatus::NoData})
        s.headlines.append(
            {ScorecardModel::statusText(status), locale.toString(counts[int(status)]), ofTotal});
    PackTable t = table(ReportTr::tr("Targets, %1").arg(context.pack.periodText),
                        ReportTr::tr("No figures yet"), {18, 26, 16, 14, 14, 12});
    const QList<int> columns{ScorecardModel::Group,  ScorecardModel::Figure, ScorecardModel::Actual,
                             ScorecardModel::Target, ScorecardModel::Status, ScorecardModel::Owner};
    copyTable(model, columns, t, context);
    copyCompactRows(model, columns, ScorecardModel::CompactTextRole, t);
    t.slideColumns = {1, 2, 3, 4, 5}; // figure, actual, target, status, owner (the rows go by group)
    s.tables.append(t);
    if (total == 0)
        s.note = ReportTr::tr("No targets are set for %1: set them in the Targets view.")
                     .arg(context.pack.periodText);
    return s;
}

} // namespace acc::sections
