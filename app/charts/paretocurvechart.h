#pragma once

#include "models/paretocurve.h"
#include "theme/theme.h"

#include <QtCharts/QChart>

QT_BEGIN_NAMESPACE
class QAreaSeries;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace acc {

// The 80/20 curve of a ParetoCurve (computed and sampled in core): the cumulative share of
// revenue against the share of customers ranked by revenue, the part of it that comes
// from best customers filled in the best-customer colour, and the 20 % mark dashed with
// its point. A few hundred points at most, whatever the company's size.
class ParetoCurveChart final : public QChart
{
    Q_OBJECT
public:
    explicit ParetoCurveChart(const theme::ChartStyle &style, QGraphicsItem *parent = nullptr);

    void setCurve(const ParetoCurve &curve);

    QLineSeries *totalSeries() const { return m_total; }
    QLineSeries *bestSeries() const { return m_best; }
    QScatterSeries *markPoint() const { return m_point; }

protected:
    void resizeEvent(QGraphicsSceneResizeEvent *event) override;

private:
    theme::ChartStyle m_style;
    theme::ChartStyle m_fitted;
    QLineSeries *m_total = nullptr;    // the curve (upper edge of the rest's area)
    QLineSeries *m_best = nullptr;     // the best customers' part (upper edge of their area)
    QLineSeries *m_baseline = nullptr; // y = 0
    QAreaSeries *m_restArea = nullptr;
    QAreaSeries *m_bestArea = nullptr;
    QLineSeries *m_mark = nullptr; // the 20 % line
    QScatterSeries *m_point = nullptr;
    QValueAxis *m_customerAxis = nullptr;
    QValueAxis *m_revenueAxis = nullptr;
};

} // namespace acc
