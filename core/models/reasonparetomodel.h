#pragma once

#include "engine/assets.h"

#include <QAbstractTableModel>

namespace acc {

// Loss reasons as a Pareto: by lost value desc (the engine's order), with each reason's
// share of the lost value and the cumulative share up to it. A row is keyed by the
// engine's reason; its Reason cell shows a safe, shortened label, unique among the rows
// ("Service failure (2)" for a reason that differs only in spacing), the exact reason in
// Role::Text and, bounded, in the tooltip.
class ReasonParetoModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Reason, Count, Value, Share, CumulativeShare, ColumnCount };

    explicit ReasonParetoModel(QObject *parent = nullptr);

    void setReasons(const QList<ReasonFigure> &reasons, const QString &currency);
    const ReasonFigure &reasonAt(int row) const { return m_reasons.at(row); }
    // The rows' Reason labels as shown (Qt::DisplayRole).
    const QStringList &labels() const { return m_labels; }
    // A reason's share of the total lost value; null when the total is not positive.
    std::optional<double> share(int row) const;
    std::optional<double> cumulativeShare(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ReasonFigure> m_reasons;
    QStringList m_labels;
    QList<Cents> m_cumulative;
    Cents m_total = 0;
    QString m_currency;
};

} // namespace acc
