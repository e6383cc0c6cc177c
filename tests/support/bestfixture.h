#pragma once

// A small company for the Best customers view's tests, worked by hand. Period 2026-Q3:
// end 2026-09-30; I's order on 2026-10-15 puts the as-of date after it, so the state day
// d is 2026-09-30 and window(d) = [2025-10-01, 2026-09-30]. Criteria: orders_12m >= 3.
//
//  id stage       orders in window (cents, category)                          other orders
//  A  client      2026-01-10 500000 Hardware, 04-10 300000 Service,           2025-03-01 100000 Hardware
//                 07-10 200000 Hardware
//  B  advocate    2026-02-01 400000 Hardware, 03-01 200000 Software,
//                 08-01 100000 Software
//  C  client      2026-05-01 300000 Software, 06-01 100000 Software,
//                 09-01 100000 Hardware
//  D  repeat      2026-06-15 200000 Service, refund 07-01 -50000 Service
//  E  first_time                                                                2025-09-20 100000 Software
//  F  lapsed                                                                    2025-06-01 500000 Hardware
//  G  client      2026-02-01 300000 Hardware (G is lost on 2026-05-01)
//  H  prospect    (acquired 2026-09-01, no orders)
//  I  (empty)                                                                   2026-10-15 99900 (after d)
//
// Active on d: A B C D E F H I = 8 (G lost). Best (orders_12m >= 3): A B C, ranked by
// lifetime value A 11,000.00 > B 7,000.00 > C 5,000.00.
// revenue_12m: A 1,000,000  B 700,000  C 500,000  D 150,000  G 300,000  E F H I 0.
// Window revenue 2,650,000; best 2,200,000: share 0.830188... (83.0 %).
// 80/20: positive revenue A B C G D = 5 customers; ceil(20 % of 5) = 1 (A): 1,000,000 /
// 2,650,000 = 0.377358... (37.7 %). The curve, k = 0..5: revenue 0, 1.0M, 1.7M, 2.2M,
// 2.5M (G), 2.65M (D); best part 0, 1.0M, 1.7M, 2.2M, 2.2M, 2.2M.
// Days between orders (pooled gaps in the window): best A 90, 91; B 28, 153; C 31, 92 =
// 485 / 6 = 80.83 (81); the rest has no customer with 2 orders there: null.
// contacts_12m: A 6 (and one in 2025-01, outside), B 1, C 8, D 0, E 2, F 3, H 1, I 0.

#include "datasetbuilder.h"

#include "criteria/criteria.h"
#include "models/metricsservice.h"

#include <memory>

namespace acc::test {

inline Dataset bestFixture()
{
    DatasetBuilder b;
    b.customer("A", "2024-01-01", "", "", "", "client")
        .order("A", "2025-03-01", 100000, "Hardware")
        .order("A", "2026-01-10", 500000, "Hardware")
        .order("A", "2026-04-10", 300000, "Service")
        .order("A", "2026-07-10", 200000, "Hardware");
    b.last().name = QStringLiteral("Müller GmbH");
    b.last().segment = QStringLiteral("Enterprise");
    b.last().region = QStringLiteral("DACH");
    b.last().accountOwner = QStringLiteral("Ana");
    b.customer("B", "2024-01-01", "", "", "", "advocate")
        .order("B", "2026-02-01", 400000, "Hardware")
        .order("B", "2026-03-01", 200000, "Software")
        .order("B", "2026-08-01", 100000, "Software");
    b.last().name = QStringLiteral("東京トレーディング株式会社");
    b.customer("C", "2024-01-01", "", "", "", "client")
        .order("C", "2026-05-01", 300000, "Software")
        .order("C", "2026-06-01", 100000, "Software")
        .order("C", "2026-09-01", 100000, "Hardware");
    b.last().name = QStringLiteral("Αθηνά Α.Ε.");
    b.customer("D", "2024-01-01", "", "", "", "repeat")
        .order("D", "2026-06-15", 200000, "Service")
        .order("D", "2026-07-01", -50000, "Service");
    b.customer("E", "2024-01-01", "", "", "", "first_time").order("E", "2025-09-20", 100000, "Software");
    b.customer("F", "2024-01-01", "", "", "", "lapsed").order("F", "2025-06-01", 500000, "Hardware");
    b.customer("G", "2024-01-01", "2026-05-01", "Price", "", "client")
        .order("G", "2026-02-01", 300000, "Hardware");
    b.customer("H", "2026-09-01", "", "", "", "prospect");
    b.customer("I", "2024-01-01").order("I", "2026-10-15", 99900, "Software");
    auto contacts = [&b](const char *id, std::initializer_list<const char *> days) {
        for (const char *d : days)
            b.contact(id, d, ContactCategory::Request, "Phone");
    };
    contacts("A", {"2025-01-01", "2025-11-01", "2025-12-01", "2026-01-05", "2026-02-05", "2026-03-05",
                   "2026-09-30"});
    contacts("B", {"2026-04-01"});
    contacts("C", {"2025-10-01", "2025-11-11", "2025-12-12", "2026-01-13", "2026-02-14", "2026-03-15",
                   "2026-04-16", "2026-05-17"});
    contacts("E", {"2026-06-01", "2026-07-01"});
    contacts("F", {"2026-01-01", "2026-02-01", "2026-03-01"});
    contacts("H", {"2026-09-10"});
    Dataset d = b.build();
    d.companyName = QStringLiteral("Best Fixture AG");
    d.currency = QStringLiteral("EUR");
    return d;
}

// orders_12m >= 3, version 2.
inline CriteriaSet bestFixtureCriteria()
{
    CriteriaSet set;
    set.name = QStringLiteral("Frequent buyers");
    set.version = 2;
    set.matchAll = true;
    CriteriaRule rule;
    rule.attribute = CriteriaAttribute::Orders12m;
    rule.op = CriteriaOp::Ge;
    rule.number = 3;
    set.rules.append(rule);
    return set;
}

// The fixture's snapshot for 2026-Q3 with bestFixtureCriteria(), as the window computes it
// (without the customer-base model unless asked: it needs more history than this).
inline std::shared_ptr<const MetricsSnapshot> bestSnapshot(bool withModel = false)
{
    auto data = std::make_shared<const Dataset>(bestFixture());
    MetricsRequest request;
    request.period = *Period::parse(QStringLiteral("2026-Q3"));
    request.criteria = bestFixtureCriteria();
    request.withModel = withModel;
    return MetricsService::compute(std::move(data), QString(), request);
}

} // namespace acc::test
