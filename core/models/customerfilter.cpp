#include "customerfilter.h"

#include "textkey.h"

#include <QHash>
#include <QRegularExpression>

namespace acc {

namespace {

// The fields are joined by a line feed: a search word never holds one (words are split
// at white space), so no word can match across two fields.
constexpr QChar kSeparator = u'\n';

} // namespace

QString CustomerFilter::haystack(const CustomerRecord &customer)
{
    QString out = textkey::fold(customer.customerId);
    for (const QString *field :
         {&customer.name, &customer.segment, &customer.region, &customer.accountOwner}) {
        out.append(kSeparator);
        out.append(textkey::fold(*field));
    }
    return out;
}

std::vector<QString> CustomerFilter::haystacks(const Dataset &data)
{
    QHash<QStringView, QString> folded; // segments, regions, owners: few distinct texts
    auto foldShared = [&folded](const QString &text) -> const QString & {
        auto it = folded.find(QStringView(text));
        if (it == folded.end())
            it = folded.insert(QStringView(text), textkey::fold(text));
        return *it;
    };
    std::vector<QString> out;
    out.reserve(data.customers.size());
    for (const CustomerRecord &c : data.customers) {
        const QString id = textkey::fold(c.customerId);
        const QString name = textkey::fold(c.name);
        const QString &segment = foldShared(c.segment);
        const QString &region = foldShared(c.region);
        const QString &owner = foldShared(c.accountOwner);
        QString h;
        h.reserve(id.size() + name.size() + segment.size() + region.size() + owner.size() + 4);
        h.append(id).append(kSeparator).append(name).append(kSeparator).append(segment);
        h.append(kSeparator).append(region).append(kSeparator).append(owner);
        out.push_back(std::move(h));
    }
    return out;
}

void CustomerFilter::setQuery(const QString &query)
{
    m_query = query;
    m_words.clear();
    for (const QString &word : query.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        const QString f = textkey::fold(word);
        if (!f.isEmpty() && !m_words.contains(f))
            m_words.append(f);
    }
}

void CustomerFilter::restrictTo(const QList<int> &customers, int customerCount)
{
    m_restricted = true;
    m_allowed.assign(std::size_t(std::max(0, customerCount)), false);
    m_allowedCount = 0;
    for (const int c : customers) {
        if (c >= 0 && c < customerCount && !m_allowed[std::size_t(c)]) {
            m_allowed[std::size_t(c)] = true;
            ++m_allowedCount;
        }
    }
}

void CustomerFilter::clearRestriction()
{
    m_restricted = false;
    m_allowed.clear();
    m_allowedCount = 0;
}

int CustomerFilter::restrictedCount(int customerCount) const
{
    return m_restricted ? m_allowedCount : customerCount;
}

bool CustomerFilter::accepts(int customer, QStringView haystack) const
{
    if (m_restricted &&
        (customer < 0 || std::size_t(customer) >= m_allowed.size() || !m_allowed[std::size_t(customer)]))
        return false;
    for (const QString &word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

} // namespace acc
