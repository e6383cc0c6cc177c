#pragma once

#include "engine/dataset.h"

#include <QByteArrayView>
#include <QString>

#include <memory>
#include <optional>

namespace acc {

class Database;

// The rows of one SELECT, read field by field without a QVariant or a QString per field:
// on SQLite through its C API on the connection's own handle (so inside the connection's
// transaction), on PostgreSQL through QSqlQuery. Used by the load, where every field of
// every row passes through here.
class RowCursor
{
public:
    virtual ~RowCursor() = default;

    // Prepares and starts the statement; nullptr and *error when it cannot.
    static std::unique_ptr<RowCursor> open(Database &db, const QString &sql, QString *error);

    // The next row; false at the end, or on an error (finished() tells which).
    virtual bool next() = 0;
    // After next() returned false: true when every row was read, false and *error (naming
    // the database: damaged, I/O error, ...) when the rows ended on an error.
    virtual bool finished(QString *error) = 0;

    virtual bool isNull(int column) = 0;
    // An integer column's value; std::nullopt when it is NULL or not an integer.
    virtual std::optional<qint64> integer(int column) = 0;
    // The column's text as UTF-8, valid until the next call of next(); empty for NULL.
    virtual QByteArrayView text(int column) = 0;
    // A date column as a day number; kNoDay when it is NULL or not a date.
    virtual Day day(int column) = 0;
};

// A date written YYYY-MM-DD as its day number (Julian day, as toDay(QDate)); kNoDay when
// the text is not exactly a valid date in that form.
Day parseIsoDay(QByteArrayView text);

} // namespace acc
