#pragma once

#include "metrics.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace acc::scorecard {

// PRODUCT.md §1, the Scorecard: the four accountability targets of METRICS.md (groups 1
// to 4), each with its figures, and the trend of every figure over the periods before.

enum class Group {
    Assets,     // 1. customers as assets
    Service,    // 2. service performance
    Listening,  // 3. customer listening
    Operations, // 4. operational metrics
    Other,      // a target set on a figure of another group (follow-through, best, spend)
};
constexpr int kGroupCount = 5;

// The operations group's figures are the contacts by category; they have no METRICS.md
// numeric key (no target can be set on them), so the scorecard names them
// "contacts_by_category.rescue", ... as the JSON output does.
QString contactsKey(ContactCategory category);

struct Row
{
    QString key;
    Group group = Group::Other;
};

// The rows of the scorecard for the period's targets: the headline figures of each of the
// four groups in a fixed order, then, in its group, every other numeric figure that has a
// target in the period (METRICS.md's order); figures of other groups with a target go to
// Group::Other.
QList<Row> rows(const QList<TargetResult> &targets);
// The group a key belongs to (Group::Other for follow-through, best and spend keys).
Group groupOf(const QString &key);

// The figure's value in the report: figureValue() for METRICS.md's numeric keys, the
// contacts by category for the operations keys; std::nullopt when null or unknown.
std::optional<double> value(const MetricsReport &report, const QString &key);

// Whether the figure has a trend: not the model's (at_risk, which needs the BG/NBD fit of
// every period) nor the best-customer figures (they depend on the criteria in force).
bool hasTrend(const QString &key);

// The view that explains the figure (PRODUCT.md's view names): loss-review,
// listening, at-risk, moments-of-truth, follow-through, best-customers, spend; targets
// for a key it does not know.
QString viewOf(const QString &key);

// The periods a trend covers, oldest first, ending with the period itself: the 13 months
// ending with a month, the 8 quarters ending with a quarter, the 5 years ending with a year.
QList<Period> trendPeriods(const Period &period);

// The figures of the keys for each period of trendPeriods(period).
struct Trend
{
    QList<Period> periods;                               // oldest first; the last is the period itself
    QHash<QString, QList<std::optional<double>>> values; // key -> one value per period

    // The key's values (empty when the key has no trend).
    QList<std::optional<double>> of(const QString &key) const { return values.value(key); }
};

// Computes each period's figures with the engine's group functions (no customer-base
// model, no best customers), only the groups the keys need. The data's fiscal year and
// as-of date apply as in computeMetrics. Returns std::nullopt when *cancel became true
// (checked between periods).
std::optional<Trend> computeTrend(const Dataset &data, const Period &period, const QStringList &keys,
                                  const std::atomic_bool *cancel = nullptr);

} // namespace acc::scorecard
