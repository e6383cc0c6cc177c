#include "customerbase.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <tuple>

namespace acc::model {

namespace {

std::optional<double> finiteOrNull(double v)
{
    return std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

// Reads one customer's orders (sorted by day) into its model row.
template <typename Orders> void buildHistory(CustomerModelRow &row, Day end, const Orders &orders)
{
    Day first = kNoDay;
    Day last = kNoDay;
    int days = 0;
    Cents repeatSum = 0;
    for (const OrderRecord &o : orders) {
        if (o.isRefund() || !hasDay(o.orderedOn) || o.orderedOn > end)
            continue;
        if (!hasDay(first)) {
            first = last = o.orderedOn;
            days = 1;
            continue; // the first day's orders are not repeat purchases
        }
        if (o.orderedOn != last) {
            last = o.orderedOn;
            ++days;
        }
        if (last != first)
            repeatSum += o.amount;
    }
    if (!hasDay(first))
        return;
    row.inPopulation = true;
    row.x = days - 1;
    row.tx = last - first;
    row.T = end - first;
    if (row.x > 0) {
        row.repeatMeanValue = money::toUnits(repeatSum) / row.x;
        row.inSpendFit = repeatSum > 0;
    }
}

// A range of orders given by indices (for a Dataset that was not finalize()d).
struct IndexedOrders
{
    const std::vector<OrderRecord> *orders;
    const int *from;
    const int *to;
    struct Iterator
    {
        const std::vector<OrderRecord> *orders;
        const int *at;
        const OrderRecord &operator*() const { return (*orders)[static_cast<std::size_t>(*at)]; }
        Iterator &operator++()
        {
            ++at;
            return *this;
        }
        bool operator!=(const Iterator &o) const { return at != o.at; }
    };
    Iterator begin() const { return {orders, from}; }
    Iterator end() const { return {orders, to}; }
};

struct DirectOrders
{
    const OrderRecord *from;
    const OrderRecord *to;
    const OrderRecord *begin() const { return from; }
    const OrderRecord *end() const { return to; }
};

void buildHistories(const Dataset &data, Day end, std::vector<CustomerModelRow> &rows)
{
    const auto n = data.customers.size();
    if (data.ordersOf.size() == n) {
        const OrderRecord *base = data.orders.data();
        for (std::size_t c = 0; c < n; ++c) {
            const auto range = data.ordersOf[c];
            buildHistory(rows[c], end, DirectOrders{base + range.begin, base + range.end});
        }
        return;
    }
    // Not finalize()d: sort the order indices by customer and day here.
    std::vector<int> idx;
    idx.reserve(data.orders.size());
    for (std::size_t i = 0; i < data.orders.size(); ++i) {
        const int c = data.orders[i].customer;
        if (c >= 0 && static_cast<std::size_t>(c) < n)
            idx.push_back(static_cast<int>(i));
    }
    std::stable_sort(idx.begin(), idx.end(), [&](int l, int r) {
        const auto &a = data.orders[static_cast<std::size_t>(l)];
        const auto &b = data.orders[static_cast<std::size_t>(r)];
        return std::tie(a.customer, a.orderedOn) < std::tie(b.customer, b.orderedOn);
    });
    std::size_t i = 0;
    while (i < idx.size()) {
        const int c = data.orders[static_cast<std::size_t>(idx[i])].customer;
        std::size_t j = i;
        while (j < idx.size() && data.orders[static_cast<std::size_t>(idx[j])].customer == c)
            ++j;
        buildHistory(rows[static_cast<std::size_t>(c)], end,
                     IndexedOrders{&data.orders, idx.data() + i, idx.data() + j});
        i = j;
    }
}

} // namespace

CustomerBaseResult computeCustomerBase(const Dataset &data, Day end, int horizonDays)
{
    CustomerBaseResult result;
    result.end = end;
    result.horizonDays = horizonDays;
    result.customers.resize(data.customers.size());
    if (hasDay(end))
        buildHistories(data, end, result.customers);
    auto &rows = result.customers;

    // The population, sorted by (x, T, t_x) so identical histories sit together and are
    // fitted (and evaluated) once.
    std::vector<int> population;
    for (std::size_t c = 0; c < rows.size(); ++c) {
        if (rows[c].inPopulation)
            population.push_back(static_cast<int>(c));
    }
    result.population = static_cast<qint64>(population.size());
    auto key = [&rows](int c) {
        const auto &r = rows[static_cast<std::size_t>(c)];
        return std::make_tuple(r.x, r.T, r.tx);
    };
    std::sort(population.begin(), population.end(), [&](int l, int r) { return key(l) < key(r); });

    std::vector<BgNbdHistory> groups;
    std::vector<int> groupStart; // index into population where each group begins
    for (std::size_t i = 0; i < population.size(); ++i) {
        const auto &r = rows[static_cast<std::size_t>(population[i])];
        if (i > 0 && key(population[i]) == key(population[i - 1])) {
            groups.back().weight += 1;
            continue;
        }
        groups.push_back({r.x, double(r.tx), double(r.T), 1.0});
        groupStart.push_back(static_cast<int>(i));
    }
    groupStart.push_back(static_cast<int>(population.size()));

    result.bgnbd = fitBgNbd(groups);
    if (result.bgnbd.fitted) {
        const BgNbdModel &m = result.bgnbd.model;
        double ifAlive = 0;
        for (std::size_t g = 0; g < groups.size(); ++g) {
            const auto &h = groups[g];
            if (g == 0 || h.x != groups[g - 1].x || h.T != groups[g - 1].T)
                ifAlive = m.expectedPurchasesIfAlive(horizonDays, h.x, h.T);
            const auto alive = finiteOrNull(m.pAlive(h.x, h.tx, h.T));
            const auto orders = alive ? finiteOrNull(ifAlive * *alive) : std::nullopt;
            for (int i = groupStart[g]; i < groupStart[g + 1]; ++i) {
                auto &row = rows[static_cast<std::size_t>(population[static_cast<std::size_t>(i)])];
                row.pAlive = alive;
                row.expectedOrders12m = orders;
            }
        }
    }

    std::vector<SpendHistory> spend;
    for (int c : population) {
        const auto &r = rows[static_cast<std::size_t>(c)];
        if (r.inSpendFit)
            spend.push_back({r.x, *r.repeatMeanValue, 1.0});
    }
    result.gammaGamma = fitGammaGamma(spend);
    if (result.gammaGamma.fitted) {
        const GammaGammaModel &m = result.gammaGamma.model;
        const auto populationMean = m.populationMean();
        for (int c : population) {
            auto &r = rows[static_cast<std::size_t>(c)];
            r.expectedOrderValue =
                r.inSpendFit ? m.conditionalExpectedValue(r.x, *r.repeatMeanValue) : populationMean;
            if (r.expectedOrders12m && r.expectedOrderValue)
                r.expectedValue12m = finiteOrNull(*r.expectedOrders12m * *r.expectedOrderValue);
        }
    }
    return result;
}

} // namespace acc::model
