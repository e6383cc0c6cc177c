#pragma once

#include "criteria/criteria.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace acc {

class Database;

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

    // Every stored version of the name, oldest first.
    std::optional<QList<CriteriaSet>> versions(const QString &name, QString *error) const;

    // Stores the set as the next version of its name (the set's own version is ignored).
    // Returns the version written, or 0 with *error.
    int save(const CriteriaSet &set, QString *error);

private:
    std::optional<CriteriaSet> read(const QString &name, int version, QString *error) const;

    Database &m_db;
};

} // namespace acc
