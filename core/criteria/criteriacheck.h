#pragma once

#include "criteria.h"

#include <QJsonValue>
#include <QList>
#include <QLocale>
#include <QString>

namespace acc::criteria {

// The checks of one rule, field by field, shared by the criteria file reader (fromJson,
// so `accountable criteria save --file` and `metrics --criteria FILE.json`) and the
// criteria dialog: both say the same thing about the same mistake. Each check returns an
// empty string when the field is fine, else what is wrong, without the "rule N: " that
// fromJson puts in front.

// The operators an attribute takes, in the order a menu lists them: >=, >, <=, <, =, !=
// and top-percent for a number; =, !=, in, not-in and top-percent for a text.
QList<CriteriaOp> opsFor(CriteriaAttribute attribute);
bool takesOp(CriteriaAttribute attribute, CriteriaOp op);

// "unknown attribute "revenu_12m" (known: ...)", for a name that is not an attribute.
QString unknownAttributeProblem(const QString &given);
// "unknown operator "=>" (known: ...)".
QString unknownOpProblem(const QString &given);
// Why op does not work on attribute ("segment is a text; ">=" compares numbers ..."), or
// an empty string.
QString opProblem(CriteriaAttribute attribute, CriteriaOp op);

// Checks a JSON value for the rule's attribute and operator (which must go together:
// opProblem first) and, when it fits, stores it in the rule (number, text or list).
QString readValue(const QJsonValue &value, CriteriaRule *rule);

// A value as a person types it in the dialog, as the JSON value readValue() checks: a
// number read with the locale's decimal and group separators (money in currency units,
// top-percent N without the "%"), a text trimmed, a list split at commas with each item
// trimmed and empty items left out. Text that is not a number, where a number is
// expected, stays a text, so readValue() says a number is needed.
QJsonValue typedValue(CriteriaAttribute attribute, CriteriaOp op, const QString &typed,
                      const QLocale &locale = QLocale());
// The value of a rule as the dialog shows it for editing (typedValue() reads it back):
// "5000" or "5000.5" in the locale, "Retail, SME" for a list.
QString editText(const CriteriaRule &rule, const QLocale &locale = QLocale());

// Whether two rules say the same (the fields their operator does not use are ignored).
bool sameRule(const CriteriaRule &a, const CriteriaRule &b);

} // namespace acc::criteria
