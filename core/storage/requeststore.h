#pragma once

#include "engine/metrics.h"

#include <QString>

#include <optional>

namespace acc {

class Database;

// The one request every entry point computes with (the window, `pack`, `metrics`): the
// period, the best-customer criteria set in force and the targets stored for the period.
// The settings (company, currency, SLA days) travel in the data set (loadDataset). No entry
// point computes a narrower report than another.
std::optional<MetricsRequest> storedRequest(Database &db, const Period &period, QString *error);

// The criteria set in force: the set chosen with useCriteria() (a fixed version, or the
// newest of a name), else the newest stored version of the default set, or the built-in
// default when the database holds none.
std::optional<CriteriaSet> criteriaInForce(Database &db, QString *error);

// "NAME" or "NAME@VERSION" (a name may itself hold '@': only a final "@digits" is a
// version). Version 0 means the newest.
struct CriteriaRef
{
    QString name;
    int version = 0;
    static CriteriaRef parse(const QString &text);
    QString toString() const;
};

// Puts a stored set in force for every entry point (kept in the database's settings).
// Refused, changing nothing, when no such set or version is stored.
bool useCriteria(Database &db, const CriteriaRef &ref, QString *error);

} // namespace acc
