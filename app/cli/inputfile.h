#pragma once

#include <QByteArray>
#include <QString>

namespace acc::cli {

// A criteria or targets file is a few kilobytes; 4 MiB leaves room for any real one.
constexpr qint64 kMaxJsonFileBytes = 4 * 1024 * 1024;

// Reads a whole user-given file, at most `maxBytes` (reading no more than maxBytes + 1
// bytes, so /dev/zero or a huge file ends at once). False with *error when the name is
// empty, the file cannot be read, or it is larger: "targets.json is larger than 4 MiB;
// a targets file is a few kilobytes". `what` names the kind of file ("a targets file").
bool readInputFile(const QString &path, qint64 maxBytes, const QString &what, QByteArray *bytes,
                   QString *error);

} // namespace acc::cli
