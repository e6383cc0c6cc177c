#include "actionsproxy.h"

#include "actionsmodel.h"
#include "roles.h"

namespace acc {

bool ActionFilter::accepts(const Action &action) const
{
    if (!owner.isEmpty() && action.owner != owner)
        return false;
    if (status.isEmpty())
        return true;
    if (status == kToDo)
        return !actions::isClosed(action.status);
    return action.status == status;
}

ActionsProxy::ActionsProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(roleId(Role::Sort));
    setDynamicSortFilter(false);
}

void ActionsProxy::setFilter(const ActionFilter &filter)
{
    m_filter = filter;
    invalidateRowsFilter();
}

bool ActionsProxy::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    const auto *model = qobject_cast<const ActionsModel *>(sourceModel());
    if (!model || parent.isValid())
        return true;
    return m_filter.accepts(model->actionAt(row));
}

} // namespace acc
