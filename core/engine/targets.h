#pragma once

#include "period.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace acc {

// METRICS.md "Targets and accountability": a target is a metric key, a period, a value
// and an owner; its status compares the period's actual with it.
struct Target
{
    QString metric;
    Period period;
    double value = 0; // in the figure's own unit: currency units, fractions, counts
    QString owner;
};

enum class TargetStatus { Met, AtRisk, Missed, NoData };

struct TargetResult
{
    Target target;
    std::optional<double> actual;
    TargetStatus status = TargetStatus::NoData;
};

namespace targets {

// The numeric figures of METRICS.md a target can be set on (spend: the total).
const QStringList &numericKeys();
bool isNumericKey(const QString &metric);
// Lower is better for these keys (convention 12); higher for every other numeric key.
bool lowerIsBetter(const QString &metric);

// Empty when a target may be set on the key; otherwise a message saying why not.
QString refusal(const QString &metric);

// met (equality included), at_risk (missing by no more than 10 % of |value|), missed, no_data.
TargetStatus status(const QString &metric, double value, std::optional<double> actual);
QString statusName(TargetStatus status);

// Reads METRICS.md's targets file: [{"metric", "period", "value", "owner"}, ...]. On error
// returns std::nullopt with *error saying which entry and what is wrong.
std::optional<QList<Target>> parse(const QByteArray &json, QString *error);
// The same format, indented, one object per target in the list's order.
QByteArray serialise(const QList<Target> &list);

} // namespace targets
} // namespace acc
