#pragma once

#include "assets.h"
#include "dataset.h"
#include "metricscontext.h"

#include <optional>
#include <vector>

namespace acc {

// METRICS.md group 3: customer listening (issues driving customers away).
struct ListeningFigures
{
    int responses = 0;
    std::optional<double> nps; // -100..100
    int promoters = 0;
    int passives = 0;
    int detractors = 0;
    std::optional<double> complaintsPer100;
    QList<ReasonFigure> topReasons; // the assets group's reasons
};

// complaints: the service group's complaints of the period; activeStart and reasons from
// the assets group (computed once, shown here too).
ListeningFigures computeListeningFigures(const Dataset &data, const PeriodDays &days, int complaints,
                                         int activeStart, const QList<ReasonFigure> &reasons);

// One period of the listening trend: the group's figures (without reasons) and the
// complaints they were computed from.
struct ListeningTrendPoint
{
    Period period;
    int complaints = 0; // contacts of the period with complaint true
    int activeStart = 0;
    ListeningFigures figures;
};

// The listening figures of each period of an assets trend (the 13 months or the 8
// quarters, consecutive; their active_start is reused), as computeListeningFigures
// defines them, in one pass over the answers and one over the contacts: never the whole
// report. asOf: the data's as-of date.
QList<ListeningTrendPoint> computeListeningTrend(const Dataset &data, const QList<AssetsFigures> &trend,
                                                 Day asOf);

// Whom a listening or service figure of a period counts: the customers behind a bar or
// a headline, each once, as indices into Dataset::customers in customer_id order.
enum class ListeningGroup {
    Respondents,    // a feedback answer in the period
    Promoters,      // an answer of 9-10 in the period
    Passives,       // an answer of 7-8
    Detractors,     // an answer of 0-6
    Complainants,   // a complaint contact in the period
    OutsideSla,     // a complaint of the period not resolved within sla_days (open ones too)
    RescueContacts, // a rescue contact in the period
    NotRescued,     // a rescue contact of the period followed by lost_on within 90 days
};
std::vector<int> listeningCustomers(const Dataset &data, const PeriodDays &days, ListeningGroup group);

} // namespace acc
