#pragma once

#include "filespec.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace acc::import {

// One error or warning, with everything a person needs to find and fix it.
struct ImportMessage
{
    QString file;    // the file's name as shown ("orders.csv"); empty for the import as a whole
    qint64 line = 0; // physical line where the record starts (header = 1); 0 for the file
    QString column;  // DATA.md column (or header cell) concerned; may be empty
    QString value;   // the offending value as written; may be empty
    QString text;    // what is wrong and what was expected, without the location

    // "orders.csv:1834: amount "12,5O" is not a decimal number"
    QString toString() const;
};

// What one file brought.
struct FileSummary
{
    QString file;
    std::optional<FileKind> kind;
    qint64 rows = 0;            // data rows read
    qint64 added = 0;           // rows new to the database
    qint64 updated = 0;         // rows that replaced one with the same id
    qint64 deleted = 0;         // rows of its kind held before that a replace deleted
    bool replacedWhole = false; // every row held before went first (else: only those missing)
};

// Rows of a kind a full replace deleted although no file of that kind was given.
struct ClearedKind
{
    FileKind kind;
    qint64 rows = 0;
};

// The outcome of an import (or of a validate-only pass). Every error and warning is
// counted; the first kMaxKept of each are kept for display and for saving as CSV.
class ImportReport final
{
public:
    static constexpr qsizetype kMaxKept = 100000;

    void addError(ImportMessage m);
    void addWarning(ImportMessage m);

    const QList<ImportMessage> &errors() const { return m_errors; }
    const QList<ImportMessage> &warnings() const { return m_warnings; }
    qint64 errorCount() const { return m_errorCount; }
    qint64 warningCount() const { return m_warningCount; }
    bool hasErrors() const { return m_errorCount > 0; }

    QList<FileSummary> files;
    QList<ClearedKind> cleared; // Replace::All: kinds emptied with no file given
    // What a replace deleted, for a person: "orders.csv replaced 240 orders; deleted with no
    // file given: 3 contacts". Empty when nothing was deleted.
    QString deletionSummary() const;
    bool cancelled = false;
    bool committed = false; // the data is in the database
    bool validateOnly = false;

    // The kept errors then warnings as CSV (RFC 4180, UTF-8, header
    // severity,file,line,column,value,message), for a spreadsheet.
    QByteArray messagesCsv() const;
    bool saveMessagesCsv(const QString &path, QString *error) const;

private:
    QList<ImportMessage> m_errors;
    QList<ImportMessage> m_warnings;
    qint64 m_errorCount = 0;
    qint64 m_warningCount = 0;
};

} // namespace acc::import
