#pragma once

#include "criteria.h"

#include <QLocale>
#include <QString>
#include <QStringList>

namespace acc::criteria {

// Criteria in words, for the Best customers view, the criteria dialog, its version
// difference and the pack: "Revenue, last 12 months: in the top 20 % of active customers".

// "Lifetime value", "Orders, last 12 months", ... (translated).
QString attributeLabel(CriteriaAttribute a);
// "at least", "more than", "is one of", "in the top" ... (translated).
QString opLabel(CriteriaOp op);
// The value as the user wrote it: "5,000 EUR" for money, "Retail, SME" for a list.
QString valueText(const CriteriaRule &rule, const QString &currency, const QLocale &locale = QLocale());
// One rule in words.
QString ruleText(const CriteriaRule &rule, const QString &currency, const QLocale &locale = QLocale());
// Every rule in words, one per entry, in the set's order.
QStringList rulesText(const CriteriaSet &set, const QString &currency, const QLocale &locale = QLocale());
// "All of these rules hold" / "Any of these rules holds", or, for a set without rules,
// "Every active customer" (all) / "No customer" (any).
QString matchText(const CriteriaSet &set);

} // namespace acc::criteria
