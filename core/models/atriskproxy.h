#pragma once

#include <QSortFilterProxyModel>

namespace acc {

// Sorts an AtRiskModel by its raw values (Role::Sort): numbers as numbers, dates as day
// numbers, text by the locale. Equal keys keep the rank order, in either direction.
class AtRiskProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AtRiskProxy(QObject *parent = nullptr);

    // The customer (index into Dataset::customers) shown at a row, or -1.
    int customerAt(int row) const;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace acc
