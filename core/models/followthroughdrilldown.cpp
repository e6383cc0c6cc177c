#include "followthroughdrilldown.h"

#include "engine/followthrough.h"
#include "engine/metricsutil.h"
#include "operationsdrilldown.h"

namespace acc {

using namespace metricsutil;

namespace {

// An order (not a refund) of the span dated in [from, to].
bool orderedIn(OrderSpan span, Day from, Day to)
{
    for (const OrderRecord *o = firstOrderFrom(span, from); o != span.last && o->orderedOn <= to; ++o) {
        if (!o->isRefund())
            return true;
    }
    return false;
}

} // namespace

FollowThroughCustomers followThroughCustomers(const Dataset &data, const PeriodDays &days,
                                              const CustomerFacts *facts)
{
    FollowThroughCustomers out;
    const Day d = days.stateDay;
    const int n = int(data.customers.size());
    const FeedbackRecord *feedback = data.feedback.data();
    const ContactRecord *contacts = data.contacts.data();
    for (int i = 0; i < n; ++i) {
        const CustomerRecord &c = data.customers[std::size_t(i)];
        const OrderSpan span = ordersOf(data, i);
        const auto fr = data.feedbackOf[std::size_t(i)];
        const auto cr = data.contactsOf[std::size_t(i)];

        // Feedback after the sale: any order of the period with an answer in [day, day + 30].
        bool ordered = false;
        bool answered = false;
        for (const OrderRecord *o = firstOrderFrom(span, days.start);
             o != span.last && o->orderedOn <= days.end && !answered; ++o) {
            if (o->isRefund())
                continue;
            ordered = true;
            for (const FeedbackRecord *a = feedback + fr.begin; a != feedback + fr.end; ++a) {
                if (a->respondedOn >= o->orderedOn &&
                    a->respondedOn <= o->orderedOn + kFeedbackAfterSaleDays) {
                    answered = true;
                    break;
                }
            }
        }
        if (ordered)
            (answered ? out.answered : out.notAnswered).append(i);

        // Followed up: active on d, a relationship contact in [d - 179, d].
        if (c.isActiveOn(d)) {
            bool followed = false;
            for (const ContactRecord *k = contacts + cr.begin; k != contacts + cr.end; ++k) {
                if (k->category == ContactCategory::Relationship &&
                    k->occurredOn >= d - (kFollowUpDays - 1) && k->occurredOn <= d) {
                    followed = true;
                    break;
                }
            }
            (followed ? out.followedUp : out.notFollowedUp).append(i);
        }

        // Re-engaged: a revenue contact of the period with an order in (day, day + 60].
        bool contacted = false;
        bool reEngaged = false;
        for (const ContactRecord *k = contacts + cr.begin; k != contacts + cr.end && !reEngaged; ++k) {
            if (k->category != ContactCategory::Revenue || !days.contains(k->occurredOn))
                continue;
            contacted = true;
            reEngaged = orderedIn(span, k->occurredOn + 1, k->occurredOn + kReEngageDays);
        }
        if (contacted)
            (reEngaged ? out.reEngaged : out.notReEngaged).append(i);
    }
    for (QList<int> *list : {&out.answered, &out.notAnswered, &out.followedUp, &out.notFollowedUp,
                             &out.reEngaged, &out.notReEngaged})
        operationsdrilldown::sortCustomers(data, facts, *list);
    return out;
}

} // namespace acc
