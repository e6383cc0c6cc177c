#pragma once

#include "engine/dataset.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace acc {

// Which customers the Customers view lists: those of a drill-down (a restriction to some
// customers, or none), matching the search. A plain rule, so it is tested without a
// window; the proxy only calls it.
//
// The search is words separated by spaces; a customer matches when every word is found
// in its id, name, segment, region or account owner (any of them, anywhere in it), case
// and accents ignored (textkey::fold: "muller" finds "Müller GmbH", "αθηνα" finds
// "Αθηνά Α.Ε."). Each customer's text to search in is folded once per snapshot
// (haystacks()), so a keystroke folds only the query.
class CustomerFilter final
{
public:
    // The folded text a customer is searched in: its five fields, one per line.
    static QString haystack(const CustomerRecord &customer);
    // haystack() of every customer, in order; a text shared by many customers (a
    // segment, a region, an owner) is folded once.
    static std::vector<QString> haystacks(const Dataset &data);

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
    bool accepts(int customer, QStringView haystack) const;

private:
    QString m_query;
    QStringList m_words; // folded
    bool m_restricted = false;
    std::vector<bool> m_allowed;
    int m_allowedCount = 0;
};

} // namespace acc
