#include "viewguide.h"

#include "criteria/criteria.h"
#include "criteria/criteriatext.h"
#include "figuretext.h"

#include <QCoreApplication>
#include <QHash>

namespace acc::guide {

namespace {

// Texts marked with QT_TRANSLATE_NOOP("Guide", ...), translated when used.
QString translated(const char *text)
{
    return QCoreApplication::translate("Guide", text);
}

// Texts written in place: GuideTr::tr files them under "Guide" too.
struct GuideTr
{
    Q_DECLARE_TR_FUNCTIONS(Guide)
};

// METRICS.md's definitions, in a reader's words. P is the period on show; "as of" a
// period is its last day (or the data's last date when the period runs past it).
const QHash<QString, const char *> &definitions()
{
    static const QHash<QString, const char *> table{
        {QStringLiteral("gained"),
         QT_TRANSLATE_NOOP("Guide",
                           "Customers whose first day as a customer (acquired on) falls in the period.")},
        {QStringLiteral("lost"),
         QT_TRANSLATE_NOOP("Guide", "Customers whose loss date (lost on) falls in the period.")},
        {QStringLiteral("won_back"),
         QT_TRANSLATE_NOOP(
             "Guide", "Customers whose win-back date falls in the period: lost before, customers again.")},
        {QStringLiteral("net"),
         QT_TRANSLATE_NOOP("Guide",
                           "Customers gained plus customers won back minus customers lost in the period.")},
        {QStringLiteral("active_start"),
         QT_TRANSLATE_NOOP("Guide", "Customers active on the day before the period starts: acquired by then "
                                    "and not lost (or lost and won back again).")},
        {QStringLiteral("active_end"),
         QT_TRANSLATE_NOOP("Guide", "Customers active on the period's last day.")},
        {QStringLiteral("churn_rate"),
         QT_TRANSLATE_NOOP("Guide", "Customers lost in the period divided by the customers active at its "
                                    "start. None when no customer was active at the start.")},
        {QStringLiteral("lost_value"),
         QT_TRANSLATE_NOOP("Guide",
                           "The yearly revenue that walked out: for every customer lost in the period, the "
                           "sum of their orders in the 365 days up to their loss date.")},
        {QStringLiteral("revenue"),
         QT_TRANSLATE_NOOP("Guide", "The sum of all order amounts dated in the period.")},
        {QStringLiteral("reasons"),
         QT_TRANSLATE_NOOP(
             "Guide",
             "The customers lost in the period grouped by the reason they gave (\"Unknown\" when none was "
             "recorded): how many, and the yearly value they took with them; the largest value first.")},
        {QStringLiteral("rescue_contacts"),
         QT_TRANSLATE_NOOP(
             "Guide", "Contacts in the period in the rescue category: a customer at risk reached out to.")},
        {QStringLiteral("rescued"),
         QT_TRANSLATE_NOOP("Guide",
                           "Rescue contacts whose customer was not lost within 90 days after the contact.")},
        {QStringLiteral("rescue_rate"),
         QT_TRANSLATE_NOOP("Guide", "Customers rescued divided by rescue contacts in the period. None when "
                                    "there was no rescue contact.")},
        {QStringLiteral("complaints"),
         QT_TRANSLATE_NOOP("Guide", "Contacts in the period marked as a complaint.")},
        {QStringLiteral("resolved_within_sla"),
         QT_TRANSLATE_NOOP("Guide",
                           "The share of the period's complaints resolved within the service level (2 days "
                           "unless set otherwise in Settings); complaints still open count as not within.")},
        {QStringLiteral("median_resolution_days"),
         QT_TRANSLATE_NOOP("Guide",
                           "The middle number of days from complaint to resolution over the period's "
                           "resolved complaints (the mean of the two middle ones for an even count).")},
        {QStringLiteral("overdue"),
         QT_TRANSLATE_NOOP("Guide",
                           "Active customers with orders on at least two days whose days since their last "
                           "order exceed twice their usual (median) gap between orders.")},
        {QStringLiteral("p_alive"),
         QT_TRANSLATE_NOOP(
             "Guide",
             "The probability that the customer is still buying, from the BG/NBD model (Fader, Hardie & Lee, "
             "2005) fitted on every customer's order history up to the period's end.")},
        {QStringLiteral("at_risk"),
         QT_TRANSLATE_NOOP("Guide",
                           "Active customers whose probability of still buying (P(alive)) is below 50 %, "
                           "listed by their revenue in the last 12 months: the value at stake.")},
        {QStringLiteral("expected_orders_12m"),
         QT_TRANSLATE_NOOP("Guide",
                           "The orders the BG/NBD model expects from the customer in the next 365 days.")},
        {QStringLiteral("expected_value_12m"),
         QT_TRANSLATE_NOOP("Guide", "Expected orders in the next 12 months times the expected order value of "
                                    "the Gamma-Gamma spend model (Fader, Hardie & Lee, 2005).")},
        {QStringLiteral("responses"),
         QT_TRANSLATE_NOOP("Guide", "Feedback answers (survey scores) received in the period.")},
        {QStringLiteral("nps"),
         QT_TRANSLATE_NOOP("Guide",
                           "Net Promoter Score: 100 × (promoters − detractors) ÷ answers, from −100 to 100; "
                           "promoters score 9 or 10, detractors 0 to 6. None without answers.")},
        {QStringLiteral("promoters"), QT_TRANSLATE_NOOP("Guide", "Answers in the period scoring 9 or 10.")},
        {QStringLiteral("passives"), QT_TRANSLATE_NOOP("Guide", "Answers in the period scoring 7 or 8.")},
        {QStringLiteral("detractors"), QT_TRANSLATE_NOOP("Guide", "Answers in the period scoring 0 to 6.")},
        {QStringLiteral("complaints_per_100"),
         QT_TRANSLATE_NOOP("Guide", "100 × the period's complaints ÷ the customers active at its start.")},
        {QStringLiteral("contacts_by_category.rescue"),
         QT_TRANSLATE_NOOP("Guide", "Contacts in the period to rescue a customer at risk.")},
        {QStringLiteral("contacts_by_category.revenue"),
         QT_TRANSLATE_NOOP("Guide", "Contacts in the period to win an order (revenue contacts).")},
        {QStringLiteral("contacts_by_category.request"),
         QT_TRANSLATE_NOOP("Guide", "Contacts in the period where the customer asked for something.")},
        {QStringLiteral("contacts_by_category.relationship"),
         QT_TRANSLATE_NOOP("Guide", "Contacts in the period to keep the relationship up.")},
        {QStringLiteral("priority_contacts"),
         QT_TRANSLATE_NOOP("Guide", "The 15 touchpoints with most contacts in the period: contacts, distinct "
                                    "customers, the share of contacts that were complaints, and the share of "
                                    "its customers lost within 180 days after a contact there.")},
        {QStringLiteral("feedback_after_sale"),
         QT_TRANSLATE_NOOP("Guide", "Of the customers who ordered in the period, the share who gave a "
                                    "feedback answer within 30 days after one of those orders.")},
        {QStringLiteral("followed_up"),
         QT_TRANSLATE_NOOP("Guide", "Of the customers active on the period's last day, the share with a "
                                    "relationship contact in the 180 days up to it.")},
        {QStringLiteral("re_engaged"),
         QT_TRANSLATE_NOOP(
             "Guide",
             "Revenue contacts in the period followed by an order from the same customer within 60 days.")},
        {QStringLiteral("re_engage_rate"),
         QT_TRANSLATE_NOOP("Guide", "Re-engaged revenue contacts divided by all revenue contacts in the "
                                    "period. None when there was none.")},
        {QStringLiteral("best_customers"),
         QT_TRANSLATE_NOOP("Guide", "The active customers who meet the best-customer criteria in force on "
                                    "the period's last day, ranked by lifetime value.")},
        {QStringLiteral("best_count"),
         QT_TRANSLATE_NOOP(
             "Guide", "How many active customers meet the best-customer criteria on the period's last day.")},
        {QStringLiteral("best_revenue_share"),
         QT_TRANSLATE_NOOP(
             "Guide", "The best customers' share of all revenue in the 365 days up to the period's end.")},
        {QStringLiteral("pareto_top20_share"),
         QT_TRANSLATE_NOOP("Guide", "The share of revenue in the 365 days up to the period's end that came "
                                    "from the top 20 % of customers (by that revenue).")},
        {QStringLiteral("best_mean_days_between_orders"),
         QT_TRANSLATE_NOOP("Guide", "The mean gap in days between consecutive orders of best customers in "
                                    "the last 365 days, over those with at least two orders.")},
        {QStringLiteral("rest_mean_days_between_orders"),
         QT_TRANSLATE_NOOP(
             "Guide",
             "The same mean gap for every other customer with at least two orders in the last 365 days.")},
        {QStringLiteral("spend"),
         QT_TRANSLATE_NOOP(
             "Guide",
             "The money spent on customer programs in the months of the period, in total and by program.")},
        {QStringLiteral("spend_per_active_customer"),
         QT_TRANSLATE_NOOP("Guide", "Total spend divided by the customers active on the period's last day.")},
        {QStringLiteral("revenue_per_spend"),
         QT_TRANSLATE_NOOP("Guide",
                           "The period's revenue divided by its total spend. None when nothing was spent.")},
        {QStringLiteral("retention"),
         QT_TRANSLATE_NOOP("Guide", "1 − customers lost in the period ÷ customers active at its start: the "
                                    "share of the customers at the start who were kept.")},
        {QStringLiteral("days_between_orders"),
         QT_TRANSLATE_NOOP(
             "Guide", "The mean gap in days between consecutive orders in the last 365 days, best customers "
                      "against the other active customers, over those with at least two orders there.")},
        {QStringLiteral("at_risk_list"),
         QT_TRANSLATE_NOOP("Guide", "Active customers who are overdue or whose probability of still buying "
                                    "(P(alive)) is below 50 %: the list below, by value at stake.")},
        {QStringLiteral("value_at_stake"),
         QT_TRANSLATE_NOOP("Guide",
                           "The sum of the listed customers' revenue in the last 12 months; the note adds "
                           "what the customer-base model expects them to spend in the next 12 months.")},
        {QStringLiteral("orders"),
         QT_TRANSLATE_NOOP(
             "Guide", "The customer's orders up to the day; the note counts those of the last 365 days.")},
        {QStringLiteral("lifetime_value"),
         QT_TRANSLATE_NOOP("Guide", "The sum of all the customer's orders up to the day.")},
        {QStringLiteral("revenue_12m"),
         QT_TRANSLATE_NOOP("Guide", "The sum of the customer's orders in the 365 days up to the day.")},
        {QStringLiteral("orders_12m"),
         QT_TRANSLATE_NOOP("Guide", "The customer's orders in the 365 days up to the day.")},
        {QStringLiteral("avg_order_value"),
         QT_TRANSLATE_NOOP("Guide", "Lifetime value divided by the number of orders up to the day.")},
        {QStringLiteral("days_since_last_order"),
         QT_TRANSLATE_NOOP("Guide", "Days from the customer's last order to the day.")},
        {QStringLiteral("tenure_months"),
         QT_TRANSLATE_NOOP("Guide", "Whole months from the day the customer was acquired to the day.")},
        {QStringLiteral("last_nps"),
         QT_TRANSLATE_NOOP("Guide", "The customer's latest survey score on or before the day.")},
        {QStringLiteral("complaints_12m"),
         QT_TRANSLATE_NOOP("Guide", "The customer's complaints in the 365 days up to the day.")},
        {QStringLiteral("contacts_12m"),
         QT_TRANSLATE_NOOP("Guide", "The customer's contacts of any kind in the 365 days up to the day: how "
                                    "demanding a customer is.")},
    };
    return table;
}

const QHash<QString, const char *> &ownLabels()
{
    static const QHash<QString, const char *> table{
        {QStringLiteral("reasons"), QT_TRANSLATE_NOOP("Guide", "Why customers left")},
        {QStringLiteral("p_alive"), QT_TRANSLATE_NOOP("Guide", "P(alive)")},
        {QStringLiteral("expected_orders_12m"), QT_TRANSLATE_NOOP("Guide", "Expected orders (12 months)")},
        {QStringLiteral("expected_value_12m"), QT_TRANSLATE_NOOP("Guide", "Expected value (12 months)")},
        {QStringLiteral("contacts_by_category.rescue"), QT_TRANSLATE_NOOP("Guide", "Rescue contacts")},
        {QStringLiteral("contacts_by_category.revenue"), QT_TRANSLATE_NOOP("Guide", "Revenue contacts")},
        {QStringLiteral("contacts_by_category.request"), QT_TRANSLATE_NOOP("Guide", "Request contacts")},
        {QStringLiteral("contacts_by_category.relationship"),
         QT_TRANSLATE_NOOP("Guide", "Relationship contacts")},
        {QStringLiteral("priority_contacts"),
         QT_TRANSLATE_NOOP("Guide", "Moments of truth (priority contacts)")},
        {QStringLiteral("best_customers"), QT_TRANSLATE_NOOP("Guide", "The best customers")},
    };
    return table;
}

QStringList keys(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *k : list)
        out << QString::fromLatin1(k);
    return out;
}

QStringList texts(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *k : list)
        out << translated(k);
    return out;
}

} // namespace

