#include "importwriter.h"
#include "translation.h"

#include "fieldparsers.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

#include <algorithm>

#include <libpq-fe.h>

namespace acc::import {

ImportWriter::ImportWriter(Database &db)
    : m_db(db)
{
    if (db.backend() == Database::Backend::PostgreSQL) {
        const QVariant handle = db.connection().driver()->handle();
        // Qt names the type by the struct behind libpq's typedef.
        if (handle.isValid() &&
            (qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0))
            m_pg = *static_cast<PGconn *const *>(handle.constData());
    }
}

ImportWriter::~ImportWriter()
{
    rollback();
}

bool ImportWriter::exec(const QString &sql, QString *error)
{
    QSqlQuery q(m_db.connection());
    if (q.exec(sql))
        return true;
    *error = ImportTr::tr("database error: %1").arg(q.lastError().text());
    return false;
}

bool ImportWriter::begin(Replace replace, const QList<FileKind> &givenKinds, QString *error)
{
    QSqlDatabase conn = m_db.connection();
    m_sqlite = nullptr;
    if (m_db.backend() == Database::Backend::SQLite) {
        const QVariant handle = conn.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_sqlite = *static_cast<sqlite3 *const *>(handle.constData());
        // The validator has checked every customer reference (against the file set and the
        // database) before a row reaches the writer, so SQLite need not look each one up
        // again. The pragma is a no-op inside a transaction: set it before, restore it after.
        QSqlQuery fk(conn);
        if (fk.exec(QStringLiteral("PRAGMA foreign_keys")) && fk.next())
            m_foreignKeys = fk.value(0).toInt() != 0;
        fk.finish();
        if (m_foreignKeys && !exec(QStringLiteral("PRAGMA foreign_keys = OFF"), error))
            return false;
        // A first load (every data table empty) runs under a rollback journal: in
        // write-ahead-log mode every page is written twice (log, then checkpoint), in a
        // rollback journal once, since pages appended to the file need no journal. An
        // interrupted import is still rolled back from the journal on the next open, and
        // synchronous = FULL keeps that true across a power cut. The price is that other
        // connections cannot read while it writes, which only matters once there is data
        // to read: a re-import stays in WAL mode, so the window keeps working beside it.
        // SQLite only leaves WAL mode when this is the only connection. Restored after
        // commit or rollback.
        QSqlQuery probe(conn);
        const bool empty =
            probe.exec(QStringLiteral("SELECT NOT (EXISTS (SELECT 1 FROM customers) OR EXISTS (SELECT 1 FROM "
                                      "orders) OR EXISTS (SELECT 1 FROM contacts) OR EXISTS (SELECT 1 FROM "
                                      "feedback) OR EXISTS (SELECT 1 FROM spend))")) &&
            probe.next() && probe.value(0).toInt() == 1;
        if (!m_db.finished(probe, error))
            return failBegin();
        probe.finish();
        // Rows are updated through the id indexes: a damaged page there would make an update
        // a duplicate, or lose it. SQLite reads only the pages a statement needs, so the
        // structure is checked whole before the first write (about a fifth of a second for a
        // million orders); a damaged database is refused and nothing is written.
        if (!empty && !checkStructure(error))
            return failBegin();
        if (empty && probe.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) && probe.next())
            m_leftWal = probe.value(0).toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) == 0;
        probe.finish();
        if (m_leftWal && !exec(QStringLiteral("PRAGMA synchronous = FULL"), error)) {
            restoreConnection();
            return false;
        }
    }
    if (!conn.transaction()) {
        *error = ImportTr::tr("cannot start a transaction: %1").arg(conn.lastError().text());
        restoreConnection();
        return false;
    }
    m_inTransaction = true;
    // PostgreSQL: one import at a time per database (a second waits for the first to
    // commit or roll back), so the customers' keys chosen here cannot meet another's.
    if (m_pg && !exec(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('accountable import'))"), error))
        return failBegin();
    m_deletedBefore.fill(0);
    m_replaceCustomers = replace == Replace::GivenKinds && givenKinds.contains(FileKind::Customers);
    if (replace != Replace::None) {
        // Dependent kinds first: nothing may name a customer that is gone.
        for (const FileKind kind : {FileKind::Orders, FileKind::Contacts, FileKind::Feedback, FileKind::Spend,
                                    FileKind::Customers}) {
            if (replace == Replace::GivenKinds && (kind == FileKind::Customers || !givenKinds.contains(kind)))
                continue;
            const FileSpec &spec = FileSpec::of(kind);
            const auto rows = count(spec, error);
            if (!rows || !exec(QLatin1String("DELETE FROM ") + spec.table, error))
                return false;
            m_deletedBefore[static_cast<std::size_t>(kind)] = *rows;
        }
    }
    m_customerOrdinals.clear();
    m_keyOfOrdinal.clear();
    QSqlQuery q(conn);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, customer_id FROM customers"))) {
        *error = ImportTr::tr("cannot read the customers: %1").arg(q.lastError().text());
        return false;
    }
    m_firstNewKey = 1;
    m_newKeys = 0;
    while (q.next()) {
        const qint64 key = q.value(0).toLongLong();
        m_customerOrdinals.insert(q.value(1).toString().toUtf8(), static_cast<qint64>(m_keyOfOrdinal.size()));
        m_keyOfOrdinal.push_back(key);
        m_firstNewKey = std::max(m_firstNewKey, key + 1);
    }
    if (!m_db.finished(q, error))
        return false;
    m_existing = static_cast<qint64>(m_keyOfOrdinal.size());
    m_seenExisting.assign(m_replaceCustomers ? static_cast<std::size_t>(m_existing) : 0, false);
    return true;
}

