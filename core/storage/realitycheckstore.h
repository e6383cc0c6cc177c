#pragma once

#include "engine/period.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace acc {

class Database;

// One dimension's score in a quarter's reality check (PRODUCT.md §11): 1 to 10, a note.
struct RealityScore
{
    QString dimension;
    int score = 0;
    QString note;
    QString author;

    friend bool operator==(const RealityScore &, const RealityScore &) = default;
};

namespace reality {

// The seven dimensions of customer leadership, in the order of PRODUCT.md §11.
const QStringList &dimensions();
// "Accountability and action": the name a person reads (translated).
QString dimensionLabel(const QString &dimension);
// The quarter a period's reality check belongs to: the one holding the period's last day
// (a month's quarter; a year's last quarter), under the company's fiscal year.
Period quarterOf(const Period &period, int fiscalStart);
// Empty when the score may be stored; otherwise why not.
QString refusal(const RealityScore &score);

} // namespace reality

// The reality-check scores kept in the company database, one per quarter and dimension.
// Every edit runs in one transaction; a score outside 1..10 or an unknown dimension is
// refused.
class RealityCheckStore final
{
public:
    explicit RealityCheckStore(Database &db)
        : m_db(db)
    {}

    // Sets (or replaces) the dimension's score in the quarter.
    bool set(const Period &quarter, const RealityScore &score, QString *error);
    bool remove(const Period &quarter, const QString &dimension, QString *error);
    // The quarter's scores, in the order of reality::dimensions().
    std::optional<QList<RealityScore>> forQuarter(const Period &quarter, QString *error) const;

private:
    Database &m_db;
};

} // namespace acc
