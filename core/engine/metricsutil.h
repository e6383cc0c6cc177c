#pragma once

#include "dataset.h"

#include <QHash>
#include <QString>
#include <QStringView>

#include <algorithm>
#include <optional>
#include <vector>

namespace acc {

// Small helpers shared by the metric groups (internal to core/engine and core/criteria).
namespace metricsutil {

// Compares two texts in UTF-8 byte order (the order METRICS.md uses for ids and
// touchpoints), without converting: UTF-16 order differs from it only where surrogates
// meet code units from U+E000 up, which this maps into code point order.
inline int compareUtf8(QStringView a, QStringView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    const char16_t *pa = a.utf16();
    const char16_t *pb = b.utf16();
    for (qsizetype i = 0; i < n; ++i) {
        char16_t x = pa[i];
        char16_t y = pb[i];
        if (x == y)
            continue;
        auto key = [](char16_t u) -> int {
            if (u >= 0xD800 && u <= 0xDFFF)
                return int(u) + 0x2000;
            if (u >= 0xE000)
                return int(u) - 0x800;
            return int(u);
        };
        return key(x) < key(y) ? -1 : 1;
    }
    return a.size() < b.size() ? -1 : (a.size() > b.size() ? 1 : 0);
}

inline bool lessUtf8(QStringView a, QStringView b)
{
    return compareUtf8(a, b) < 0;
}

// True when customer a's id sorts before customer b's (byte order).
inline bool idLess(const Dataset &data, int a, int b)
{
    return lessUtf8(data.customers[std::size_t(a)].customerId, data.customers[std::size_t(b)].customerId);
}

// Median of the values (mean of the two middle ones for an even count); reorders them.
template <typename T> std::optional<double> median(std::vector<T> &values)
{
    if (values.empty())
        return std::nullopt;
    const std::size_t n = values.size();
    const std::size_t mid = n / 2;
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(mid), values.end());
    const double upper = double(values[mid]);
    if (n % 2 == 1)
        return upper;
    const double lower = double(*std::max_element(values.begin(), values.begin() + std::ptrdiff_t(mid)));
    return (lower + upper) / 2.0;
}

inline std::optional<double> ratio(double numerator, double denominator)
{
    if (denominator == 0)
        return std::nullopt;
    const double r = numerator / denominator;
    return r == 0 ? 0.0 : r; // never -0
}

// The customer's order rows as a pointer range, sorted by day.
struct OrderSpan
{
    const OrderRecord *first = nullptr;
    const OrderRecord *last = nullptr;
};

inline OrderSpan ordersOf(const Dataset &data, int customer)
{
    const auto r = data.ordersOf[std::size_t(customer)];
    const OrderRecord *base = data.orders.data();
    return {base + r.begin, base + r.end};
}

// First order of the span dated on or after day.
inline const OrderRecord *firstOrderFrom(OrderSpan s, Day day)
{
    return std::lower_bound(s.first, s.last, day,
                            [](const OrderRecord &o, Day d) { return o.orderedOn < d; });
}

// First order of the span dated after day.
inline const OrderRecord *firstOrderAfter(OrderSpan s, Day day)
{
    return std::upper_bound(s.first, s.last, day,
                            [](Day d, const OrderRecord &o) { return d < o.orderedOn; });
}

// Numbers the distinct texts of a column (categories, touchpoints) as they come: the few
// distinct values are searched linearly (cheaper than hashing every row), many through a hash.
class TextIds
{
public:
    int idOf(const QString &text)
    {
        if (m_last >= 0 && m_names[std::size_t(m_last)] == text)
            return m_last;
        if (m_names.size() <= kLinear) {
            for (std::size_t i = 0; i < m_names.size(); ++i) {
                if (m_names[i] == text)
                    return m_last = int(i);
            }
        } else if (const auto it = m_index.constFind(text); it != m_index.constEnd()) {
            return m_last = *it;
        }
        m_last = int(m_names.size());
        m_names.push_back(text);
        if (m_names.size() > kLinear) {
            if (m_index.isEmpty()) {
                for (std::size_t i = 0; i < m_names.size(); ++i)
                    m_index.insert(m_names[i], int(i));
            } else {
                m_index.insert(text, m_last);
            }
        }
        return m_last;
    }
    const std::vector<QString> &names() const { return m_names; }

private:
    static constexpr std::size_t kLinear = 16;
    std::vector<QString> m_names;
    QHash<QString, int> m_index;
    int m_last = -1;
};

} // namespace metricsutil
} // namespace acc