bool ImportWriter::finishReplace(qint64 *deleted, QString *error)
{
    *deleted = 0;
    if (!m_replaceCustomers)
        return true;
    std::vector<qint64> gone;
    for (std::size_t o = 0; o < m_seenExisting.size(); ++o) {
        if (!m_seenExisting[o])
            gone.push_back(m_keyOfOrdinal[o]);
    }
    if (gone.empty())
        return true;
    const bool postgres = m_db.backend() == Database::Backend::PostgreSQL;
    if (!exec(postgres ? QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS acc_gone (id BIGINT PRIMARY KEY)")
                       : QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS acc_gone (id INTEGER PRIMARY KEY)"),
              error) ||
        !exec(QStringLiteral("DELETE FROM acc_gone"), error))
        return false;
    QSqlQuery insert(m_db.connection());
    if (!insert.prepare(QStringLiteral("INSERT INTO acc_gone (id) VALUES (?)"))) {
        *error = ImportTr::tr("database error: %1").arg(m_db.describe(insert.lastError()));
        return false;
    }
    for (const qint64 key : gone) {
        insert.bindValue(0, key);
        if (!insert.exec()) {
            *error = ImportTr::tr("database error: %1").arg(m_db.describe(insert.lastError()));
            return false;
        }
    }
    insert.finish();
    // Rows that still name a customer the file left out: kept rows of kinds not replaced,
    // or new rows that refer to one.
    QStringList still;
    QString example;
    for (const FileKind kind : {FileKind::Orders, FileKind::Contacts, FileKind::Feedback}) {
        const FileSpec &spec = FileSpec::of(kind);
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        const QString from = QLatin1String(" FROM ") + spec.table +
                             QLatin1String(" r WHERE r.customer IN (SELECT id FROM acc_gone)");
        if (!q.exec(QLatin1String("SELECT count(*)") + from) || !q.next()) {
            *error = ImportTr::tr("database error: %1").arg(m_db.describe(q.lastError()));
            return false;
        }
        const qint64 n = q.value(0).toLongLong();
        if (n == 0)
            continue;
        still.append(ImportTr::tr("%1: %2").arg(spec.table).arg(n));
        if (example.isEmpty() &&
            q.exec(QLatin1String("SELECT c.customer_id FROM customers c WHERE c.id = (SELECT r.customer") +
                   from + QLatin1String(" LIMIT 1)")) &&
            q.next())
            example = q.value(0).toString();
    }
    if (!still.isEmpty()) {
        *error =
            ImportTr::tr("customers.csv replaces the customers, but leaves out customers that rows still "
                         "name (%1; for example %2): give those files too, so they are replaced with it, "
                         "or use --replace-all to replace the whole company")
                .arg(still.join(QLatin1String(", ")), example.left(80));
        return false;
    }
    if (!exec(QStringLiteral("DELETE FROM customers WHERE id IN (SELECT id FROM acc_gone)"), error) ||
        !exec(QStringLiteral("DROP TABLE acc_gone"), error))
        return false;
    *deleted = static_cast<qint64>(gone.size());
    return true;
}

bool ImportWriter::failBegin()
{
    restoreConnection();
    return false;
}

