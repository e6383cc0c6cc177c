#include "customerfacts.h"

#include "metricsutil.h"
#include "modelstage.h"

#include <algorithm>

namespace acc {

using namespace metricsutil;

CustomerFacts computeCustomerFacts(const Dataset &data, const MetricsReport &report)
{
    CustomerFacts facts;
    const Day d = report.days.stateDay;
    facts.day = d;
    const std::size_t n = data.customers.size();
    facts.rows.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        CustomerFact &f = facts.rows[i];
        const int c = int(i);
        f.active = data.customers[i].isActiveOn(d);

        const OrderSpan span = ordersOf(data, c);
        for (const OrderRecord *o = span.first; o != span.last && o->orderedOn <= d; ++o) {
            f.lifetimeValue += o->amount;
            const bool inYear = inWindow(o->orderedOn, d);
            if (inYear)
                f.revenue12m += o->amount;
            if (o->isRefund())
                continue;
            ++f.orders;
            if (inYear)
                ++f.orders12m;
            if (!hasDay(f.firstOrder))
                f.firstOrder = o->orderedOn;
            f.lastOrder = o->orderedOn;
        }

        const auto cr = data.contactsOf[i];
        for (int k = cr.begin; k < cr.end; ++k) {
            const ContactRecord &contact = data.contacts[std::size_t(k)];
            if (contact.occurredOn > d)
                break;
            ++f.contacts;
            if (inWindow(contact.occurredOn, d)) {
                ++f.contacts12m;
                if (contact.complaint)
                    ++f.complaints12m;
            }
        }

        const auto fr = data.feedbackOf[i];
        const FeedbackRecord *latest = nullptr;
        for (int k = fr.begin; k < fr.end; ++k) {
            const FeedbackRecord &answer = data.feedback[std::size_t(k)];
            if (answer.respondedOn > d)
                break;
            ++f.answers;
            // Of two answers on one day, the greater response_id (byte order) wins.
            if (!latest || latest->respondedOn < answer.respondedOn ||
                data.utf8(latest->responseId) < data.utf8(answer.responseId))
                latest = &answer;
        }
        if (latest)
            f.lastNps = latest->score;
    }
    for (int c : report.best.bestCustomers)
        facts.rows[std::size_t(c)].best = true;
    applyCustomerBaseModel(facts, report.service.model);
    return facts;
}

} // namespace acc
