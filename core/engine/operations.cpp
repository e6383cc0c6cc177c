#include "operations.h"

#include "metricsutil.h"

#include <algorithm>

namespace acc {

OperationsFigures computeOperationsFigures(const Dataset &data, const PeriodDays &days)
{
    OperationsFigures f;
    struct Touchpoint
    {
        QString name;
        int contacts = 0;
        int complaints = 0;
    };
    std::vector<Touchpoint> touchpoints;
    metricsutil::TextIds indexOf;
    // (touchpoint, customer, lost within 180 days after this contact) per contact of the period.
    struct Visit
    {
        int touchpoint;
        int customer;
        bool lostAfter;
    };
    std::vector<Visit> visits;
    for (const ContactRecord &c : data.contacts) {
        if (!days.contains(c.occurredOn))
            continue;
        ++f.contactsByCategory[std::size_t(c.category)];
        const int id = indexOf.idOf(c.touchpoint);
        if (std::size_t(id) == touchpoints.size())
            touchpoints.push_back({c.touchpoint, 0, 0});
        Touchpoint &t = touchpoints[std::size_t(id)];
        ++t.contacts;
        if (c.complaint)
            ++t.complaints;
        const Day lost = data.customers[std::size_t(c.customer)].lostOn;
        visits.push_back(
            {id, c.customer,
             hasDay(lost) && lost > c.occurredOn && lost <= c.occurredOn + kLossAfterContactDays});
    }

    std::vector<int> order(touchpoints.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::sort(order.begin(), order.end(), [&touchpoints](int a, int b) {
        const Touchpoint &x = touchpoints[std::size_t(a)];
        const Touchpoint &y = touchpoints[std::size_t(b)];
        if (x.contacts != y.contacts)
            return x.contacts > y.contacts;
        return metricsutil::lessUtf8(x.name, y.name);
    });
    if (order.size() > std::size_t(kPriorityTouchpoints))
        order.resize(std::size_t(kPriorityTouchpoints));
    std::vector<int> rank(touchpoints.size(), -1);
    for (std::size_t i = 0; i < order.size(); ++i)
        rank[std::size_t(order[i])] = int(i);

    // Distinct customers per chosen touchpoint, and whether any of their contacts there
    // was followed by their loss within 180 days.
    std::erase_if(visits, [&rank](const Visit &v) { return rank[std::size_t(v.touchpoint)] < 0; });
    std::sort(visits.begin(), visits.end(), [](const Visit &a, const Visit &b) {
        if (a.touchpoint != b.touchpoint)
            return a.touchpoint < b.touchpoint;
        return a.customer < b.customer;
    });
    std::vector<int> customers(order.size(), 0);
    std::vector<int> lostCustomers(order.size(), 0);
    for (std::size_t i = 0; i < visits.size();) {
        std::size_t j = i;
        bool lost = false;
        while (j < visits.size() && visits[j].touchpoint == visits[i].touchpoint &&
               visits[j].customer == visits[i].customer) {
            lost = lost || visits[j].lostAfter;
            ++j;
        }
        const std::size_t r = std::size_t(rank[std::size_t(visits[i].touchpoint)]);
        ++customers[r];
        if (lost)
            ++lostCustomers[r];
        i = j;
    }
    for (std::size_t i = 0; i < order.size(); ++i) {
        const Touchpoint &t = touchpoints[std::size_t(order[i])];
        TouchpointFigures out;
        out.touchpoint = t.name;
        out.contacts = t.contacts;
        out.customers = customers[i];
        out.complaints = t.complaints;
        out.lostCustomers = lostCustomers[i];
        out.complaintShare = metricsutil::ratio(t.complaints, t.contacts).value_or(0.0);
        out.lossShare = metricsutil::ratio(lostCustomers[i], customers[i]).value_or(0.0);
        f.priorityContacts.push_back(out);
    }
    return f;
}

} // namespace acc
