#include "datafilter.h"

#include <QSet>

#include <algorithm>

namespace acc {

bool DataFilter::matches(const CustomerRecord &c) const
{
    return (segment.isEmpty() || c.segment == segment) && (region.isEmpty() || c.region == region) &&
           (owner.isEmpty() || c.accountOwner == owner);
}

namespace {

// Copies the rows whose customer is kept, renumbering the customer index.
template <typename Row>
std::vector<Row> keepRows(const std::vector<Row> &rows, const std::vector<int> &newIndex)
{
    std::vector<Row> out;
    for (const Row &row : rows) {
        const int to = row.customer >= 0 ? newIndex[std::size_t(row.customer)] : -1;
        if (to < 0)
            continue;
        out.push_back(row);
        out.back().customer = to;
    }
    return out;
}

QStringList sortedValues(const QSet<QString> &values)
{
    QStringList out(values.begin(), values.end());
    out.removeAll(QString());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

Dataset filterDataset(const Dataset &data, const DataFilter &filter)
{
    Dataset out;
    out.companyName = data.companyName;
    out.currency = data.currency;
    out.slaDays = data.slaDays;
    out.fiscalYearStart = data.fiscalYearStart;
    out.companyAsOf = data.asOf();

    std::vector<int> newIndex(data.customers.size(), -1);
    for (std::size_t i = 0; i < data.customers.size(); ++i) {
        if (filter.matches(data.customers[i])) {
            newIndex[i] = static_cast<int>(out.customers.size());
            out.customers.push_back(data.customers[i]);
        }
    }
    out.orders = keepRows(data.orders, newIndex);
    out.contacts = keepRows(data.contacts, newIndex);
    out.feedback = keepRows(data.feedback, newIndex);
    for (const SpendRecord &s : data.spend) {
        if (filter.segment.isEmpty() || s.segment == filter.segment)
            out.spend.push_back(s);
    }
    out.finalize();
    return out;
}

FilterChoices filterChoices(const Dataset &data)
{
    QSet<QString> segments, regions, owners;
    for (const CustomerRecord &c : data.customers) {
        segments.insert(c.segment);
        regions.insert(c.region);
        owners.insert(c.accountOwner);
    }
    return {sortedValues(segments), sortedValues(regions), sortedValues(owners)};
}

} // namespace acc
