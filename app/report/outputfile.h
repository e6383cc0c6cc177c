#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

namespace acc {

// Every file Accountable writes on request (the meeting pack PDF, the table export, the
// import's list of problems) goes through these two functions, so an output never
// destroys an input (issue 8, defect 4).

// False, with *error saying why, when `out` is (through a symbolic or hard link, or
// literally) the company database `database` (a SQLite path; a postgresql:// spec has no
// file), one of its -wal, -shm or -journal files, or one of `inputs`; or a folder.
// The message starts with `out` as given: "c.db is the company database; choose another
// file name (nothing was written)".
bool checkOutputPath(const QString &out, const QString &database, const QStringList &inputs, QString *error);

// Writes `path` through `write`. A regular (or new) file is written to a temporary file
// beside it and renamed into place only when complete (QSaveFile): a failure leaves the
// old file, or none. An existing device or pipe (/dev/null, /dev/full) is written
// directly, never replaced; every write, the flush and the close are checked. *error:
// "cannot write PATH: REASON".
using OutputWriter = std::function<bool(QIODevice &device, QString *error)>;
bool writeOutputFile(const QString &path, const OutputWriter &write, QString *error);

} // namespace acc
