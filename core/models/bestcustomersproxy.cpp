#include "bestcustomersproxy.h"

#include "bestcustomersmodel.h"
#include "roles.h"

namespace acc {

BestCustomersProxy::BestCustomersProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(roleId(Role::Sort));
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

int BestCustomersProxy::customerAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return -1;
    const QVariant v = index(row, 0).data(roleId(Role::CustomerIndex));
    return v.isValid() ? v.toInt() : -1;
}

bool BestCustomersProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The rank is the source's order: no need to read the cells (a list of 100,000 sorts
    // on every new snapshot).
    if (left.column() == BestCustomersModel::Rank)
        return left.row() < right.row();
    if (QSortFilterProxyModel::lessThan(left, right))
        return true;
    if (QSortFilterProxyModel::lessThan(right, left))
        return false;
    // Equal: the better rank first. A descending sort asks with the sides swapped.
    return sortOrder() == Qt::AscendingOrder ? left.row() < right.row() : left.row() > right.row();
}

} // namespace acc
