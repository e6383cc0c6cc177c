#pragma once

#include "engine/assets.h"

#include <QAbstractTableModel>

namespace acc {

// One row per trend period (the 13 months of the loss review, or the 8 quarters):
// lost volume and value, gains, win-backs, churn. Feeds the loss charts and their tables.
class LossTrendModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PeriodColumn, Lost, LostValue, Gained, WonBack, Net, ChurnRate, Revenue, ColumnCount };

    explicit LossTrendModel(QObject *parent = nullptr);

    void setTrend(const QList<AssetsFigures> &trend, const QString &currency);
    const AssetsFigures &figuresAt(int row) const { return m_trend.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AssetsFigures> m_trend;
    QString m_currency;
};

} // namespace acc
