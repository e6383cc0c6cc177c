// The Reality check view's section of the quarterly agenda (report/sections.h): the
// executives' scores on each dimension against the last ones.
#include "translation.h"

#include "models/metricsservice.h"
#include "models/realitycheckmodel.h"
#include "report/sections.h"

namespace acc::sections {

PackSection realityCheck(const SectionContext &context)
{
    PackSection s = start(QStringLiteral("reality-check"), QStringLiteral("reality-check"),
                          ReportTr::tr("Reality check, %1").arg(context.pack.periodText));
    RealityCheckModel model;
    model.setSnapshot(borrowed(context));
    PackTable t = table(ReportTr::tr("How the executives score the company"), ReportTr::tr("No scores yet."),
                        {30, 12, 12, 12, 34});
    copyTable(model,
              {RealityCheckModel::Dimension, RealityCheckModel::Score, RealityCheckModel::Previous,
               RealityCheckModel::Change, RealityCheckModel::Note},
              t, context);
    t.slideColumns = {0, 1, 2, 3}; // dimension, score, previous, change
    s.tables.append(t);
    return s;
}

} // namespace acc::sections
