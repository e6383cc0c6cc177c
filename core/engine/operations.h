#pragma once

#include "dataset.h"
#include "metricscontext.h"

#include <QString>

#include <array>
#include <vector>

namespace acc {

// METRICS.md group 4: operational metrics (moments of truth, priority contacts).

struct TouchpointFigures
{
    QString touchpoint;
    int contacts = 0;
    int customers = 0;         // distinct customers with a contact there in the period
    int complaints = 0;        // complaint contacts there in the period
    int lostCustomers = 0;     // of the customers, those lost within 180 days after a contact there
    double complaintShare = 0; // complaints / contacts
    double lossShare = 0;      // share of those customers lost within 180 days after such a contact
};

struct OperationsFigures
{
    std::array<int, kContactCategoryCount> contactsByCategory{}; // by ContactCategory
    std::vector<TouchpointFigures> priorityContacts; // the 15 with most contacts, ties touchpoint asc
};

constexpr int kPriorityTouchpoints = 15;
constexpr int kLossAfterContactDays = 180;

OperationsFigures computeOperationsFigures(const Dataset &data, const PeriodDays &days);

} // namespace acc
