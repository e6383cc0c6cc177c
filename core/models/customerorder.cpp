#include "customerorder.h"

#include "engine/best.h"
#include "textkey.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace acc {

namespace {

// Lost customers sort by the day they left within their status: kind * kStatusStep + day
// (Julian day numbers of the data's years are far below the step).
constexpr qint64 kStatusStep = 100'000'000;

const CustomerFact &factOf(const CustomerFacts *facts, int customer)
{
    static const CustomerFact none;
    if (!facts || customer < 0 || std::size_t(customer) >= facts->rows.size())
        return none;
    return facts->rows[std::size_t(customer)];
}

// Customers with a key ascending by it, ties (and the customers without a key) in the
// order of tieRank (the customer ids' ranks), then by position.
template <typename Key, typename KeyOf>
CustomerOrder::Sorted sortBy(int n, const std::vector<int> &tieRank, KeyOf keyOf)
{
    auto tie = [&tieRank](int c) { return std::pair(unsigned(tieRank[std::size_t(c)]), c); };
    std::vector<std::pair<Key, int>> valued;
    valued.reserve(std::size_t(n));
    std::vector<int> empty;
    for (int c = 0; c < n; ++c) {
        if (const std::optional<Key> k = keyOf(c))
            valued.emplace_back(*k, c);
        else
            empty.push_back(c);
    }
    std::sort(valued.begin(), valued.end(), [&tie](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first < b.first;
        return tie(a.second) < tie(b.second);
    });
    std::sort(empty.begin(), empty.end(), [&tie](int a, int b) { return tie(a) < tie(b); });
    CustomerOrder::Sorted s;
    s.valued = int(valued.size());
    s.customers.reserve(std::size_t(n));
    for (const auto &v : valued)
        s.customers.push_back(v.second);
    s.customers.insert(s.customers.end(), empty.begin(), empty.end());
    return s;
}

std::optional<double> finite(const std::optional<double> &v)
{
    return v && std::isfinite(*v) ? v : std::nullopt;
}

// Ranks of texts that are nearly all different (customer ids): each customer's text is
// keyed once and the customers sorted by key, then exact text, then position; equal texts
// share the rank of the first of them; -1 for an empty text. That sort is the column's
// order too, kept in *order.
template <typename TextOf> std::vector<int> ranksOfUnique(int n, TextOf textOf, CustomerOrder::Sorted *order)
{
    std::vector<QString> keys(static_cast<std::size_t>(n));
    std::vector<int> valued;
    valued.reserve(std::size_t(n));
    for (int c = 0; c < n; ++c) {
        if (textOf(c).isEmpty())
            continue;
        keys[std::size_t(c)] = textkey::sortKey(textOf(c));
        valued.push_back(c);
    }
    std::sort(valued.begin(), valued.end(), [&](int a, int b) {
        if (const int k = QStringView(keys[std::size_t(a)]).compare(keys[std::size_t(b)]); k != 0)
            return k < 0;
        const int e = textOf(a).compare(textOf(b));
        return e != 0 ? e < 0 : a < b;
    });
    std::vector<int> r(std::size_t(n), -1);
    int rank = 0;
    for (std::size_t pos = 0; pos < valued.size(); ++pos) {
        if (pos > 0 && textOf(valued[pos]) != textOf(valued[pos - 1]))
            rank = int(pos);
        r[std::size_t(valued[pos])] = rank;
    }
    order->valued = int(valued.size());
    order->customers = std::move(valued);
    for (int c = 0; c < n; ++c) { // those without an id, by position
        if (r[std::size_t(c)] < 0)
            order->customers.push_back(c);
    }
    return r;
}

// Ranks of texts many customers share (names, segments, regions, owners): each distinct
// text is keyed and sorted once, a segment of 40,000 customers costing one key.
template <typename TextOf> std::vector<int> ranksOfShared(int n, TextOf textOf)
{
    QHash<QStringView, int> distinct;
    distinct.reserve(std::min(n, 4096));
    std::vector<QStringView> values;
    std::vector<int> valueOf(std::size_t(n), -1);
    for (int c = 0; c < n; ++c) {
        const QStringView t = textOf(c);
        if (t.isEmpty())
            continue;
        auto it = distinct.constFind(t);
        if (it == distinct.constEnd()) {
            it = distinct.insert(t, int(values.size()));
            values.push_back(t);
        }
        valueOf[std::size_t(c)] = *it;
    }
    std::vector<QString> keys;
    keys.reserve(values.size());
    for (const QStringView v : values)
        keys.push_back(textkey::sortKey(v));
    std::vector<int> byKey(values.size());
    for (std::size_t i = 0; i < byKey.size(); ++i)
        byKey[i] = int(i);
    std::sort(byKey.begin(), byKey.end(), [&](int a, int b) {
        const int k = QStringView(keys[std::size_t(a)]).compare(keys[std::size_t(b)]);
        return k != 0 ? k < 0 : values[std::size_t(a)].compare(values[std::size_t(b)]) < 0;
    });
    std::vector<int> rankOfValue(values.size());
    for (std::size_t pos = 0; pos < byKey.size(); ++pos)
        rankOfValue[std::size_t(byKey[pos])] = int(pos);
    std::vector<int> r(std::size_t(n), -1);
    for (std::size_t c = 0; c < std::size_t(n); ++c)
        r[c] = valueOf[c] < 0 ? -1 : rankOfValue[std::size_t(valueOf[c])];
    return r;
}

} // namespace

