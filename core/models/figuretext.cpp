#include "figuretext.h"

#include "engine/money.h"
#include "format.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>

namespace acc::figures {

namespace {

struct Info
{
    Unit unit;
    const char *label;
};

const QHash<QString, Info> &infos()
{
    static const QHash<QString, Info> table{
        {QStringLiteral("gained"), {Unit::Count, QT_TRANSLATE_NOOP("Figures", "Customers gained")}},
        {QStringLiteral("lost"), {Unit::Count, QT_TRANSLATE_NOOP("Figures", "Customers lost")}},
        {QStringLiteral("won_back"), {Unit::Count, QT_TRANSLATE_NOOP("Figures", "Customers won back")}},
        {QStringLiteral("net"), {Unit::Count, QT_TRANSLATE_NOOP("Figures", "Net change in customers")}},
        {QStringLiteral("active_start"), {Unit::Count, QT_TRANSLATE_NOOP("Figures", "Active at the start")}},
        {QStringLiteral("active_end"), {Unit::Count, QT_TRANSLATE_NOOP("Figures", "Active at the end")}},
        {QStringLiteral("churn_rate"), {Unit::Share, QT_TRANSLATE_NOOP("Figures", "Churn rate")}},
        {QStringLiteral("lost_value"), {Unit::Money, QT_TRANSLATE_NOOP("Figures", "Lost value (12 months)")}},
        {QStringLiteral("revenue"), {Unit::Money, QT_TRANSLATE_NOOP("Figures", "Revenue")}},
        {QStringLiteral("rescue_contacts"), {Unit::Count, QT_TRANSLATE_NOOP("Figures", "Rescue contacts")}},
        {QStringLiteral("rescued"), {Unit::Count, QT_TRANSLATE_NOOP("Figures", "Customers rescued")}},
        {QStringLiteral("rescue_rate"), {Unit::Share, QT_TRANSLATE_NOOP("Figures", "Rescue rate")}},
        {QStringLiteral("complaints"), {Unit::Count, QT_TRANSLATE_NOOP("Figures", "Complaints")}},
        {QStringLiteral("resolved_within_sla"),
         {Unit::Share, QT_TRANSLATE_NOOP("Figures", "Resolved within the SLA")}},
        {QStringLiteral("median_resolution_days"),
         {Unit::Days, QT_TRANSLATE_NOOP("Figures", "Median days to resolve")}},
        {QStringLiteral("overdue"), {Unit::Count, QT_TRANSLATE_NOOP("Figures", "Overdue customers")}},
        {QStringLiteral("at_risk"), {Unit::Count, QT_TRANSLATE_NOOP("Figures", "Customers at risk")}},
        {QStringLiteral("responses"), {Unit::Count, QT_TRANSLATE_NOOP("Figures", "Survey answers")}},
        {QStringLiteral("nps"), {Unit::Score, QT_TRANSLATE_NOOP("Figures", "Net Promoter Score")}},
        {QStringLiteral("promoters"), {Unit::Count, QT_TRANSLATE_NOOP("Figures", "Promoters")}},
        {QStringLiteral("passives"), {Unit::Count, QT_TRANSLATE_NOOP("Figures", "Passives")}},
        {QStringLiteral("detractors"), {Unit::Count, QT_TRANSLATE_NOOP("Figures", "Detractors")}},
        {QStringLiteral("complaints_per_100"),
         {Unit::Number, QT_TRANSLATE_NOOP("Figures", "Complaints per 100 customers")}},
        {QStringLiteral("feedback_after_sale"),
         {Unit::Share, QT_TRANSLATE_NOOP("Figures", "Feedback asked after the sale")}},
        {QStringLiteral("followed_up"), {Unit::Share, QT_TRANSLATE_NOOP("Figures", "Customers followed up")}},
        {QStringLiteral("re_engaged"),
         {Unit::Count, QT_TRANSLATE_NOOP("Figures", "Re-engaged with an order")}},
        {QStringLiteral("re_engage_rate"), {Unit::Share, QT_TRANSLATE_NOOP("Figures", "Re-engagement rate")}},
        {QStringLiteral("best_count"), {Unit::Count, QT_TRANSLATE_NOOP("Figures", "Best customers")}},
        {QStringLiteral("best_revenue_share"),
         {Unit::Share, QT_TRANSLATE_NOOP("Figures", "Best customers' revenue share")}},
        {QStringLiteral("pareto_top20_share"),
         {Unit::Share, QT_TRANSLATE_NOOP("Figures", "Top 20 % revenue share")}},
        {QStringLiteral("best_mean_days_between_orders"),
         {Unit::Days, QT_TRANSLATE_NOOP("Figures", "Days between orders, best")}},
        {QStringLiteral("rest_mean_days_between_orders"),
         {Unit::Days, QT_TRANSLATE_NOOP("Figures", "Days between orders, the rest")}},
        {QStringLiteral("spend"), {Unit::Money, QT_TRANSLATE_NOOP("Figures", "Spend")}},
        {QStringLiteral("spend_per_active_customer"),
         {Unit::Money, QT_TRANSLATE_NOOP("Figures", "Spend per active customer")}},
        {QStringLiteral("revenue_per_spend"),
         {Unit::Number, QT_TRANSLATE_NOOP("Figures", "Revenue per spend")}},
    };
    return table;
}

// Every text of this file under one translation context, "Figures" (the labels are
// marked with QT_TRANSLATE_NOOP under the same name).
struct FiguresTr
{
    Q_DECLARE_TR_FUNCTIONS(Figures)
};

QString translatedLabel(const char *text)
{
    return QCoreApplication::translate("Figures", text);
}

// Digits a value of the unit is shown with.
int decimalsOf(Unit unit)
{
    switch (unit) {
    case Unit::Count:
        return 0;
    case Unit::Money:
    case Unit::Number:
        return 2;
    case Unit::Share:
    case Unit::Days:
    case Unit::Score:
        return 1;
    }
    return 2;
}

// The shortest text of `value` with at most `decimals` digits after the point.
QString trimmed(double value, int decimals, const QLocale &locale)
{
    QString text = locale.toString(value, 'f', decimals);
    if (decimals > 0 && text.contains(locale.decimalPoint())) {
        while (text.endsWith(locale.zeroDigit()))
            text.chop(1);
        if (text.endsWith(locale.decimalPoint()))
            text.chop(locale.decimalPoint().size());
    }
    return text;
}

} // namespace

Unit unitOf(const QString &key)
{
    const auto it = infos().constFind(key);
    return it == infos().constEnd() ? Unit::Number : it->unit;
}

QString label(const QString &key)
{
    const auto it = infos().constFind(key);
    return it == infos().constEnd() ? key : translatedLabel(it->label);
}

QString format(const QString &key, double value, const QString &currency, const QLocale &locale)
{
    const QChar nbsp(0x00A0);
    switch (unitOf(key)) {
    case Unit::Count:
        return locale.toString(value, 'f', 0);
    case Unit::Money:
        if (std::fabs(value) < money::kMaxTotal / 100.0)
            return format::moneyShort(Cents(std::llround(value * 100)), currency, locale);
        return locale.toString(value, 'f', 2) + nbsp + currency;
    case Unit::Share:
        return trimmed(value * 100, 1, locale) + nbsp + QLatin1Char('%');
    case Unit::Days:
        return FiguresTr::tr("%1 days").arg(trimmed(value, 1, locale));
    case Unit::Score:
    case Unit::Number:
        return trimmed(value, decimalsOf(unitOf(key)), locale);
    }
    return {};
}

QString formatCompact(const QString &key, double value, const QString &currency, const QLocale &locale)
{
    if (unitOf(key) == Unit::Money && std::fabs(value) < money::kMaxTotal / 100.0)
        return format::moneyCompact(Cents(std::llround(value * 100)), currency, locale);
    return format(key, value, currency, locale);
}

QString editText(const QString &key, double value, const QLocale &locale)
{
    const Unit unit = unitOf(key);
    QLocale plain = locale;
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    return trimmed(unit == Unit::Share ? value * 100 : value, unit == Unit::Share ? 4 : 6, plain);
}

std::optional<double> parse(const QString &key, const QString &text, const QLocale &locale, QString *error)
{
    const Unit unit = unitOf(key);
    QString t = text.trimmed();
    t.remove(QChar(0x00A0));
    if (unit == Unit::Share && t.endsWith(QLatin1Char('%')))
        t.chop(1);
    if (unit == Unit::Money) {
        // A currency code or sign typed with the amount is left out.
        while (!t.isEmpty() && (t.back().isLetter() || t.back().isSymbol()))
            t.chop(1);
        while (!t.isEmpty() && (t.front().isLetter() || t.front().isSymbol()))
            t.remove(0, 1);
    }
    t = t.trimmed();
    bool ok = false;
    double value = locale.toDouble(t, &ok);
    if (!ok)
        value = QLocale::c().toDouble(t, &ok);
    const auto refuse = [&](const QString &message) {
        *error = message;
        return std::nullopt;
    };
    if (!ok || !std::isfinite(value)) {
        switch (unit) {
        case Unit::Count:
            return refuse(FiguresTr::tr("%1 is a count: type a whole number, e.g. 12").arg(label(key)));
        case Unit::Money:
            return refuse(FiguresTr::tr("%1 is an amount: type a number in currency units, e.g. 12500")
                              .arg(label(key)));
        case Unit::Share:
            return refuse(
                FiguresTr::tr("%1 is a percentage: type a number from 0 to 100, e.g. 2.5").arg(label(key)));
        case Unit::Days:
            return refuse(FiguresTr::tr("%1 is a number of days: type a number, e.g. 2.5").arg(label(key)));
        case Unit::Score:
            return refuse(
                FiguresTr::tr("%1 is a score from -100 to 100: type a number, e.g. 35").arg(label(key)));
        case Unit::Number:
            return refuse(FiguresTr::tr("%1 takes a number, e.g. 1.5").arg(label(key)));
        }
    }
    switch (unit) {
    case Unit::Count:
        if (value != std::floor(value) || std::fabs(value) > 1e12)
            return refuse(FiguresTr::tr("%1 is a count: type a whole number, e.g. 12").arg(label(key)));
        if (value < 0 && key != QLatin1String("net"))
            return refuse(FiguresTr::tr("%1 cannot be negative").arg(label(key)));
        return value;
    case Unit::Money:
        if (std::fabs(value) >= money::kMaxTotal / 100.0)
            return refuse(FiguresTr::tr("%1: the amount is too large").arg(label(key)));
        return value;
    case Unit::Share:
        if (value < 0 || value > 100)
            return refuse(
                FiguresTr::tr("%1 is a percentage: type a number from 0 to 100, e.g. 2.5").arg(label(key)));
        return value / 100.0;
    case Unit::Days:
        if (value < 0 || value > 1e6)
            return refuse(FiguresTr::tr("%1 is a number of days: type 0 or more").arg(label(key)));
        return value;
    case Unit::Score:
        if (value < -100 || value > 100)
            return refuse(FiguresTr::tr("%1 is a score from -100 to 100").arg(label(key)));
        return value;
    case Unit::Number:
        if (std::fabs(value) > 1e12)
            return refuse(FiguresTr::tr("%1: the number is too large").arg(label(key)));
        return value;
    }
    return value;
}

} // namespace acc::figures
