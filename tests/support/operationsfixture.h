#pragma once

// A small company for the Moments of truth, Spend & results and Follow-through views,
// worked by hand from METRICS.md. Period 2026-Q3 = [2026-07-01, 2026-09-30]; F's loss on
// 2026-11-15 puts the as-of date after it, so the state day d is 2026-09-30.
//
//  id  acquired    lost        orders (cents)                                   feedback
//  A   2024-01-01  2026-10-15  2026-07-05 10000                                 07-20
//  B   2024-01-01              2026-07-25 20000, refund 08-10 -5000             09-01
//  C   2024-01-01  2026-07-02
//  D   2024-01-01              refund 2026-08-06 -2000, 10-10 40000
//  E   2026-08-01              2026-08-15 30000                                 09-14
//  F   2024-01-01  2026-11-15  2026-06-20 5000                                  07-01
//
// Contacts of Q3 (touchpoint, category, complaint):
//  Billing   A 07-10 request complaint, A 08-01 request, B 07-15 request complaint,
//            D 09-01 rescue                                   4 contacts, A B D
//  Delivery  B 07-20 revenue, D 08-05 revenue, F 09-10 rescue complaint,
//            E 09-20 relationship                             4 contacts, B D E F
//  Shop      A 09-15 relationship, B 09-29 relationship       2 contacts, A B
//  Web       C 07-05 request, C 08-10 request                 2 contacts, C
//  and B 2026-06-30 relationship at Billing, before the period.
//
// Priority contacts: Billing and Delivery tie at 4 (Billing first, touchpoint asc), Shop
// and Web tie at 2 (Shop first): ranks 1 Billing, 2 Delivery, 3 Shop, 4 Web.
//  Billing:  3 customers, 2 complaints: 2/4 = 50 %; lost: A (10-15 within 07-10 + 180)
//            1/3 = 33.3 %.
//  Delivery: 4 customers, 1 complaint: 25 %; lost: F (11-15 within 09-10 + 180) 1/4 = 25 %.
//  Shop:     2 customers, 0 complaints; lost: A (10-15 within 09-15 + 180) 1/2 = 50 %.
//  Web:      1 customer; C was lost on 07-02, before its contacts: 0/1 = 0 %.
// Contacts by category: rescue 2 (D, F), revenue 2 (B, D), request 5 (A A B C C: customers
// A B C), relationship 3 (A, B, E); 12 in all: shares 16.7 %, 16.7 %, 41.7 %, 25 %.
//
// Follow-through:
//  feedback_after_sale: ordering customers A, B, E (D only refunded, F ordered in June):
//    A answered 07-20 (<= 07-05 + 30), E 09-14 (= 08-15 + 30, the last day), B 09-01
//    (> 07-25 + 30): 2/3. Did not answer: B.
//  followed_up: active on d: A, B, D, E, F (C lost) = 5; relationship contacts in
//    [2026-04-04, 2026-09-30]: A 09-15, B 06-30 and 09-29, E 09-20: 3/5 = 60 %. Not
//    followed up: D, F.
//  re_engaged: revenue contacts B 07-20 (order 07-25: re-engaged) and D 08-05 (a refund on
//    08-06 is no order; 10-10 is 66 days later): 1/2 = 50 %.
//
// Spend (cents): 2026-06 Events 99900; 07 Loyalty club 100000; 08 Loyalty club 50000;
//  09 Events 150000; 09 Ärzte-Programm 30000; 10 Events 40000.
//  Q3: total 330,000 (3,300.00): Events 1,500.00 and Loyalty club 1,500.00 tie (Events
//  first), Ärzte-Programm 300.00; shares 1500/3300 = 45.45 %, 300/3300 = 9.09 %.
//  Revenue Q3 = 100 + 200 - 50 - 20 + 300 = 530.00; revenue per spend 530 / 3300 =
//  0.160606...; active at the end 5: spend per active customer 660.00.
//  active_start (on 06-30): A B C D F = 5, lost in Q3: C: churn 0.2, retention 0.8.
//  Q2: spend 999.00, revenue 50.00 (F): 50 / 999 = 0.050050...; active on 06-30: 5, spend
//  per active customer 199.80; active on 03-31: 5, nobody lost: retention 1.
//  revenue_12m on d (window [2025-10-01, 2026-09-30]): A 100, B 150, C 0, D -20, E 300,
//  F 50: drill-down order by revenue E, B, A, F, C, D.

#include "datasetbuilder.h"

#include "models/metricsservice.h"

#include <memory>

namespace acc::test {

inline Dataset operationsFixture()
{
    using CC = ContactCategory;
    DatasetBuilder b;
    b.customer("A", "2024-01-01", "2026-10-15", "Price");
    b.last().name = QStringLiteral("Müller GmbH");
    b.customer("B", "2024-01-01");
    b.last().name = QStringLiteral("Αθηνά Α.Ε.");
    b.customer("C", "2024-01-01", "2026-07-02", "Service");
    b.customer("D", "2024-01-01");
    b.last().name = QStringLiteral("東京トレーディング株式会社");
    b.customer("E", "2026-08-01");
    b.customer("F", "2024-01-01", "2026-11-15", "Price");
    b.order("A", "2026-07-05", 10000)
        .order("B", "2026-07-25", 20000)
        .order("B", "2026-08-10", -5000)
        .order("D", "2026-08-06", -2000)
        .order("D", "2026-10-10", 40000)
        .order("E", "2026-08-15", 30000)
        .order("F", "2026-06-20", 5000);
    b.answer("A", "2026-07-20", 9)
        .answer("B", "2026-09-01", 6)
        .answer("E", "2026-09-14", 10)
        .answer("F", "2026-07-01", 8);
    b.contact("A", "2026-07-10", CC::Request, "Billing", true)
        .contact("A", "2026-08-01", CC::Request, "Billing")
        .contact("B", "2026-07-15", CC::Request, "Billing", true)
        .contact("D", "2026-09-01", CC::Rescue, "Billing")
        .contact("B", "2026-07-20", CC::Revenue, "Delivery")
        .contact("D", "2026-08-05", CC::Revenue, "Delivery")
        .contact("F", "2026-09-10", CC::Rescue, "Delivery", true)
        .contact("E", "2026-09-20", CC::Relationship, "Delivery")
        .contact("A", "2026-09-15", CC::Relationship, "Shop")
        .contact("B", "2026-09-29", CC::Relationship, "Shop")
        .contact("C", "2026-07-05", CC::Request, "Web")
        .contact("C", "2026-08-10", CC::Request, "Web")
        .contact("B", "2026-06-30", CC::Relationship, "Billing");
    b.spend(2026, 6, "Events", 99900)
        .spend(2026, 7, "Loyalty club", 100000)
        .spend(2026, 8, "Loyalty club", 50000)
        .spend(2026, 9, "Events", 150000)
        .spend(2026, 9, "Ärzte-Programm", 30000)
        .spend(2026, 10, "Events", 40000);
    Dataset d = b.build();
    d.companyName = QStringLiteral("Fixture Trading Ltd");
    d.currency = QStringLiteral("EUR");
    return d;
}

inline std::shared_ptr<const MetricsSnapshot> operationsSnapshot(const char *period = "2026-Q3")
{
    MetricsRequest request;
    request.period = *Period::parse(QString::fromLatin1(period));
    request.withModel = false;
    return MetricsService::compute(std::make_shared<const Dataset>(operationsFixture()), QString(), request);
}

} // namespace acc::test
