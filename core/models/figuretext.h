#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace acc::figures {

// The numeric figures of METRICS.md (targets::numericKeys) as a person reads and types
// them: a label, a unit, the value formatted, and typed text read back.

enum class Unit {
    Count,  // customers, contacts, answers: whole numbers
    Money,  // currency units
    Share,  // a fraction, shown and typed as a percentage (0 to 100)
    Days,   // a number of days, 0 or more
    Score,  // NPS, -100 to 100
    Number, // any number (complaints per 100 customers, revenue per spend)
};

Unit unitOf(const QString &key);
// "Churn rate", "Lost value" ... (translated); the key itself for an unknown one.
QString label(const QString &key);
// The value in its unit: "12", "12,480 EUR" (whole units), "2.5 %", "3.5 days", "-12".
QString format(const QString &key, double value, const QString &currency, const QLocale &locale = QLocale());
// The same, money in its compact form ("4.29 M EUR", format::moneyCompact): a slide whose
// names would be cut shows these (the pack prints the whole figure).
QString formatCompact(const QString &key, double value, const QString &currency,
                      const QLocale &locale = QLocale());
// The value as it is typed back ("2.5" for a share of 0.025; money without the currency).
QString editText(const QString &key, double value, const QLocale &locale = QLocale());
// Reads typed text in the key's unit ("2.5", "2.5 %", "12,480", "12480 EUR"), in the
// locale or in plain C notation. std::nullopt and *error saying what is expected.
std::optional<double> parse(const QString &key, const QString &text, const QLocale &locale, QString *error);

} // namespace acc::figures