QString definition(const QString &key)
{
    const auto it = definitions().constFind(key);
    return it == definitions().constEnd() ? QString() : translated(*it);
}

QString label(const QString &key)
{
    if (const auto it = ownLabels().constFind(key); it != ownLabels().constEnd())
        return translated(*it);
    if (const auto attribute = criteria::attributeFromName(key))
        return criteria::attributeLabel(*attribute);
    return figures::label(key);
}

ViewGuide forView(const QString &viewName)
{
    const QString v = viewName;
    if (v == QLatin1String("scorecard"))
        return {
            GuideTr::tr(
                "The four accountability targets on one page: customers gained and lost, service and rescue, "
                "listening, and the moments of truth. Each figure shows the period's actual, its target, "
                "the status against it, the owner and the trend over the periods before."),
            keys({"gained",
                  "lost",
                  "won_back",
                  "churn_rate",
                  "lost_value",
                  "revenue",
                  "rescue_rate",
                  "resolved_within_sla",
                  "median_resolution_days",
                  "complaints",
                  "overdue",
                  "at_risk",
                  "nps",
                  "responses",
                  "detractors",
                  "complaints_per_100",
                  "contacts_by_category.rescue",
                  "contacts_by_category.revenue",
                  "contacts_by_category.request",
                  "contacts_by_category.relationship"}),
            texts({QT_TRANSLATE_NOOP("Guide", "Status: met when the actual meets the target; at risk when it "
                                              "misses by no more than 10 % of the target; missed otherwise; "
                                              "no data when there is no actual. Each status has its own "
                                              "symbol as well as its colour."),
                   QT_TRANSLATE_NOOP("Guide", "A click, or Enter, on a figure opens the view that "
                                              "explains it.")})};
    if (v == QLatin1String("loss-review"))
        return {
            GuideTr::tr(
                "The monthly customer-loss review: how many customers were lost, what they were worth, why "
                "they left, and who they were."),
            keys({"lost", "lost_value", "churn_rate", "won_back", "net", "gained", "reasons"}),
            texts({QT_TRANSLATE_NOOP("Guide", "Choose the month with Period > Choose period (Ctrl+L); the "
                                              "trend shows the 13 months ending with it."),
                   QT_TRANSLATE_NOOP("Guide", "Ctrl+M filters by month and Ctrl+R by reason, Esc clears; "
                                              "Enter on a lost customer opens their history."),
                   QT_TRANSLATE_NOOP("Guide", "Ctrl+Shift+X records an exit call on the lost customer "
                                              "chosen: what they said, and the reason they gave.")})};
    if (v == QLatin1String("best-customers"))
        return {
            GuideTr::tr(
                "The customers the executives agree are the best, by the criteria in force: who they are, "
                "what share of revenue they bring, how often they buy and what they buy."),
            keys({"best_count", "best_revenue_share", "pareto_top20_share", "best_mean_days_between_orders",
                  "rest_mean_days_between_orders", "best_customers", "lifetime_value", "revenue_12m"}),
            texts({QT_TRANSLATE_NOOP("Guide", "Edit the criteria (Ctrl+K): every saved change is a new "
                                              "version, and the pack prints the version in force."),
                   QT_TRANSLATE_NOOP("Guide", "A rule is an attribute, an operator and a value; \"top "
                                              "percent N\" keeps the top N % of active customers by the "
                                              "attribute.")})};
    if (v == QLatin1String("listening"))
        return {
            GuideTr::tr(
                "Listening and service: what customers say (NPS and complaints), how fast complaints are "
                "resolved, how many customers at risk were rescued, and the issues driving customers away."),
            keys({"nps", "responses", "promoters", "passives", "detractors", "complaints",
                  "complaints_per_100", "resolved_within_sla", "median_resolution_days", "rescue_contacts",
                  "rescued", "rescue_rate", "reasons"}),
            texts({QT_TRANSLATE_NOOP("Guide", "The trend shows 13 months for a month, 8 quarters for a "
                                              "quarter.")})};
    if (v == QLatin1String("at-risk"))
        return {
            GuideTr::tr(
                "The customers to call this week: overdue customers and customers unlikely to come back, by "
                "the value at stake."),
            keys({"at_risk", "overdue", "p_alive", "expected_orders_12m", "expected_value_12m",
                  "revenue_12m"}),
            texts({QT_TRANSLATE_NOOP("Guide", "Enter on a customer opens their history in the Customers "
                                              "view.")})};
    if (v == QLatin1String("moments-of-truth"))
        return {GuideTr::tr(
                    "The moments of truth: the touchpoints where customers reach the company most, how often "
                    "they complain there, and how many of them are lost afterwards."),
                keys({"priority_contacts", "contacts_by_category.rescue", "contacts_by_category.revenue",
                      "contacts_by_category.request", "contacts_by_category.relationship"}),
                {}};
    if (v == QLatin1String("spend"))
        return {GuideTr::tr("What the customer programs cost and what they returned."),
                keys({"spend", "spend_per_active_customer", "revenue_per_spend", "revenue", "active_end"}),
                {}};
    if (v == QLatin1String("follow-through"))
        return {GuideTr::tr(
                    "The three accountabilities after the sale: asking for feedback, following customers up, "
                    "and turning revenue contacts into orders."),
                keys({"feedback_after_sale", "followed_up", "re_engaged", "re_engage_rate"}),
                texts({QT_TRANSLATE_NOOP("Guide", "Each tile opens the customers behind it.")})};
    if (v == QLatin1String("targets"))
        return {
            GuideTr::tr(
                "Every figure a target can be set on: its actual for the period, the target, the status "
                "against it and its owner. Targets are set per period and per figure; lower is better for "
                "losses, churn, complaints and days to resolve, higher for the rest."),
            {},
            texts({QT_TRANSLATE_NOOP("Guide", "Type a target in the Target column and an owner in the Owner "
                                              "column; an empty target removes it."),
                   QT_TRANSLATE_NOOP("Guide", "Status: met, at risk (missing by no more than 10 % of the "
                                              "target), missed, or no data.")})};
    if (v == QLatin1String("actions"))
        return {GuideTr::tr(
                    "The accountability log: every action and idea, with its owner, due date and status, and "
                    "the figure or customer it answers."),
                {},
                texts({QT_TRANSLATE_NOOP("Guide", "New action: Ctrl+N. In a meeting, A records one without "
                                                  "leaving the slide."),
                       QT_TRANSLATE_NOOP("Guide", "Overdue actions are marked, not only coloured.")})};
    if (v == QLatin1String("reality-check"))
        return {
            GuideTr::tr(
                "The leadership team's own scores, 1 to 10, on seven dimensions of customer accountability, "
                "this quarter against the last, with a note for each."),
            {},
            {}};
    if (v == QLatin1String("customers"))
        return {
            GuideTr::tr("Every customer, searchable, with their figures, orders, contacts and answers."),
            keys({"revenue_12m", "lifetime_value", "p_alive", "expected_value_12m"}),
            texts({QT_TRANSLATE_NOOP("Guide", "Ctrl+F goes to the search box: a name or an id; Esc clears "
                                              "it.")})};
    return {};
}

