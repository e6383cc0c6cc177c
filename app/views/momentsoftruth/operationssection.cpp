// The Moments of truth view's section of the quarterly agenda (report/sections.h):
// operations, the touchpoints with most contacts and the complaints and losses after them.
#include "translation.h"

#include "models/contactcategorymodel.h"
#include "models/metricsservice.h"
#include "models/touchpointmodel.h"
#include "report/sections.h"

namespace acc::sections {

PackSection operations(const SectionContext &context)
{
    PackSection s = start(QStringLiteral("operations"), QStringLiteral("moments-of-truth"),
                          ReportTr::tr("Operations: moments of truth, %1").arg(context.pack.periodText));
    const std::shared_ptr<const MetricsSnapshot> snapshot = borrowed(context);
    TouchpointModel touchpoints;
    touchpoints.setSnapshot(snapshot);
    PackTable t = table(ReportTr::tr("Priority contacts: the touchpoints with most contacts"),
                        ReportTr::tr("No contacts in the period."), {6, 26, 11, 11, 11, 12, 11, 12});
    QList<int> columns;
    for (int c = 0; c < TouchpointModel::ColumnCount; ++c)
        columns.append(c);
    copyTable(touchpoints, columns, t, context);
    t.slideColumns = {1, 2, 4, 6}; // touchpoint, contacts, complaints, lost customers
    s.tables.append(t);
    ContactCategoryModel categories;
    categories.setSnapshot(snapshot);
    PackTable c = table(ReportTr::tr("Contacts by category"), ReportTr::tr("No contacts in the period."),
                        {40, 20, 20, 20});
    copyTable(categories,
              {ContactCategoryModel::Category, ContactCategoryModel::Contacts, ContactCategoryModel::Share,
               ContactCategoryModel::Customers},
              c, context);
    s.tables.append(c);
    s.note = ReportTr::tr("Lost: customers lost within 180 days after a contact at the touchpoint.");
    return s;
}

} // namespace acc::sections
