#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace acc {

class Database;

// An exit call (PRODUCT.md §8): a valuable lost customer assigned to an executive to call
// by a due date, and once made, its outcome: the reason from the data confirmed, or
// corrected (with the reason the customer gave), the chance of a win-back and a note.
// One per loss (customer_id, lost_on).
struct ExitCall
{
    qint64 id = 0;
    QString customerId;
    QDate lostOn;
    QString caller;
    QDate due;
    QDate assignedOn;
    QString author;
    QString outcome;         // empty until the call is made; confirmed or corrected
    QString correctedReason; // the customer's own reason, when corrected
    QString winback;         // empty, low, medium or high
    QString note;

    bool made() const { return !outcome.isEmpty(); }
    friend bool operator==(const ExitCall &, const ExitCall &) = default;
};

namespace exitcalls {

const QStringList &outcomes(); // confirmed, corrected
const QStringList &winbacks(); // low, medium, high
QString outcomeLabel(const QString &outcome);
QString winbackLabel(const QString &chance);
// Empty when the call may be stored (the customer is checked by the store); else why not.
QString refusal(const ExitCall &call);
// The company's exit calls, read through a connection of their own (spec: as Database::open).
std::optional<QList<ExitCall>> read(const QString &spec, QString *error);
// Saves one call (ExitCallStore::save) through a connection of its own.
std::optional<qint64> save(const QString &spec, const ExitCall &call, QString *error);

} // namespace exitcalls

// The exit calls kept in the company database. Every edit runs in one transaction; a call
// without a caller, on an unknown customer or a customer not lost on that day, an unknown
// outcome or chance, or a correction without its reason is refused.
class ExitCallStore final
{
public:
    explicit ExitCallStore(Database &db)
        : m_db(db)
    {}

    // Stores the call, or replaces the one on the same loss (customer_id, lost_on).
    std::optional<qint64> save(const ExitCall &call, QString *error);
    bool remove(const QString &customerId, QDate lostOn, QString *error);
    // Every exit call, by due date then customer.
    std::optional<QList<ExitCall>> all(QString *error) const;

private:
    Database &m_db;
};

} // namespace acc
