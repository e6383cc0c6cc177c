#include "outputfile.h"

#include "storage/database.h"
#include "translation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sys/stat.h>

namespace acc {

namespace {

// The path `path` names once its symbolic links are followed (also when the last one
// dangles: writing would create its target), with its folder in canonical form.
QString resolvedPath(const QString &path)
{
    QString p = QFileInfo(path).absoluteFilePath();
    for (int hops = 0; hops < 40; ++hops) {
        const QFileInfo info(p);
        if (!info.isSymLink())
            break;
        p = info.symLinkTarget();
    }
    const QFileInfo info(p);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return QDir::cleanPath((folder.isEmpty() ? info.absolutePath() : folder) + QLatin1Char('/') +
                           info.fileName());
}

bool statPath(const QString &path, struct stat *st)
{
    return ::stat(QFile::encodeName(path).constData(), st) == 0;
}

// The same file: the same resolved path, or the same device and inode (a hard link).
bool sameFile(const QString &a, const QString &b)
{
    if (resolvedPath(a) == resolvedPath(b))
        return true;
    struct stat sa;
    struct stat sb;
    return statPath(a, &sa) && statPath(b, &sb) && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

QString cannotWrite(const QString &path, const QString &why)
{
    return ReportTr::tr("cannot write %1: %2").arg(path, why);
}

} // namespace

bool checkOutputPath(const QString &out, const QString &database, const QStringList &inputs, QString *error)
{
    auto refuse = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (out.isEmpty())
        return refuse(ReportTr::tr("no file name given (nothing was written)"));
    if (QFileInfo(out).isDir())
        return refuse(ReportTr::tr("%1 is a folder; choose a file name (nothing was written)").arg(out));
    if (!database.isEmpty() && !Database::isPostgresSpec(database)) {
        if (sameFile(out, database))
            return refuse(
                ReportTr::tr("%1 is the company database; choose another file name (nothing was written)")
                    .arg(out));
        // SQLite names its journals after the path it was given and after the resolved one.
        const QStringList bases{database, resolvedPath(database)};
        for (const QString &base : bases) {
            for (const char *suffix : {"-wal", "-shm", "-journal"}) {
                const QString journal = base + QLatin1String(suffix);
                if (sameFile(out, journal))
                    return refuse(ReportTr::tr("%1 is a journal of the company database (%2); choose another "
                                               "file name (nothing was written)")
                                      .arg(out, journal));
            }
        }
    }
    for (const QString &input : inputs) {
        if (!input.isEmpty() && sameFile(out, input))
            return refuse(
                ReportTr::tr("%1 is an input file (%2); choose another file name (nothing was written)")
                    .arg(out, input));
    }
    return true;
}

bool writeOutputFile(const QString &path, const OutputWriter &write, QString *error)
{
    QString why;
    struct stat st;
    if (statPath(path, &st) && !S_ISREG(st.st_mode)) {
        if (S_ISDIR(st.st_mode)) {
            if (error)
                *error = cannotWrite(path, ReportTr::tr("it is a folder"));
            return false;
        }
        // A device or a pipe: QSaveFile would put a temporary file beside it and rename
        // it over the device. Write straight into it instead.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            if (error)
                *error = cannotWrite(path, file.errorString());
            return false;
        }
        const bool written = write(file, &why);
        const bool flushed = written && file.flush();
        if (written && flushed)
            file.close();
        if (!written || !flushed || file.error() != QFileDevice::NoError) {
            if (error)
                *error = file.error() != QFileDevice::NoError ? cannotWrite(path, file.errorString())
                         : why.isEmpty()                      ? cannotWrite(path, file.errorString())
                                                              : why;
            return false;
        }
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = cannotWrite(path, file.errorString());
        return false;
    }
    if (!write(file, &why)) {
        if (error)
            *error = file.error() != QFileDevice::NoError || why.isEmpty()
                         ? cannotWrite(path, file.errorString())
                         : why;
        file.cancelWriting();
        return false; // the temporary file goes with `file`
    }
    if (!file.commit()) {
        if (error)
            *error = cannotWrite(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace acc
