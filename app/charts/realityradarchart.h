#pragma once

#include "theme/theme.h"

#include <QtCharts/QPolarChart>

QT_BEGIN_NAMESPACE
class QCategoryAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace acc {

class RealityCheckModel;

// PRODUCT.md §11: the seven dimensions around a circle, scored 1 to 10 outward, this
// quarter (a solid blue line with its points) against the last (a dashed orange line).
// A dimension not scored has no point (the table says "–"). Fed by the model, so the table and the
// chart cannot disagree.
class RealityRadarChart final : public QPolarChart
{
    Q_OBJECT
public:
    explicit RealityRadarChart(const theme::ChartStyle &style, QGraphicsItem *parent = nullptr);

    void setModel(const RealityCheckModel *model);
    QLineSeries *currentSeries() const { return m_current; }
    QLineSeries *previousSeries() const { return m_previous; }

protected:
    void resizeEvent(QGraphicsSceneResizeEvent *event) override;

private:
    void refill();

    theme::ChartStyle m_style;
    theme::ChartStyle m_fitted;
    const RealityCheckModel *m_model = nullptr;
    QLineSeries *m_current = nullptr;
    QLineSeries *m_previous = nullptr;
    QScatterSeries *m_currentPoints = nullptr;
    QCategoryAxis *m_dimensions = nullptr;
    QValueAxis *m_scores = nullptr;
};

} // namespace acc