bool ImportWriter::checkStructure(QString *error)
{
    QSqlQuery check(m_db.connection());
    check.setForwardOnly(true);
    if (!check.exec(QStringLiteral("PRAGMA quick_check(1)")) || !check.next()) {
        *error = m_db.describe(check.lastError());
        return false;
    }
    QString verdict = check.value(0).toString();
    if (verdict == QLatin1String("ok"))
        return true;
    verdict.remove(QLatin1String("*** in database main ***"));
    *error = ImportTr::tr("%1 is damaged (%2); restore it from a backup")
                 .arg(m_db.spec(), verdict.simplified().left(200));
    return false;
}

std::optional<qint64> ImportWriter::count(const FileSpec &spec, QString *error)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QLatin1String("SELECT count(*) FROM ") + spec.table) || !q.next()) {
        *error = ImportTr::tr("database error: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

QString ImportWriter::upsertClause(const FileSpec &spec, bool keepUnchanged)
{
    // " ON CONFLICT (key) DO UPDATE SET column = excluded.column, ...": names from FileSpec.
    // keepUnchanged adds " WHERE (table.column, ...) IS DISTINCT FROM (excluded.column,
    // ...)": a row already as the file says is left alone (PostgreSQL's merge; a rewrite is
    // a new row version and new index entries).
    QString keys;
    for (int k : spec.key) {
        if (!keys.isEmpty())
            keys += QLatin1String(", ");
        keys += spec.fields[static_cast<std::size_t>(k)].dbColumn;
    }
    QString updates;
    QString mine;
    QString theirs;
    for (std::size_t i = 0; i < spec.fields.size(); ++i) {
        if (std::find(spec.key.begin(), spec.key.end(), static_cast<int>(i)) != spec.key.end())
            continue;
        const QLatin1StringView column = spec.fields[i].dbColumn;
        const QLatin1String comma(updates.isEmpty() ? "" : ", ");
        updates += comma + column + QLatin1String(" = excluded.") + column;
        mine += comma + spec.table + QLatin1Char('.') + column;
        theirs += comma + QLatin1String("excluded.") + column;
    }
    QString clause = QLatin1String(" ON CONFLICT (") + keys + QLatin1String(") DO UPDATE SET ") + updates;
    if (keepUnchanged && !mine.isEmpty())
        clause += QLatin1String(" WHERE (") + mine + QLatin1String(") IS DISTINCT FROM (") + theirs +
                  QLatin1Char(')');
    return clause;
}

QString ImportWriter::statementFor(const FileSpec &spec, bool upsert, int rows) const
{
    // Table and column names come from FileSpec, never from the file.
    const bool explicitKey = m_sqlite && spec.kind == FileKind::Customers;
    QString columns = explicitKey ? QStringLiteral("id") : QString();
    QString row = explicitKey ? QStringLiteral("?") : QString();
    for (const FieldSpec &f : spec.fields) {
        if (!columns.isEmpty()) {
            columns += QLatin1String(", ");
            row += QLatin1String(", ");
        }
        columns += f.dbColumn;
        row += QLatin1Char('?');
    }
    QString sql = QLatin1String("INSERT INTO ") + spec.table + QLatin1String(" (") + columns +
                  QLatin1String(") VALUES ");
    for (int r = 0; r < rows; ++r) {
        if (r > 0)
            sql += QLatin1String(", ");
        sql += QLatin1Char('(') + row + QLatin1Char(')');
    }
    // SQLite checks the conflict target before the primary key, so an existing customer
    // bound with its own key is updated, not refused.
    if (upsert)
        sql += upsertClause(spec);
    if (spec.kind == FileKind::Customers && !explicitKey)
        sql += QLatin1String(" RETURNING id");
    return sql;
}

bool ImportWriter::beginFile(const FileSpec &spec, QString *error)
{
    m_spec = &spec;
    const auto before = count(spec, error);
    if (!before)
        return false;
    m_countBefore = *before;
    // An empty table cannot conflict: the validator has already refused duplicate ids.
    m_upsert = m_countBefore > 0;
    m_deferredIndexes.clear();
    m_keyIndexes.clear();
    // The page cache: an upsert looks every id up in the table's index, so the more of it
    // in memory the better (32 MB). A load into an empty table only appends, and builds
    // its indexes by sorting, which runs faster in small sorted runs: 4 MB (measured in
    // docs/performance.md#import).
    if (m_sqlite && !exec(m_upsert ? QStringLiteral("PRAGMA cache_size = -32768")
                                   : QStringLiteral("PRAGMA cache_size = -4096"),
                          error))
        return false;
    if (m_sqlite && !m_upsert) {
        // Loading an empty table: its indexes are built once after the load (a sort)
        // instead of row by row (a random B-tree insert each). They are the schema's own
        // statements, read back from sqlite_master; all of it inside the transaction. The
        // unique index of the key stays while the ids come in ascending order (then each
        // insert goes to the index's last page, cheaper than the sort), and goes at the first
        // batch whose ids do not.
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                                 "AND sql IS NOT NULL"));
        q.addBindValue(QString(spec.table));
        if (!q.exec()) {
            *error = ImportTr::tr("database error: %1").arg(q.lastError().text());
            return false;
        }
        QList<std::pair<QString, QString>> indexes;
        while (q.next())
            indexes.append({q.value(0).toString(), q.value(1).toString()});
        for (const auto &index : std::as_const(indexes)) {
            if (index.second.startsWith(QLatin1String("CREATE UNIQUE INDEX"), Qt::CaseInsensitive))
                m_keyIndexes.append(index);
            else if (!dropIndex(index, error))
                return false;
        }
    }
    finalizeStatements();
    if (m_sqlite) {
        // One statement for a row and one for kRowsPerStatement rows: a multi-row VALUES
        // list costs one step (and one pass through the statement's program set-up) for
        // many rows.
        const int widthWithKey = static_cast<int>(spec.fields.size()) + (spec.kind == FileKind::Customers);
        m_rowsPerStatement = std::max(1, std::min(kRowsPerStatement, kMaxVariables / widthWithKey));
        return prepare(statementFor(spec, m_upsert, 1), &m_stmt, error) &&
               (m_rowsPerStatement == 1 ||
                prepare(statementFor(spec, m_upsert, m_rowsPerStatement), &m_multi, error));
    }
    if (m_pg && !m_upsert)
        return beginCopy(spec, error);
    if (m_pg) {
        const auto staged = beginStaged(spec, error);
        if (!staged)
            return false;
        if (*staged)
            return true;
    }
    m_query = QSqlQuery(m_db.connection());
    if (!m_query.prepare(statementFor(spec, m_upsert, 1))) {
        *error = ImportTr::tr("cannot prepare the import: %1").arg(m_query.lastError().text());
        return false;
    }
    return true;
}

