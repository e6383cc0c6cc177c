#include "columnmappingmodel.h"

#include <QSet>

namespace acc {

using import::FileSpec;

ColumnMappingModel::ColumnMappingModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ColumnMappingModel::setFile(import::FileKind kind, const QStringList &header,
                                 const QHash<QString, QString> &remembered)
{
    beginResetModel();
    m_kind = kind;
    m_header = header;
    const FileSpec &spec = FileSpec::of(kind);
    const import::ColumnMapping mapping = remembered.isEmpty()
                                              ? import::ColumnMapping::automatic(spec, header)
                                              : import::ColumnMapping::fromNames(spec, header, remembered);
    m_columnOf.clear();
    for (const int c : mapping.columnOf)
        m_columnOf.append(c);
    m_samples.clear();
    endResetModel();
    emit mappingChanged();
}

void ColumnMappingModel::setSamples(const QList<QStringList> &samplesPerHeaderColumn)
{
    m_samples = samplesPerHeaderColumn;
    if (rowCount() > 0)
        emit dataChanged(index(0, Samples), index(rowCount() - 1, Samples));
}

QHash<QString, QString> ColumnMappingModel::mapping() const
{
    QHash<QString, QString> out;
    const FileSpec &spec = FileSpec::of(m_kind);
    for (int f = 0; f < m_columnOf.size(); ++f) {
        if (m_columnOf[f] >= 0)
            out.insert(QString(spec.fields[std::size_t(f)].name), m_header.at(m_columnOf[f]));
    }
    return out;
}

QStringList ColumnMappingModel::missingRequired() const
{
    QStringList out;
    const FileSpec &spec = FileSpec::of(m_kind);
    for (int f = 0; f < m_columnOf.size(); ++f) {
        if (spec.fields[std::size_t(f)].required && m_columnOf[f] < 0)
            out.append(QString(spec.fields[std::size_t(f)].name));
    }
    return out;
}

QStringList ColumnMappingModel::usedTwice() const
{
    QStringList out;
    QSet<int> seen;
    for (const int c : m_columnOf) {
        if (c < 0)
            continue;
        if (seen.contains(c) && !out.contains(m_header.at(c)))
            out.append(m_header.at(c));
        seen.insert(c);
    }
    return out;
}

int ColumnMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columnOf.size());
}

int ColumnMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ColumnMappingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &field = FileSpec::of(m_kind).fields[std::size_t(index.row())];
    const int column = m_columnOf.at(index.row());
    switch (static_cast<Column>(index.column())) {
    case Field:
        if (role == Qt::DisplayRole)
            return field.required ? QString(field.name) + QStringLiteral(" *") : QString(field.name);
        if (role == Qt::ToolTipRole && field.required)
            return tr("Required");
        break;
    case SourceColumn:
        if (role == Qt::DisplayRole)
            return column >= 0
                       ? m_header.at(column)
                       : (field.required ? tr("(missing: choose a column)") : tr("(not in this file)"));
        if (role == Qt::EditRole)
            return column >= 0 ? m_header.at(column) : QString();
        break;
    case Samples:
        if (role == Qt::DisplayRole && column >= 0 && column < m_samples.size())
            return m_samples.at(column).mid(0, 3).join(QStringLiteral(" · "));
        break;
    case ColumnCount:
        break;
    }
    return {};
}

bool ColumnMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != SourceColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString cell = value.toString();
    const int column = cell.isEmpty() ? -1 : static_cast<int>(m_header.indexOf(cell));
    if (!cell.isEmpty() && column < 0)
        return false;
    if (m_columnOf[index.row()] == column)
        return true;
    m_columnOf[index.row()] = column;
    emit dataChanged(this->index(index.row(), SourceColumn), this->index(index.row(), Samples));
    emit mappingChanged();
    return true;
}

Qt::ItemFlags ColumnMappingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == SourceColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ColumnMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Field:
        return tr("Field");
    case SourceColumn:
        return tr("Column in the file");
    case Samples:
        return tr("First values");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace acc
