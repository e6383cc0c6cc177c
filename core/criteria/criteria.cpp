#include "criteria.h"
#include "criteriacheck.h"
#include "translation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <array>
#include <cmath>

namespace acc::criteria {

namespace {

struct AttributeInfo
{
    CriteriaAttribute attribute;
    const char *name;
    bool text;
    bool money;
};

constexpr std::array<AttributeInfo, 13> kAttributes{{
    {CriteriaAttribute::LifetimeValue, "lifetime_value", false, true},
    {CriteriaAttribute::Revenue12m, "revenue_12m", false, true},
    {CriteriaAttribute::Orders12m, "orders_12m", false, false},
    {CriteriaAttribute::AvgOrderValue, "avg_order_value", false, true},
    {CriteriaAttribute::DaysSinceLastOrder, "days_since_last_order", false, false},
    {CriteriaAttribute::TenureMonths, "tenure_months", false, false},
    {CriteriaAttribute::LastNps, "last_nps", false, false},
    {CriteriaAttribute::Complaints12m, "complaints_12m", false, false},
    {CriteriaAttribute::Contacts12m, "contacts_12m", false, false},
    {CriteriaAttribute::Segment, "segment", true, false},
    {CriteriaAttribute::Region, "region", true, false},
    {CriteriaAttribute::Stage, "stage", true, false},
    {CriteriaAttribute::AccountOwner, "account_owner", true, false},
}};

struct OpInfo
{
    CriteriaOp op;
    const char *name;
};

constexpr std::array<OpInfo, 9> kOps{{
    {CriteriaOp::Ge, ">="},
    {CriteriaOp::Gt, ">"},
    {CriteriaOp::Le, "<="},
    {CriteriaOp::Lt, "<"},
    {CriteriaOp::Eq, "="},
    {CriteriaOp::Ne, "!="},
    {CriteriaOp::In, "in"},
    {CriteriaOp::NotIn, "not-in"},
    {CriteriaOp::TopPercent, "top-percent"},
}};

const AttributeInfo &info(CriteriaAttribute a)
{
    return kAttributes[std::size_t(a)];
}

} // namespace

QString attributeName(CriteriaAttribute a)
{
    return QString::fromLatin1(info(a).name);
}

std::optional<CriteriaAttribute> attributeFromName(const QString &name)
{
    for (const AttributeInfo &a : kAttributes) {
        if (name == QLatin1String(a.name))
            return a.attribute;
    }
    return std::nullopt;
}

bool isTextAttribute(CriteriaAttribute a)
{
    return info(a).text;
}

bool isMoneyAttribute(CriteriaAttribute a)
{
    return info(a).money;
}

const QStringList &attributeNames()
{
    static const QStringList names = [] {
        QStringList out;
        for (const AttributeInfo &a : kAttributes)
            out << QString::fromLatin1(a.name);
        return out;
    }();
    return names;
}

QString opName(CriteriaOp op)
{
    for (const OpInfo &o : kOps) {
        if (o.op == op)
            return QString::fromLatin1(o.name);
    }
    return {};
}

std::optional<CriteriaOp> opFromName(const QString &name)
{
    for (const OpInfo &o : kOps) {
        if (name == QLatin1String(o.name))
            return o.op;
    }
    return std::nullopt;
}

std::optional<CriteriaSet> fromJson(const QJsonObject &object, QString *error, const QString &fallbackName)
{
    CriteriaSet set;
    const QJsonValue name = object.value(QStringLiteral("name"));
    if (name.isString() && !name.toString().trimmed().isEmpty()) {
        set.name = name.toString().trimmed();
    } else if (name.isUndefined() && !fallbackName.isEmpty()) {
        set.name = fallbackName;
    } else {
        *error = MetricsTr::tr("\"name\" must be a non-empty text");
        return std::nullopt;
    }
    const QJsonValue version = object.value(QStringLiteral("version"));
    if (!version.isUndefined()) {
        const double v = version.toDouble(-1);
        if (!version.isDouble() || v < 1 || v != std::floor(v) || v > 1e9) {
            *error = MetricsTr::tr("\"version\" must be a whole number from 1 up");
            return std::nullopt;
        }
        set.version = int(v);
    }
    const QJsonValue match = object.value(QStringLiteral("match"));
    if (!match.isUndefined()) {
        if (match == QJsonValue(QStringLiteral("all"))) {
            set.matchAll = true;
        } else if (match == QJsonValue(QStringLiteral("any"))) {
            set.matchAll = false;
        } else {
            *error = MetricsTr::tr("\"match\" must be \"all\" or \"any\"");
            return std::nullopt;
        }
    }
    const QJsonValue rules = object.value(QStringLiteral("rules"));
    if (!rules.isArray()) {
        *error =
            MetricsTr::tr("\"rules\" must be a list of {\"attribute\", \"op\", \"value\"} (it may be empty)");
        return std::nullopt;
    }
    const QJsonArray list = rules.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = MetricsTr::tr("rule %1").arg(i + 1);
        if (!list[i].isObject()) {
            *error = MetricsTr::tr("%1: expected an object {\"attribute\", \"op\", \"value\"}").arg(where);
            return std::nullopt;
        }
        const QJsonObject r = list[i].toObject();
        const QJsonValue attributeValue = r.value(QStringLiteral("attribute"));
        const QJsonValue opValue = r.value(QStringLiteral("op"));
        const QJsonValue value = r.value(QStringLiteral("value"));
        const auto attribute = attributeFromName(attributeValue.toString());
        if (!attributeValue.isString() || !attribute) {
            *error = MetricsTr::tr("%1: %2").arg(
                where, unknownAttributeProblem(attributeValue.toVariant().toString()));
            return std::nullopt;
        }
        const auto op = opFromName(opValue.toString());
        if (!opValue.isString() || !op) {
            *error = MetricsTr::tr("%1: %2").arg(where, unknownOpProblem(opValue.toVariant().toString()));
            return std::nullopt;
        }
        CriteriaRule rule;
        rule.attribute = *attribute;
        rule.op = *op;
        QString problem = opProblem(*attribute, *op);
        if (problem.isEmpty())
            problem = readValue(value, &rule);
        if (!problem.isEmpty()) {
            *error = MetricsTr::tr("%1: %2").arg(where, problem);
            return std::nullopt;
        }
        set.rules.append(rule);
    }
    return set;
}

