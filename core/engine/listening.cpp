#include "listening.h"

#include "metricsutil.h"

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

} // namespace acc
