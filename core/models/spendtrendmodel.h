#pragma once

#include "models/metricsservice.h"
#include "models/spendresults.h"

#include <QAbstractTableModel>

#include <memory>

namespace acc {

// Spend against results for each of the 8 quarters ending with the quarter of the
// period's end (spendresults::quarters), oldest first: spend, revenue, revenue per spend,
// spend per active customer and retention. Money gives currency units in Role::Value and
// cents in Role::Sort; ratios give their number (null: no value).
class SpendTrendModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Quarter, Spend, Revenue, RevenuePerSpend, SpendPerActive, Retention, ColumnCount };

    explicit SpendTrendModel(QObject *parent = nullptr);

    void setSnapshot(std::shared_ptr<const MetricsSnapshot> snapshot);
    const std::vector<spendresults::Quarter> &quarters() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "12.35" revenue per unit spent, "—" when there was no spend.
    static QString ratioText(const std::optional<double> &ratio, const QLocale &locale = QLocale());

private:
    std::vector<spendresults::Quarter> m_rows;
    QString m_currency;
};

} // namespace acc
