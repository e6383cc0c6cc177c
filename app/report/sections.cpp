#include "sections.h"
#include "translation.h"

#include "models/displaytext.h"

#include <QAbstractItemModel>
#include <QHash>

namespace acc::sections {

SectionBuilder builder(const QString &id)
{
    static const QHash<QString, SectionBuilder> builders{
        {QStringLiteral("loss-volume"), &lossVolume},
        {QStringLiteral("loss-value"), &lossValue},
        {QStringLiteral("loss-reasons"), &lossReasons},
        {QStringLiteral("lost-customers"), &lostCustomers},
        {QStringLiteral("win-backs"), &winBacks},
        {QStringLiteral("exit-calls"), &exitCalls},
        {QStringLiteral("open-actions"), &openActions},
        {QStringLiteral("scorecard"), &scorecard},
        {QStringLiteral("customers-gained-lost"), &customersGainedLost},
        {QStringLiteral("service-rescue"), &serviceRescue},
        {QStringLiteral("listening"), &listening},
        {QStringLiteral("operations"), &operations},
        {QStringLiteral("best-customers"), &bestCustomers},
        {QStringLiteral("spend"), &spend},
        {QStringLiteral("reality-check"), &realityCheck},
        {QStringLiteral("actions"), &allActions},
    };
    return builders.value(id, nullptr);
}

PackSection start(const QString &id, const QString &viewName, const QString &title)
{
    PackSection s;
    s.id = id;
    s.viewName = viewName;
    s.title = title;
    return s;
}

std::shared_ptr<const MetricsSnapshot> borrowed(const SectionContext &context)
{
    return std::shared_ptr<const MetricsSnapshot>(&context.snapshot, [](const MetricsSnapshot *) {});
}

QString customerName(const QString &name, const SectionContext &context)
{
    return context.options.privacy ? display::initials(name) : display::shorten(name, display::kCellChars);
}

void copyTable(const QAbstractItemModel &model, const QList<int> &columns, PackTable &table,
               const SectionContext &context, int nameColumn, int maxRows)
{
    const int rows = maxRows < 0 ? model.rowCount() : std::min(maxRows, model.rowCount());
    for (const int c : columns) {
        table.headers.append(model.headerData(c, Qt::Horizontal).toString());
        const QVariant align = rows > 0 ? model.index(0, c).data(Qt::TextAlignmentRole) : QVariant();
        table.alignments.append(align.isValid() ? Qt::Alignment(align.toInt())
                                                : Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    }
    table.rows.reserve(rows);
    for (int r = 0; r < rows; ++r) {
        QStringList row;
        row.reserve(columns.size());
        for (const int c : columns) {
            const QString text = model.index(r, c).data().toString();
            row.append(c == nameColumn && context.options.privacy ? display::initials(text) : text);
        }
        table.rows.append(row);
    }
}

void copyCompactRows(const QAbstractItemModel &model, const QList<int> &columns, int role, PackTable &table)
{
    table.compactRows.clear();
    for (int r = 0; r < int(table.rows.size()); ++r) {
        QStringList row;
        for (const int c : columns)
            row.append(model.index(r, c).data(role).toString());
        table.compactRows.append(row);
    }
}

PackTable table(const QString &title, const QString &emptyText, const QList<qreal> &widths)
{
    PackTable t;
    t.title = title;
    t.continuedTitle = ReportTr::tr("%1 (continued)").arg(title);
    t.emptyText = emptyText;
    t.widths = widths;
    return t;
}

} // namespace acc::sections
