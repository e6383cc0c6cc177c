#include "filtertext.h"

#include "displaytext.h"

#include <QStringList>

namespace acc {

QString FilterText::describe(const DataFilter &filter)
{
    QStringList parts;
    if (!filter.segment.isEmpty())
        parts << tr("Segment: %1").arg(display::shorten(filter.segment, display::kCellChars));
    if (!filter.region.isEmpty())
        parts << tr("Region: %1").arg(display::shorten(filter.region, display::kCellChars));
    if (!filter.owner.isEmpty())
        parts << tr("Owner: %1").arg(display::shorten(filter.owner, display::kCellChars));
    return parts.join(QStringLiteral(" · "));
}

QString FilterText::describeOrAll(const DataFilter &filter)
{
    return filter.isEmpty() ? tr("All customers") : describe(filter);
}

} // namespace acc
