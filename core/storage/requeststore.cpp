#include "requeststore.h"

#include "criteriastore.h"
#include "database.h"
#include "targetstore.h"
#include "translation.h"

#include <QCoreApplication>

namespace acc {

namespace {

const QString kInForce = QStringLiteral("criteria_in_force");

std::optional<CriteriaSet> readRef(Database &db, const CriteriaRef &ref, QString *error)
{
    CriteriaStore store(db);
    return ref.version > 0 ? store.version(ref.name, ref.version, error) : store.newest(ref.name, error);
}

} // namespace

CriteriaRef CriteriaRef::parse(const QString &text)
{
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    if (at > 0) {
        bool ok = false;
        const int version = text.mid(at + 1).toInt(&ok);
        if (ok && version > 0 && text.mid(at + 1) == QString::number(version))
            return {text.left(at), version};
    }
    return {text, 0};
}

QString CriteriaRef::toString() const
{
    return version > 0 ? name + QLatin1Char('@') + QString::number(version) : name;
}

bool useCriteria(Database &db, const CriteriaRef &ref, QString *error)
{
    error->clear();
    if (!readRef(db, ref, error)) {
        if (error->isEmpty())
            *error = StorageTr::tr("no criteria set %1 is stored").arg(ref.toString());
        return false;
    }
    if (!db.setSetting(kInForce, ref.toString())) {
        *error = StorageTr::tr("cannot record the criteria in force in %1").arg(db.spec());
        return false;
    }
    return true;
}

std::optional<CriteriaSet> criteriaInForce(Database &db, QString *error)
{
    error->clear();
    const auto chosen = db.readSetting(kInForce, {}, error);
    if (!chosen)
        return std::nullopt;
    if (!chosen->isEmpty()) {
        const CriteriaRef ref = CriteriaRef::parse(*chosen);
        auto set = readRef(db, ref, error);
        if (!set && error->isEmpty())
            *error = StorageTr::tr("the criteria in force, %1, are no longer stored in %2; choose a set with "
                                   "accountable criteria use")
                         .arg(ref.toString(), db.spec());
        return set;
    }
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
