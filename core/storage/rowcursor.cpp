#include "rowcursor.h"

#include "database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

#include <vector>

namespace acc {

Day parseIsoDay(QByteArrayView text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return kNoDay;
    auto digits = [&text](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            const char c = text[i];
            if (c < '0' || c > '9')
                return -1;
            value = value * 10 + (c - '0');
        }
        return value;
    };
    const int y = digits(0, 4);
    const int m = digits(5, 2);
    const int d = digits(8, 2);
    if (y < 1 || m < 1 || m > 12 || d < 1)
        return kNoDay;
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (d > kDays[m - 1] + (m == 2 && leap ? 1 : 0))
        return kNoDay;
    // The Julian day number of a proleptic Gregorian date (as QDate::toJulianDay).
    const int a = (14 - m) / 12;
    const int yy = y + 4800 - a;
    const int mm = m + 12 * a - 3;
    return d + (153 * mm + 2) / 5 + 365 * yy + yy / 4 - yy / 100 + yy / 400 - 32045;
}

namespace {

class SqliteCursor final : public RowCursor
{
public:
    SqliteCursor(Database &db, sqlite3 *handle)
        : m_db(db)
        , m_handle(handle)
    {}
    ~SqliteCursor() override { sqlite3_finalize(m_stmt); }

    bool prepare(const QString &sql, QString *error)
    {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(m_handle, utf8.constData(), int(utf8.size()), &m_stmt, nullptr) == SQLITE_OK)
            return true;
        *error = describe(sqlite3_extended_errcode(m_handle));
        return false;
    }

    bool next() override
    {
        m_status = sqlite3_step(m_stmt);
        return m_status == SQLITE_ROW;
    }
    bool finished(QString *error) override
    {
        if (m_status == SQLITE_DONE)
            return true;
        *error = describe(sqlite3_extended_errcode(m_handle));
        return false;
    }
    bool isNull(int column) override { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    std::optional<qint64> integer(int column) override
    {
        switch (sqlite3_column_type(m_stmt, column)) {
        case SQLITE_INTEGER:
            return sqlite3_column_int64(m_stmt, column);
        case SQLITE_FLOAT: {
            // A whole number stored as a real (a file written by another program).
            const double v = sqlite3_column_double(m_stmt, column);
            if (v >= -9.2e18 && v <= 9.2e18 && v == double(qint64(v)))
                return qint64(v);
            return std::nullopt;
        }
        default:
            return std::nullopt;
        }
    }
    QByteArrayView text(int column) override
    {
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        if (!bytes)
            return {};
        return QByteArrayView(bytes, sqlite3_column_bytes(m_stmt, column));
    }
    Day day(int column) override
    {
        if (sqlite3_column_type(m_stmt, column) != SQLITE_TEXT)
            return kNoDay;
        return parseIsoDay(text(column));
    }

private:
    QString describe(int code) const
    {
        const QSqlError e(QString(), QString::fromUtf8(sqlite3_errmsg(m_handle)), QSqlError::StatementError,
                          QString::number(code));
        return m_db.describe(e);
    }

    Database &m_db;
    sqlite3 *m_handle;
    sqlite3_stmt *m_stmt = nullptr;
    int m_status = SQLITE_OK;
};

class QueryCursor final : public RowCursor
{
public:
    QueryCursor(Database &db)
        : m_db(db)
        , m_query(db.connection())
    {
        m_query.setForwardOnly(true);
    }

    bool exec(const QString &sql, QString *error)
    {
        if (m_query.exec(sql)) {
            m_text.resize(std::size_t(std::max(0, m_query.record().count())));
            return true;
        }
        *error = m_db.describe(m_query.lastError());
        return false;
    }
    bool next() override { return m_query.next(); }
    bool finished(QString *error) override { return m_db.finished(m_query, error); }
    bool isNull(int column) override { return m_query.isNull(column); }
    std::optional<qint64> integer(int column) override
    {
        const QVariant v = m_query.value(column);
        bool ok = false;
        const qint64 n = v.toLongLong(&ok);
        if (v.isNull() || !ok)
            return std::nullopt;
        return n;
    }
    QByteArrayView text(int column) override
    {
        QByteArray &buffer = m_text[std::size_t(column)];
        buffer = m_query.value(column).toString().toUtf8();
        return buffer;
    }
    Day day(int column) override { return toDay(readDate(m_query.value(column))); }

private:
    Database &m_db;
    QSqlQuery m_query;
    std::vector<QByteArray> m_text;
};

} // namespace

std::unique_ptr<RowCursor> RowCursor::open(Database &db, const QString &sql, QString *error)
{
    if (db.backend() == Database::Backend::SQLite) {
        const QVariant handle = db.connection().driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
            auto cursor =
                std::make_unique<SqliteCursor>(db, *static_cast<sqlite3 *const *>(handle.constData()));
            if (!cursor->prepare(sql, error))
                return nullptr;
            return cursor;
        }
    }
    auto cursor = std::make_unique<QueryCursor>(db);
    if (!cursor->exec(sql, error))
        return nullptr;
    return cursor;
}

} // namespace acc
