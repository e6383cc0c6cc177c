#pragma once

#include "criteria.h"
#include "criteriaevaluator.h"
#include "engine/dataset.h"

#include <QString>

#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace acc {

// A customer who would join or leave the best customers under an edited criteria set.
struct PreviewCustomer
{
    int customer = -1;       // index into Dataset::customers
    QString name;            // as stored (show it through display::safe / shorten)
    Cents lifetimeValue = 0; // every order amount up to the state day, refunds included
};

// What an edited criteria set would select on the state day, against the set in force.
struct PreviewFigures
{
    int count = 0; // best_count
    Cents bestWindowRevenue = 0;
    Cents windowRevenue = 0;              // all revenue in window(d), every customer, refunds included
    std::optional<double> revenueShare;   // best_revenue_share: null when windowRevenue is 0
    std::vector<PreviewCustomer> joining; // selected now, not by the set in force
    std::vector<PreviewCustomer> leaving; // selected by the set in force, not now
    // Both lists ranked as best_customers is: lifetime value desc, then customer_id asc.
};

// The live preview of the criteria dialog (METRICS.md "Best customers"): for an edited
// set, best_count and best_revenue_share exactly as the engine computes them on the state
// day, and who joins and who leaves against the customers the set in force selects. One
// object per (data set, day): the evaluator's per-attribute values, each customer's
// window revenue and lifetime value are computed once, on first use, and reused by every
// later set. compute() may run on any thread; calls are serialised.
class CriteriaPreview final
{
    Q_DISABLE_COPY_MOVE(CriteriaPreview)
public:
    // inForce: the customers the set in force selects on day (report.best.bestCustomers).
    CriteriaPreview(std::shared_ptr<const Dataset> data, Day day, std::vector<int> inForce);

    Day day() const { return m_day; }
    const std::shared_ptr<const Dataset> &data() const { return m_data; }

    PreviewFigures compute(const CriteriaSet &set);
    // The figures of the set in force itself (its count and share; nobody joins or leaves).
    PreviewFigures inForce();

private:
    void prepare();
    PreviewFigures figuresOf(const std::vector<int> &selected) const;

    std::mutex m_mutex;
    std::shared_ptr<const Dataset> m_data;
    Day m_day = kNoDay;
    std::vector<int> m_inForce; // ascending
    std::unique_ptr<CriteriaEvaluator> m_evaluator;
    std::vector<Cents> m_windowRevenue; // per customer
    std::vector<Cents> m_lifetime;      // per customer
    Cents m_totalWindowRevenue = 0;
};

} // namespace acc
