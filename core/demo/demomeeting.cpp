#include "demomeeting.h"

#include "storage/actionstore.h"
#include "storage/realitycheckstore.h"

namespace acc::demo {

namespace {

const QString kAuthor = QStringLiteral("Demo");

// The customer lost in the quarter with the greatest 12-month revenue before the loss.
const CustomerRecord *mostValuableLost(const Dataset &data, const Period &quarter)
{
    const Day from = toDay(quarter.start());
    const Day to = toDay(quarter.end());
    const CustomerRecord *best = nullptr;
    Cents bestValue = -1;
    for (std::size_t i = 0; i < data.customers.size(); ++i) {
        const CustomerRecord &c = data.customers[i];
        if (!hasDay(c.lostOn) || c.lostOn < from || c.lostOn > to)
            continue;
        Cents value = 0;
        for (int k = data.ordersOf[i].begin; k < data.ordersOf[i].end; ++k) {
            const OrderRecord &o = data.orders[std::size_t(k)];
            if (o.orderedOn <= c.lostOn && o.orderedOn > c.lostOn - 365)
                value += o.amount;
        }
        if (value > bestValue) {
            bestValue = value;
            best = &c;
        }
    }
    return best;
}

} // namespace

QList<Action> sampleActions(const Dataset &data)
{
    const Day lastDay = data.asOf();
    if (!hasDay(lastDay))
        return {};
    const QDate last = toDate(lastDay);
    const Period previous = Period::containing(Period::Kind::Quarter, last, data.fiscalYearStart).shifted(-1);
    // The meeting was held ten days after the previous quarter ended.
    const QDate meeting = previous.end().addDays(10);
    auto action = [&](const char *title, const char *owner, QDate due, const char *status, const char *source,
                      const char *metric, const char *notes) {
        Action a;
        a.title = QString::fromUtf8(title);
        a.owner = QString::fromUtf8(owner);
        a.due = due;
        a.status = QString::fromLatin1(status);
        a.source = QString::fromLatin1(source);
        a.metric = QString::fromLatin1(metric);
        a.notes = QString::fromUtf8(notes);
        a.created = meeting;
        a.author = kAuthor;
        return a;
    };
    QList<Action> out{
        action("Agree a recovery plan for late deliveries in the North with the carrier",
               "Chief Operating Officer", meeting.addDays(45), "in_progress", "meeting", "complaints_per_100",
               "Delivery problems drive most complaints in the North since the summer."),
        action("Restore the service desk's budget", "Chief Executive Officer", meeting.addDays(21), "open",
               "front_line", "resolved_within_sla",
               "Front-line staff: the cut left two desks empty; answers take longer than the SLA."),
        action("Ask every new customer for feedback a week after the first order", "Head of Insight",
               meeting.addDays(30), "done", "meeting", "feedback_after_sale", ""),
        action("Call every Enterprise customer lost for a service failure", "Chief Customer Officer",
               last.addDays(14), "open", "meeting", "lost_value", ""),
        action("Idea: a loyalty call to customers who order less often than they did", "Chief Sales Officer",
               last.addDays(60), "open", "sales", "re_engage_rate",
               "Tried by two account owners in the South: three of eight ordered again."),
        action("Publish the quarter's lost customers and reasons to every team", "Chief Customer Officer",
               meeting.addDays(14), "dropped", "meeting", "", "Replaced by the monthly loss review."),
    };
    if (const CustomerRecord *lost = mostValuableLost(data, previous)) {
        Action a = action("Win back our most valuable customer lost last quarter", "Chief Sales Officer",
                          last.addDays(21), "open", "customer", "", "");
        a.title = QStringLiteral("Win back %1").arg(lost->name);
        a.customerId = lost->customerId;
        out.append(a);
    }
    return out;
}

QList<QuarterScores> sampleRealityChecks(const Dataset &data)
{
    const Day lastDay = data.asOf();
    if (!hasDay(lastDay))
        return {};
    const Period current = Period::containing(Period::Kind::Quarter, toDate(lastDay), data.fiscalYearStart);
    const QStringList &dimensions = reality::dimensions();
    // Two quarters of honest self-scores, slowly better where the team acted.
    const int before[] = {5, 5, 6, 4, 4, 4, 5};
    const int last[] = {6, 6, 7, 5, 4, 3, 6};
    const char *notes[] = {"The CEO opens every meeting with the customers lost.",
                           "NPS asked after every order now; complaints read weekly.",
                           "One scorecard for the leadership team.",
                           "Actions have owners and dates, not all are kept.",
                           "Shop, web and phone still answer differently.",
                           "The service desk budget was cut.",
                           "Front-line ideas are thanked but rarely tried."};
    QList<QuarterScores> out;
    for (int q = 0; q < 2; ++q) {
        QuarterScores quarter{current.shifted(q - 2), {}};
        for (qsizetype i = 0; i < dimensions.size() && i < 7; ++i)
            quarter.scores.append({dimensions[i], q == 0 ? before[i] : last[i],
                                   q == 1 ? QString::fromUtf8(notes[i]) : QString(), kAuthor});
        out.append(quarter);
    }
    return out;
}

} // namespace acc::demo
