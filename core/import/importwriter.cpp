#include "importwriter.h"
#include "translation.h"

#include "fieldparsers.h"
#include "storage/database.h"
#include "storage/datawriter.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

#include <algorithm>

namespace acc::import {

ImportWriter::ImportWriter(Database &db)
    : m_db(db)
{}

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

bool ImportWriter::begin(bool replace, QString *error)
{
    QSqlDatabase conn = m_db.connection();
    m_sqlite = nullptr;
    if (m_db.backend() == Database::Backend::SQLite) {
        const QVariant handle = conn.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_sqlite = *static_cast<sqlite3 *const *>(handle.constData());
        // A larger page cache keeps the id indexes in memory during a big import.
        if (!exec(QStringLiteral("PRAGMA cache_size = -32768"), error))
            return false;
        // The validator has checked every customer reference (against the file set and the
        // database) before a row reaches the writer, so SQLite need not look each one up
        // again. The pragma is a no-op inside a transaction: set it before, restore it after.
        QSqlQuery fk(conn);
        if (fk.exec(QStringLiteral("PRAGMA foreign_keys")) && fk.next())
            m_foreignKeys = fk.value(0).toInt() != 0;
        fk.finish();
        if (m_foreignKeys && !exec(QStringLiteral("PRAGMA foreign_keys = OFF"), error))
            return false;
    }
    if (!conn.transaction()) {
        *error = ImportTr::tr("cannot start a transaction: %1").arg(conn.lastError().text());
        restoreForeignKeys();
        return false;
    }
    m_inTransaction = true;
    if (replace) {
        DataWriter writer(m_db);
        if (!writer.clearAll(error))
            return false;
    }
    m_customerOrdinals.clear();
    m_keyOfOrdinal.clear();
    QSqlQuery q(conn);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, customer_id FROM customers"))) {
        *error = ImportTr::tr("cannot read the customers: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next()) {
        m_customerOrdinals.insert(q.value(1).toString().toUtf8(), static_cast<qint64>(m_keyOfOrdinal.size()));
        m_keyOfOrdinal.push_back(q.value(0).toLongLong());
    }
    return true;
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

QString ImportWriter::statementFor(const FileSpec &spec, bool upsert) const
{
    // Table and column names come from FileSpec, never from the file.
    QString columns;
    QString marks;
    QString updates;
    for (const FieldSpec &f : spec.fields) {
        if (!columns.isEmpty()) {
            columns += QLatin1String(", ");
            marks += QLatin1String(", ");
        }
        columns += f.dbColumn;
        marks += QLatin1Char('?');
    }
    QString keys;
    for (int k : spec.key) {
        if (!keys.isEmpty())
            keys += QLatin1String(", ");
        keys += spec.fields[static_cast<std::size_t>(k)].dbColumn;
    }
    for (std::size_t i = 0; i < spec.fields.size(); ++i) {
        if (std::find(spec.key.begin(), spec.key.end(), static_cast<int>(i)) != spec.key.end())
            continue;
        if (!updates.isEmpty())
            updates += QLatin1String(", ");
        updates += spec.fields[i].dbColumn + QLatin1String(" = excluded.") + spec.fields[i].dbColumn;
    }
    QString sql = QLatin1String("INSERT INTO ") + spec.table + QLatin1String(" (") + columns +
                  QLatin1String(") VALUES (") + marks + QLatin1Char(')');
    if (upsert)
        sql += QLatin1String(" ON CONFLICT (") + keys + QLatin1String(") DO UPDATE SET ") + updates;
    if (spec.kind == FileKind::Customers)
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
    if (m_sqlite && !m_upsert) {
        // Loading an empty table: its secondary indexes are built once after the load (a
        // sort) instead of row by row (a random B-tree insert each). They are the schema's
        // own statements, read back from sqlite_master; all of it inside the transaction.
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                                 "AND sql IS NOT NULL"));
        q.addBindValue(QString(spec.table));
        if (!q.exec()) {
            *error = ImportTr::tr("database error: %1").arg(q.lastError().text());
            return false;
        }
        QStringList names;
        while (q.next()) {
            names.append(q.value(0).toString());
            m_deferredIndexes.append(q.value(1).toString());
        }
        for (const QString &name : names) {
            QString quoted = name;
            quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
            if (!exec(QLatin1String("DROP INDEX \"") + quoted + QLatin1Char('"'), error))
                return false;
        }
    }
    const QString sql = statementFor(spec, m_upsert);
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    if (m_sqlite) {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v3(m_sqlite, utf8.constData(), static_cast<int>(utf8.size()),
                               SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK) {
            *error = ImportTr::tr("cannot prepare the import: %1")
                         .arg(QString::fromUtf8(sqlite3_errmsg(m_sqlite)));
            return false;
        }
        return true;
    }
    m_query = QSqlQuery(m_db.connection());
    if (!m_query.prepare(sql)) {
        *error = ImportTr::tr("cannot prepare the import: %1").arg(m_query.lastError().text());
        return false;
    }
    return true;
}

bool ImportWriter::write(const RowBatch &batch, qint64 *failedLine, QString *error)
{
    return m_sqlite ? writeSqlite(batch, failedLine, error) : writeQt(batch, failedLine, error);
}

const qint64 *ImportWriter::keyOf(qint64 ordinal) const
{
    if (ordinal < 0 || ordinal >= static_cast<qint64>(m_keyOfOrdinal.size()))
        return nullptr;
    const qint64 &key = m_keyOfOrdinal[static_cast<std::size_t>(ordinal)];
    return key < 0 ? nullptr : &key;
}

