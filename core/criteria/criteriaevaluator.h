#pragma once

#include "criteria.h"
#include "engine/dataset.h"

#include <optional>
#include <vector>

namespace acc {

// Evaluates a criteria set on day d over the customers active on d (METRICS.md "Best
// customers" and conventions 5 and 6).
class CriteriaEvaluator final
{
public:
    CriteriaEvaluator(const Dataset &data, Day d);

    const std::vector<int> &activeCustomers() const { return m_active; }

    // The active customers meeting the set, ascending customer index.
    std::vector<int> select(const CriteriaSet &set);

    // One customer's attribute on d: a number (money in currency units), or std::nullopt
    // where METRICS.md gives none (no order, no answer). Text attributes: textAttribute().
    std::optional<double> numericAttribute(int customer, CriteriaAttribute attribute) const;
    QString textAttribute(int customer, CriteriaAttribute attribute) const;

private:
    // Which of the active customers (by position in m_active) meet one rule.
    std::vector<char> evaluate(const CriteriaRule &rule);
    const std::vector<std::optional<double>> &numbers(CriteriaAttribute attribute);

    const Dataset &m_data;
    Day m_day;
    std::vector<int> m_active;
    std::vector<std::vector<std::optional<double>>> m_numbers; // per attribute, per active customer
    std::vector<char> m_haveNumbers;
};

// Whole months from `from` to `to` counted by day of month (Jan 31 to Feb 28 is 0).
int wholeMonthsBetween(Day from, Day to);

} // namespace acc
