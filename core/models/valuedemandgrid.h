#pragma once

#include "engine/customerfacts.h"
#include "engine/dataset.h"

#include <QList>

#include <array>
#include <vector>

namespace acc {

// Value against demand (PRODUCT.md §3): the active customers on the state day binned by
// revenue_12m (rows) and contacts_12m (columns), never one point per customer.
//
// Rows, from the top, by the revenue of active customers ranked desc: the top 5 %, the
// next 15 % (to 20 %), the next 30 % (to 50 %), the rest with positive revenue, and no
// revenue (0 or less). A band's floor is the revenue of the customer at its mark
// (ceil(5 %, 20 %, 50 % of the active customers) in that ranking, at least one cent):
// every customer with at least that revenue is in the band or above, ties included.
// Columns: contacts 0, 1, 2, 3-4, 5-7, 8-12, 13 and more, with the corner's contact mark
// added as a boundary when it is not one already.
//
// The demanding high-value corner: active customers with revenue_12m at or above the
// 20 % mark (the top two rows) and contacts_12m at or above the contact mark, the
// contacts of the customer at ceil(20 % of the active customers) ranked by contacts desc,
// and at least 1. It is always a block of whole cells in the top right (docs/metrics.md).
struct ValueDemandCell
{
    int customers = 0;
    int best = 0;
    Cents revenue = 0; // revenue_12m of its customers

    bool operator==(const ValueDemandCell &) const = default;
};

class ValueDemandGrid final
{
public:
    enum Band { Top5, Top20, Top50, Lower, NoRevenue, BandCount };

    static ValueDemandGrid compute(const Dataset &data, const CustomerFacts &facts);

    int activeCustomers() const { return m_active; }
    int rowCount() const { return BandCount; }
    int columnCount() const { return int(m_contactEdges.size()); }
    const ValueDemandCell &cell(int row, int column) const;

    // The least revenue of a band's row (Top5, Top20, Top50: its mark; Lower: one cent);
    // NoRevenue has none (0).
    Cents bandFloor(int row) const;
    // The contacts of a column: from contactsFrom to contactsTo (-1: and more).
    int contactsFrom(int column) const;
    int contactsTo(int column) const;
    int rowOf(Cents revenue12m) const;
    int columnOf(int contacts12m) const;

    // The corner: the 20 % revenue mark and the contact mark.
    Cents revenueMark() const { return m_floors[Top20]; }
    int contactsMark() const { return m_contactsMark; }
    bool hasCorner() const { return m_active > 0; }
    bool inCorner(int row, int column) const;
    ValueDemandCell cornerTotals() const;

    // The customers of a cell, or of the corner, in drill-down order (bestdrilldown.h).
    QList<int> customersIn(const Dataset &data, const CustomerFacts &facts, int row, int column) const;
    QList<int> cornerCustomers(const Dataset &data, const CustomerFacts &facts) const;

private:
    std::array<Cents, 3> m_floors{1, 1, 1}; // Top5, Top20, Top50
    std::vector<int> m_contactEdges{0};     // the first contacts of each column
    std::vector<ValueDemandCell> m_cells;   // by row, then column
    int m_active = 0;
    int m_contactsMark = 1;
};

} // namespace acc
