#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlQuery;

namespace acc {

class Database;

// One entry of the accountability log (PRODUCT.md §8): what was agreed or proposed, who
// owns it, when it is due, its status, where it came from, and the figure (a METRICS.md
// key) or the customer (a customer_id) it is about, at most one of the two.
struct Action
{
    qint64 id = 0; // 0 until stored
    QString title;
    QString owner;
    QDate due; // invalid: no due date
    QString status = QStringLiteral("open");
    QString source = QStringLiteral("meeting");
    QString metric;
    QString customerId;
    QString notes;
    QDate created;
    QString author;

    friend bool operator==(const Action &, const Action &) = default;
};

namespace actions {

// The stored names, in the order a person picks them from.
const QStringList &statuses(); // open, in_progress, done, dropped
const QStringList &sources();  // meeting, sales, front_line, customer
// "In progress", "Front line": the names a person reads (translated).
QString statusLabel(const QString &status);
QString sourceLabel(const QString &source);
// Open and in-progress actions are still to do; done and dropped ones are closed.
bool isClosed(const QString &status);
// Days past the due date on `today` of an action still to do; 0 when it is not overdue.
int overdueDays(const Action &action, QDate today);

// A date as typed: "YYYY-MM-DD", or empty for none. std::nullopt with *error otherwise.
std::optional<QDate> parseDate(const QString &text, QString *error);
// Empty when the action may be stored (the customer, if any, is checked by the store);
// otherwise what is wrong, in words a person can act on.
QString refusal(const Action &action);

} // namespace actions

// The actions kept in the company database. Every edit runs in one transaction and is
// refused, with a message, when the title is empty, the status or source unknown, the due
// date unreadable, the figure not a numeric METRICS.md key or the customer unknown.
class ActionStore final
{
public:
    explicit ActionStore(Database &db)
        : m_db(db)
    {}

    // Stores a new action (action.id 0) or puts a deleted one back under its id (undo).
    // Returns the id.
    std::optional<qint64> insert(const Action &action, QString *error);
    bool update(const Action &action, QString *error);
    bool remove(qint64 id, QString *error);
    // The same, only over the action as this desk saw it (no silent overwrite, issue 14):
    // when the stored one differs (another desk saved it meanwhile) or is gone, nothing is
    // written, *conflict is true and *theirs holds what is stored now (none: deleted). The
    // row is locked while compared (PostgreSQL FOR UPDATE; SQLite writes one at a time).
    bool updateOver(const Action &seen, const Action &action, bool *conflict, std::optional<Action> *theirs,
                    QString *error);
    bool removeOver(const Action &seen, bool *conflict, std::optional<Action> *theirs, QString *error);

    // Every action, due date first (none last), then by id.
    std::optional<QList<Action>> all(QString *error) const;
    std::optional<Action> find(qint64 id, QString *error) const;

private:
    bool check(const Action &action, QString *error) const;
    // Writes every field of the action over its row (by id).
    bool writeFields(QSqlQuery &q, const Action &action, QString *error);
    // Inside an edit: whether the stored action is still `seen` (*theirs: what is there).
    bool stillAsSeen(const Action &seen, bool *conflict, std::optional<Action> *theirs, QString *error);
    Database &m_db;
};

} // namespace acc
