#pragma once

#include "dataset.h"

#include <QString>
#include <QStringList>

namespace acc {

// The slice of the company every view, pack page and export shows: customers of one
// segment, region and account owner (each empty: all). Values compare exactly, as
// criteria text rules do. docs/filters.md.
struct DataFilter
{
    QString segment;
    QString region;
    QString owner;

    bool isEmpty() const { return segment.isEmpty() && region.isEmpty() && owner.isEmpty(); }
    bool matches(const CustomerRecord &c) const;

    friend bool operator==(const DataFilter &, const DataFilter &) = default;
};

// The data set of the customers the filter keeps, with their orders, contacts and
// feedback, finalize()d. Spend follows the segment filter: with a segment chosen, only
// that segment's spend rows (spend is not kept by region or owner, so those filters leave
// it whole). The company's name, settings and as-of date are kept, so periods and
// "as of" read the same as for the whole company.
Dataset filterDataset(const Dataset &data, const DataFilter &filter);

// The values a filter can take, each sorted and without blanks.
struct FilterChoices
{
    QStringList segments;
    QStringList regions;
    QStringList owners;
};
FilterChoices filterChoices(const Dataset &data);

} // namespace acc
