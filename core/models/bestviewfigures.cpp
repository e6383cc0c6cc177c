#include "bestviewfigures.h"

#include "engine/best.h"

namespace acc {

BestViewFigures BestViewFigures::compute(const Dataset &data, const CustomerFacts &facts,
                                         const MetricsReport &report)
{
    BestViewFigures f;
    f.curve = ParetoCurve::compute(data, facts, report.best.windowRevenue);
    f.grid = ValueDemandGrid::compute(data, facts);
    if (facts.rows.size() == data.customers.size()) {
        for (int c : report.best.bestCustomers)
            ++f.bestByStage[std::size_t(stageIndex(data.customers[std::size_t(c)].stage))];
    }
    return f;
}

} // namespace acc
