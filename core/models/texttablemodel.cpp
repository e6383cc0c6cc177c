#include "texttablemodel.h"

namespace acc {

void TextTableModel::setTable(const QStringList &headers, const QList<Qt::Alignment> &alignments,
                              const QList<QStringList> &rows)
{
    beginResetModel();
    m_headers = headers;
    m_alignments = alignments;
    m_rows = rows;
    endResetModel();
}

int TextTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TextTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant TextTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return m_rows.at(index.row()).value(index.column());
    case Qt::TextAlignmentRole:
        return int(m_alignments.value(index.column(), Qt::AlignLeft | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant TextTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_headers.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_headers.at(section);
    if (role == Qt::TextAlignmentRole)
        return int((m_alignments.value(section) & Qt::AlignHorizontal_Mask) | Qt::AlignVCenter);
    return {};
}

} // namespace acc
