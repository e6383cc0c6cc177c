#include "valuedemandgrid.h"

#include "bestdrilldown.h"

#include <algorithm>

namespace acc {

namespace {

// The value at position ceil(percent % of n) (1-based) of the values ranked desc; n > 0.
template <typename T> T valueAtMark(std::vector<T> values, int percent)
{
    const std::size_t n = values.size();
    const std::size_t mark = std::max<std::size_t>(1, (n * std::size_t(percent) + 99) / 100);
    const auto nth = values.begin() + std::ptrdiff_t(mark - 1);
    std::nth_element(values.begin(), nth, values.end(), std::greater<>());
    return *nth;
}

const ValueDemandCell kEmptyCell{};

} // namespace

ValueDemandGrid ValueDemandGrid::compute(const Dataset &data, const CustomerFacts &facts)
{
    ValueDemandGrid grid;
    std::vector<Cents> revenue;
    std::vector<int> contacts;
    if (facts.rows.size() == data.customers.size()) {
        for (const CustomerFact &f : facts.rows) {
            if (!f.active)
                continue;
            revenue.push_back(f.revenue12m);
            contacts.push_back(f.contacts12m);
        }
    }
    grid.m_active = int(revenue.size());
    std::vector<int> edges{0, 1, 2, 3, 5, 8, 13};
    if (grid.m_active > 0) {
        grid.m_floors[Top5] = std::max<Cents>(1, valueAtMark(revenue, 5));
        grid.m_floors[Top20] = std::max<Cents>(1, valueAtMark(revenue, 20));
        grid.m_floors[Top50] = std::max<Cents>(1, valueAtMark(revenue, 50));
        grid.m_contactsMark = std::max(1, valueAtMark(std::move(contacts), 20));
    }
    if (std::find(edges.begin(), edges.end(), grid.m_contactsMark) == edges.end()) {
        edges.push_back(grid.m_contactsMark);
        std::sort(edges.begin(), edges.end());
    }
    grid.m_contactEdges = edges;
    grid.m_cells.assign(std::size_t(BandCount) * edges.size(), ValueDemandCell{});
    if (grid.m_active == 0)
        return grid;
    for (const CustomerFact &f : facts.rows) {
        if (!f.active)
            continue;
        ValueDemandCell &c = grid.m_cells[std::size_t(grid.rowOf(f.revenue12m)) * edges.size() +
                                          std::size_t(grid.columnOf(f.contacts12m))];
        ++c.customers;
        c.revenue += f.revenue12m;
        if (f.best)
            ++c.best;
    }
    return grid;
}

const ValueDemandCell &ValueDemandGrid::cell(int row, int column) const
{
    if (row < 0 || row >= BandCount || column < 0 || column >= columnCount() || m_cells.empty())
        return kEmptyCell;
    return m_cells[std::size_t(row) * m_contactEdges.size() + std::size_t(column)];
}

Cents ValueDemandGrid::bandFloor(int row) const
{
    switch (row) {
    case Top5:
    case Top20:
    case Top50:
        return m_floors[std::size_t(row)];
    case Lower:
        return 1;
    default:
        return 0;
    }
}

int ValueDemandGrid::contactsFrom(int column) const
{
    return column >= 0 && column < columnCount() ? m_contactEdges[std::size_t(column)] : 0;
}

int ValueDemandGrid::contactsTo(int column) const
{
    return column >= 0 && column + 1 < columnCount() ? m_contactEdges[std::size_t(column) + 1] - 1 : -1;
}

int ValueDemandGrid::rowOf(Cents revenue12m) const
{
    if (revenue12m <= 0)
        return NoRevenue;
    for (int row : {Top5, Top20, Top50}) {
        if (revenue12m >= m_floors[std::size_t(row)])
            return row;
    }
    return Lower;
}

int ValueDemandGrid::columnOf(int contacts12m) const
{
    const auto after = std::upper_bound(m_contactEdges.begin(), m_contactEdges.end(), contacts12m);
    return std::max(0, int(after - m_contactEdges.begin()) - 1);
}

bool ValueDemandGrid::inCorner(int row, int column) const
{
    return hasCorner() && (row == Top5 || row == Top20) && column >= 0 && column < columnCount() &&
           contactsFrom(column) >= m_contactsMark;
}

ValueDemandCell ValueDemandGrid::cornerTotals() const
{
    ValueDemandCell total;
    for (int row = 0; row < BandCount; ++row) {
        for (int column = 0; column < columnCount(); ++column) {
            if (!inCorner(row, column))
                continue;
            const ValueDemandCell &c = cell(row, column);
            total.customers += c.customers;
            total.best += c.best;
            total.revenue += c.revenue;
        }
    }
    return total;
}

QList<int> ValueDemandGrid::customersIn(const Dataset &data, const CustomerFacts &facts, int row,
                                        int column) const
{
    QList<int> out;
    if (facts.rows.size() != data.customers.size())
        return out;
    for (std::size_t i = 0; i < facts.rows.size(); ++i) {
        const CustomerFact &f = facts.rows[i];
        if (f.active && rowOf(f.revenue12m) == row && columnOf(f.contacts12m) == column)
            out.append(int(i));
    }
    bestdrilldown::sortByRevenue(data, facts, out);
    return out;
}

QList<int> ValueDemandGrid::cornerCustomers(const Dataset &data, const CustomerFacts &facts) const
{
    QList<int> out;
    if (!hasCorner() || facts.rows.size() != data.customers.size())
        return out;
    for (std::size_t i = 0; i < facts.rows.size(); ++i) {
        const CustomerFact &f = facts.rows[i];
        if (f.active && inCorner(rowOf(f.revenue12m), columnOf(f.contacts12m)))
            out.append(int(i));
    }
    bestdrilldown::sortByRevenue(data, facts, out);
    return out;
}

} // namespace acc
