#include "listeningdrilldown.h"

#include "bestdrilldown.h"
#include "displaytext.h"
#include "format.h"
#include "metricsservice.h"

#include <QCoreApplication>

namespace acc::listeningdrilldown {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Listening)
};

void order(const MetricsSnapshot &snapshot, QList<int> &customers)
{
    const CustomerFacts *facts = snapshot.facts.get();
    if (facts && facts->rows.size() == snapshot.data->customers.size())
        bestdrilldown::sortByRevenue(*snapshot.data, *facts, customers);
}

} // namespace

QString groupName(ListeningGroup group)
{
    switch (group) {
    case ListeningGroup::Respondents:
        return Tr::tr("Respondents");
    case ListeningGroup::Promoters:
        return Tr::tr("Promoters");
    case ListeningGroup::Passives:
        return Tr::tr("Passives");
    case ListeningGroup::Detractors:
        return Tr::tr("Detractors");
    case ListeningGroup::Complainants:
        return Tr::tr("Complainants");
    case ListeningGroup::OutsideSla:
        return Tr::tr("Complaints not resolved within SLA");
    case ListeningGroup::RescueContacts:
        return Tr::tr("Rescue contacts");
    case ListeningGroup::NotRescued:
        return Tr::tr("Rescue contacts lost within 90 days");
    }
    return {};
}

CustomerSelection groupCustomers(const MetricsSnapshot &snapshot, const Period &period, ListeningGroup group)
{
    CustomerSelection s;
    s.title = Tr::tr("%1, %2").arg(groupName(group), format::periodLong(period));
    if (!snapshot.data)
        return s;
    const PeriodDays days = PeriodDays::of(period, snapshot.report.asOf);
    const std::vector<int> customers = listeningCustomers(*snapshot.data, days, group);
    s.customers = QList<int>(customers.begin(), customers.end());
    order(snapshot, s.customers);
    return s;
}

CustomerSelection lostForReason(const MetricsSnapshot &snapshot, const QString &reason)
{
    CustomerSelection s;
    s.title = Tr::tr("Lost in %1: %2")
                  .arg(format::periodLong(snapshot.report.days.period),
                       display::shorten(reason, display::kChartChars));
    // The engine's order: lost value desc, then customer_id asc.
    for (const LostCustomer &l : snapshot.report.assets.lostCustomers) {
        if (l.reason == reason)
            s.customers.append(l.customer);
    }
    return s;
}

} // namespace acc::listeningdrilldown
