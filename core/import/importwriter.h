#pragma once

#include "filespec.h"
#include "idhash.h"
#include "importer.h"
#include "rowbatch.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;
struct pg_conn;

namespace acc {
class Database;
}

namespace acc::import {

// Writes validated rows of the five files, inside one transaction it owns. Rows are
// upserted by their key (plain inserts while the table was empty when its file began).
// On SQLite it binds the batch's UTF-8 bytes straight into the C API on the connection's
// own handle. On PostgreSQL (importwriter_postgres.cpp) it streams with COPY through
// libpq on the connection's own handle: a load into an empty table straight in (customers
// with their keys chosen here, as on SQLite), an upsert into a table that holds rows into
// a temporary table merged by one statement at the end of the file (row by row through
// QSqlQuery for a role that may make no temporary table).
class ImportWriter final
{
    Q_DISABLE_COPY_MOVE(ImportWriter)
public:
    explicit ImportWriter(Database &db);
    ~ImportWriter();

    // Starts the transaction and deletes what the replace asks for: with Replace::All every
    // data row; with Replace::GivenKinds every row of the given kinds but customers (whose
    // keys the kept rows hold: a customers file updates them, and finishReplace() deletes
    // those it left out). Then reads the customers the database holds (CRM ids and keys).
    bool begin(Replace replace, const QList<FileKind> &givenKinds, QString *error);
    // Rows of a kind that begin() deleted, and whether it emptied the table first.
    qint64 deletedBefore(FileKind kind) const { return m_deletedBefore[static_cast<std::size_t>(kind)]; }
    // Replace::GivenKinds with a customers file: deletes the customers held before that the
    // file left out, unless rows of the database still name them (an error naming one).
    // *deleted: how many. Call after the last file, before commit().
    bool finishReplace(qint64 *deleted, QString *error);
    // The customers the database holds: CRM id -> ordinal (0, 1, 2, ...). The validator
    // goes on numbering the customers of the files from size(), and hands each row's
    // customer over as its ordinal; the writer keeps the database key of each ordinal.
    const IdHash<qint64> &customerOrdinals() const { return m_customerOrdinals; }

    bool beginFile(const FileSpec &spec, QString *error);
    // Writes every row of the batch; on failure *failedLine is the row's line.
    bool write(const RowBatch &batch, qint64 *failedLine, QString *error);
    // Rows the file added to its table (the rest of what it wrote were updates).
    bool endFile(qint64 *added, QString *error);

    // After the last file, before commit: do the absolute values of the spec's money
    // column, over every row the table will hold, add up to at most money::kMaxTotal?
    // std::nullopt with *error set when the database cannot tell.
    std::optional<bool> moneyWithinBound(const FileSpec &spec, QString *error);

