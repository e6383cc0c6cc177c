#pragma once

// The Scorecard's fixture, worked by hand from METRICS.md (tests/core/tst_scorecard.cpp
// and tests/app/tst_scorecardview.cpp).
#include "datasetbuilder.h"
#include "models/metricsservice.h"

namespace acc::test::scorecardfixture {

// Period 2026-Q3 (2026-07-01 .. 09-30). The data's as-of date is 2026-08-20 (B's revenue
// contact, the latest date of the data).
//   A acquired 2025-01-10, lost 2026-08-15 ("Price"); orders 2025-09-01 500.00, 2026-03-01 1,000.00
//   B acquired 2025-02-01; order 2026-07-10 200.00
//   C acquired 2026-07-05
//   D acquired 2024-12-01, lost 2026-05-20 ("Service"); order 2026-01-10 300.00
// Contacts: B 2026-07-12 rescue complaint resolved 07-13 (1 day); A 2026-08-01 rescue
// complaint, open; B 2026-08-20 revenue; D 2026-04-10 request complaint resolved 04-20 (10 days).
// Answers: A 2026-04-01 10; B 2026-07-20 9; C 2026-08-10 5.
inline Dataset fixture()
{
    test::DatasetBuilder b;
    b.customer("A", "2025-01-10", "2026-08-15", "Price")
        .order("A", "2025-09-01", 50000)
        .order("A", "2026-03-01", 100000);
    b.customer("B", "2025-02-01").order("B", "2026-07-10", 20000);
    b.customer("C", "2026-07-05");
    b.customer("D", "2024-12-01", "2026-05-20", "Service").order("D", "2026-01-10", 30000);
    b.contact("B", "2026-07-12", ContactCategory::Rescue, "Phone", true, "2026-07-13");
    b.contact("A", "2026-08-01", ContactCategory::Rescue, "Phone", true);
    b.contact("B", "2026-08-20", ContactCategory::Revenue, "Email");
    b.contact("D", "2026-04-10", ContactCategory::Request, "Shop", true, "2026-04-20");
    b.answer("A", "2026-04-01", 10);
    b.answer("B", "2026-07-20", 9);
    b.answer("C", "2026-08-10", 5);
    return b.build();
}

inline Period q3()
{
    return *Period::parse(QStringLiteral("2026-Q3"));
}

inline QList<Target> fixtureTargets()
{
    return {
        {QStringLiteral("churn_rate"), q3(), 0.40, QStringLiteral("CCO")},
        {QStringLiteral("nps"), q3(), 0, QStringLiteral("Head of CX")},
        {QStringLiteral("resolved_within_sla"), q3(), 0.55, QStringLiteral("Service lead")},
        {QStringLiteral("promoters"), q3(), 3, QStringLiteral("Head of CX")},
        {QStringLiteral("followed_up"), q3(), 0.5, QStringLiteral("Sales")},
        {QStringLiteral("at_risk"), q3(), 1, QStringLiteral("CCO")},
    };
}

inline std::shared_ptr<const MetricsSnapshot> snapshotOf(const Dataset &data)
{
    MetricsRequest request;
    request.period = q3();
    request.targets = fixtureTargets();
    request.withModel = false; // at_risk has no data then
    return MetricsService::compute(std::make_shared<const Dataset>(data), QString(), request);
}

} // namespace acc::test::scorecardfixture
