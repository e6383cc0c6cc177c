#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace acc {

class Database;

// `accountable copy --from DB --to DB`: a whole company moved between SQLite and
// PostgreSQL, either way (docs/sharing.md): every table — the data, criteria versions,
// targets, actions, exit calls, reality checks, import mappings and the company's
// settings — row for row, ids kept.
namespace companycopy {

// The tables copied, parents before the tables that refer to them.
const QStringList &tables();

// Whether the database holds a company: any row of data, targets, actions, exit calls,
// reality checks or import mappings, a criteria set other than the default one a new
// database starts with, or a setting other than the schema version. Returns false, with
// *error, when it cannot be read.
bool holdsCompany(const Database &db, bool *holds, QString *error);

// Copies `from` into `to` (both open, `to` writable, both at the current schema version)
// in one transaction of `to`: all or nothing. A target holding a company is refused unless
// `replace`, which empties it first (in the same transaction). *rows receives each table's
// row count. On failure *error says what and that nothing was written.
bool copy(const Database &from, Database &to, bool replace, QList<QPair<QString, qint64>> *rows,
          QString *error);

} // namespace companycopy
} // namespace acc
