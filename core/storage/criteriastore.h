#pragma once

#include "criteria/criteria.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace acc {

class Database;

// One stored version of a criteria set: the set (with its name and version), who saved
// it and when. A version is never changed once written.
struct StoredCriteria
{
    CriteriaSet set;
    QString author;    // empty for a version saved before authors were recorded
    QDateTime savedAt; // UTC; invalid when the stored time cannot be read
};

// The best-customer criteria sets kept in the database: each save of a name adds a new
// version; readers take the newest unless they ask for one. Only bound values reach SQL.
class CriteriaStore final
{
public:
    explicit CriteriaStore(Database &db)
        : m_db(db)
    {}

    // The names of the stored sets, sorted. std::nullopt (and *error) when unreadable.
    std::optional<QStringList> names(QString *error) const;

    // The newest version of the named set. std::nullopt with an empty *error when there is
    // no such set; with a message when it cannot be read or its stored JSON is invalid.
    std::optional<CriteriaSet> newest(const QString &name, QString *error) const;
    std::optional<CriteriaSet> version(const QString &name, int version, QString *error) const;

    // Every stored version of the name, oldest first, with its author and saved time.
    std::optional<QList<StoredCriteria>> versions(const QString &name, QString *error) const;

    // Stores the set as the next version of its name (the set's own version is ignored),
    // saved by author (trimmed; an empty author is refused) now. Never overwrites: two
    // saves of one name at the same moment cannot both take a version, the later one fails.
    // Returns the version written, or 0 with *error.
    int save(const CriteriaSet &set, const QString &author, QString *error);
    // The same, over the version this desk started from (`seen`: 0 for a name it saw
    // without versions): when another desk has saved a newer one meanwhile, nothing is
    // written, *conflict is set and *theirs is the newest version (with its author and
    // time), *error says so. Saving again over theirs.set.version keeps one's own on top.
    int saveOver(const CriteriaSet &set, const QString &author, int seen, bool *conflict,
                 std::optional<StoredCriteria> *theirs, QString *error);

    // The author to record when none is given: the login name from the environment
    // (USER, else LOGNAME), else "unknown".
    static QString defaultAuthor();
    // A stored time as written by save() ("2026-10-31T09:15:00Z") or by the database's
    // CURRENT_TIMESTAMP (SQLite "2026-10-31 09:15:00", PostgreSQL "... 09:15:00.123+00").
    static QDateTime readTime(const QString &text);

private:
    std::optional<CriteriaSet> read(const QString &name, int version, QString *error) const;

    Database &m_db;
};

} // namespace acc
