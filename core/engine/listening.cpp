#include "listening.h"

#include "metricsutil.h"

#include <algorithm>

namespace acc {

ListeningFigures computeListeningFigures(const Dataset &data, const PeriodDays &days, int complaints,
                                         int activeStart, const QList<ReasonFigure> &reasons)
{
    ListeningFigures f;
    for (const FeedbackRecord &r : data.feedback) {
        if (!days.contains(r.respondedOn))
            continue;
        ++f.responses;
        if (r.score >= 9)
            ++f.promoters;
        else if (r.score >= 7)
            ++f.passives;
        else
            ++f.detractors;
    }
    f.nps = metricsutil::ratio(100.0 * (f.promoters - f.detractors), f.responses);
    f.complaintsPer100 = metricsutil::ratio(100.0 * complaints, activeStart);
    f.topReasons = reasons;
    return f;
}

QList<ListeningTrendPoint> computeListeningTrend(const Dataset &data, const QList<AssetsFigures> &trend,
                                                 Day asOf)
{
    // One pass over the answers and one over the contacts, each counted in its period
    // (the trend's periods follow each other without gaps or overlaps); then each
    // period's figures from those counts, as computeListeningFigures defines them.
    const int n = int(trend.size());
    std::vector<PeriodDays> days;
    days.reserve(std::size_t(n));
    for (const AssetsFigures &a : trend)
        days.push_back(PeriodDays::of(a.period, asOf));
    auto bucket = [&days](Day d) {
        const auto it = std::upper_bound(days.begin(), days.end(), d,
                                         [](Day day, const PeriodDays &p) { return day < p.start; });
        if (it == days.begin())
            return -1;
        const int i = int(it - days.begin()) - 1;
        return days[std::size_t(i)].contains(d) ? i : -1;
    };
    QList<ListeningTrendPoint> out(n);
    for (int i = 0; i < n; ++i) {
        out[i].period = trend.at(i).period;
        out[i].activeStart = trend.at(i).activeStart;
    }
    for (const FeedbackRecord &r : data.feedback) {
        const int i = bucket(r.respondedOn);
        if (i < 0)
            continue;
        ListeningFigures &f = out[i].figures;
        ++f.responses;
        if (r.score >= 9)
            ++f.promoters;
        else if (r.score >= 7)
            ++f.passives;
        else
            ++f.detractors;
    }
    for (const ContactRecord &c : data.contacts) {
        if (!c.complaint)
            continue;
        if (const int i = bucket(c.occurredOn); i >= 0)
            ++out[i].complaints;
    }
    for (ListeningTrendPoint &p : out) {
        ListeningFigures &f = p.figures;
        f.nps = metricsutil::ratio(100.0 * (f.promoters - f.detractors), f.responses);
        f.complaintsPer100 = metricsutil::ratio(100.0 * p.complaints, p.activeStart);
    }
    return out;
}

std::vector<int> listeningCustomers(const Dataset &data, const PeriodDays &days, ListeningGroup group)
{
    std::vector<char> in(data.customers.size(), 0);
    switch (group) {
    case ListeningGroup::Respondents:
    case ListeningGroup::Promoters:
    case ListeningGroup::Passives:
    case ListeningGroup::Detractors:
        for (const FeedbackRecord &r : data.feedback) {
            if (!days.contains(r.respondedOn))
                continue;
            const bool counts = group == ListeningGroup::Respondents ||
                                (group == ListeningGroup::Promoters && r.score >= 9) ||
                                (group == ListeningGroup::Passives && r.score >= 7 && r.score <= 8) ||
                                (group == ListeningGroup::Detractors && r.score <= 6);
            if (counts)
                in[std::size_t(r.customer)] = 1;
        }
        break;
    case ListeningGroup::Complainants:
    case ListeningGroup::OutsideSla:
    case ListeningGroup::RescueContacts:
    case ListeningGroup::NotRescued:
        for (const ContactRecord &c : data.contacts) {
            if (!days.contains(c.occurredOn))
                continue;
            bool counts = false;
            if (group == ListeningGroup::Complainants) {
                counts = c.complaint;
            } else if (group == ListeningGroup::OutsideSla) {
                // As resolved_within_sla counts them: open ones are not within.
                counts =
                    c.complaint && !(hasDay(c.resolvedOn) && c.resolvedOn - c.occurredOn <= data.slaDays);
            } else if (c.category == ContactCategory::Rescue) {
                const Day lost = data.customers[std::size_t(c.customer)].lostOn;
                const bool lostAfter = hasDay(lost) && lost > c.occurredOn && lost <= c.occurredOn + 90;
                counts = group == ListeningGroup::RescueContacts || lostAfter;
            }
            if (counts)
                in[std::size_t(c.customer)] = 1;
        }
        break;
    }
    std::vector<int> out;
    for (std::size_t i = 0; i < in.size(); ++i) {
        if (in[i])
            out.push_back(int(i));
    }
    std::sort(out.begin(), out.end(), [&data](int a, int b) { return metricsutil::idLess(data, a, b); });
    return out;
}

} // namespace acc
