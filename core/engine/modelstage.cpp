#include "modelstage.h"

namespace acc {

void addCustomerBaseModel(MetricsReport &report, CustomerBaseFigures model)
{
    report.service.model = std::move(model);
    report.modelComputed = true;
    for (TargetResult &r : report.targets) {
        r.actual = figureValue(report, r.target.metric);
        r.status = targets::status(r.target.metric, r.target.value, r.actual);
    }
}

void applyCustomerBaseModel(CustomerFacts &facts, const CustomerBaseFigures &model)
{
    for (const CustomerModelFigures &m : model.customers) {
        CustomerFact &f = facts.rows[std::size_t(m.customer)];
        f.pAlive = m.pAlive;
        f.expectedOrders12m = m.expectedOrders12m;
        f.expectedValue12m = m.expectedValue12m;
    }
}

} // namespace acc