    bool commit(QString *error);
    void rollback();
    // PostgreSQL: whether loads into empty tables stream through COPY (the driver's libpq
    // handle was found).
    bool streams() const { return m_pg != nullptr; }
    bool inTransaction() const { return m_inTransaction; }

private:
    bool exec(const QString &sql, QString *error);
    bool failBegin();
    bool checkStructure(QString *error);
    std::optional<qint64> count(const FileSpec &spec, QString *error);
    // INSERT of `rows` rows, an upsert on the file's key when `upsert`.
    QString statementFor(const FileSpec &spec, bool upsert, int rows) const;
    bool prepare(const QString &sql, sqlite3_stmt **stmt, QString *error);
    void finalizeStatements();
    // Binds row r of the batch to the statement's slot-th row of parameters.
    bool bindRow(sqlite3_stmt *stmt, const RowBatch &batch, int r, int slot, QString *error);
    // Steps and resets; the result code (SQLITE_DONE when it worked, else *error is set).
    int step(sqlite3_stmt *stmt, QString *error);
    bool writeSqlite(const RowBatch &batch, qint64 *failedLine, QString *error);
    // Drops an index (name, CREATE statement) until the end of the file.
    bool dropIndex(const std::pair<QString, QString> &index, QString *error);
    bool writeQt(const RowBatch &batch, qint64 *failedLine, QString *error);
    // PostgreSQL's COPY: started by beginFile, fed a batch at a time, ended by endFile.
    bool beginCopy(const FileSpec &spec, QString *error);
    // The columns a COPY of the spec's rows names (with "id" when the keys are chosen here).
    QString copyColumns(const FileSpec &spec) const;
    bool startCopy(const QString &table, const QString &columns, QString *error);
    // An upsert on PostgreSQL: COPY into a temporary table, merged by endFile. false when
    // the role may not make one (the rows then go row by row); std::nullopt on an error.
    std::optional<bool> beginStaged(const FileSpec &spec, QString *error);
    bool mergeStaged(QString *error);
    // " ON CONFLICT (key) DO UPDATE SET …" for the spec's table; with keepUnchanged, rows
    // already as the file says are not rewritten.
    static QString upsertClause(const FileSpec &spec, bool keepUnchanged = false);
    // Drops the table's plain indexes and foreign keys until endFile (m_deferredIndexes).
    bool deferChecks(const FileSpec &spec, QString *error);
    bool writeCopy(const RowBatch &batch, qint64 *failedLine, QString *error);
    bool endCopy(QString *error);
    // A new customer's key, chosen here (SQLite, and PostgreSQL's COPY).
    qint64 newCustomerKey(qint64 ordinal);
    void restoreConnection();
    // The database key of a customer ordinal; -1 while that customer is not written.
    qint64 keyOf(qint64 ordinal) const;
    // The key of the customer a reference cell names, or an error.
    std::optional<qint64> referencedKey(const RowBatch &batch, const Cell &ref, QString *error) const;
    void setKey(qint64 ordinal, qint64 key);

    Database &m_db;
    sqlite3 *m_sqlite = nullptr;
    pg_conn *m_pg = nullptr;   // PostgreSQL: the connection's libpq handle
    bool m_copying = false;    // a COPY is open on m_pg
    bool m_staged = false;     // ... into acc_stage, merged into the table by endFile
    bool m_chooseKeys = false; // new customers' keys are chosen here (not read back)
    QByteArray m_copyBuffer;
    std::vector<qint64> m_copyLines; // the file line of each row sent to the COPY
    qint64 m_copied = 0;             // rows the last COPY took
    qint64 m_nextId = -1; // COPY with the primary key set aside: the next row's id (-1: the sequence's)
    static constexpr int kRowsPerStatement = 32;
    static constexpr int kMaxVariables = 999; // SQLite's most conservative build limit

    sqlite3_stmt *m_stmt = nullptr;  // one row
    sqlite3_stmt *m_multi = nullptr; // m_rowsPerStatement rows
    int m_rowsPerStatement = 1;
    qint64 m_existing = 0;    // customers in the database when the import began
    qint64 m_firstNewKey = 1; // SQLite: the key of the first customer the files add ...
    qint64 m_newKeys = 0;     // ... and how many they have added so far
    QSqlQuery m_query;
    const FileSpec *m_spec = nullptr;
    bool m_upsert = true;
    bool m_inTransaction = false;
    bool m_foreignKeys = false;    // were on before begin(): turned back on at the end
    bool m_leftWal = false;        // switched to a rollback journal for the import: back to WAL at the end
    QStringList m_deferredIndexes; // statements bringing back what was dropped for this file
    QList<std::pair<QString, QString>> m_keyIndexes; // unique indexes kept while ids ascend
    qint64 m_countBefore = 0;
    IdHash<qint64> m_customerOrdinals;
    std::array<qint64, kFileKindCount> m_deletedBefore{};
    bool m_replaceCustomers = false;  // GivenKinds with customers: delete those left out at the end
    std::vector<bool> m_seenExisting; // ... which of the customers held before the files named
    void markSeen(qint64 ordinal)
    {
        if (m_replaceCustomers && ordinal >= 0 && ordinal < static_cast<qint64>(m_seenExisting.size()))
            m_seenExisting[static_cast<std::size_t>(ordinal)] = true;
    }
    std::vector<qint64>
        m_keyOfOrdinal; // the database's customers; PostgreSQL: also the new ones (-1 while not written)
};

} // namespace acc::import
