#include "csvwriter.h"

#include "models/roles.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QSaveFile>

namespace acc {

QString CsvWriter::quoted(const QString &field)
{
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                             field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r')) ||
                             field.startsWith(QLatin1Char(' ')) || field.endsWith(QLatin1Char(' '));
    if (!needsQuotes)
        return field;
    QString q = field;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
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
            if (out.write(text.toUtf8()) < 0)
                break;
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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error =
                QCoreApplication::translate("Report", "cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (!write(model, file, error))
        return false;
    if (!file.commit()) {
        if (error)
            *error =
                QCoreApplication::translate("Report", "cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace acc
