#pragma once

#include "customercolumn.h"
#include "engine/customerfacts.h"

#include <QVariant>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace acc {

// Every customer in the order of each column of the Customers table, worked out once per
// snapshot (a column's order on its first use), so that sorting 100,000 customers is a
// copy of a prepared list, never a comparison of texts.
//
// The order of a column: the customers with a value, ascending by it, equal values by
// customer id, then by position; then the customers without one (an empty text, no
// order, no P(alive), an unknown stage), by customer id. Texts sort by
// textkey::sortKey() (case and accents ignored, numbers by value, scripts in Unicode's
// order), equal keys by the exact text (UTF-16 code units). Stages in their loyalty order
// (suspect to lapsed), statuses as CustomerStatus lists them (lost ones by the day they
// left), "best" with the others first.
class CustomerOrder final
{
public:
    struct Sorted
    {
        std::vector<int> customers; // every customer: those with a value, then the rest
        int valued = 0;             // how many have a value (the first ones)
    };

    // New figures; with the same data set (another period) the text columns' orders are
    // kept, since only the figures changed.
    void reset(std::shared_ptr<const Dataset> data, std::shared_ptr<const CustomerFacts> facts);

    int customerCount() const { return m_data ? int(m_data->customers.size()) : 0; }
    const Sorted &sorted(CustomerColumn column) const;
    // The key a column sorts by, for Role::Sort: a number (cents, a count, a day number,
    // a probability), a text column's rank (equal texts share one), or an empty QVariant
    // when the customer has no value there.
    QVariant key(CustomerColumn column, int customer) const;

    static bool isText(CustomerColumn column);

private:
    // Ranks of a text column's values: equal texts share one; -1 for an empty text.
    const std::vector<int> &ranks(CustomerColumn column) const;
    const QString &text(CustomerColumn column, int customer) const;

    std::shared_ptr<const Dataset> m_data;
    std::shared_ptr<const CustomerFacts> m_facts;
    mutable std::array<std::optional<Sorted>, kCustomerColumnCount> m_sorted;
    mutable std::array<std::vector<int>, kCustomerColumnCount> m_ranks; // text columns only
};

} // namespace acc
