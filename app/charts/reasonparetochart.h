#pragma once

#include "theme/theme.h"

#include <QtCharts/QChart>

QT_BEGIN_NAMESPACE
class QBarSet;
class QBarSeries;
class QBarCategoryAxis;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace acc {

class ReasonParetoModel;

// Loss reasons as a Pareto chart: bars of lost value in the model's order (largest first,
// left axis) and the cumulative share of the lost value as a line from 0 to 100 % (right
// axis), with the 80 % mark dashed. Reads Role::Value; refills when the model resets.
class ReasonParetoChart final : public QChart
{
    Q_OBJECT
public:
    explicit ReasonParetoChart(const theme::ChartStyle &style, QGraphicsItem *parent = nullptr);

    void setModel(const ReasonParetoModel *model, const QString &currency);
    // The selected reason's bar in the accent colour and the others grey; -1: all accent.
    void setHighlighted(int row);

    QBarSet *valueSet() const { return m_valueSet; }
    QLineSeries *cumulativeSeries() const { return m_cumulative; }
    QBarCategoryAxis *reasonAxis() const { return m_reasons; }
    QValueAxis *valueAxis() const { return m_valueAxis; }

signals:
    void reasonClicked(int row);

protected:
    void resizeEvent(QGraphicsSceneResizeEvent *event) override;

private:
    void refill();
    // Reason labels that fit the bars: wrapped at their spaces while every word fits a
    // bar's width, else slanted whole.
    void fitReasonLabels();

    theme::ChartStyle m_style;
    theme::ChartStyle m_fitted; // m_style scaled to the chart's size
    QStringList m_reasonNames;
    const ReasonParetoModel *m_model = nullptr;
    QString m_currency;
    int m_highlighted = -1;
    QBarSet *m_valueSet = nullptr;
    QBarSeries *m_bars = nullptr;
    QLineSeries *m_cumulative = nullptr;
    QLineSeries *m_mark = nullptr;
    QBarCategoryAxis *m_reasons = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QValueAxis *m_shareAxis = nullptr;
};

} // namespace acc
