#pragma once

#include "lossfilter.h"

#include <QSortFilterProxyModel>

namespace acc {

// Filters a LostCustomersModel with a LossFilter and sorts by raw values (Role::Sort).
class LostCustomersProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LostCustomersProxy(QObject *parent = nullptr);

    void setFilter(const LossFilter &filter);
    const LossFilter &filter() const { return m_filter; }

signals:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    LossFilter m_filter;
};

} // namespace acc
