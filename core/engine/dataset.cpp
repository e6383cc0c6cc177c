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

template <typename Row, typename Key>
std::vector<Dataset::Range> sortAndIndex(std::vector<Row> &rows, std::size_t customerCount, Key key)
{
    std::stable_sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) {
        if (a.customer != b.customer)
            return a.customer < b.customer;
        return key(a) < key(b);
    });
    std::vector<Dataset::Range> ranges(customerCount);
    int i = 0;
    const int n = static_cast<int>(rows.size());
    while (i < n) {
        const int c = rows[i].customer;
        int j = i;
        while (j < n && rows[j].customer == c)
            ++j;
        if (c >= 0 && static_cast<std::size_t>(c) < customerCount)
            ranges[c] = {i, j};
        i = j;
    }
    return ranges;
}

} // namespace

void Dataset::finalize()
{
    const auto n = customers.size();
    ordersOf = sortAndIndex(orders, n, [](const OrderRecord &o) { return std::tie(o.orderedOn, o.orderId); });
    contactsOf =
        sortAndIndex(contacts, n, [](const ContactRecord &c) { return std::tie(c.occurredOn, c.contactId); });
    feedbackOf = sortAndIndex(feedback, n,
                              [](const FeedbackRecord &f) { return std::tie(f.respondedOn, f.responseId); });
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
