#pragma once

#include "engine/money.h"
#include "lossfilter.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace acc {

class LostCustomersModel;

// The lost customers a LossFilter lets through (the loss review's month, period and
// reason), grouped by one of their attributes: per group how many were lost, the yearly
// revenue they took with them (annual_value at lost_on, as lost_value) and its share of
// the total. Ordered like `reasons`: by value desc, then count desc, then name. Customers
// with the attribute empty form one group, "(not set)". Follows its source model.
class LossBreakdownModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Dimension { Segment, Region, Owner };
    enum Column { Group, Count, Value, Share, ColumnCount };

    struct Row
    {
        QString group; // empty: not set
        int count = 0;
        Cents value = 0;
    };

    explicit LossBreakdownModel(Dimension dimension, QObject *parent = nullptr);

    void setSource(const LostCustomersModel *source, const QString &currency);
    void setFilter(const LossFilter &filter);
    Dimension dimension() const { return m_dimension; }
    const Row &rowAt(int row) const { return m_rows.at(row); }
    Cents total() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    QString groupOf(int sourceRow) const;

    Dimension m_dimension;
    QPointer<const LostCustomersModel> m_source;
    QString m_currency;
    LossFilter m_filter;
    QList<Row> m_rows;
    Cents m_total = 0;
};

} // namespace acc