std::optional<CriteriaSet> parse(const QByteArray &json, QString *error, const QString &fallbackName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = MetricsTr::tr("not valid JSON at character %1: %2")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = MetricsTr::tr("expected an object {\"name\", \"version\", \"match\", \"rules\"}");
        return std::nullopt;
    }
    return fromJson(doc.object(), error, fallbackName);
}

QJsonObject toJson(const CriteriaSet &set)
{
    QJsonArray rules;
    for (const CriteriaRule &r : set.rules) {
        QJsonValue value;
        if (r.op == CriteriaOp::In || r.op == CriteriaOp::NotIn)
            value = QJsonArray::fromStringList(r.list);
        else if (isTextAttribute(r.attribute) && r.op != CriteriaOp::TopPercent)
            value = r.text;
        else
            value = r.number;
        rules.append(QJsonObject{{QStringLiteral("attribute"), attributeName(r.attribute)},
                                 {QStringLiteral("op"), opName(r.op)},
                                 {QStringLiteral("value"), value}});
    }
    return QJsonObject{
        {QStringLiteral("name"), set.name},
        {QStringLiteral("version"), set.version},
        {QStringLiteral("match"), set.matchAll ? QStringLiteral("all") : QStringLiteral("any")},
        {QStringLiteral("rules"), rules}};
}

QByteArray serialise(const CriteriaSet &set)
{
    return QJsonDocument(toJson(set)).toJson(QJsonDocument::Compact);
}

QString defaultSetName()
{
    return QStringLiteral("Best customers (default)");
}

CriteriaSet defaultSet()
{
    CriteriaSet set;
    set.name = defaultSetName();
    set.version = 1;
    set.matchAll = true;
    CriteriaRule top;
    top.attribute = CriteriaAttribute::Revenue12m;
    top.op = CriteriaOp::TopPercent;
    top.number = 20;
    CriteriaRule orders;
    orders.attribute = CriteriaAttribute::Orders12m;
    orders.op = CriteriaOp::Ge;
    orders.number = 3;
    set.rules = {top, orders};
    return set;
}

} // namespace acc::criteria