bool ImportWriter::write(const RowBatch &batch, qint64 *failedLine, QString *error)
{
    if (m_sqlite)
        return writeSqlite(batch, failedLine, error);
    return m_copying ? writeCopy(batch, failedLine, error) : writeQt(batch, failedLine, error);
}

qint64 ImportWriter::keyOf(qint64 ordinal) const
{
    if (ordinal >= 0 && ordinal < static_cast<qint64>(m_keyOfOrdinal.size()))
        return m_keyOfOrdinal[static_cast<std::size_t>(ordinal)];
    // SQLite: the customers of the files get consecutive keys in the order of their ordinals.
    const qint64 n = ordinal - m_existing;
    return (m_sqlite || m_chooseKeys) && n >= 0 && n < m_newKeys ? m_firstNewKey + n : -1;
}

std::optional<qint64> ImportWriter::referencedKey(const RowBatch &batch, const Cell &ref,
                                                  QString *error) const
{
    const qint64 key = keyOf(ref.number);
    if (key >= 0)
        return key;
    *error =
        ImportTr::tr("customer %1 has no database key").arg(QString::fromUtf8(batch.text(ref).toByteArray()));
    return std::nullopt;
}

void ImportWriter::setKey(qint64 ordinal, qint64 key)
{
    if (ordinal < 0)
        return;
    if (ordinal >= static_cast<qint64>(m_keyOfOrdinal.size()))
        m_keyOfOrdinal.resize(static_cast<std::size_t>(ordinal) + 1, -1);
    m_keyOfOrdinal[static_cast<std::size_t>(ordinal)] = key;
}

bool ImportWriter::prepare(const QString &sql, sqlite3_stmt **stmt, QString *error)
{
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(m_sqlite, utf8.constData(), static_cast<int>(utf8.size()),
                           SQLITE_PREPARE_PERSISTENT, stmt, nullptr) == SQLITE_OK)
        return true;
    *error = ImportTr::tr("cannot prepare the import: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_sqlite)));
    return false;
}

