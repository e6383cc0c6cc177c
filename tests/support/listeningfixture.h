#pragma once

// A small company for the Listening & service and At risk views, worked by hand
// (METRICS.md groups 2 and 3). SLA 2 days. The latest date is D's answer on 2026-09-30:
// for 2026-Q3 the state day d is 2026-09-30, window(d) = [2025-10-01, 2026-09-30].
//
//  id acquired    lost (reason)        orders (cents)                                   revenue_12m
//  A  2025-01-01                       2026-01-01, 02-01, 03-01 100000 each              3,000.00
//  B  2025-01-01                       2026-06-01 50000, 09-01 50000                     1,000.00
//  C  2025-01-01  2026-08-15 (Price)   2026-02-01 20000                                    200.00
//  D  2026-05-01                       2026-05-01 200000, 05-11 200000                   4,000.00
//  E  2025-01-01  2026-05-10 (Service)                                                      0.00
//  F  2025-01-01                       2025-06-01 10000, 07-01 10000; refund 2026-08-01 -5000  -50.00
//  G  2025-01-01                       2026-01-01 150000, 02-01 150000                   3,000.00
//
// Answers (score):  Q1 2026: A 03-31 (2).
//   Q2 2026: A 04-02 (9), E 05-01 (0), B 05-05 (10), B 06-30 (8): 4 answers, promoters A B,
//            passive B, detractor E: NPS 100 * (2 - 1) / 4 = 25.
//   Q3 2026: A 07-05 (10), B 07-10 (7), C 07-20 (3), A 08-01 (9), D 09-30 (6): 5 answers,
//            promoters 2 (A twice), passive B, detractors C D: NPS 100 * (2 - 2) / 5 = 0.
// Contacts: Q2: E 04-20 complaint resolved 04-21.
//   Q3: C 07-02 complaint resolved 07-03 (1 day, within SLA); C 07-30 rescue (C lost 08-15,
//       within 90 days: not rescued); D 08-10 complaint resolved 08-15 (5 days, outside);
//       A 09-01 rescue (A never lost: rescued); B 09-29 complaint, open (outside).
//   Q3: complaints 3, within SLA 1 / 3, median resolution of {1, 5} = 3 days, rescue 1 / 2.
// active_start: Q2 (on 2026-03-31) A B C E F G = 6; Q3 (on 2026-06-30) A B C D F G = 6.
//   complaints per 100: Q2 100 * 1 / 6 = 16.67; Q3 100 * 3 / 6 = 50.
// Overdue on d (days since the last order > 2 x median gap between order days):
//   A gaps 31, 28 (median 29.5): 213 days > 59, overdue. B gap 92: 29 days, not.
//   D gap 10: 142 days > 20, overdue. F gap 30: 456 days > 60, overdue (the refund is not an
//   order). G gap 31: 241 days > 62, overdue. C and E are lost.
// At-risk list without the model, by revenue_12m desc then customer_id: D 4,000, A 3,000,
//   G 3,000 (tie: A first), F -50.

#include "datasetbuilder.h"

#include "models/metricsservice.h"

#include <memory>

namespace acc::test {

inline Dataset listeningFixture()
{
    DatasetBuilder b;
    b.customer("A", "2025-01-01")
        .order("A", "2026-01-01", 100000)
        .order("A", "2026-02-01", 100000)
        .order("A", "2026-03-01", 100000);
    b.last().name = QStringLiteral("Müller GmbH");
    b.last().accountOwner = QStringLiteral("Ana");
    b.last().segment = QStringLiteral("Enterprise");
    b.customer("B", "2025-01-01").order("B", "2026-06-01", 50000).order("B", "2026-09-01", 50000);
    b.last().name = QStringLiteral("東京トレーディング株式会社");
    b.customer("C", "2025-01-01", "2026-08-15", "Price").order("C", "2026-02-01", 20000);
    b.customer("D", "2026-05-01").order("D", "2026-05-01", 200000).order("D", "2026-05-11", 200000);
    b.last().name = QStringLiteral("Αθηνά Α.Ε.");
    b.last().accountOwner = QStringLiteral("Ben");
    b.customer("E", "2025-01-01", "2026-05-10", "Service");
    b.customer("F", "2025-01-01")
        .order("F", "2025-06-01", 10000)
        .order("F", "2025-07-01", 10000)
        .order("F", "2026-08-01", -5000);
    b.customer("G", "2025-01-01").order("G", "2026-01-01", 150000).order("G", "2026-02-01", 150000);

    b.answer("A", "2026-03-31", 2);
    b.answer("A", "2026-04-02", 9).answer("E", "2026-05-01", 0).answer("B", "2026-05-05", 10);
    b.answer("B", "2026-06-30", 8);
    b.answer("A", "2026-07-05", 10).answer("B", "2026-07-10", 7).answer("C", "2026-07-20", 3);
    b.answer("A", "2026-08-01", 9).answer("D", "2026-09-30", 6);

    b.contact("E", "2026-04-20", ContactCategory::Request, "Phone", true, "2026-04-21");
    b.contact("C", "2026-07-02", ContactCategory::Request, "Phone", true, "2026-07-03");
    b.contact("C", "2026-07-30", ContactCategory::Rescue, "Phone");
    b.contact("D", "2026-08-10", ContactCategory::Request, "Email", true, "2026-08-15");
    b.contact("A", "2026-09-01", ContactCategory::Rescue, "Visit");
    b.contact("B", "2026-09-29", ContactCategory::Request, "Email", true);
    Dataset d = b.build();
    d.companyName = QStringLiteral("Listening Fixture AG");
    d.currency = QStringLiteral("EUR");
    d.slaDays = 2;
    return d;
}

// The fixture's snapshot for a period, as the window computes it (without the
// customer-base model: this history is too short for it).
inline std::shared_ptr<const MetricsSnapshot> listeningSnapshot(const char *period = "2026-Q3")
{
    auto data = std::make_shared<const Dataset>(listeningFixture());
    MetricsRequest request;
    request.period = *Period::parse(QString::fromLatin1(period));
    request.withModel = false;
    return MetricsService::compute(std::move(data), QString(), request);
}

} // namespace acc::test
