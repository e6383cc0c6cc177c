#include "followthrough.h"

#include "metricsutil.h"

#include <algorithm>

namespace acc {

using namespace metricsutil;

FollowThroughFigures computeFollowThroughFigures(const Dataset &data, const PeriodDays &days)
{
    FollowThroughFigures f;
    const Day d = days.stateDay;
    const int n = int(data.customers.size());
    const FeedbackRecord *feedback = data.feedback.data();
    const ContactRecord *contacts = data.contacts.data();
    for (int i = 0; i < n; ++i) {
        const CustomerRecord &c = data.customers[std::size_t(i)];
        // feedback_after_sale: orders in P, answers in [order day, order day + 30].
        const OrderSpan span = ordersOf(data, i);
        const OrderRecord *o = firstOrderFrom(span, days.start);
        const auto fr = data.feedbackOf[std::size_t(i)];
        bool ordered = false;
        bool answered = false;
        for (; o != span.last && o->orderedOn <= days.end; ++o) {
            if (o->isRefund())
                continue;
            ordered = true;
            if (answered)
                break;
            const FeedbackRecord *a =
                std::lower_bound(feedback + fr.begin, feedback + fr.end, o->orderedOn,
                                 [](const FeedbackRecord &r, Day day) { return r.respondedOn < day; });
            if (a != feedback + fr.end && a->respondedOn <= o->orderedOn + kFeedbackAfterSaleDays)
                answered = true;
        }
        if (ordered) {
            ++f.orderingCustomers;
            if (answered)
                ++f.answeredAfterSale;
        }
        // followed_up: active on the state day, a relationship contact in [d - 179, d].
        if (c.isActiveOn(d)) {
            ++f.activeCustomers;
            const auto cr = data.contactsOf[std::size_t(i)];
            const ContactRecord *k =
                std::lower_bound(contacts + cr.begin, contacts + cr.end, d - (kFollowUpDays - 1),
                                 [](const ContactRecord &r, Day day) { return r.occurredOn < day; });
            for (; k != contacts + cr.end && k->occurredOn <= d; ++k) {
                if (k->category == ContactCategory::Relationship) {
                    ++f.followedUpCustomers;
                    break;
                }
            }
        }
    }
    f.feedbackAfterSale = ratio(f.answeredAfterSale, f.orderingCustomers);
    f.followedUp = ratio(f.followedUpCustomers, f.activeCustomers);

    // re_engaged: revenue contacts of P followed by an order in (occurred_on, occurred_on + 60].
    for (const ContactRecord &k : data.contacts) {
        if (k.category != ContactCategory::Revenue || !days.contains(k.occurredOn))
            continue;
        ++f.revenueContacts;
        const OrderSpan span = ordersOf(data, k.customer);
        for (const OrderRecord *o = firstOrderAfter(span, k.occurredOn);
             o != span.last && o->orderedOn <= k.occurredOn + kReEngageDays; ++o) {
            if (!o->isRefund()) {
                ++f.reEngaged;
                break;
            }
        }
    }
    f.reEngageRate = ratio(f.reEngaged, f.revenueContacts);
    return f;
}

} // namespace acc
