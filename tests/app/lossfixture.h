#pragma once

// A small company for the loss review's tests, worked by hand. Period of interest:
// October 2026 (as-of 2026-10-31, H's last order). window(d) = [d-364, d].
//
//  id  name                         acquired    lost        reason            won back    orders (cents)
//  A   Müller GmbH                  2024-01-01  2026-10-05  Price                         2025-09-01 50000
//  (out of window), 2026-03-01 120000 B   Αθηνά Α.Ε.                   2024-01-01  2026-10-20  Service
//  failure               2026-06-15 300000 C   東京トレーディング株式会社   2024-02-01  2026-10-28  Price
//  2026-09-01 80000 D   Société Générale             2024-03-01  2026-09-10  Product gap 2026-01-10 200000 E
//  Nordic Foods AB              2024-01-01  2026-09-25  Price             2026-10-15  2026-05-01 50000 F
//  Atlas Logistics              2025-01-01  2025-11-03  (empty: Unknown)              2025-08-01 40000 G
//  Brightline Ltd               2026-10-02                                            2026-10-30 10000 H
//  Keystone Partners            2023-05-01                                            2026-02-01 10000,
//  2026-10-31 25000
//
// Lost values: A 1,200.00  B 3,000.00  C 800.00  D 2,000.00  E 500.00  F 400.00.
// October 2026: lost A, B, C = 3, value 5,000.00; reasons Service failure 3,000.00 (1),
//   Price 2,000.00 (2): shares 60 % and 40 %, cumulative 60 % and 100 %. Gained G, won
//   back E, net 1 + 1 - 3 = -1. Active on 2026-09-30: A, B, C, H = 4, churn 3/4 = 75 %.
//   Revenue G 100.00 + H 250.00 = 350.00.
// September 2026: lost D, E = 2, value 2,500.00; Product gap 2,000.00, Price 500.00
//   (cumulative 80 %, 100 %). Active on 2026-08-31: A, B, C, D, E, H = 6, churn 2/6.
// November 2025: lost F, Unknown, 400.00.
// The 13 trend months of October 2026 run 2025-10 (row 0) to 2026-10 (row 12): Nov 2025
// is row 1, Sep 2026 row 11. trendLostCustomers, by lost value desc: B, D, A, C, E, F.

#include "datasetbuilder.h"

namespace acc::test {

inline Dataset lossFixture()
{
    DatasetBuilder b;
    b.customer("A", "2024-01-01", "2026-10-05", "Price")
        .order("A", "2025-09-01", 50000)
        .order("A", "2026-03-01", 120000);
    b.last().name = QStringLiteral("Müller GmbH");
    b.customer("B", "2024-01-01", "2026-10-20", "Service failure").order("B", "2026-06-15", 300000);
    b.last().name = QStringLiteral("Αθηνά Α.Ε.");
    b.customer("C", "2024-02-01", "2026-10-28", "Price").order("C", "2026-09-01", 80000);
    b.last().name = QStringLiteral("東京トレーディング株式会社");
    b.customer("D", "2024-03-01", "2026-09-10", "Product gap").order("D", "2026-01-10", 200000);
    b.last().name = QStringLiteral("Société Générale");
    b.customer("E", "2024-01-01", "2026-09-25", "Price", "2026-10-15").order("E", "2026-05-01", 50000);
    b.last().name = QStringLiteral("Nordic Foods AB");
    b.customer("F", "2025-01-01", "2025-11-03", "").order("F", "2025-08-01", 40000);
    b.last().name = QStringLiteral("Atlas Logistics");
    b.customer("G", "2026-10-02").order("G", "2026-10-30", 10000);
    b.last().name = QStringLiteral("Brightline Ltd");
    b.customer("H", "2023-05-01").order("H", "2026-02-01", 10000).order("H", "2026-10-31", 25000);
    b.last().name = QStringLiteral("Keystone Partners");
    Dataset d = b.build();
    d.companyName = QStringLiteral("Fixture Trading Ltd");
    d.currency = QStringLiteral("EUR");
    return d;
}

} // namespace acc::test
