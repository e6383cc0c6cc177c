#pragma once

#include "engine/period.h"
#include "views/lossreview/lossheadlines.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace acc {

class LossTrendModel;
class ReasonParetoModel;

enum class PackKind { Monthly, Quarterly };

// A table of the pack as text, formatted once by the models (Qt::DisplayRole), so the
// printed figures read exactly as on screen.
struct PackTable
{
    QString title;
    QString continuedTitle;
    QStringList headers;
    QList<qreal> widths; // relative column widths
    QList<Qt::Alignment> alignments;
    QList<QStringList> rows;
    QString emptyText;
};

// Everything a meeting pack shows, built once by PackBuilder from a snapshot and then
// painted on any paged device (PDF file, printer, print preview).
struct MeetingPack
{
    PackKind kind = PackKind::Monthly;
    Period period;
    QString companyName;
    QString title;      // "Monthly customer-loss review"
    QString periodText; // "October 2026"
    QString asOfText;   // "Data as of 2026-10-31"
    QString filterText; // "Segment: Retail", empty for the whole company
    QString footerText; // company · title · period (· filter), on every page
    QString lossPageTitle;
    QString currency;
    QList<Headline> headlines;
    // The charts' models (shared: a pack is copied around, models are not copyable).
    std::shared_ptr<LossTrendModel> trend;
    std::shared_ptr<ReasonParetoModel> reasons;
    QList<int> highlightedMonths;
    QString paretoTitle;
    PackTable reasonsTable;
    PackTable segmentTable; // the period's losses by segment
    PackTable ownerTable;   // ... and by account owner
    PackTable lostTable;

    // The tables in the order they are printed.
    QList<const PackTable *> tables() const
    {
        return {&reasonsTable, &segmentTable, &ownerTable, &lostTable};
    }
};

} // namespace acc
