#pragma once

#include "engine/period.h"

#include <QList>
#include <QString>

#include <optional>

namespace acc {

// The two meetings the product runs: the monthly customer-loss review (a month) and the
// quarterly accountability meeting (a quarter of the company's fiscal year).
enum class PackKind { Monthly, Quarterly };

// One item of a meeting's agenda: which section it is ("loss-volume") and the view that
// builds it and that a drill-down from it opens ("loss-review").
struct AgendaItem
{
    QString section;
    QString viewName;
};

// A meeting's agenda as data (PRODUCT.md, meeting mode; docs/meeting.md): the ordered list
// of sections that the slides and the pack are both made from.
namespace agenda {

// "monthly" / "quarterly"; std::nullopt for anything else.
std::optional<PackKind> parseKind(const QString &text);
QString kindName(PackKind kind);
// "Monthly customer-loss review", "Quarterly accountability meeting".
QString title(PackKind kind);

// The meeting a period is reviewed in: a month monthly, a quarter quarterly, none for a
// year (there is no annual agenda: refusal() says so).
std::optional<PackKind> kindFor(const Period &period);
// Empty when the meeting can be held on the period; otherwise why not, in one sentence
// naming a period that works ("a quarterly meeting covers a quarter, e.g. 2026-Q3").
QString refusal(PackKind kind, const Period &period);

// Monthly: loss volume, loss value, reasons, lost customers by value, win-backs, exit
// calls, open actions. Quarterly: the scorecard, the four targets (customers gained and
// lost, service and rescue, listening, operations), best customers, spend and results,
// reality check, actions.
const QList<AgendaItem> &items(PackKind kind);

} // namespace agenda
} // namespace acc