QString meetingIntroduction()
{
    return GuideTr::tr(
        "Meeting > Start meeting (Shift+F5) shows the agenda of the period on show full screen: a month "
        "gives the monthly customer-loss review, a quarter the quarterly accountability meeting. With a "
        "second screen, the presenter console shows the next slide, the time and talking points. "
        "File > Export meeting pack as PDF (Ctrl+P) writes the same agenda for every attendee.");
}

QList<QPair<QString, QString>> meetingKeys()
{
    return {
        {GuideTr::tr("Right, Page Down, Space"), GuideTr::tr("next slide")},
        {GuideTr::tr("Left, Page Up"), GuideTr::tr("previous slide")},
        {GuideTr::tr("Home, End"), GuideTr::tr("first, last slide")},
        {GuideTr::tr("a number, then Enter"), GuideTr::tr("that slide")},
        {GuideTr::tr("B, W"), GuideTr::tr("black or white screen; the same key returns")},
        {GuideTr::tr("P"), GuideTr::tr("mask customer names (initials instead); P again shows them")},
        {GuideTr::tr("A"), GuideTr::tr("record an action: title, owner, due date")},
        {GuideTr::tr("T"), GuideTr::tr("advance by itself (TV mode), on or off")},
        {GuideTr::tr("D"), GuideTr::tr("the customers behind the slide; Esc returns")},
        {GuideTr::tr("Esc"), GuideTr::tr("leave; the next start resumes on the same slide")},
    };
}

} // namespace acc::guide
