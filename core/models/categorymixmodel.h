#pragma once

#include "bestdrilldown.h"
#include "models/metricsservice.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <memory>

namespace acc {

// What best customers buy against the rest (METRICS.md best_category_mix and
// rest_category_mix): a row per category, by the best customers' share desc, then the
// rest's share desc, then category; beyond kMaxRows - 1 categories the smaller ones are
// one row, "Other categories". Shares are fractions in Role::Value (a category the group
// has no revenue in: 0), in percent on show.
class CategoryMixModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Category, BestShare, RestShare, BestRevenue, RestRevenue, ColumnCount };
    static constexpr int kMaxRows = 8;

    explicit CategoryMixModel(QObject *parent = nullptr);

    void setSnapshot(std::shared_ptr<const MetricsSnapshot> snapshot);

    // The engine's category keys behind a row (several for "Other categories").
    QStringList categoriesAt(int row) const;
    // The customers of the group behind a row's bar (bestdrilldown::categoryCustomers).
    QList<int> customers(int row, bestdrilldown::Group group) const;
    // The row's label, as shown.
    QString label(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QStringList keys;
        QString label;
        Cents bestRevenue = 0;
        Cents restRevenue = 0;
        double bestShare = 0;
        double restShare = 0;
    };

    std::shared_ptr<const MetricsSnapshot> m_snapshot;
    std::vector<Row> m_rows;
    QString m_currency;
};

} // namespace acc
