#pragma once

#include "datasetbuilder.h"

namespace acc::test {

// A small company for the criteria dialog and its preview, worked by hand on the state
// day d = 2026-03-31 (the data's as-of date: D's refund), window(d) = [2025-04-01,
// 2026-03-31] (d - 364 = 2025-04-01). Amounts in currency units:
//
//   id  active  lifetime  window  orders_12m  notes
//   A   yes     1800      800     2           1000 on 2024-06-01 is before the window
//   B   yes     1000      1000    1           1200 and a 200 refund
//   C   yes      300      300     3
//   D   yes        0      0       1           50 and a 50 refund on d
//   E   no       400      400     1           lost on 2026-02-01: counts in the window total only
//   F   yes        0      0       0           no orders
//   G   yes      300      300     1           its order on 2025-04-01, the window's first day
//
// All revenue in window(d): 800 + 1000 + 300 + 0 + 400 + 0 + 300 = 2800.
// Six active customers (A B C D F G).
// "Top 40" (revenue_12m top-percent 40): ceil(40 % of 6) = ceil(2.4) = 3 places: B 1000,
// A 800, then C and G tie at 300 and C has the lower id: {A, B, C}, share 2100 / 2800 = 75 %.
inline Dataset criteriaFixture()
{
    DatasetBuilder b;
    b.customer("A", "2024-01-01", "", "", "", "client")
        .order("A", "2024-06-01", 100000)
        .order("A", "2025-05-01", 50000)
        .order("A", "2026-01-10", 30000);
    b.last().name = QStringLiteral("Alpha Tools");
    b.customer("B", "2024-01-01").order("B", "2025-12-01", 120000).order("B", "2026-02-01", -20000);
    b.last().name = QStringLiteral("Beta Bau");
    b.customer("C", "2025-01-01")
        .order("C", "2025-07-01", 10000)
        .order("C", "2025-08-01", 10000)
        .order("C", "2025-09-01", 10000);
    b.last().name = QStringLiteral("Gamma Garden");
    b.customer("D", "2025-06-01").order("D", "2026-03-01", 5000).order("D", "2026-03-31", -5000);
    b.last().name = QStringLiteral("Delta Dairy");
    b.customer("E", "2024-01-01", "2026-02-01", "Price").order("E", "2025-10-01", 40000);
    b.last().name = QStringLiteral("Epsilon Energy");
    b.customer("F", "2024-01-01");
    b.last().name = QStringLiteral("Phi Foods");
    b.customer("G", "2024-01-01").order("G", "2025-04-01", 30000);
    b.last().name = QStringLiteral("Eta Glass");
    Dataset d = b.build();
    d.companyName = QStringLiteral("Criteria Fixture Ltd");
    d.currency = QStringLiteral("EUR");
    return d;
}

} // namespace acc::test
