#include "atriskproxy.h"

#include "atriskmodel.h"
#include "roles.h"

namespace acc {

AtRiskProxy::AtRiskProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(roleId(Role::Sort));
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

int AtRiskProxy::customerAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return -1;
    return index(row, 0).data(roleId(Role::CustomerIndex)).toInt();
}

bool AtRiskProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == AtRiskModel::Rank)
        return left.row() < right.row();
    if (QSortFilterProxyModel::lessThan(left, right))
        return true;
    if (QSortFilterProxyModel::lessThan(right, left))
        return false;
    // Equal: the better rank first. A descending sort asks with the sides swapped.
    return sortOrder() == Qt::AscendingOrder ? left.row() < right.row() : left.row() > right.row();
}

} // namespace acc
