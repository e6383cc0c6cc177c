#pragma once

#include <QHash>
#include <QString>

class QAbstractItemModel;
class QIODevice;

namespace acc {

// Writes a table model as RFC 4180 CSV in UTF-8 (with a byte order mark, so spreadsheet
// programs read accented and non-Latin names intact): the header row, then every row as
// the model shows it (Qt::DisplayRole), a text column's exact text (Role::Text) where the
// model gives it. Columns listed in rawColumns are written as the
// plain number of Role::Value with that many decimals, for analysts to compute with.
// Text that a spreadsheet could run as a formula is neutralised (import/csvfield.h).
class CsvWriter final
{
public:
    void setRawColumn(int column, int decimals) { m_raw.insert(column, decimals); }
    void setHeader(int column, const QString &header) { m_headers.insert(column, header); }

    bool write(const QAbstractItemModel &model, QIODevice &out, QString *error) const;
    bool writeFile(const QAbstractItemModel &model, const QString &path, QString *error) const;

    static QString quoted(const QString &field);

private:
    QHash<int, int> m_raw;
    QHash<int, QString> m_headers;
};

} // namespace acc
