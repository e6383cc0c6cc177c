// The model-based keys of group 2 (p_alive, at_risk, expected_value_12m, bgnbd,
// gamma_gamma), computed by core/model's customer-base models.
#include "assets.h"
#include "metricsutil.h"
#include "model/customerbase.h"
#include "service.h"

#include <algorithm>

namespace acc {

CustomerBaseFigures computeCustomerBaseFigures(const Dataset &data, Day d)
{
    CustomerBaseFigures f;
    const model::CustomerBaseResult result = model::computeCustomerBase(data, d, 365);
    const model::BgNbdFit &bg = result.bgnbd;
    f.bgnbdFitted = bg.fitted;
    f.bgnbd.r = bg.model.r;
    f.bgnbd.alpha = bg.model.alpha;
    f.bgnbd.a = bg.model.a;
    f.bgnbd.b = bg.model.b;
    f.bgnbd.logLikelihood = bg.logLikelihood;
    f.bgnbd.customers = int(bg.customers);
    f.bgnbd.converged = bg.fitted && bg.converged;
    const model::GammaGammaFit &gg = result.gammaGamma;
    f.gammaGammaFitted = gg.fitted;
    f.gammaGamma.p = gg.model.p;
    f.gammaGamma.q = gg.model.q;
    f.gammaGamma.gamma = gg.model.gamma;
    f.gammaGamma.customers = int(gg.customers);
    QStringList problems;
    if (!bg.reason.isEmpty())
        problems << bg.reason;
    if (!gg.reason.isEmpty())
        problems << gg.reason;
    f.problem = problems.join(QStringLiteral("; "));

    const int n = int(result.customers.size());
    for (int i = 0; i < n; ++i) {
        const model::CustomerModelRow &row = result.customers[std::size_t(i)];
        if (!row.inPopulation)
            continue;
        f.customers.push_back({i, row.pAlive, row.expectedOrders12m, row.expectedValue12m});
        // At risk: active on d with p_alive < 0.5 (strict); no p_alive, never at risk.
        if (row.pAlive && *row.pAlive < 0.5 && data.customers[std::size_t(i)].isActiveOn(d))
            f.atRisk.push_back(
                {i, annualValue(data, i, d), *row.pAlive, row.expectedOrders12m.value_or(0.0)});
    }
    std::sort(f.atRisk.begin(), f.atRisk.end(), [&data](const AtRiskCustomer &a, const AtRiskCustomer &b) {
        if (a.revenue12m != b.revenue12m)
            return a.revenue12m > b.revenue12m;
        return metricsutil::idLess(data, a.customer, b.customer);
    });
    return f;
}

} // namespace acc
