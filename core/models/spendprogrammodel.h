#pragma once

#include "models/metricsservice.h"
#include "models/spendresults.h"

#include <QAbstractTableModel>

#include <memory>

namespace acc {

// The period's spend by program (METRICS.md `spend`), by spend desc then program asc:
// program, spend and its share of the total. Spend gives currency units in Role::Value
// and cents in Role::Sort; the program column holds its exact text in Role::Text.
class SpendProgramModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Program, Spend, Share, ColumnCount };

    explicit SpendProgramModel(QObject *parent = nullptr);

    void setSnapshot(std::shared_ptr<const MetricsSnapshot> snapshot);
    const std::vector<spendresults::Program> &programs() const { return m_rows; }
    QString currency() const { return m_currency; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<spendresults::Program> m_rows;
    QString m_currency;
};

} // namespace acc
