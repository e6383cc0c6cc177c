#include "settingsstore.h"

#include "database.h"
#include "translation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>

namespace acc::settings {

namespace {

const QString kName = QStringLiteral("company_name");
const QString kCurrency = QStringLiteral("currency");
const QString kSla = QStringLiteral("sla_days");
const QString kFiscal = QStringLiteral("fiscal_year_start");

} // namespace

QString companyNameRefusal(const QString &name)
{
    if (name.size() > CompanySettings::kMaxNameLength)
        return StorageTr::tr("the company name must be at most %1 characters")
            .arg(CompanySettings::kMaxNameLength);
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return StorageTr::tr("the company name must not hold control characters");
    }
    return {};
}

QString currencyRefusal(const QString &code)
{
    static const QRegularExpression iso(QStringLiteral("^[A-Z]{3}$"));
    if (!iso.match(code).hasMatch())
        return StorageTr::tr("the currency must be an ISO 4217 code of three capital letters, such as EUR, "
                             "USD or JPY; \"%1\" is not")
            .arg(code.left(20));
    return {};
}

QString slaDaysRefusal(int days)
{
    if (days < 0 || days > CompanySettings::kMaxSlaDays)
        return StorageTr::tr("the complaint SLA must be a whole number of days from 0 to %1")
            .arg(CompanySettings::kMaxSlaDays);
    return {};
}

QString fiscalYearStartRefusal(int month)
{
    if (month < 1 || month > 12)
        return StorageTr::tr("the fiscal year must start in a month from 1 (January) to 12 (December)");
    return {};
}

QString refusal(const CompanySettings &s)
{
    for (const QString &why : {companyNameRefusal(s.companyName), currencyRefusal(s.currency),
                               slaDaysRefusal(s.slaDays), fiscalYearStartRefusal(s.fiscalYearStart)}) {
        if (!why.isEmpty())
            return why;
    }
    return {};
}

std::optional<CompanySettings> read(Database &db, QString *error)
{
    CompanySettings s;
    const auto name = db.readSetting(kName, {}, error);
    const auto currency = name ? db.readSetting(kCurrency, s.currency, error) : std::nullopt;
    const auto sla = currency ? db.readSetting(kSla, QString::number(s.slaDays), error) : std::nullopt;
    const auto fiscal =
        sla ? db.readSetting(kFiscal, QString::number(s.fiscalYearStart), error) : std::nullopt;
    if (!fiscal)
        return std::nullopt;
    s.companyName = *name;
    s.currency = *currency;
    s.slaDays = sla->toInt();
    s.fiscalYearStart = fiscal->toInt();
    return s;
}

bool write(Database &db, const CompanySettings &s, QString *error)
{
    if (const QString why = refusal(s); !why.isEmpty()) {
        *error = why;
        return false;
    }
    QSqlDatabase connection = db.connection();
    if (!connection.transaction()) {
        *error = StorageTr::tr("database error: %1").arg(connection.lastError().text());
        return false;
    }
    const bool stored = db.setSetting(kName, s.companyName) && db.setSetting(kCurrency, s.currency) &&
                        db.setSetting(kSla, QString::number(s.slaDays)) &&
                        db.setSetting(kFiscal, QString::number(s.fiscalYearStart));
    if (!stored || !connection.commit()) {
        *error = StorageTr::tr("cannot store the settings in %1: %2")
                     .arg(db.spec(), connection.lastError().text());
        connection.rollback();
        return false;
    }
    return true;
}

} // namespace acc::settings