void CustomerOrder::reset(std::shared_ptr<const Dataset> data, std::shared_ptr<const CustomerFacts> facts)
{
    // The same customers on another day (a new period): the text columns keep their order.
    const bool sameData = data && data == m_data;
    m_data = std::move(data);
    m_facts = std::move(facts);
    for (int c = 0; c < kCustomerColumnCount; ++c) {
        if (sameData && isText(CustomerColumn(c)))
            continue;
        m_sorted[std::size_t(c)].reset();
        m_ranks[std::size_t(c)] = {};
    }
}

bool CustomerOrder::isText(CustomerColumn column)
{
    switch (column) {
    case CustomerColumn::CustomerId:
    case CustomerColumn::Name:
    case CustomerColumn::Segment:
    case CustomerColumn::Region:
    case CustomerColumn::Owner:
        return true;
    default:
        return false;
    }
}

const QString &CustomerOrder::text(CustomerColumn column, int customer) const
{
    const CustomerRecord &c = m_data->customers[std::size_t(customer)];
    switch (column) {
    case CustomerColumn::Name:
        return c.name;
    case CustomerColumn::Segment:
        return c.segment;
    case CustomerColumn::Region:
        return c.region;
    case CustomerColumn::Owner:
        return c.accountOwner;
    default:
        return c.customerId;
    }
}

const std::vector<int> &CustomerOrder::ranks(CustomerColumn column) const
{
    std::vector<int> &r = m_ranks[std::size_t(columnId(column))];
    const int n = customerCount();
    if (!r.empty() || n == 0)
        return r;
    auto textOf = [this, column](int c) { return QStringView(text(column, c)); };
    if (column == CustomerColumn::CustomerId) {
        Sorted order;
        r = ranksOfUnique(n, textOf, &order);
        m_sorted[std::size_t(columnId(column))] = std::move(order);
    } else {
        r = ranksOfShared(n, textOf);
    }
    return r;
}

const CustomerOrder::Sorted &CustomerOrder::sorted(CustomerColumn column) const
{
    static const Sorted none;
    if (column < CustomerColumn::CustomerId || column >= CustomerColumn::Count)
        return none;
    std::optional<Sorted> &slot = m_sorted[std::size_t(columnId(column))];
    if (slot)
        return *slot;
    const int n = customerCount();
    if (n == 0) {
        slot = Sorted{};
        return *slot;
    }
    const std::vector<int> &idRank = ranks(CustomerColumn::CustomerId); // and the id order
    if (slot)
        return *slot;
    if (isText(column)) {
        const std::vector<int> &r = ranks(column);
        slot = sortBy<int>(n, idRank, [&r](int c) {
            const int rank = r[std::size_t(c)];
            return rank < 0 ? std::nullopt : std::optional<int>(rank);
        });
        return *slot;
    }
    slot = sortBy<double>(n, idRank, [this, column](int c) -> std::optional<double> {
        const QVariant k = key(column, c);
        return k.isValid() ? std::optional<double>(k.toDouble()) : std::nullopt;
    });
    return *slot;
}

QVariant CustomerOrder::key(CustomerColumn column, int customer) const
{
    if (!m_data || customer < 0 || customer >= customerCount())
        return {};
    if (isText(column)) {
        const int rank = ranks(column)[std::size_t(customer)];
        return rank < 0 ? QVariant() : QVariant(rank);
    }
    const CustomerRecord &c = m_data->customers[std::size_t(customer)];
    const CustomerFact &f = factOf(m_facts.get(), customer);
    const Day day = m_facts ? m_facts->day : kNoDay;
    switch (column) {
    case CustomerColumn::Stage: {
        const int stage = stageIndex(c.stage);
        return stage + 1 < int(stageNames().size()) ? QVariant(stage) : QVariant();
    }
    case CustomerColumn::Status: {
        const CustomerStatus status = customerStatusOn(c, day);
        const qint64 base = qint64(status) * kStatusStep;
        return QVariant(status == CustomerStatus::Lost ? base + c.lostOn : base);
    }
    case CustomerColumn::Revenue12m:
        return QVariant(qint64(f.revenue12m));
    case CustomerColumn::LifetimeValue:
        return QVariant(qint64(f.lifetimeValue));
    case CustomerColumn::Orders:
        return f.orders;
    case CustomerColumn::LastOrder:
        return hasDay(f.lastOrder) ? QVariant(f.lastOrder) : QVariant();
    case CustomerColumn::Best:
        return f.best ? 1 : 0;
    case CustomerColumn::PAlive:
        return finite(f.pAlive) ? QVariant(*f.pAlive) : QVariant();
    case CustomerColumn::ExpectedValue12m:
        return finite(f.expectedValue12m) ? QVariant(*f.expectedValue12m) : QVariant();
    default:
        return {};
    }
}

} // namespace acc
