#include "inputfile.h"

#include "translation.h"

#include <QFile>
#include <QFileInfo>

namespace acc::cli {

bool readInputFile(const QString &path, qint64 maxBytes, const QString &what, QByteArray *bytes,
                   QString *error)
{
    if (path.isEmpty()) {
        // QFile would print "QFSFileEngine::open: No file name specified".
        *error = CliTr::tr("no file name given; expected %1").arg(what);
        return false;
    }
    if (QFileInfo(path).isDir()) {
        *error = CliTr::tr("%1 is a folder; expected %2").arg(path, what);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = CliTr::tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QByteArray data = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        *error = CliTr::tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    if (data.size() > maxBytes) {
        *error = CliTr::tr("%1 is larger than %2 MiB; %3 is a few kilobytes")
                     .arg(path)
                     .arg(maxBytes / (1024 * 1024))
                     .arg(what);
        return false;
    }
    *bytes = std::move(data);
    return true;
}

} // namespace acc::cli
