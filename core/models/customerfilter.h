#pragma once

#include "engine/dataset.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace acc {

// Every customer's folded text to search in (CustomerFilter::haystack()), all in one
// buffer: a search reads 100,000 customers' texts front to back instead of chasing as
// many separate strings through memory (eight times faster, measured).
class SearchTexts final
{
public:
    // The texts of every customer, in order; a text shared by many customers (a
    // segment, a region, an owner) is folded once.
    static SearchTexts of(const Dataset &data);

    int size() const { return m_start.empty() ? 0 : int(m_start.size()) - 1; }
    QStringView at(int customer) const
    {
        const std::size_t c = std::size_t(customer);
        return QStringView(m_text).sliced(m_start[c], m_start[c + 1] - m_start[c]);
    }

private:
    QString m_text;
    std::vector<qsizetype> m_start; // where each customer's text starts, and the end
};

// Which customers the Customers view lists: those of a drill-down (a restriction to some
// customers, or none), matching the search. A plain rule, so it is tested without a
// window; the proxy only calls it.
//
// The search is words separated by spaces; a customer matches when every word is found
// in its id, name, segment, region or account owner (any of them, anywhere in it), case
// and accents ignored (textkey::fold: "muller" finds "Müller GmbH", "αθηνα" finds
// "Αθηνά Α.Ε."). Each customer's text to search in is folded once per snapshot
// (SearchTexts), so a keystroke folds only the query.
class CustomerFilter final
{
public:
    // The folded text a customer is searched in: its five fields, one per line.
    static QString haystack(const CustomerRecord &customer);

    void setQuery(const QString &query);
    const QString &query() const { return m_query; }
    const QStringList &words() const { return m_words; }

    // Only these customers (indices into Dataset::customers; others are ignored) out of
    // customerCount; an empty list lists nobody.
    void restrictTo(const QList<int> &customers, int customerCount);
    void clearRestriction();
    bool isRestricted() const { return m_restricted; }
    // Customers the restriction lets through (every customer without one).
    int restrictedCount(int customerCount) const;

    bool isFiltered() const { return m_restricted || !m_words.isEmpty(); }
    // True when every customer this filter accepts, previous accepted too (the same
    // restriction, every previous word within a word of this one): typing on only
    // narrows the list, so only the customers listed need looking at again.
    bool narrows(const CustomerFilter &previous) const;
    bool accepts(int customer, QStringView haystack) const;

private:
    QString m_query;
    QStringList m_words; // folded
    bool m_restricted = false;
    std::vector<bool> m_allowed;
    int m_allowedCount = 0;
};

} // namespace acc
