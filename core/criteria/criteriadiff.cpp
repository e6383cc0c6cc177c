#include "criteriadiff.h"

#include "criteriacheck.h"
#include "criteriatext.h"
#include "translation.h"

#include <vector>

namespace acc::criteria {

bool CriteriaDifference::isEmpty() const
{
    if (nameChanged || matchChanged)
        return false;
    for (const RuleChange &c : rules) {
        if (c.kind != RuleChange::Kind::Same)
            return false;
    }
    return true;
}

RuleChange::Kind CriteriaDifference::fromKind(int i) const
{
    for (const RuleChange &c : rules) {
        if (c.from == i)
            return c.kind;
    }
    return RuleChange::Kind::Added; // not a rule of the older set
}

RuleChange::Kind CriteriaDifference::toKind(int j) const
{
    for (const RuleChange &c : rules) {
        if (c.to == j)
            return c.kind;
    }
    return RuleChange::Kind::Removed; // not a rule of the newer set
}

CriteriaDifference difference(const CriteriaSet &from, const CriteriaSet &to)
{
    CriteriaDifference d;
    d.nameChanged = from.name != to.name;
    d.matchChanged = from.matchAll != to.matchAll;
    const qsizetype nFrom = from.rules.size();
    const qsizetype nTo = to.rules.size();
    std::vector<int> partner(std::size_t(nFrom), -1); // older rule -> newer rule
    std::vector<char> kindSame(std::size_t(nFrom), 0);
    std::vector<char> taken(std::size_t(nTo), 0);
    // The rules that say the same.
    for (qsizetype j = 0; j < nTo; ++j) {
        for (qsizetype i = 0; i < nFrom; ++i) {
            if (partner[std::size_t(i)] < 0 && sameRule(from.rules[i], to.rules[j])) {
                partner[std::size_t(i)] = int(j);
                kindSame[std::size_t(i)] = 1;
                taken[std::size_t(j)] = 1;
                break;
            }
        }
    }
    // Of the rest, a rule on the same attribute changed its operator or value.
    for (qsizetype j = 0; j < nTo; ++j) {
        if (taken[std::size_t(j)])
            continue;
        for (qsizetype i = 0; i < nFrom; ++i) {
            if (partner[std::size_t(i)] < 0 && from.rules[i].attribute == to.rules[j].attribute) {
                partner[std::size_t(i)] = int(j);
                taken[std::size_t(j)] = 1;
                break;
            }
        }
    }
    for (qsizetype i = 0; i < nFrom; ++i) {
        const int j = partner[std::size_t(i)];
        if (j < 0)
            d.rules.append({RuleChange::Kind::Removed, int(i), -1});
        else
            d.rules.append(
                {kindSame[std::size_t(i)] ? RuleChange::Kind::Same : RuleChange::Kind::Changed, int(i), j});
    }
    for (qsizetype j = 0; j < nTo; ++j) {
        if (!taken[std::size_t(j)])
            d.rules.append({RuleChange::Kind::Added, -1, int(j)});
    }
    return d;
}

QStringList differenceText(const CriteriaSet &from, const CriteriaSet &to, const QString &currency,
                           const QLocale &locale)
{
    const CriteriaDifference d = difference(from, to);
    QStringList out;
    if (d.nameChanged)
        out << MetricsTr::tr("Name: \"%1\" → \"%2\"").arg(from.name, to.name);
    if (d.matchChanged)
        out << (to.matchAll ? MetricsTr::tr("Match: any rule → all rules")
                            : MetricsTr::tr("Match: all rules → any rule"));
    for (const RuleChange &c : d.rules) {
        switch (c.kind) {
        case RuleChange::Kind::Same:
            break;
        case RuleChange::Kind::Removed:
            out << MetricsTr::tr("Removed: %1").arg(ruleText(from.rules[c.from], currency, locale));
            break;
        case RuleChange::Kind::Changed:
            out << MetricsTr::tr("Changed: %1 → %2")
                       .arg(ruleText(from.rules[c.from], currency, locale),
                            ruleText(to.rules[c.to], currency, locale));
            break;
        case RuleChange::Kind::Added:
            out << MetricsTr::tr("Added: %1").arg(ruleText(to.rules[c.to], currency, locale));
            break;
        }
    }
    return out;
}

} // namespace acc::criteria
