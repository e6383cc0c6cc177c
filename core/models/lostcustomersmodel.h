#pragma once

#include "engine/assets.h"

#include <QAbstractTableModel>

#include <memory>

namespace acc {

// The lost customers behind the loss charts: who, when, why, and the yearly revenue that
// walked out with them (annual_value at lost_on).
class LostCustomersModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        CustomerId,
        Name,
        Segment,
        Region,
        Owner,
        LostOn,
        Reason,
        LostValue,
        WonBackOn,
        ColumnCount
    };

    explicit LostCustomersModel(QObject *parent = nullptr);

    void setLostCustomers(std::shared_ptr<const Dataset> data, std::vector<LostCustomer> lost);
    const LostCustomer &lostAt(int row) const { return m_lost.at(std::size_t(row)); }
    const Dataset *dataset() const { return m_data.get(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const Dataset> m_data;
    std::vector<LostCustomer> m_lost;
};

} // namespace acc
