#pragma once

#include "dataset.h"
#include "metricscontext.h"

#include <QList>

#include <optional>
#include <vector>

namespace acc {

// METRICS.md group 1: customers as assets (gained and lost).

struct ReasonFigure
{
    QString reason;
    int count = 0;
    Cents value = 0;
};

struct AssetsFigures
{
    Period period;
    int gained = 0;
    int lost = 0;
    int wonBack = 0;
    int net = 0;
    int activeStart = 0;
    int activeEnd = 0;
    std::optional<double> churnRate;
    Cents lostValue = 0;
    QList<ReasonFigure> reasons; // by value desc, count desc, reason asc
    Cents revenue = 0;
};

struct LostCustomer
{
    int customer = -1; // index into Dataset::customers
    Day lostOn = kNoDay;
    Cents value = 0; // annual_value(c, lost_on)
    QString reason;  // trimmed, "Unknown" when empty
};

struct AssetsResult
{
    AssetsFigures figures;
    std::vector<LostCustomer> lostCustomers; // of the period, by value desc then customer_id asc
    QList<AssetsFigures> trendMonths;        // the 13 months ending with the period's last month
    QList<AssetsFigures> trendQuarters;      // the 8 quarters ending with the quarter of its end
    // The lost customers of all 13 trend months (for drilling from a month's bar), by value desc.
    std::vector<LostCustomer> trendLostCustomers;
};

// annual_value(c, d): the sum of c's order amounts (refunds included) dated in window(d).
Cents annualValue(const Dataset &data, int customer, Day d);

// A customer's loss reason as the figures group it: trimmed, "Unknown" when empty.
QString lossReasonLabel(const CustomerRecord &c);

// The group's figures for one period; fills *lost with the period's lost customers when given.
AssetsFigures computeAssetsFigures(const Dataset &data, const Period &period, Day asOf,
                                   std::vector<LostCustomer> *lost = nullptr);

// The whole group for a period, with both trends.
AssetsResult computeAssets(const Dataset &data, const Period &period);

} // namespace acc
