#include "realityradarchart.h"

#include "chartsupport.h"
#include "models/format.h"
#include "models/realitycheckmodel.h"
#include "storage/realitycheckstore.h"

#include <QtCharts/QCategoryAxis>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <QGraphicsSceneResizeEvent>

namespace acc {

RealityRadarChart::RealityRadarChart(const theme::ChartStyle &style, QGraphicsItem *parent)
    : QPolarChart(parent)
    , m_style(style)
    , m_fitted(style)
{
    charts::applyStyle(this, style);
    m_previous = new QLineSeries;
    QPen dashed(theme::series(0), style.lineWidth, Qt::DashLine);
    m_previous->setPen(dashed);
    m_current = new QLineSeries;
    m_current->setPen(QPen(theme::series(4), style.lineWidth + 1));
    m_currentPoints = new QScatterSeries;
    m_currentPoints->setColor(theme::series(4));
    m_currentPoints->setBorderColor(theme::series(4));
    m_currentPoints->setMarkerSize(style.lineWidth * 4);
    addSeries(m_previous);
    addSeries(m_current);
    addSeries(m_currentPoints);

    const int n = int(reality::dimensions().size());
    m_dimensions = new QCategoryAxis;
    m_dimensions->setRange(0, n);
    m_dimensions->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // Around the circle each name breaks at its middle space ("Motivation and" over
    // "recognition"), so the labels leave the plot its room on a 1280-pixel projector.
    for (int i = 0; i < n; ++i) {
        QString label = reality::dimensionLabel(reality::dimensions().at(i)).toHtmlEscaped();
        const int middle = int(label.size()) / 2;
        const int before = int(label.lastIndexOf(QLatin1Char(' '), middle));
        const int after = int(label.indexOf(QLatin1Char(' '), middle));
        const int at = before < 0  ? after
                       : after < 0 ? before
                                   : (middle - before <= after - middle ? before : after);
        if (at > 0)
            label.replace(at, 1, QStringLiteral("<br>"));
        m_dimensions->append(label, i);
    }
    m_scores = new QValueAxis;
    m_scores->setRange(0, 10);
    m_scores->setTickCount(6);
    m_scores->setLabelFormat(QStringLiteral("%d"));
    charts::styleAxis(m_dimensions, style);
    charts::styleAxis(m_scores, style);
    addAxis(m_dimensions, QPolarChart::PolarOrientationAngular);
    addAxis(m_scores, QPolarChart::PolarOrientationRadial);
    for (QAbstractSeries *s :
         {static_cast<QAbstractSeries *>(m_previous), static_cast<QAbstractSeries *>(m_current),
          static_cast<QAbstractSeries *>(m_currentPoints)}) {
        s->attachAxis(m_dimensions);
        s->attachAxis(m_scores);
    }
    legend()->setVisible(true);
    legend()->setAlignment(Qt::AlignBottom);
    // The scatter repeats the current line's points: one legend entry for both.
    legend()->markers(m_currentPoints).constFirst()->setVisible(false);
}

void RealityRadarChart::resizeEvent(QGraphicsSceneResizeEvent *event)
{
    QPolarChart::resizeEvent(event);
    charts::fitToSize(this, m_style, &m_fitted, event->newSize(), QSizeF(760, 640), 0);
}

void RealityRadarChart::setModel(const RealityCheckModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &RealityRadarChart::refill);
        connect(model, &QAbstractItemModel::dataChanged, this, &RealityRadarChart::refill);
    }
    refill();
}

void RealityRadarChart::refill()
{
    // A closed polygon: the first dimension's point again at angle n. A dimension not
    // scored is left out (the line joins its neighbours; this quarter's points show which
    // dimensions are scored).
    QList<QPointF> now;
    QList<QPointF> before;
    const int n = int(reality::dimensions().size());
    if (m_model) {
        for (int i = 0; i <= n; ++i) {
            const int row = i % n;
            if (const auto s = m_model->score(row))
                now.append({double(i), double(*s)});
            if (const auto s = m_model->previousScore(row))
                before.append({double(i), double(*s)});
        }
    }
    m_current->replace(now);
    m_previous->replace(before);
    QList<QPointF> points = now;
    if (!points.isEmpty() && points.constLast().x() >= n)
        points.removeLast();
    m_currentPoints->replace(points);
    const Period q = m_model ? m_model->quarter() : Period();
    m_current->setName(q.isValid() ? tr("%1 (this quarter)").arg(format::periodShort(q))
                                   : tr("This quarter"));
    m_previous->setName(q.isValid() ? tr("%1 (last quarter)").arg(format::periodShort(q.previous()))
                                    : tr("Last quarter"));
    charts::setTitle(
        this,
        q.isValid()
            ? tr("Reality check %1 against %2").arg(format::periodShort(q), format::periodShort(q.previous()))
            : tr("Reality check"));
    charts::describe(this);
}

} // namespace acc
