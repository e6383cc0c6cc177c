#pragma once

#include "engine/assets.h"
#include "storage/exitcallstore.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>

namespace acc {

// The lost customers behind the loss charts: who, when, why, and the yearly revenue that
// walked out with them (annual_value at lost_on). Beside the reason from the data, the
// exit call's (PRODUCT.md §8): the corrected reason, "✓ confirmed", or who is to call.
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
        ExitCallReason,
        LostValue,
        WonBackOn,
        ColumnCount
    };

    explicit LostCustomersModel(QObject *parent = nullptr);

    void setLostCustomers(std::shared_ptr<const Dataset> data, std::vector<LostCustomer> lost);
    const LostCustomer &lostAt(int row) const { return m_lost.at(std::size_t(row)); }
    const Dataset *dataset() const { return m_data.get(); }
    // The exit calls stored for the company; each row shows the one on its loss.
    void setExitCalls(const QList<ExitCall> &calls);
    // The exit call on the row's loss, if any.
    std::optional<ExitCall> exitCallAt(int row) const;
    int exitCallCount() const { return m_callCount; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Which call each row shows, matched once per change of rows or calls (rows can be
    // tens of thousands, calls a handful): the index into m_calls, or -1.
    void matchCalls();

    std::shared_ptr<const Dataset> m_data;
    std::vector<LostCustomer> m_lost;
    QList<ExitCall> m_calls;
    std::vector<int> m_callOfRow;
    int m_callCount = 0;
};

} // namespace acc
