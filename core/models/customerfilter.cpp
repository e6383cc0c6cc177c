#include "customerfilter.h"

#include "textkey.h"

#include <QHash>
#include <QRegularExpression>

namespace acc {

namespace {

// The fields are joined by a line feed: a search word never holds one (words are split
// at white space), so no word can match across two fields.
constexpr QChar kSeparator = u'\n';

// Whether word occurs in text: the word's first character is looked for with Qt's
// vectorised character search, then the rest compared in place. Most customers' texts
// hold a word's first character a few times at most, so this reads each text about once
// (QStringView::contains hashes every position for a short word: five times slower here).
bool containsWord(QStringView text, QStringView word)
{
    const qsizetype last = text.size() - word.size();
    if (word.isEmpty() || last < 0)
        return word.isEmpty();
    const QChar first = word.front();
    const QStringView rest = word.sliced(1);
    for (qsizetype from = 0; from <= last;) {
        const qsizetype at = text.indexOf(first, from);
        if (at < 0 || at > last)
            return false;
        if (text.sliced(at + 1, rest.size()) == rest)
            return true;
        from = at + 1;
    }
    return false;
}

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

SearchTexts SearchTexts::of(const Dataset &data)
{
    QHash<QStringView, QString> folded; // segments, regions, owners: few distinct texts
    auto foldShared = [&folded](const QString &text) -> const QString & {
        auto it = folded.find(QStringView(text));
        if (it == folded.end())
            it = folded.insert(QStringView(text), textkey::fold(text));
        return *it;
    };
    SearchTexts out;
    out.m_start.reserve(data.customers.size() + 1);
    out.m_text.reserve(qsizetype(data.customers.size()) * 64);
    for (const CustomerRecord &c : data.customers) {
        out.m_start.push_back(out.m_text.size());
        out.m_text.append(textkey::fold(c.customerId)).append(kSeparator);
        out.m_text.append(textkey::fold(c.name)).append(kSeparator);
        out.m_text.append(foldShared(c.segment)).append(kSeparator);
        out.m_text.append(foldShared(c.region)).append(kSeparator);
        out.m_text.append(foldShared(c.accountOwner));
    }
    out.m_start.push_back(out.m_text.size());
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

bool CustomerFilter::narrows(const CustomerFilter &previous) const
{
    if (m_restricted != previous.m_restricted || m_allowed != previous.m_allowed)
        return false;
    // Every word before is part of a word now: "schm" then "schmidt", "north" then
    // "north anna".
    for (const QString &before : previous.m_words) {
        bool kept = false;
        for (const QString &now : m_words)
            kept = kept || now.contains(before);
        if (!kept)
            return false;
    }
    return true;
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
        if (!containsWord(haystack, word))
            return false;
    }
    return true;
}

} // namespace acc
