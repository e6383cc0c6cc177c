#include "lostcustomersproxy.h"

#include "lostcustomersmodel.h"
#include "roles.h"

namespace acc {

LostCustomersProxy::LostCustomersProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(roleId(Role::Sort));
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void LostCustomersProxy::setFilter(const LossFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateFilter();
    emit filterChanged();
}

bool LostCustomersProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *src = sourceModel();
    const Day lostOn =
        src->index(sourceRow, LostCustomersModel::LostOn, sourceParent).data(roleId(Role::DayNumber)).toInt();
    const QString reason = src->index(sourceRow, LostCustomersModel::Reason, sourceParent).data().toString();
    return m_filter.accepts(lostOn, reason);
}

} // namespace acc
