#pragma once

// Seven customers for the Customers view's models, worked by hand. State day 2026-10-31.
// The figures (CustomerFacts) are written here directly: these tests are about how the
// models show, search and sort them, not how the engine computes them.
//
//  #  id     name                        segment     region       owner      stage       acquired    lost
//  (reason)       won back 0  C-10   Müller GmbH                 Enterprise  North        Anna Berg  repeat
//  2024-01-01 1  C-9    Société Générale            Enterprise  South        Bob Stone  client 2024-02-01
//  2026-09-10 (Price) 2  C-100  Αθηνά Α.Ε.                  SMB         North        Anna Berg  advocate
//  2024-03-01  2026-05-01 (Service) 2026-08-01 3  c-2    東京トレーディング株式会社  SMB         East Chen Li
//  (empty)     2025-01-01 4  C-1    muller & sons               Consumer    (empty)      Bob Stone first_time
//  2026-11-15 (after the state day) 5  C-3    Zeta Ltd                    (empty)     West         Anna Berg
//  lapsed      2023-06-01  2026-12-01 (Price: after the state day) 6  C-4    zeta ltd                    SMB
//  Hauptstraße  Chen Li    prospect    2024-05-01
//
//  #  revenue12m  lifetime   orders  last order  best  P(alive)  expected 12m
//  0  1,200.00    1,700.00   2       2026-03-01  yes   0.9       1,500.00
//  1  2,000.00    2,000.00   1       2026-01-10  no    0.2          80.50
//  2  3,000.00    3,500.00   3       2026-06-15  yes   0.75      2,000.00
//  3    800.00      800.00   1       2026-09-01  no    —            —
//  4      0.00        0.00   0       —           no    —            —
//  5    -50.00      450.00   1       2025-05-01  no    0.05         10.00
//  6      0.00        0.00   0       —           no    —            —
//
// Orders (cents; channel "Web"): C-10 2025-09-01 50000 Tools (O1), 2026-03-01 120000 Parts
// (O2), 2026-11-20 30000 Tools (O3, after the state day); C-9 2026-01-10 200000 (O4);
// C-100 2024-05-01 50000, 2026-02-01 100000, 2026-06-15 200000 (O5..O7); c-2 2026-09-01
// 80000 (O8); C-3 2025-05-01 50000 (O9), 2026-02-01 -5000 (O10, a refund).
// Contacts of C-10 (channel "Phone"): 2026-02-10 rescue "Billing", a complaint resolved
// 2026-02-12 (K1); 2026-10-20 request "Delivery", a complaint not resolved (K2);
// 2026-11-05 relationship "Visit" (K3, after the state day). C-9: 2026-08-01 revenue
// "Upsell call" (K4). Answers of C-10: 2026-03-05 score 9 "Great service" (F1),
// 2026-12-01 score 3 "Late<TAB>again" (F2, after the state day).

#include "datasetbuilder.h"
#include "engine/customerfacts.h"

#include <memory>

namespace acc::test {

inline std::shared_ptr<const Dataset> customersFixture()
{
    DatasetBuilder b;
    auto set = [&b](const char *name, const char *segment, const char *region, const char *owner) {
        CustomerRecord &c = b.last();
        c.name = QString::fromUtf8(name);
        c.segment = QString::fromUtf8(segment);
        c.region = QString::fromUtf8(region);
        c.accountOwner = QString::fromUtf8(owner);
    };
    b.customer("C-10", "2024-01-01", "", "", "", "repeat");
    set("Müller GmbH", "Enterprise", "North", "Anna Berg");
    b.customer("C-9", "2024-02-01", "2026-09-10", "Price", "", "client");
    set("Société Générale", "Enterprise", "South", "Bob Stone");
    b.customer("C-100", "2024-03-01", "2026-05-01", "Service", "2026-08-01", "advocate");
    set("Αθηνά Α.Ε.", "SMB", "North", "Anna Berg");
    b.customer("c-2", "2025-01-01");
    set("東京トレーディング株式会社", "SMB", "East", "Chen Li");
    b.customer("C-1", "2026-11-15", "", "", "", "first_time");
    set("muller & sons", "Consumer", "", "Bob Stone");
    b.customer("C-3", "2023-06-01", "2026-12-01", "Price", "", "lapsed");
    set("Zeta Ltd", "", "West", "Anna Berg");
    b.customer("C-4", "2024-05-01", "", "", "", "prospect");
    set("zeta ltd", "SMB", "Hauptstraße", "Chen Li");
    b.order("C-10", "2025-09-01", 50000, "Tools").order("C-10", "2026-03-01", 120000, "Parts");
    b.order("C-10", "2026-11-20", 30000, "Tools"); // after the state day
    b.order("C-9", "2026-01-10", 200000);
    b.order("C-100", "2024-05-01", 50000)
        .order("C-100", "2026-02-01", 100000)
        .order("C-100", "2026-06-15", 200000);
    b.order("c-2", "2026-09-01", 80000);
    b.order("C-3", "2025-05-01", 50000).order("C-3", "2026-02-01", -5000);
    b.contact("C-10", "2026-02-10", ContactCategory::Rescue, "Billing", true, "2026-02-12");
    b.contact("C-10", "2026-10-20", ContactCategory::Request, "Delivery", true);
    b.contact("C-10", "2026-11-05", ContactCategory::Relationship, "Visit"); // after the state day
    b.contact("C-9", "2026-08-01", ContactCategory::Revenue, "Upsell call");
    b.answer("C-10", "2026-03-05", 9).answer("C-10", "2026-12-01", 3);
    Dataset built = b.build();
    for (OrderRecord &o : built.orders)
        o.channel = QStringLiteral("Web");
    for (ContactRecord &k : built.contacts)
        k.channel = QStringLiteral("Phone");
    for (FeedbackRecord &f : built.feedback)
        f.comment = built.addText(f.score >= 9 ? QStringLiteral("Great service") : QStringLiteral("Late\tagain"));
    auto data = std::make_shared<Dataset>(std::move(built));
    data->companyName = QStringLiteral("Fixture Customers Ltd");
    data->currency = QStringLiteral("EUR");
    return data;
}

inline std::shared_ptr<const CustomerFacts> customersFixtureFacts()
{
    auto facts = std::make_shared<CustomerFacts>();
    facts->day = day("2026-10-31");
    auto row = [&facts](Cents revenue12m, Cents lifetime, int orders, const char *last, bool best,
                        std::optional<double> pAlive, std::optional<double> expected) {
        CustomerFact f;
        f.revenue12m = revenue12m;
        f.lifetimeValue = lifetime;
        f.orders = orders;
        f.lastOrder = day(last);
        f.best = best;
        f.pAlive = pAlive;
        f.expectedValue12m = expected;
        facts->rows.push_back(f);
    };
    row(120000, 170000, 2, "2026-03-01", true, 0.9, 1500.0);
    row(200000, 200000, 1, "2026-01-10", false, 0.2, 80.5);
    row(300000, 350000, 3, "2026-06-15", true, 0.75, 2000.0);
    row(80000, 80000, 1, "2026-09-01", false, std::nullopt, std::nullopt);
    row(0, 0, 0, "", false, std::nullopt, std::nullopt);
    row(-5000, 45000, 1, "2025-05-01", false, 0.05, 10.0);
    row(0, 0, 0, "", false, std::nullopt, std::nullopt);
    return facts;
}

} // namespace acc::test
