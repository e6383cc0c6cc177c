#include "csvwriter.h"

#include "import/csvfield.h"
#include "models/roles.h"
#include "outputfile.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QIODevice>

namespace acc {

QString CsvWriter::quoted(const QString &field)
{
    return csv::field(field);
}

bool CsvWriter::write(const QAbstractItemModel &model, QIODevice &out, QString *error) const
{
    const int columns = model.columnCount();
    QString text;
    text.reserve(4096);
    text.append(QChar(0xFEFF));
    for (int c = 0; c < columns; ++c) {
        if (c > 0)
            text.append(QLatin1Char(','));
        text.append(quoted(m_headers.value(c, model.headerData(c, Qt::Horizontal).toString())));
    }
    text.append(QLatin1String("\r\n"));
    const int rows = model.rowCount();
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            if (c > 0)
                text.append(QLatin1Char(','));
            const QModelIndex index = model.index(r, c);
            if (const auto raw = m_raw.constFind(c); raw != m_raw.constEnd()) {
                const QVariant v = index.data(roleId(Role::Value));
                if (v.isValid())
                    text.append(QString::number(v.toDouble(), 'f', *raw));
            } else {
                // A text column's exact text (the models shorten what they show).
                const QVariant exact = index.data(roleId(Role::Text));
                text.append(quoted(exact.isValid() ? exact.toString() : index.data().toString()));
            }
        }
        text.append(QLatin1String("\r\n"));
        if (text.size() > (1 << 20)) {
            if (out.write(text.toUtf8()) < 0) {
                if (error)
                    *error = out.errorString();
                return false;
            }
            text.clear();
        }
    }
    if (out.write(text.toUtf8()) < 0) {
        if (error)
            *error = out.errorString();
        return false;
    }
    return true;
}

bool CsvWriter::writeFile(const QAbstractItemModel &model, const QString &path, QString *error) const
{
    return writeOutputFile(
        path, [this, &model](QIODevice &device, QString *why) { return write(model, device, why); }, error);
}

} // namespace acc