void ImportWriter::finalizeStatements()
{
    sqlite3_finalize(m_stmt);
    sqlite3_finalize(m_multi);
    m_stmt = nullptr;
    m_multi = nullptr;
}

bool ImportWriter::bindRow(sqlite3_stmt *stmt, const RowBatch &batch, int r, int slot, QString *error)
{
    const FileSpec &spec = *m_spec;
    const int width = static_cast<int>(spec.fields.size());
    int p = slot * (width + (spec.kind == FileKind::Customers)) + 1;
    int rc = SQLITE_OK;
    if (spec.kind == FileKind::Customers) {
        // The customer's key: the one it has, or the next free one. Chosen here rather than
        // read back, so many customers can go in one statement.
        // The validator numbers new customers on from the database's, in the order their rows
        // come, and every row is written in that order: key and ordinal go up together.
        const qint64 ordinal = batch.cell(r, customers::Id).number;
        markSeen(ordinal);
        rc = sqlite3_bind_int64(stmt, p++, newCustomerKey(ordinal));
    }
    for (int f = 0; f < width && rc == SQLITE_OK; ++f, ++p) {
        const FieldSpec &field = spec.fields[static_cast<std::size_t>(f)];
        const Cell &c = batch.cell(r, f);
        switch (field.type) {
        case FieldType::Text:
        case FieldType::Month:
        case FieldType::Date: // the validator wrote the day out as YYYY-MM-DD
            if (c.isNull())
                rc = field.emptyIsText ? sqlite3_bind_text(stmt, p, "", 0, SQLITE_STATIC)
                                       : sqlite3_bind_null(stmt, p);
            else
                rc = sqlite3_bind_text(stmt, p, batch.text(c).data(), c.size, SQLITE_STATIC);
            break;
        case FieldType::Money:
        case FieldType::Score:
        case FieldType::Bool:
            rc = c.isNull() ? sqlite3_bind_null(stmt, p) : sqlite3_bind_int64(stmt, p, c.number);
            break;
        case FieldType::Enum:
            if (c.isNull()) {
                rc = sqlite3_bind_null(stmt, p);
            } else {
                const QByteArrayView w = field.words[static_cast<std::size_t>(c.number)];
                rc = sqlite3_bind_text(stmt, p, w.data(), static_cast<int>(w.size()), SQLITE_STATIC);
            }
            break;
        case FieldType::CustomerRef: {
            const std::optional<qint64> key = referencedKey(batch, c, error);
            if (!key)
                return false;
            rc = sqlite3_bind_int64(stmt, p, *key);
            break;
        }
        }
    }
    if (rc == SQLITE_OK)
        return true;
    *error = ImportTr::tr("database error: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_sqlite)));
    return false;
}

int ImportWriter::step(sqlite3_stmt *stmt, QString *error)
{
    const int rc = sqlite3_step(stmt);
    sqlite3_reset(stmt);
    if (rc != SQLITE_DONE)
        *error = ImportTr::tr("database error: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_sqlite)));
    return rc;
}

bool ImportWriter::dropIndex(const std::pair<QString, QString> &index, QString *error)
{
    QString quoted = index.first;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    if (!exec(QLatin1String("DROP INDEX \"") + quoted + QLatin1Char('"'), error))
        return false;
    m_deferredIndexes.append(index.second);
    return true;
}

bool ImportWriter::writeSqlite(const RowBatch &batch, qint64 *failedLine, QString *error)
{
    if (!batch.keysAscending() && !m_keyIndexes.isEmpty()) {
        for (const auto &index : std::as_const(m_keyIndexes)) {
            if (!dropIndex(index, error)) {
                *failedLine = batch.rows() > 0 ? batch.line(0) : 0;
                return false;
            }
        }
        m_keyIndexes.clear();
    }
    const int n = batch.rows();
    int r = 0;
    while (r < n) {
        if (m_multi && n - r >= m_rowsPerStatement) {
            bool bound = true;
            for (int k = 0; k < m_rowsPerStatement && bound; ++k)
                bound = bindRow(m_multi, batch, r + k, k, error);
            if (bound) {
                const int rc = step(m_multi, error);
                if (rc == SQLITE_DONE) {
                    r += m_rowsPerStatement;
                    continue;
                }
                // A refused row (a constraint) undoes only its statement: the rows are then
                // written one by one below, so the error names the row. Any other error (I/O,
                // a full disk) may have ended the whole transaction: nothing more is written.
                if ((rc & 0xff) != SQLITE_CONSTRAINT || sqlite3_get_autocommit(m_sqlite)) {
                    *failedLine = batch.line(r);
                    return false;
                }
            }
            sqlite3_clear_bindings(m_multi);
        }
        const int end = m_multi && n - r >= m_rowsPerStatement ? r + m_rowsPerStatement : n;
        for (; r < end; ++r) {
            if (!bindRow(m_stmt, batch, r, 0, error) || step(m_stmt, error) != SQLITE_DONE) {
                *failedLine = batch.line(r);
                return false;
            }
        }
    }
    return true;
}

bool ImportWriter::endFile(qint64 *added, QString *error)
{
    const bool copied = m_copying && !m_staged; // a load: every row the COPY took was added
    if (m_copying && !endCopy(error))
        return false;
    finalizeStatements();
    m_query = QSqlQuery();
    for (const QString &sql : std::as_const(m_deferredIndexes)) {
        if (!exec(sql, error))
            return false;
    }
    m_deferredIndexes.clear();
    if (copied) {
        *added = m_copied;
        return true;
    }
    const auto after = count(*m_spec, error);
    if (!after)
        return false;
    *added = *after - m_countBefore;
    return true;
}

std::optional<bool> ImportWriter::moneyWithinBound(const FileSpec &spec, QString *error)
{
    for (const FieldSpec &field : spec.fields) {
        if (field.type != FieldType::Money)
            continue;
        // Names from FileSpec and a constant, never from a file. One query per table; the
        // comparison is made by the database, as PostgreSQL's sum of a bigint is a numeric.
        QSqlQuery q(m_db.connection());
        const QString sql = QLatin1String("SELECT coalesce(sum(abs(") + field.dbColumn +
                            QLatin1String(")), 0) <= ") + QString::number(money::kMaxTotal) +
                            QLatin1String(" FROM ") + spec.table;
        if (q.exec(sql) && q.next()) {
            if (!q.value(0).toBool())
                return false;
            continue;
        }
        // SQLite's sum() and abs() stop at "integer overflow", PostgreSQL's abs() of a
        // bigint at numeric_value_out_of_range (22003): either way far past the bound.
        const QSqlError e = q.lastError();
        if (e.nativeErrorCode() == QLatin1String("22003") ||
            e.databaseText().contains(QLatin1String("integer overflow"), Qt::CaseInsensitive))
            return false;
        *error = ImportTr::tr("database error: %1").arg(e.text());
        return std::nullopt;
    }
    return true;
}

bool ImportWriter::commit(QString *error)
{
    finalizeStatements();
    if (m_sqlite && sqlite3_get_autocommit(m_sqlite)) {
        // SQLite ended the transaction on its own (after an I/O error): say so rather than
        // report a commit of nothing.
        *error = ImportTr::tr("the import's transaction ended early: %1")
                     .arg(QString::fromUtf8(sqlite3_errmsg(m_sqlite)));
        rollback();
        return false;
    }
    m_query = QSqlQuery();
    QSqlDatabase conn = m_db.connection();
    if (!conn.commit()) {
        *error = ImportTr::tr("cannot commit the import: %1").arg(conn.lastError().text());
        rollback();
        return false;
    }
    m_inTransaction = false;
    restoreConnection();
    return true;
}

void ImportWriter::rollback()
{
    if (m_copying) {
        PQputCopyEnd(m_pg, "import rolled back");
        while (PGresult *r = PQgetResult(m_pg))
            PQclear(r);
        m_copying = false;
    }
    finalizeStatements();
    m_query = QSqlQuery();
    if (m_inTransaction)
        m_db.connection().rollback();
    m_inTransaction = false;
    m_deferredIndexes.clear();
    m_keyIndexes.clear();
    m_nextId = -1;
    m_staged = false;
    restoreConnection();
}

void ImportWriter::restoreConnection()
{
    QString ignored;
    if (m_leftWal) {
        exec(QStringLiteral("PRAGMA journal_mode = WAL"), &ignored);
        exec(QStringLiteral("PRAGMA synchronous = NORMAL"), &ignored); // as Database opens it
        m_leftWal = false;
    }
    if (!m_foreignKeys)
        return;
    exec(QStringLiteral("PRAGMA foreign_keys = ON"), &ignored);
    m_foreignKeys = false;
}

} // namespace acc::import
