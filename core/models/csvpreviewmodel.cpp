#include "csvpreviewmodel.h"

#include "import/csvreader.h"

#include <QFile>

namespace acc {

CsvPreviewModel::CsvPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CsvPreviewModel::clear()
{
    beginResetModel();
    m_header.clear();
    m_rows.clear();
    m_lines.clear();
    m_error.clear();
    endResetModel();
}

bool CsvPreviewModel::load(const QString &path, int maxRows)
{
    beginResetModel();
    m_header.clear();
    m_rows.clear();
    m_lines.clear();
    m_error.clear();
    QFile file(path);
    bool ok = file.open(QIODevice::ReadOnly);
    if (!ok) {
        m_error = tr("cannot open %1: %2").arg(path, file.errorString());
    } else {
        import::CsvReader reader(&file);
        import::CsvRecord rec;
        if (!reader.readRecord(rec)) {
            m_error = tr("the file is empty");
            ok = false;
        } else {
            for (int i = 0; i < rec.size(); ++i)
                m_header.append(QString::fromUtf8(rec.field(i)));
            while (m_rows.size() < maxRows && reader.readRecord(rec)) {
                QStringList row;
                for (int i = 0; i < rec.size(); ++i)
                    row.append(QString::fromUtf8(rec.field(i)));
                m_rows.append(row);
                m_lines.append(rec.line());
            }
        }
    }
    endResetModel();
    return ok;
}

QStringList CsvPreviewModel::samples(int column) const
{
    QStringList out;
    for (const QStringList &row : m_rows)
        out.append(column >= 0 && column < row.size() ? row[column] : QString());
    return out;
}

int CsvPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CsvPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_header.size());
}

QVariant CsvPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QStringList &row = m_rows.at(index.row());
    return index.column() < row.size() ? row.at(index.column()) : QString();
}

QVariant CsvPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return section < m_header.size() ? QVariant(m_header.at(section)) : QVariant();
    return section < m_lines.size() ? QVariant(tr("line %1").arg(m_lines.at(section))) : QVariant();
}

} // namespace acc
