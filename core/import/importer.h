#pragma once

#include "filespec.h"
#include "importreport.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace acc {
class Database;
}

namespace acc::import {

// One file of an import.
struct ImportFile
{
    QString path;
    QString displayName; // as named in messages; empty: the file's name ("orders.csv")
    // Empty: recognized from the header (or, failing that, from the file's name).
    std::optional<FileKind> kind;
    // DATA.md field -> header cell as written, for exports whose headers differ (the
    // wizard's column mapping). Fields left out are matched by their own name.
    QHash<QString, QString> mapping;
};

struct ImportProgress
{
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    QString file;    // the file being read
    qint64 rows = 0; // data rows read so far, all files
};

// What a re-import deletes (DATA.md "unless the user asks for a full replace").
enum class Replace {
    None,       // update rows by id and add new ones; delete nothing
    GivenKinds, // each kind of data whose file is given is replaced whole; other kinds are kept,
                // and customers a new customers file leaves out may not be named by kept rows
    All,        // the whole company becomes the given files; kinds without a file end empty
};

struct ImportOptions
{
    Replace replace = Replace::None;
    bool validateOnly = false; // check everything, write nothing
    QString dateFormat;        // empty: ISO 8601; else e.g. "dd.MM.yyyy"
    // Called on the importing thread every few thousand rows and after each file.
    std::function<void(const ImportProgress &)> progress;
    // Checked every few thousand rows; when it turns true the import stops and nothing is
    // written (report.cancelled).
    const std::atomic<bool> *cancel = nullptr;
};

// What the wizard shows before importing: the header of a file and what it looks like.
struct HeaderInfo
{
    QStringList columns; // header cells as written
    char delimiter = ',';
    std::optional<FileKind> kind; // recognized from the header
    QString error;                // the file cannot be read or is empty
};
HeaderInfo readHeader(const QString &path);

// Imports DATA.md files into a database in one transaction: every row of every file is
// valid and written, or nothing is (also on cancel, and if the process dies, since the
// transaction is never committed). Runs on whatever thread calls run(); give it a
// Database opened on that thread.
class Importer final
{
    Q_DISABLE_COPY_MOVE(Importer)
public:
    explicit Importer(Database &db);
    ImportReport run(const QList<ImportFile> &files, const ImportOptions &options);

private:
    Database &m_db;
};

} // namespace acc::import