void ImportWriter::setKey(qint64 ordinal, qint64 key)
{
    if (ordinal < 0)
        return;
    if (ordinal >= static_cast<qint64>(m_keyOfOrdinal.size()))
        m_keyOfOrdinal.resize(static_cast<std::size_t>(ordinal) + 1, -1);
    m_keyOfOrdinal[static_cast<std::size_t>(ordinal)] = key;
}

bool ImportWriter::writeSqlite(const RowBatch &batch, qint64 *failedLine, QString *error)
{
    const FileSpec &spec = *m_spec;
    const int width = static_cast<int>(spec.fields.size());
    char dates[16][10];
    const bool customers = spec.kind == FileKind::Customers;
    for (int r = 0; r < batch.rows(); ++r) {
        for (int f = 0; f < width; ++f) {
            const FieldSpec &field = spec.fields[static_cast<std::size_t>(f)];
            const Cell &c = batch.cell(r, f);
            const int p = f + 1;
            int rc = SQLITE_OK;
            switch (field.type) {
            case FieldType::Text:
            case FieldType::Month:
                if (c.isNull())
                    rc = field.emptyIsText ? sqlite3_bind_text(m_stmt, p, "", 0, SQLITE_STATIC)
                                           : sqlite3_bind_null(m_stmt, p);
                else
                    rc = sqlite3_bind_text(m_stmt, p, batch.text(c).data(), c.size, SQLITE_STATIC);
                break;
            case FieldType::Date:
                if (c.isNull()) {
                    rc = sqlite3_bind_null(m_stmt, p);
                } else {
                    formatDay(static_cast<Day>(c.number), dates[f]);
                    rc = sqlite3_bind_text(m_stmt, p, dates[f], 10, SQLITE_STATIC);
                }
                break;
            case FieldType::Money:
            case FieldType::Score:
            case FieldType::Bool:
                rc = c.isNull() ? sqlite3_bind_null(m_stmt, p) : sqlite3_bind_int64(m_stmt, p, c.number);
                break;
            case FieldType::Enum:
                if (c.isNull()) {
                    rc = sqlite3_bind_null(m_stmt, p);
                } else {
                    const QByteArrayView w = field.words[static_cast<std::size_t>(c.number)];
                    rc = sqlite3_bind_text(m_stmt, p, w.data(), static_cast<int>(w.size()), SQLITE_STATIC);
                }
                break;
            case FieldType::CustomerRef: {
                const qint64 *key = keyOf(c.number);
                if (!key) {
                    *failedLine = batch.line(r);
                    *error = ImportTr::tr("customer %1 has no database key")
                                 .arg(QString::fromUtf8(batch.text(c).toByteArray()));
                    return false;
                }
                rc = sqlite3_bind_int64(m_stmt, p, *key);
                break;
            }
            }
            if (rc != SQLITE_OK) {
                *failedLine = batch.line(r);
                *error = ImportTr::tr("database error: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_sqlite)));
                return false;
            }
        }
        int rc = sqlite3_step(m_stmt);
        if (customers) {
            qint64 key = -1;
            if (rc == SQLITE_ROW) {
                key = sqlite3_column_int64(m_stmt, 0);
                rc = sqlite3_step(m_stmt);
            }
            if (rc == SQLITE_DONE && key >= 0)
                setKey(batch.cell(r, customers::Id).number, key);
        }
        if (rc != SQLITE_DONE) {
            *failedLine = batch.line(r);
            *error = ImportTr::tr("database error: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_sqlite)));
            sqlite3_reset(m_stmt);
            return false;
        }
        sqlite3_reset(m_stmt);
    }
    return true;
}

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
                const qint64 *key = keyOf(c.number);
                if (!key) {
                    *failedLine = batch.line(r);
                    *error = ImportTr::tr("customer %1 has no database key")
                                 .arg(QString::fromUtf8(batch.text(c).toByteArray()));
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
            setKey(batch.cell(r, customers::Id).number, key);
            m_query.finish();
        }
    }
    return true;
}

bool ImportWriter::endFile(qint64 *added, QString *error)
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    m_query = QSqlQuery();
    for (const QString &sql : std::as_const(m_deferredIndexes)) {
        if (!exec(sql, error))
            return false;
    }
    m_deferredIndexes.clear();
    const auto after = count(*m_spec, error);
    if (!after)
        return false;
    *added = *after - m_countBefore;
    return true;
}

bool ImportWriter::commit(QString *error)
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    m_query = QSqlQuery();
    QSqlDatabase conn = m_db.connection();
    if (!conn.commit()) {
        *error = ImportTr::tr("cannot commit the import: %1").arg(conn.lastError().text());
        rollback();
        return false;
    }
    m_inTransaction = false;
    restoreForeignKeys();
    return true;
}

void ImportWriter::rollback()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    m_query = QSqlQuery();
    if (m_inTransaction)
        m_db.connection().rollback();
    m_inTransaction = false;
    m_deferredIndexes.clear();
    restoreForeignKeys();
}

void ImportWriter::restoreForeignKeys()
{
    if (!m_foreignKeys)
        return;
    QString ignored;
    exec(QStringLiteral("PRAGMA foreign_keys = ON"), &ignored);
    m_foreignKeys = false;
}

} // namespace acc::import
