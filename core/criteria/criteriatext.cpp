#include "criteriatext.h"

#include "translation.h"

namespace acc::criteria {

QString attributeLabel(CriteriaAttribute a)
{
    switch (a) {
    case CriteriaAttribute::LifetimeValue:
        return MetricsTr::tr("Lifetime value");
    case CriteriaAttribute::Revenue12m:
        return MetricsTr::tr("Revenue, last 12 months");
    case CriteriaAttribute::Orders12m:
        return MetricsTr::tr("Orders, last 12 months");
    case CriteriaAttribute::AvgOrderValue:
        return MetricsTr::tr("Average order value");
    case CriteriaAttribute::DaysSinceLastOrder:
        return MetricsTr::tr("Days since the last order");
    case CriteriaAttribute::TenureMonths:
        return MetricsTr::tr("Tenure in months");
    case CriteriaAttribute::LastNps:
        return MetricsTr::tr("Last NPS score");
    case CriteriaAttribute::Complaints12m:
        return MetricsTr::tr("Complaints, last 12 months");
    case CriteriaAttribute::Contacts12m:
        return MetricsTr::tr("Contacts, last 12 months");
    case CriteriaAttribute::Segment:
        return MetricsTr::tr("Segment");
    case CriteriaAttribute::Region:
        return MetricsTr::tr("Region");
    case CriteriaAttribute::Stage:
        return MetricsTr::tr("Stage");
    case CriteriaAttribute::AccountOwner:
        return MetricsTr::tr("Account owner");
    }
    return attributeName(a);
}

QString opLabel(CriteriaOp op)
{
    switch (op) {
    case CriteriaOp::Ge:
        return MetricsTr::tr("at least");
    case CriteriaOp::Gt:
        return MetricsTr::tr("more than");
    case CriteriaOp::Le:
        return MetricsTr::tr("at most");
    case CriteriaOp::Lt:
        return MetricsTr::tr("less than");
    case CriteriaOp::Eq:
        return MetricsTr::tr("is");
    case CriteriaOp::Ne:
        return MetricsTr::tr("is not");
    case CriteriaOp::In:
        return MetricsTr::tr("is one of");
    case CriteriaOp::NotIn:
        return MetricsTr::tr("is none of");
    case CriteriaOp::TopPercent:
        return MetricsTr::tr("in the top");
    }
    return opName(op);
}

QString valueText(const CriteriaRule &rule, const QString &currency, const QLocale &locale)
{
    switch (rule.op) {
    case CriteriaOp::In:
    case CriteriaOp::NotIn: {
        QStringList quoted;
        for (const QString &item : rule.list)
            quoted << MetricsTr::tr("\"%1\"").arg(item);
        return quoted.isEmpty() ? MetricsTr::tr("(nothing)") : quoted.join(QStringLiteral(", "));
    }
    case CriteriaOp::TopPercent:
        return MetricsTr::tr("%1 %").arg(locale.toString(rule.number, 'g', 12));
    case CriteriaOp::Eq:
    case CriteriaOp::Ne:
        if (isTextAttribute(rule.attribute))
            return MetricsTr::tr("\"%1\"").arg(rule.text);
        break;
    default:
        break;
    }
    const QString number = locale.toString(rule.number, 'g', 15);
    return isMoneyAttribute(rule.attribute) ? MetricsTr::tr("%1 %2").arg(number, currency) : number;
}

QString ruleText(const CriteriaRule &rule, const QString &currency, const QLocale &locale)
{
    if (rule.op == CriteriaOp::TopPercent)
        return MetricsTr::tr("%1: in the top %2 of active customers")
            .arg(attributeLabel(rule.attribute), valueText(rule, currency, locale));
    return MetricsTr::tr("%1: %2 %3")
        .arg(attributeLabel(rule.attribute), opLabel(rule.op), valueText(rule, currency, locale));
}

QStringList rulesText(const CriteriaSet &set, const QString &currency, const QLocale &locale)
{
    QStringList out;
    for (const CriteriaRule &rule : set.rules)
        out << ruleText(rule, currency, locale);
    return out;
}

QString matchText(const CriteriaSet &set)
{
    if (set.rules.isEmpty())
        return set.matchAll ? MetricsTr::tr("Every active customer") : MetricsTr::tr("No customer");
    if (set.rules.size() == 1)
        return MetricsTr::tr("This rule holds");
    return set.matchAll ? MetricsTr::tr("All of these rules hold")
                        : MetricsTr::tr("Any of these rules holds");
}

} // namespace acc::criteria
