#include "dataset.h"
#include "translation.h"

#include <QCoreApplication>

#include <algorithm>

namespace acc {

QString contactCategoryName(ContactCategory c)
{
    switch (c) {
    case ContactCategory::Rescue:
        return QStringLiteral("rescue");
    case ContactCategory::Revenue:
        return QStringLiteral("revenue");
    case ContactCategory::Request:
        return QStringLiteral("request");
    case ContactCategory::Relationship:
        return QStringLiteral("relationship");
    }
    return {};
}

const QList<QString> &stageNames()
{
    static const QList<QString> names{QStringLiteral("suspect"),    QStringLiteral("prospect"),
                                      QStringLiteral("first_time"), QStringLiteral("repeat"),
                                      QStringLiteral("client"),     QStringLiteral("advocate"),
                                      QStringLiteral("lapsed"),     QStringLiteral("unknown")};
    return names;
}

namespace {

// Orders the rows by customer, then by day, then by id (as UTF-8 bytes), and returns each
// customer's range. Rows of a customer that is not in the data set (an index out of range)
// are dropped. Grouping by customer is a counting sort, linear in the rows; each group is
// then sorted by day and id, which costs nothing when it already is.
template <typename Row, typename DayOf, typename IdOf>
std::vector<Dataset::Range> sortAndIndex(std::vector<Row> &rows, std::size_t customerCount, const TextPool &texts,
                                         DayOf dayOf, IdOf idOf)
{
    std::vector<Dataset::Range> ranges(customerCount);
    std::vector<int> start(customerCount + 1, 0);
    for (const Row &row : rows) {
        if (row.customer >= 0 && std::size_t(row.customer) < customerCount)
            ++start[std::size_t(row.customer) + 1];
    }
    for (std::size_t c = 0; c < customerCount; ++c)
        start[c + 1] += start[c];
    std::vector<Row> sorted(std::size_t(start[customerCount]));
    std::vector<int> next(start.begin(), start.end() - 1);
    for (Row &row : rows) {
        if (row.customer >= 0 && std::size_t(row.customer) < customerCount)
            sorted[std::size_t(next[std::size_t(row.customer)]++)] = std::move(row);
    }
    auto less = [&](const Row &a, const Row &b) {
        if (dayOf(a) != dayOf(b))
            return dayOf(a) < dayOf(b);
        return texts.utf8(idOf(a)) < texts.utf8(idOf(b));
    };
    for (std::size_t c = 0; c < customerCount; ++c) {
        ranges[c] = {start[c], start[c + 1]};
        const auto begin = sorted.begin() + start[c];
        const auto end = sorted.begin() + start[c + 1];
        if (!std::is_sorted(begin, end, less))
            std::sort(begin, end, less);
    }
    rows = std::move(sorted);
    return ranges;
}

} // namespace

TextRef TextPool::add(QByteArrayView utf8)
{
    if (!canHold(std::size_t(utf8.size())))
        return {};
    const TextRef r{quint32(m_bytes.size()), quint32(utf8.size())};
    m_bytes.append(utf8.data(), std::size_t(utf8.size()));
    return r;
}

void Dataset::finalize()
{
    const auto n = customers.size();
    const TextPool &pool = *texts;
    ordersOf = sortAndIndex(
        orders, n, pool, [](const OrderRecord &o) { return o.orderedOn; },
        [](const OrderRecord &o) { return o.orderId; });
    contactsOf = sortAndIndex(
        contacts, n, pool, [](const ContactRecord &c) { return c.occurredOn; },
        [](const ContactRecord &c) { return c.contactId; });
    feedbackOf = sortAndIndex(
        feedback, n, pool, [](const FeedbackRecord &f) { return f.respondedOn; },
        [](const FeedbackRecord &f) { return f.responseId; });
}

std::optional<QString> Dataset::checkMoneyBounds() const
{
    // True when the absolute amounts of the rows add up to at most money::kMaxTotal.
    auto withinBound = [](const auto &rows) {
        quint64 total = 0;
        return std::all_of(rows.begin(), rows.end(),
                           [&total](const auto &row) { return money::addMagnitude(&total, row.amount); });
    };
    const QString bound = money::toGroupedString(money::kMaxTotal);
    const QString row = money::toGroupedString(money::kMaxAmount);
    if (!withinBound(orders))
        return MetricsTr::tr("the order amounts in this database add up to more than %1 (negative amounts "
                             "counted as positive), the most Accountable can add up exactly, so no figure "
                             "is shown rather than a wrong one; import the orders again, replacing the data "
                             "(each amount at most %2 either way)")
            .arg(bound, row);
    if (!withinBound(spend))
        return MetricsTr::tr("the spend amounts in this database add up to more than %1 (negative amounts "
                             "counted as positive), the most Accountable can add up exactly, so no figure "
                             "is shown rather than a wrong one; import the spend again, replacing the data "
                             "(each amount at most %2 either way)")
            .arg(bound, row);
    return std::nullopt;
}

Day Dataset::asOf() const
{
    if (companyAsOf)
        return *companyAsOf;
    Day latest = kNoDay;
    auto see = [&latest](Day d) {
        if (hasDay(d) && (latest == kNoDay || d > latest))
            latest = d;
    };
    for (const auto &c : customers) {
        see(c.acquiredOn);
        see(c.lostOn);
        see(c.wonBackOn);
    }
    for (const auto &o : orders)
        see(o.orderedOn);
    for (const auto &c : contacts) {
        see(c.occurredOn);
        see(c.resolvedOn);
    }
    for (const auto &f : feedback)
        see(f.respondedOn);
    return latest;
}

int Dataset::findCustomer(const QString &customerId) const
{
    for (std::size_t i = 0; i < customers.size(); ++i) {
        if (customers[i].customerId == customerId)
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace acc
