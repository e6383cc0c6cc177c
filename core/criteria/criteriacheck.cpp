#include "criteriacheck.h"

#include "translation.h"

#include <QJsonArray>

#include <cmath>

namespace acc::criteria {

namespace {

const QList<CriteriaOp> &numberOps()
{
    static const QList<CriteriaOp> ops{CriteriaOp::Ge, CriteriaOp::Gt, CriteriaOp::Le,        CriteriaOp::Lt,
                                       CriteriaOp::Eq, CriteriaOp::Ne, CriteriaOp::TopPercent};
    return ops;
}

const QList<CriteriaOp> &textOps()
{
    static const QList<CriteriaOp> ops{CriteriaOp::Eq, CriteriaOp::Ne, CriteriaOp::In, CriteriaOp::NotIn,
                                       CriteriaOp::TopPercent};
    return ops;
}

QString allOpNames()
{
    QStringList names;
    for (CriteriaOp op : {CriteriaOp::Ge, CriteriaOp::Gt, CriteriaOp::Le, CriteriaOp::Lt, CriteriaOp::Eq,
                          CriteriaOp::Ne, CriteriaOp::In, CriteriaOp::NotIn, CriteriaOp::TopPercent})
        names << opName(op);
    return names.join(QStringLiteral(", "));
}

bool isList(CriteriaOp op)
{
    return op == CriteriaOp::In || op == CriteriaOp::NotIn;
}

// Whether the rule's value is a number (comparisons of numbers, and top-percent N).
bool takesNumber(CriteriaAttribute attribute, CriteriaOp op)
{
    return op == CriteriaOp::TopPercent || (!isList(op) && !isTextAttribute(attribute));
}

} // namespace

QList<CriteriaOp> opsFor(CriteriaAttribute attribute)
{
    return isTextAttribute(attribute) ? textOps() : numberOps();
}

bool takesOp(CriteriaAttribute attribute, CriteriaOp op)
{
    return opsFor(attribute).contains(op);
}

QString unknownAttributeProblem(const QString &given)
{
    return MetricsTr::tr("unknown attribute \"%1\" (known: %2)")
        .arg(given, attributeNames().join(QStringLiteral(", ")));
}

QString unknownOpProblem(const QString &given)
{
    return MetricsTr::tr("unknown operator \"%1\" (known: %2)").arg(given, allOpNames());
}

QString opProblem(CriteriaAttribute attribute, CriteriaOp op)
{
    if (takesOp(attribute, op))
        return {};
    if (isList(op))
        return MetricsTr::tr(
                   "%1 is a number; \"%2\" works on text attributes only (use >=, >, <=, <, =, != or "
                   "top-percent)")
            .arg(attributeName(attribute), opName(op));
    return MetricsTr::tr("%1 is a text; \"%2\" compares numbers (use =, !=, in, not-in or top-percent)")
        .arg(attributeName(attribute), opName(op));
}

QString readValue(const QJsonValue &value, CriteriaRule *rule)
{
    const CriteriaAttribute attribute = rule->attribute;
    const CriteriaOp op = rule->op;
    if (op == CriteriaOp::TopPercent) {
        const double n = value.toDouble();
        if (!value.isDouble() || !std::isfinite(n) || n < 0 || n > 100)
            return MetricsTr::tr("top-percent takes a number from 0 to 100");
        rule->number = n;
        return {};
    }
    if (isList(op)) {
        const QString problem = MetricsTr::tr("\"%1\" takes a list of texts").arg(opName(op));
        if (!value.isArray())
            return problem;
        QStringList list;
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString())
                return problem;
            list << item.toString();
        }
        rule->list = list;
        return {};
    }
    if (isTextAttribute(attribute)) {
        if (!value.isString())
            return MetricsTr::tr("%1 is a text; the value must be a text").arg(attributeName(attribute));
        rule->text = value.toString();
        return {};
    }
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        return MetricsTr::tr("%1 is a number; the value must be a number%2")
            .arg(attributeName(attribute),
                 isMoneyAttribute(attribute) ? MetricsTr::tr(" in currency units") : QString());
    rule->number = value.toDouble();
    return {};
}

QJsonValue typedValue(CriteriaAttribute attribute, CriteriaOp op, const QString &typed, const QLocale &locale)
{
    if (isList(op)) {
        QJsonArray items;
        for (const QString &item : typed.split(QLatin1Char(','))) {
            const QString trimmed = item.trimmed();
            if (!trimmed.isEmpty())
                items.append(trimmed);
        }
        return items;
    }
    QString text = typed.trimmed();
    if (!takesNumber(attribute, op))
        return text;
    if (op == CriteriaOp::TopPercent && text.endsWith(QLatin1Char('%')))
        text = text.chopped(1).trimmed();
    bool ok = false;
    const double number = locale.toDouble(text, &ok);
    if (ok && std::isfinite(number))
        return number;
    return typed; // not a number: readValue() says what is expected
}

QString editText(const CriteriaRule &rule, const QLocale &locale)
{
    if (isList(rule.op))
        return rule.list.join(QStringLiteral(", "));
    if (!takesNumber(rule.attribute, rule.op))
        return rule.text;
    QLocale plain = locale;
    plain.setNumberOptions(plain.numberOptions() | QLocale::OmitGroupSeparator);
    return plain.toString(rule.number, 'g', 15);
}

bool sameRule(const CriteriaRule &a, const CriteriaRule &b)
{
    if (a.attribute != b.attribute || a.op != b.op)
        return false;
    if (isList(a.op))
        return a.list == b.list;
    if (!takesNumber(a.attribute, a.op))
        return a.text == b.text;
    return a.number == b.number;
}

} // namespace acc::criteria
