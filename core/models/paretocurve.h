#pragma once

#include "engine/customerfacts.h"
#include "engine/dataset.h"

#include <optional>
#include <vector>

namespace acc {

// The 80/20 curve of the Best customers view: the customers with positive revenue in
// window(end) (active or not, METRICS.md convention 4) ranked by that revenue desc (ties:
// customer_id asc); for the first k of them, the share of customers k / n and the share of
// all revenue in window(end) (refunds and every customer included) that they bring, and
// the part of it that comes from best customers among them. At k = ceil(20 % of n) the
// share is METRICS.md's pareto_top20_share.
struct ParetoPoint
{
    int customers = 0;        // k
    double customerShare = 0; // k / n
    double revenueShare = 0;  // revenue of the first k / window revenue
    double bestShare = 0;     // revenue of the best customers among the first k / window revenue
};

struct ParetoCurve
{
    int customers = 0;     // n: customers with positive revenue in window(end)
    int bestCustomers = 0; // best customers among them
    int topCount = 0;      // ceil(20 % of n)
    Cents windowRevenue = 0;
    Cents topRevenue = 0;            // revenue of the first topCount
    std::optional<double> topShare;  // topRevenue / windowRevenue (pareto_top20_share)
    std::vector<ParetoPoint> points; // k = 0 .. n, sampled; always holds 0, topCount and n
    bool isEmpty() const { return points.empty(); }

    // Computes the curve from each customer's revenue12m and best flag. With more than
    // maxPoints + 1 customers the points are every (n / maxPoints)-th k, plus topCount:
    // the curve is concave, so the lines between them stay within a pixel of the whole.
    // No points when the window revenue is not positive (a share of it means nothing).
    static ParetoCurve compute(const Dataset &data, const CustomerFacts &facts, Cents windowRevenue,
                               int maxPoints = 300);

    // The revenue share at a customer share (0..1), read off the points (linear between them).
    double revenueShareAt(double customerShare) const;
};

} // namespace acc
