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
// go last, outside every range. Grouping by customer is a counting sort, linear in the
// rows, applied in place (a row's new place, four bytes a row, rather than a second copy of
// the rows); each group is then sorted by day and id, which costs nothing when it already is.
template <typename Row, typename DayOf, typename IdOf>
std::vector<Dataset::Range> sortAndIndex(std::vector<Row> &rows, std::size_t customerCount,
                                         const TextPool &texts, DayOf dayOf, IdOf idOf)
{
    auto groupOf = [customerCount](const Row &row) {
        return row.customer >= 0 && std::size_t(row.customer) < customerCount ? std::size_t(row.customer)
                                                                              : customerCount;
    };
    std::vector<int> start(customerCount + 2, 0);
    bool grouped = true;
    std::size_t previous = 0;
    for (const Row &row : rows) {
        const std::size_t g = groupOf(row);
        grouped = grouped && g >= previous;
        previous = g;
        ++start[g + 1];
    }
    for (std::size_t g = 0; g <= customerCount; ++g)
        start[g + 1] += start[g];
    if (!grouped) {
        std::vector<int> place(rows.size());
        std::vector<int> next(start.begin(), start.end() - 1);
        for (std::size_t i = 0; i < rows.size(); ++i)
            place[i] = next[groupOf(rows[i])]++;
        // Follows each cycle of the permutation: every swap puts one row in its place.
        for (std::size_t i = 0; i < rows.size(); ++i) {
            while (std::size_t(place[i]) != i) {
                const auto to = std::size_t(place[i]);
                std::swap(rows[i], rows[to]);
                std::swap(place[i], place[to]);
            }
        }
    }
    auto less = [&](const Row &a, const Row &b) {
        if (dayOf(a) != dayOf(b))
            return dayOf(a) < dayOf(b);
        return texts.utf8(idOf(a)) < texts.utf8(idOf(b));
    };
    std::vector<Dataset::Range> ranges(customerCount);
    for (std::size_t c = 0; c < customerCount; ++c) {
        ranges[c] = {start[c], start[c + 1]};
        const auto begin = rows.begin() + start[c];
        const auto end = rows.begin() + start[c + 1];
        if (!std::is_sorted(begin, end, less))
            std::sort(begin, end, less);
    }
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

namespace {

struct Fingerprint
{
    quint64 h = 0x9e3779b97f4a7c15ULL;
    void add(quint64 v)
    {
        h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
        h *= 0xff51afd7ed558ccdULL;
    }
    void add(QByteArrayView bytes) { add(quint64(qHashBits(bytes.data(), std::size_t(bytes.size()), 0))); }
};

} // namespace

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

    Fingerprint fp;
    fp.add(customers.size());
    for (const CustomerRecord &c : customers) {
        fp.add(quint64(qHash(c.customerId)));
        fp.add(quint64(quint32(c.acquiredOn)) << 32 | quint32(c.lostOn));
        fp.add(quint64(quint32(c.wonBackOn)));
    }
    fp.add(orders.size());
    for (const OrderRecord &o : orders) {
        fp.add(quint64(quint32(o.customer)) << 32 | quint32(o.orderedOn));
        fp.add(quint64(o.amount));
        fp.add(pool.utf8(o.orderId));
    }
    fp.add(contacts.size());
    for (const ContactRecord &c : contacts) {
        fp.add(quint64(quint32(c.customer)) << 32 | quint32(c.occurredOn));
        fp.add((quint64(quint32(c.resolvedOn)) << 8) | (quint64(c.category) << 1) | quint64(c.complaint));
    }
    fp.add(feedback.size());
    for (const FeedbackRecord &f : feedback)
        fp.add((quint64(quint32(f.customer)) << 32 | quint32(f.respondedOn)) ^ (quint64(f.score) << 40));
    fingerprint = fp.h;
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
