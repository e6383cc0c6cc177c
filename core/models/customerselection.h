#pragma once

#include <QList>
#include <QString>

namespace acc {

// The customers behind a bar, a slice, a point or a list row: what a drill-down hands to
// the Customers view. Indices into the snapshot's Dataset::customers.
struct CustomerSelection
{
    QString title;        // "Lost in October 2026: Price", shown above the list
    QList<int> customers; // empty with a title: nobody; no title: every customer
    int focus = -1;       // the customer whose detail opens, or -1

    bool isEverybody() const { return title.isEmpty() && customers.isEmpty(); }
    static CustomerSelection one(int customer, const QString &title = {})
    {
        return {title, {customer}, customer};
    }
};

} // namespace acc
