#pragma once

#include <QString>

#include <optional>

namespace acc {

class Database;

// The company's settings, kept in the database (every desk that opens the company reads
// the same): its name, its currency, the complaint SLA in days and the month its fiscal
// year starts. Per-user choices (author name, language) live in QSettings instead.
// docs/settings.md.
struct CompanySettings
{
    QString companyName;
    QString currency = QStringLiteral("EUR");
    int slaDays = 2;
    int fiscalYearStart = 1; // 1 = January

    friend bool operator==(const CompanySettings &, const CompanySettings &) = default;

    static constexpr int kMaxSlaDays = 365;
    static constexpr int kMaxNameLength = 200;
};

namespace settings {

// Why a value cannot be stored, or an empty string when it can. The same words for the
// dialog's fields and the stores.
QString companyNameRefusal(const QString &name);
QString currencyRefusal(const QString &code); // ISO 4217: three capital letters
QString slaDaysRefusal(int days);
QString fiscalYearStartRefusal(int month);

// Every refusal of the settings, the first one found; empty when all can be stored.
QString refusal(const CompanySettings &s);

std::optional<CompanySettings> read(Database &db, QString *error);
// Stores every setting in one transaction: all of them, or (refused or failed) none.
bool write(Database &db, const CompanySettings &s, QString *error);

} // namespace settings
} // namespace acc
