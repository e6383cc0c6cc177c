#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace acc::guide {

// The user guide's words, in core so the window's help (F1), the figures' tooltips and
// the accessible descriptions all say the same thing, translated once ("Guide" context).

// How a figure is computed, in the words of METRICS.md: every numeric key of
// targets::numericKeys(), a best-customer attribute (lifetime_value, revenue_12m, ...),
// a customer-model figure (p_alive, expected_orders_12m, expected_value_12m), the lists
// (reasons, priority_contacts, best_customers) and the contacts by category
// ("contacts_by_category.rescue"). Empty for a key it does not know.
QString definition(const QString &key);
// The figure's name as the views show it: figures::label() for a numeric key, the
// criteria's label for an attribute, the guide's own for the rest.
QString label(const QString &key);

// One view's page of the guide: what it answers, the figures it shows (keys for
// definition() and figures::label()), and how to work it.
struct ViewGuide
{
    QString purpose;
    QStringList figures;
    QStringList howTo;
};

// The page of a view by its command-line name ("loss-review"); an empty purpose for a
// name it does not know.
ViewGuide forView(const QString &viewName);

// Running the two meetings: a few sentences, then the keys (key, what it does).
QString meetingIntroduction();
QList<QPair<QString, QString>> meetingKeys();

} // namespace acc::guide
