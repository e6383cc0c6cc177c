#include "packbuilder.h"
#include "sections.h"
#include "translation.h"

#include "models/displaytext.h"
#include "models/filtertext.h"
#include "models/format.h"
#include "models/losstrendmodel.h"
#include "models/metricsservice.h"
#include "models/reasonparetomodel.h"
#include "views/lossreview/lossselection.h"

#include <QFileInfo>

namespace acc {

QString PackBuilder::kindTitle(PackKind kind)
{
    return agenda::title(kind);
}

MeetingPack PackBuilder::build(const MetricsSnapshot &snapshot, PackKind kind, const PackOptions &options)
{
    const MetricsReport &report = snapshot.report;
    const Dataset &data = *snapshot.data;
    MeetingPack pack;
    pack.kind = kind;
    pack.period = report.days.period;
    pack.privacy = options.privacy;
    pack.companyName = display::shorten(
        data.companyName.isEmpty() ? QFileInfo(snapshot.spec).completeBaseName() : data.companyName,
        display::kCellChars);
    pack.title = kindTitle(kind);
    pack.periodText = format::periodLong(pack.period);
    pack.asOfText = hasDay(report.asOf) ? ReportTr::tr("Data as of %1").arg(format::date(report.asOf))
                                        : ReportTr::tr("The database holds no dated records");
    pack.filterText = FilterText::describe(snapshot.filter);
    pack.footerText = pack.filterText.isEmpty()
                          ? ReportTr::tr("%1 · %2 · %3").arg(pack.companyName, pack.title, pack.periodText)
                          : ReportTr::tr("%1 · %2 · %3 · %4")
                                .arg(pack.companyName, pack.title, pack.periodText, pack.filterText);
    pack.currency = data.currency;

    pack.trend = std::make_shared<LossTrendModel>();
    pack.trend->setTrend(report.assets.trendMonths, data.currency);
    pack.reasons = std::make_shared<ReasonParetoModel>();
    pack.reasons->setReasons(report.assets.figures.reasons, data.currency);
    LossSelection selection;
    selection.reset(&report.assets, pack.period);
    pack.highlightedMonths = selection.highlightedMonths();
    pack.paretoTitle = ReportTr::tr("Why customers left, %1").arg(pack.periodText);

    const SectionContext context{snapshot, pack, options};
    for (const AgendaItem &item : agenda::items(kind)) {
        if (const SectionBuilder build = sections::builder(item.section))
            pack.sections.append(build(context));
    }
    return pack;
}

} // namespace acc
