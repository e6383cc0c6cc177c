#pragma once

#include "args.h"
#include "criteria/criteria.h"
#include "engine/datafilter.h"
#include "engine/period.h"

#include <optional>

namespace acc {
class Database;
}

namespace acc::cli {

// Options several subcommands share, read the same way with the same messages.

// --period P: a month (2026-10), a quarter (2026-Q3) or a year (2026). std::nullopt and
// *error when it is missing (required) or malformed.
std::optional<Period> periodOption(const Args &args, QString *error);

// Whether --db names something to open: a PostgreSQL URL, or a SQLite file that exists
// (never created by a reader). Sets *error when not.
bool databaseExists(const QString &spec, QString *error);

// --criteria NAME|FILE.json: a file when the value names one (or ends in .json), else a
// stored set (its newest version).
std::optional<CriteriaSet> criteriaOption(Database &db, const QString &value, QString *error);

// --segment S, --region R, --owner O: the customers every figure is computed on (each
// absent: all), as the window's filter. The names, to add to a command's value options.
QSet<QString> filterOptionNames();
DataFilter filterOption(const Args &args);

} // namespace acc::cli
