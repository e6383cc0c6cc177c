#pragma once

#include "models/metricsservice.h"

#include <QAbstractTableModel>

#include <memory>

namespace acc {

// The accountabilities after the sale (METRICS.md group 5), a row each: feedback right
// after the sale, follow-up down the line, re-engagement that leads to new orders. Each
// with its rate, its count and what it is out of (numerator and denominator), and the
// customers behind both sides (followthroughdrilldown.h).
class FollowThroughModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Row { FeedbackAfterSale, FollowedUp, ReEngaged, RowCount };
    enum Column { Figure, Rate, Count, OutOf, Counted, ColumnCount };

    explicit FollowThroughModel(QObject *parent = nullptr);

    void setSnapshot(std::shared_ptr<const MetricsSnapshot> snapshot);

    std::optional<double> rate(int row) const;
    int numerator(int row) const;
    int denominator(int row) const;
    // "Feedback right after the sale" ... (translated).
    static QString figureLabel(int row);
    // The count out of its base, for a tile's note: "412 of 1,034 customers who ordered".
    QString note(int row) const;
    // The titles of the two drill-downs of a row: met ("Customers who answered ...") and
    // not met ("Customers who ordered and did not answer ...").
    static QString customersTitle(int row, bool met);
    // The customers behind a row: those who meet it, or those who do not.
    QList<int> customers(int row, bool met) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const MetricsSnapshot> m_snapshot;
};

} // namespace acc
