// ImportWriter on PostgreSQL: COPY into empty tables (keys set aside and built after),
// COPY into a temporary table merged in one statement for re-imports, and the row-by-row
// upsert for a role that may make no temporary table. The rest is importwriter.cpp.
#include "importwriter.h"
#include "translation.h"

#include "fieldparsers.h"
#include "storage/database.h"

#include <QRegularExpression>
#include <QSqlError>

#include <algorithm>
#include <charconv>

#include <libpq-fe.h>

namespace acc::import {
bool ImportWriter::writeQt(const RowBatch &batch, qint64 *failedLine, QString *error)
{
    const FileSpec &spec = *m_spec;
    const int width = static_cast<int>(spec.fields.size());
    const bool customers = spec.kind == FileKind::Customers;
    for (int r = 0; r < batch.rows(); ++r) {
        for (int f = 0; f < width; ++f) {
            const FieldSpec &field = spec.fields[static_cast<std::size_t>(f)];
            const Cell &c = batch.cell(r, f);
            QVariant v;
            switch (field.type) {
            case FieldType::Text:
            case FieldType::Month:
                if (c.isNull())
                    v = field.emptyIsText ? QVariant(QStringLiteral(""))
                                          : QVariant(QMetaType(QMetaType::QString));
                else
                    v = QString::fromUtf8(batch.text(c));
                break;
            case FieldType::Date:
                v = c.isNull() ? QVariant(QMetaType(QMetaType::QString))
                               : dateValue(toDate(static_cast<Day>(c.number)));
                break;
            case FieldType::Money:
            case FieldType::Score:
            case FieldType::Bool:
                v = c.isNull() ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(c.number);
                break;
            case FieldType::Enum:
                v = c.isNull()
                        ? QVariant(QMetaType(QMetaType::QString))
                        : QVariant(QString::fromLatin1(field.words[static_cast<std::size_t>(c.number)]));
                break;
            case FieldType::CustomerRef: {
                const std::optional<qint64> key = referencedKey(batch, c, error);
                if (!key) {
                    *failedLine = batch.line(r);
                    return false;
                }
                v = *key;
                break;
            }
            }
            m_query.bindValue(f, v);
        }
        if (!m_query.exec()) {
            *failedLine = batch.line(r);
            *error = ImportTr::tr("database error: %1").arg(m_query.lastError().text());
            return false;
        }
        if (customers) {
            if (!m_query.next()) {
                *failedLine = batch.line(r);
                *error = ImportTr::tr("database error: no key returned for a customer");
                return false;
            }
            const qint64 key = m_query.value(0).toLongLong();
            markSeen(batch.cell(r, customers::Id).number);
            setKey(batch.cell(r, customers::Id).number, key);
            m_query.finish();
        }
    }
    return true;
}

qint64 ImportWriter::newCustomerKey(qint64 ordinal)
{
    qint64 key = keyOf(ordinal);
    if (key < 0 && ordinal >= m_existing) {
        m_newKeys = std::max(m_newKeys, ordinal - m_existing + 1);
        key = keyOf(ordinal);
    }
    return key;
}

bool ImportWriter::beginCopy(const FileSpec &spec, QString *error)
{
    // Table and column names come from FileSpec, never from the file. The customers go in
    // with their keys (the next free ones: the table is empty here), so that the rows of
    // the files after can name them without reading them back.
    if (spec.kind == FileKind::Customers)
        m_chooseKeys = true;
    if (!deferChecks(spec, error))
        return false;
    return startCopy(spec.table, copyColumns(spec), error);
}

QString ImportWriter::copyColumns(const FileSpec &spec) const
{
    QString columns = spec.kind == FileKind::Customers || m_nextId >= 0 ? QStringLiteral("id") : QString();
    for (const FieldSpec &f : spec.fields)
        columns += (columns.isEmpty() ? QString() : QStringLiteral(", ")) + f.dbColumn;
    return columns;
}

std::optional<bool> ImportWriter::beginStaged(const FileSpec &spec, QString *error)
{
    // An upsert into a table that holds rows: the rows go by COPY into a temporary table
    // of the file's columns (no log, no keys), and one INSERT … SELECT … ON CONFLICT
    // merges them at endFile, instead of a statement a row. New customers get their keys
    // here, as in a load (the advisory lock of begin() keeps other imports out; the
    // customers' sequence is moved past them). A role that may not make temporary tables
    // upserts row by row (false).
    m_staged = false;
    if (spec.kind == FileKind::Customers)
        m_chooseKeys = true;
    const QString columns = copyColumns(spec);
    if (!exec(QStringLiteral("SAVEPOINT acc_stage_try"), error))
        return std::nullopt;
    QString why;
    if (!exec(QLatin1String("CREATE TEMP TABLE acc_stage ON COMMIT DROP AS SELECT ") + columns +
                  QLatin1String(" FROM ") + spec.table + QLatin1String(" WITH NO DATA"),
              &why)) {
        if (spec.kind == FileKind::Customers)
            m_chooseKeys = false;
        if (!exec(QStringLiteral("ROLLBACK TO SAVEPOINT acc_stage_try"), error))
            return std::nullopt;
        return false;
    }
    if (!exec(QStringLiteral("RELEASE SAVEPOINT acc_stage_try"), error) ||
        !startCopy(QStringLiteral("acc_stage"), columns, error))
        return std::nullopt;
    m_staged = true;
    return true;
}

bool ImportWriter::mergeStaged(QString *error)
{
    // Names from FileSpec only.
    const FileSpec &spec = *m_spec;
    const QString columns = copyColumns(spec);
    m_staged = false;
    // A monthly re-import brings back mostly unchanged history: those rows stay as they are.
    const QString sql = QLatin1String("INSERT INTO ") + spec.table + QLatin1String(" (") + columns +
                        QLatin1String(") SELECT ") + columns + QLatin1String(" FROM acc_stage") +
                        upsertClause(spec, true);
    return exec(sql, error) && exec(QStringLiteral("DROP TABLE acc_stage"), error);
}

bool ImportWriter::startCopy(const QString &table, const QString &columns, QString *error)
{
    const QByteArray sql =
        (QLatin1String("COPY ") + table + QLatin1String(" (") + columns + QLatin1String(") FROM STDIN"))
            .toUtf8();
    PGresult *result = PQexec(m_pg, sql.constData());
    const bool ok = PQresultStatus(result) == PGRES_COPY_IN;
    if (!ok)
        *error = ImportTr::tr("database error: %1").arg(QString::fromUtf8(PQerrorMessage(m_pg)).trimmed());
    PQclear(result);
    m_copying = ok;
    m_copyLines.clear();
    m_copied = 0;
    return ok;
}

bool ImportWriter::deferChecks(const FileSpec &spec, QString *error)
{
    // A table that was empty before the import (a new company, not one emptied by
    // --replace, whose readers on other desks must not wait on it): its plain indexes and
    // foreign keys go, and come back once the rows are in (a sort and one join instead of
    // a B-tree insert and a key lookup a row), at endFile, inside the same transaction; so
    // do its unique keys but the primary one (the file has no duplicates: the validator
    // refused them, and the table was empty).
    // So does its primary key, when no other table's foreign key hangs on it (not the
    // customers'): the rows then come with their ids chosen here (m_nextId), as the
    // dropped key's ACCESS EXCLUSIVE lock keeps every other writer out until the commit.
    // Only the table's owner may; another role loads with them in place.
    m_nextId = -1;
    if (m_deletedBefore[static_cast<std::size_t>(spec.kind)] > 0)
        return true;
    QSqlQuery q(m_db.connection());
    // Made again in this order: the primary key, the unique keys, the indexes, the foreign keys.
    q.prepare(QStringLiteral(
        "SELECT 'DROP INDEX ' || quote_ident(indexname), indexdef, 2, false FROM pg_indexes "
        "WHERE schemaname = current_schema() AND tablename = ? AND indexdef NOT LIKE 'CREATE UNIQUE%' "
        "UNION ALL "
        "SELECT 'ALTER TABLE ' || quote_ident(?) || ' DROP CONSTRAINT ' || quote_ident(c.conname), "
        "'ALTER TABLE ' || quote_ident(?) || ' ADD CONSTRAINT ' || quote_ident(c.conname) || ' ' || "
        "pg_get_constraintdef(c.oid), CASE c.contype WHEN 'p' THEN 0 WHEN 'u' THEN 1 ELSE 3 END, "
        "c.contype = 'p' FROM pg_constraint c WHERE c.conrelid = to_regclass(?) AND (c.contype IN ('f', 'u') "
        "OR (c.contype = 'p' AND NOT EXISTS (SELECT 1 FROM pg_constraint r WHERE r.contype = 'f' "
        "AND r.confrelid = c.conrelid AND r.conrelid <> c.conrelid))) "
        "ORDER BY 3"));
    for (int i = 0; i < 4; ++i)
        q.addBindValue(QString(spec.table));
    if (!q.exec()) {
        *error = ImportTr::tr("database error: %1").arg(q.lastError().text());
        return false;
    }
    QList<std::pair<QString, QString>> deferred; // drop, create again
    bool primaryKey = false;
    while (q.next()) {
        deferred.append({q.value(0).toString(), q.value(1).toString()});
        primaryKey = primaryKey || q.value(3).toBool();
    }
    q.finish();
    if (deferred.isEmpty())
        return true;
    if (!exec(QStringLiteral("SAVEPOINT acc_defer"), error))
        return false;
    for (const auto &[drop, create] : std::as_const(deferred)) {
        QString ignored;
        if (!exec(drop, &ignored)) // not the owner: everything stays as it is
            return exec(QStringLiteral("ROLLBACK TO SAVEPOINT acc_defer"), error);
    }
    for (const auto &d : std::as_const(deferred))
        m_deferredIndexes.append(d.second);
    if (!exec(QStringLiteral("RELEASE SAVEPOINT acc_defer"), error))
        return false;
    if (primaryKey && spec.kind != FileKind::Customers) {
        // The first id the table's sequence would give; endCopy moves it past the last.
        q.prepare(QStringLiteral("SELECT nextval(pg_get_serial_sequence(?, 'id'))"));
        q.addBindValue(QString(spec.table));
        if (!q.exec() || !q.next()) {
            *error = ImportTr::tr("database error: %1").arg(q.lastError().text());
            return false;
        }
        m_nextId = q.value(0).toLongLong();
    }
    return true;
}

namespace {

// COPY's text format: a value with its backslashes, tabs and line breaks escaped.
void appendCopyText(QByteArray &out, QByteArrayView text)
{
    for (const char c : text) {
        switch (c) {
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        default:
            out.append(c);
        }
    }
}

void appendNumber(QByteArray &out, qint64 n)
{
    char text[24];
    const auto end = std::to_chars(text, text + sizeof text, n).ptr;
    out.append(text, end - text);
}

} // namespace

bool ImportWriter::writeCopy(const RowBatch &batch, qint64 *failedLine, QString *error)
{
    const FileSpec &spec = *m_spec;
    const int width = static_cast<int>(spec.fields.size());
    const bool customers = spec.kind == FileKind::Customers;
    m_copyBuffer.clear();
    for (int r = 0; r < batch.rows(); ++r) {
        if (customers) {
            const qint64 ordinal = batch.cell(r, customers::Id).number;
            markSeen(ordinal);
            appendNumber(m_copyBuffer, newCustomerKey(ordinal));
            m_copyBuffer.append('\t');
        } else if (m_nextId >= 0) {
            appendNumber(m_copyBuffer, m_nextId++);
            m_copyBuffer.append('\t');
        }
        for (int f = 0; f < width; ++f) {
            if (f > 0)
                m_copyBuffer.append('\t');
            const FieldSpec &field = spec.fields[static_cast<std::size_t>(f)];
            const Cell &c = batch.cell(r, f);
            if (c.isNull() &&
                !(field.emptyIsText && (field.type == FieldType::Text || field.type == FieldType::Month))) {
                m_copyBuffer.append("\\N", 2);
                continue;
            }
            switch (field.type) {
            case FieldType::Text:
            case FieldType::Month:
                if (!c.isNull())
                    appendCopyText(m_copyBuffer, batch.text(c));
                break;
            case FieldType::Date: // the validator wrote the day out as YYYY-MM-DD
                m_copyBuffer.append(batch.text(c).data(), c.size);
                break;
            case FieldType::Money:
            case FieldType::Score:
            case FieldType::Bool:
                appendNumber(m_copyBuffer, c.number);
                break;
            case FieldType::Enum:
                m_copyBuffer.append(field.words[static_cast<std::size_t>(c.number)].data(),
                                    field.words[static_cast<std::size_t>(c.number)].size());
                break;
            case FieldType::CustomerRef: {
                const std::optional<qint64> key = referencedKey(batch, c, error);
                if (!key) {
                    *failedLine = batch.line(r);
                    return false;
                }
                appendNumber(m_copyBuffer, *key);
                break;
            }
            }
        }
        m_copyBuffer.append('\n');
        m_copyLines.push_back(batch.line(r));
    }
    if (PQputCopyData(m_pg, m_copyBuffer.constData(), static_cast<int>(m_copyBuffer.size())) != 1) {
        *failedLine = batch.rows() > 0 ? batch.line(0) : 0;
        *error = ImportTr::tr("database error: %1").arg(QString::fromUtf8(PQerrorMessage(m_pg)).trimmed());
        return false;
    }
    return true;
}

bool ImportWriter::endCopy(QString *error)
{
    m_copying = false;
    bool ok = PQputCopyEnd(m_pg, nullptr) == 1;
    QString why = ok ? QString() : QString::fromUtf8(PQerrorMessage(m_pg)).trimmed();
    while (PGresult *result = PQgetResult(m_pg)) {
        if (PQresultStatus(result) == PGRES_COMMAND_OK)
            m_copied = QByteArray(PQcmdTuples(result)).toLongLong();
        else if (ok) {
            ok = false;
            why = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
            // "COPY orders, line 12345": the row's line in its file.
            const char *context = PQresultErrorField(result, PG_DIAG_CONTEXT);
            const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("line (\\d+)"))
                                                  .match(QString::fromUtf8(context ? context : ""));
            const qsizetype row = m.hasMatch() ? m.captured(1).toLongLong() - 1 : -1;
            if (row >= 0 && row < static_cast<qsizetype>(m_copyLines.size()))
                why = ImportTr::tr("line %1: %2").arg(m_copyLines[static_cast<std::size_t>(row)]).arg(why);
        }
        PQclear(result);
    }
    m_copyLines.clear();
    if (!ok) {
        *error = ImportTr::tr("database error: %1").arg(why);
        return false;
    }
    if (m_staged && !mergeStaged(error))
        return false;
    if (m_spec->kind == FileKind::Customers) {
        // The keys were chosen here: the table's sequence goes on after them.
        return exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('customers', 'id'), "
                                   "(SELECT coalesce(max(id), 0) + 1 FROM customers), false)"),
                    error);
    }
    if (m_nextId >= 0) {
        // So were the ids: the sequence goes on after the last (it gave the first).
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT setval(pg_get_serial_sequence(?, 'id'), ?, false)"));
        q.addBindValue(QString(m_spec->table));
        q.addBindValue(m_nextId);
        m_nextId = -1;
        if (!q.exec()) {
            *error = ImportTr::tr("database error: %1").arg(q.lastError().text());
            return false;
        }
    }
    return true;
}

} // namespace acc::import
