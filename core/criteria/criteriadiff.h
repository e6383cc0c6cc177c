#pragma once

#include "criteria.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace acc::criteria {

// What changed from one criteria set to another (an older version against the one being
// edited), for the criteria dialog's history. Rules are matched without regard to their
// order (a set's order does not change whom it selects): first the rules that say the
// same, then, of the rest, rules on the same attribute in order (a changed operator or
// value); what is left was removed (from the older) or added (in the newer).
struct RuleChange
{
    enum class Kind { Same, Changed, Removed, Added };
    Kind kind = Kind::Same;
    int from = -1; // index into the older set's rules; -1 for an added rule
    int to = -1;   // index into the newer set's rules; -1 for a removed rule
};

struct CriteriaDifference
{
    bool nameChanged = false;
    bool matchChanged = false;
    // Every rule of both sets once: the older set's rules in its order (same, changed or
    // removed), then the added ones in the newer set's order.
    QList<RuleChange> rules;

    bool isEmpty() const;
    // The change of the older set's rule i, or of the newer set's rule j.
    RuleChange::Kind fromKind(int i) const;
    RuleChange::Kind toKind(int j) const;
};

CriteriaDifference difference(const CriteriaSet &from, const CriteriaSet &to);

// The difference in words, one change per entry: the name, the match, then each removed,
// changed and added rule ("Changed: Revenue, last 12 months: in the top 20 % of active
// customers → in the top 10 % of active customers"). Empty when nothing changed.
QStringList differenceText(const CriteriaSet &from, const CriteriaSet &to, const QString &currency,
                           const QLocale &locale = QLocale());

} // namespace acc::criteria
