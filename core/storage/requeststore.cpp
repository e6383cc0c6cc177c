#include "requeststore.h"

#include "criteriastore.h"
#include "database.h"
#include "targetstore.h"

namespace acc {

std::optional<CriteriaSet> criteriaInForce(Database &db, QString *error)
{
    error->clear();
    auto stored = CriteriaStore(db).newest(criteria::defaultSetName(), error);
    if (stored)
        return stored;
    if (!error->isEmpty())
        return std::nullopt;
    return criteria::defaultSet();
}

std::optional<MetricsRequest> storedRequest(Database &db, const Period &period, QString *error)
{
    MetricsRequest request;
    request.period = period;
    auto criteria = criteriaInForce(db, error);
    if (!criteria)
        return std::nullopt;
    request.criteria = std::move(*criteria);
    auto targets = TargetStore(db).forPeriod(period, error);
    if (!targets)
        return std::nullopt;
    request.targets = std::move(*targets);
    return request;
}

} // namespace acc
