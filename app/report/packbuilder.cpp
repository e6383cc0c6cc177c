#include "packbuilder.h"
#include "translation.h"

#include "models/displaytext.h"
#include "models/filtertext.h"
#include "models/format.h"
#include "models/lossbreakdownmodel.h"
#include "models/losstrendmodel.h"
#include "models/lostcustomersmodel.h"
#include "models/lostcustomersproxy.h"
#include "models/metricsservice.h"
#include "models/reasonparetomodel.h"
#include "views/lossreview/lossselection.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace acc {

namespace {

// Copies a table model's text (Qt::DisplayRole: safe and shortened by the models, so a
// long text costs no more than a short one) and headers into a pack table.
void copyTable(const QAbstractItemModel &model, const QList<int> &columns, PackTable &table)
{
    for (const int c : columns) {
        table.headers.append(model.headerData(c, Qt::Horizontal).toString());
        const int rows = model.rowCount();
        const QVariant align = rows > 0 ? model.index(0, c).data(Qt::TextAlignmentRole) : QVariant();
        table.alignments.append(align.isValid() ? Qt::Alignment(align.toInt())
                                                : Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    }
    const int rows = model.rowCount();
    table.rows.reserve(rows);
    for (int r = 0; r < rows; ++r) {
        QStringList row;
        row.reserve(columns.size());
        for (const int c : columns)
            row.append(model.index(r, c).data().toString());
        table.rows.append(row);
    }
}

} // namespace

QString PackBuilder::kindTitle(PackKind kind)
{
    return kind == PackKind::Quarterly ? ReportTr::tr("Quarterly accountability meeting")
                                       : ReportTr::tr("Monthly customer-loss review");
}

MeetingPack PackBuilder::build(const MetricsSnapshot &snapshot, PackKind kind)
{
    const MetricsReport &report = snapshot.report;
    const Dataset &data = *snapshot.data;
    MeetingPack pack;
    pack.kind = kind;
    pack.period = report.days.period;
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
    pack.lossPageTitle = ReportTr::tr("Loss review, %1").arg(pack.periodText);
    pack.currency = data.currency;
    pack.headlines = lossHeadlines(report, data.currency);

    pack.trend = std::make_shared<LossTrendModel>();
    pack.trend->setTrend(report.assets.trendMonths, data.currency);
    pack.reasons = std::make_shared<ReasonParetoModel>();
    pack.reasons->setReasons(report.assets.figures.reasons, data.currency);
    LossSelection selection;
    selection.reset(&report.assets, pack.period);
    pack.highlightedMonths = selection.highlightedMonths();
    pack.paretoTitle = ReportTr::tr("Why customers left, %1").arg(pack.periodText);

    PackTable &reasons = pack.reasonsTable;
    reasons.title = ReportTr::tr("Reasons for the losses, %1").arg(pack.periodText);
    reasons.continuedTitle = ReportTr::tr("Reasons for the losses, %1 (continued)").arg(pack.periodText);
    reasons.emptyText = ReportTr::tr("No customers were lost in this period.");
    reasons.widths = {40, 12, 20, 14, 14};
    copyTable(*pack.reasons,
              {ReasonParetoModel::Reason, ReasonParetoModel::Count, ReasonParetoModel::Value,
               ReasonParetoModel::Share, ReasonParetoModel::CumulativeShare},
              reasons);

    // The lost customers of the period, through the same model, filter and order as the
    // window's table.
    LostCustomersModel lostModel;
    lostModel.setLostCustomers(snapshot.data, report.assets.trendLostCustomers);
    LostCustomersProxy proxy;
    proxy.setSourceModel(&lostModel);
    proxy.setFilter(selection.filter());
    proxy.sort(LostCustomersModel::LostValue, Qt::DescendingOrder);
    // The same losses by segment and by account owner, as the window's tabs show them.
    const struct
    {
        LossBreakdownModel::Dimension dimension;
        PackTable *table;
        QString title;
        QString continued;
    } breakdowns[] = {
        {LossBreakdownModel::Dimension::Segment, &pack.segmentTable,
         ReportTr::tr("Losses by segment, %1").arg(pack.periodText),
         ReportTr::tr("Losses by segment, %1 (continued)").arg(pack.periodText)},
        {LossBreakdownModel::Dimension::Owner, &pack.ownerTable,
         ReportTr::tr("Losses by account owner, %1").arg(pack.periodText),
         ReportTr::tr("Losses by account owner, %1 (continued)").arg(pack.periodText)},
    };
    for (const auto &b : breakdowns) {
        LossBreakdownModel model(b.dimension);
        model.setSource(&lostModel, data.currency);
        model.setFilter(selection.filter());
        b.table->title = b.title;
        b.table->continuedTitle = b.continued;
        b.table->emptyText = ReportTr::tr("No customers were lost in this period.");
        b.table->widths = {40, 16, 24, 20};
        copyTable(model,
                  {LossBreakdownModel::Group, LossBreakdownModel::Count, LossBreakdownModel::Value,
                   LossBreakdownModel::Share},
                  *b.table);
    }

    PackTable &lost = pack.lostTable;
    lost.title = ReportTr::tr("Customers lost in %1").arg(pack.periodText);
    lost.continuedTitle = ReportTr::tr("Customers lost in %1 (continued)").arg(pack.periodText);
    lost.emptyText = ReportTr::tr("No customers were lost in this period.");
    lost.widths = {10, 20, 9, 8, 12, 8, 14, 11, 8};
    copyTable(proxy,
              {LostCustomersModel::CustomerId, LostCustomersModel::Name, LostCustomersModel::Segment,
               LostCustomersModel::Region, LostCustomersModel::Owner, LostCustomersModel::LostOn,
               LostCustomersModel::Reason, LostCustomersModel::LostValue, LostCustomersModel::WonBackOn},
              lost);
    return pack;
}

} // namespace acc
