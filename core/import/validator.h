#pragma once

#include "csvreader.h"
#include "fieldparsers.h"
#include "filespec.h"
#include "idhash.h"
#include "importreport.h"
#include "rowbatch.h"

namespace acc::import {

// Checks the header of a file against its kind: missing required columns and columns
// named twice are errors, unknown columns a warning (once). True when rows can be read.
bool checkHeader(const FileSpec &spec, const QStringList &header, const ColumnMapping &mapping,
                 const QString &fileName, ImportReport &report);

// Validates the data rows of one file against DATA.md, record by record: types, required
// values, enumerations, the ordering rules between dates, ids unique within the file and
// customer references (against the customers known so far: the database's and those of
// the customers files read before). Each valid row goes into a RowBatch; each problem
// into the report, with file, line, column and value.
class FileValidator final
{
    Q_DISABLE_COPY_MOVE(FileValidator)
public:
    // customers: CRM id -> ordinal (see ImportWriter::customerOrdinals()). A customers
    // file adds its ids to it; other files look their references up in it unless
    // checkReferences is false (when the set's customers file could not be read at all).
    // Customer ids and references leave the validator as ordinals in Cell::number.
    FileValidator(const FileSpec &spec, const QStringList &header, const ColumnMapping &mapping,
                  const DateFormat &dates, const QString &fileName, ImportReport &report,
                  IdHash<qint64> &customers, bool checkReferences);

    // True when the record was valid and appended to batch.
    bool validate(const CsvRecord &record, RowBatch &batch);
    // Frees the memory kept to find duplicate ids, once the file has been read.
    void finish() { m_seen.clear(); }
    // Sizes the duplicate-id memory for about this many rows (saves regrowing).
    void expectRows(qint64 rows) { m_seen.reserve(rows); }
    // True while the file's keys so far came in ascending order.
    bool keysAscending() const { return m_seen.ascending(); }
    // True when a fatal issue ended the file.
    bool stopped() const { return m_stopped; }
    qint64 rows() const { return m_rows; }

private:
    void error(qint64 line, const QString &column, const QString &value, const QString &text);
    QString columnName(int recordField) const;
    bool checkRules(qint64 line, const CsvRecord &record, Cell *cells, RowBatch &batch);
    QString valueOf(const CsvRecord &record, int field) const;

    const FileSpec &m_spec;
    QStringList m_header;
    ColumnMapping m_mapping;
    const DateFormat &m_dates;
    QString m_fileName;
    ImportReport &m_report;
    IdHash<qint64> &m_customers;
    bool m_checkReferences;
    SeenKeys m_seen; // the file's keys and the lines they were first seen on
    QByteArray m_keyBuffer;
    qint64 m_rows = 0;
    bool m_stopped = false;
    int m_width;
};

// A value as shown inside a message: display::shorten() to kMessageChars (80) characters,
// control characters shown as control pictures (a line break as ␊).
QString shownValue(QByteArrayView bytes);

} // namespace acc::import
