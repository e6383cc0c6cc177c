#pragma once

#include "engine/period.h"
#include "meeting/agenda.h"
#include "models/customerselection.h"
#include "report/headline.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace acc {

class LossTrendModel;
class ReasonParetoModel;

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
    // The columns a slide shows (indices into headers, in order; empty: all) and which of
    // them takes the room left (a name), so the projector's large type shows every figure
    // whole; the pack prints every column.
    QList<int> slideColumns;
    int slideStretch = 0;
    // The rows again with money in its compact form ("4.29 M EUR"), or empty: a slide
    // whose name column would cut a word shows these instead (the pack prints rows).
    QList<QStringList> compactRows;
};

// One item of the agenda, described once: the slide in meeting mode and the pack's pages
// are both drawn from it (docs/meeting.md). A view supplies the builder of its sections
// (report/sections.h); the figures are the models' text, never computed here.
struct PackSection
{
    enum class Chart { None, LossTrend, Reasons };

    QString id;       // the agenda's section id, "loss-volume"
    QString viewName; // the view it comes from, and that a drill-down opens
    QString title;    // "Customers lost, October 2026"
    QList<Headline> headlines;
    Chart chart = Chart::None;
    QList<PackTable> tables; // the first is the one a slide shows
    QString note;            // the criteria version, what a table holds: printed under the title
    // The customers behind the section (a drill-down lists them); empty when none.
    CustomerSelection drill;
};

// What to build: the privacy mask replaces every customer's name with its initials.
struct PackOptions
{
    bool privacy = false;
};

// Everything a meeting shows, built once by PackBuilder from a snapshot and then painted
// on any paged device (PDF file, printer, print preview) or shown slide by slide.
struct MeetingPack
{
    PackKind kind = PackKind::Monthly;
    Period period;
    bool privacy = false;
    QString companyName;
    QString title;      // "Monthly customer-loss review"
    QString periodText; // "October 2026"
    QString asOfText;   // "Data as of 2026-10-31"
    QString filterText; // "Segment: Retail", empty for the whole company
    QString footerText; // company · title · period (· filter), on every page
    QString currency;
    // The charts' models (shared: a pack is copied around, models are not copyable).
    std::shared_ptr<LossTrendModel> trend;
    std::shared_ptr<ReasonParetoModel> reasons;
    QList<int> highlightedMonths;
    QString paretoTitle;
    QList<PackSection> sections; // in the agenda's order

    const PackSection *section(const QString &id) const
    {
        for (const PackSection &s : sections) {
            if (s.id == id)
                return &s;
        }
        return nullptr;
    }
};

} // namespace acc
