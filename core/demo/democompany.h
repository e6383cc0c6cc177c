#pragma once

#include "demogenerator.h"

#include <QString>

namespace acc {
class Database;
}

namespace acc::demo {

// What a demo company holds once written.
struct Written
{
    qsizetype customers = 0;
    qsizetype orders = 0;
    qsizetype contacts = 0;
    qsizetype answers = 0;
    qsizetype targets = 0;
    qsizetype actions = 0;
};

// Generates the demo company of `options` and writes it into the open, empty database
// `db`: its data, the targets its leadership agreed, the actions of its last meeting and
// its reality checks (docs/demo.md). All or nothing: false with *error, and a database
// file this call created removed again. `accountable demo` and the window's first start
// (the demo company in the user's data folder) both use it.
bool writeCompany(Database &db, const Options &options, QString *error, Written *written = nullptr);

// The demo's options with the last day defaulted: three years up to the end of last month.
Options withDefaultLastDay(Options options);

} // namespace acc::demo
