#pragma once

#include <QString>

namespace acc {

class Database;

namespace roles {

// What a PostgreSQL role may do with a shared company (issue 14, docs/sharing.md).
enum class Access {
    ReadOnly,  // open, read and present: board members, analysts
    ReadWrite, // also edit targets, actions, criteria, exit calls, settings, and import
};

// Lets `role` work with the company in db (opened by its owner or another role that may
// grant): creates the role (LOGIN, no password: the administrator sets one, or uses the
// server's own authentication) when missing, and grants CONNECT on the database, USAGE
// on the schema and, on every table and sequence, reading only or reading and writing
// (what it had before on them is revoked first, so read-only is read-only). One
// transaction: all of it or nothing. The role name is checked (letters, digits and _;
// at most 63) and quoted by the server (format %I), never written into SQL here.
bool grant(Database &db, const QString &role, Access access, QString *error);

} // namespace roles

} // namespace acc
