#include "criteriaversionsmodel.h"

#include "displaytext.h"
#include "roles.h"
#include "translation.h"

#include <algorithm>

namespace acc {

CriteriaVersionsModel::CriteriaVersionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CriteriaVersionsModel::setVersions(const QList<StoredCriteria> &versions)
{
    beginResetModel();
    m_versions = versions;
    std::reverse(m_versions.begin(), m_versions.end());
    endResetModel();
}

int CriteriaVersionsModel::rowOf(int version) const
{
    for (int i = 0; i < m_versions.size(); ++i) {
        if (m_versions[i].set.version == version)
            return i;
    }
    return -1;
}

int CriteriaVersionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

int CriteriaVersionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString CriteriaVersionsModel::authorText(const StoredCriteria &stored)
{
    return stored.author.isEmpty() ? MetricsTr::tr("not recorded")
                                   : display::shorten(stored.author, display::kCellChars);
}

QString CriteriaVersionsModel::savedText(const StoredCriteria &stored)
{
    if (!stored.savedAt.isValid())
        return MetricsTr::tr("unknown");
    return stored.savedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QVariant CriteriaVersionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StoredCriteria &s = m_versions[index.row()];
    const auto column = Column(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Version:
            return QString::number(s.set.version);
        case Column::Author:
            return authorText(s);
        case Column::Saved:
            return savedText(s);
        default:
            return {};
        }
    }
    if (role == int(Role::Sort) || role == int(Role::Value)) {
        switch (column) {
        case Column::Version:
            return s.set.version;
        case Column::Author:
            return s.author;
        case Column::Saved:
            return s.savedAt;
        default:
            return {};
        }
    }
    if (role == int(Role::Text) && column == Column::Author)
        return s.author;
    if (role == Qt::ToolTipRole && column == Column::Author && !s.author.isEmpty())
        return display::shorten(s.author, display::kToolTipChars);
    return {};
}

QVariant CriteriaVersionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Version:
        return MetricsTr::tr("Version");
    case Column::Author:
        return MetricsTr::tr("Author");
    case Column::Saved:
        return MetricsTr::tr("Saved");
    default:
        return {};
    }
}

} // namespace acc
