#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace acc {

// A best-customer criteria set (METRICS.md "Best customers"): named, versioned rules that
// all (or any) must hold. Held as data, evaluated by the engine, never turned into SQL.

enum class CriteriaAttribute {
    LifetimeValue,
    Revenue12m,
    Orders12m,
    AvgOrderValue,
    DaysSinceLastOrder,
    TenureMonths,
    LastNps,
    Complaints12m,
    Contacts12m,
    Segment,
    Region,
    Stage,
    AccountOwner,
};

enum class CriteriaOp { Ge, Gt, Le, Lt, Eq, Ne, In, NotIn, TopPercent };

struct CriteriaRule
{
    CriteriaAttribute attribute = CriteriaAttribute::LifetimeValue;
    CriteriaOp op = CriteriaOp::Ge;
    double number = 0; // numeric comparisons (money in currency units) and top-percent N
    QString text;      // = and != on a text attribute
    QStringList list;  // in and not-in
};

struct CriteriaSet
{
    QString name;
    int version = 1;
    bool matchAll = true; // "all"; false: "any"
    QList<CriteriaRule> rules;
};

namespace criteria {

QString attributeName(CriteriaAttribute a);
std::optional<CriteriaAttribute> attributeFromName(const QString &name);
bool isTextAttribute(CriteriaAttribute a);
// Money attributes compare with values in currency units.
bool isMoneyAttribute(CriteriaAttribute a);
const QStringList &attributeNames();

QString opName(CriteriaOp op);
std::optional<CriteriaOp> opFromName(const QString &name);

// Reads METRICS.md's criteria format. On error returns std::nullopt and sets *error to
// what is wrong and where ("rule 2: unknown attribute \"revenu_12m\"; ..."). "name",
// "version" and "match" may be left out (the fallback name, version 1, "all").
std::optional<CriteriaSet> fromJson(const QJsonObject &object, QString *error,
                                    const QString &fallbackName = {});
std::optional<CriteriaSet> parse(const QByteArray &json, QString *error, const QString &fallbackName = {});

QJsonObject toJson(const CriteriaSet &set);
QByteArray serialise(const CriteriaSet &set); // compact JSON

// The set a new database ships with: top 20 % by revenue_12m and at least 3 orders in 12 months.
CriteriaSet defaultSet();
QString defaultSetName();

} // namespace criteria
} // namespace acc
