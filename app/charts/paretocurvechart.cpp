#include "paretocurvechart.h"

#include "chartsupport.h"
#include "models/format.h"

#include <QtCharts/QAreaSeries>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <QGraphicsSceneResizeEvent>

#include <algorithm>
#include <cmath>

namespace acc {

namespace {

constexpr QSizeF kDesignSize(620, 420);

} // namespace

ParetoCurveChart::ParetoCurveChart(const theme::ChartStyle &style, QGraphicsItem *parent)
    : QChart(parent)
    , m_style(style)
    , m_fitted(style)
{
    charts::applyStyle(this, style);

    m_total = new QLineSeries(this);
    m_best = new QLineSeries(this);
    m_baseline = new QLineSeries(this);
    m_restArea = new QAreaSeries(m_total, m_best);
    m_restArea->setName(tr("Other customers"));
    QColor rest = theme::context();
    rest.setAlpha(150);
    m_restArea->setBrush(rest);
    QPen curvePen(theme::ink());
    curvePen.setWidthF(style.lineWidth);
    m_restArea->setPen(curvePen);
    m_bestArea = new QAreaSeries(m_best, m_baseline);
    m_bestArea->setName(tr("Best customers"));
    m_bestArea->setBrush(theme::best());
    m_bestArea->setPen(QPen(theme::best(), 1));
    addSeries(m_restArea);
    addSeries(m_bestArea);

    m_mark = new QLineSeries;
    QPen dashed(theme::mutedInk());
    dashed.setWidthF(style.lineWidth / 2);
    dashed.setStyle(Qt::DashLine);
    m_mark->setPen(dashed);
    addSeries(m_mark);
    m_point = new QScatterSeries;
    m_point->setName(tr("Top 20 %"));
    m_point->setColor(theme::accent());
    m_point->setBorderColor(theme::background());
    m_point->setMarkerSize(style.lineWidth * 4.5);
    m_point->setPointLabelsVisible(true);
    m_point->setPointLabelsColor(theme::ink());
    m_point->setPointLabelsFont(style.font(style.labelSize, true));
    m_point->setPointLabelsClipping(false);
    addSeries(m_point);

    m_customerAxis = new QValueAxis;
    charts::setAxisTitle(this, m_customerAxis, tr("Customers with revenue, ranked by revenue (%)"));
    m_customerAxis->setRange(0, 100);
    m_customerAxis->setTickType(QValueAxis::TicksDynamic);
    m_customerAxis->setTickAnchor(0);
    m_customerAxis->setTickInterval(20);
    m_customerAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_revenueAxis = new QValueAxis;
    charts::setAxisTitle(this, m_revenueAxis, tr("Share of revenue (%)"));
    for (QValueAxis *axis : {m_customerAxis, m_revenueAxis})
        charts::styleAxis(axis, style);
    addAxis(m_customerAxis, Qt::AlignBottom);
    addAxis(m_revenueAxis, Qt::AlignLeft);
    for (QAbstractSeries *s :
         {static_cast<QAbstractSeries *>(m_restArea), static_cast<QAbstractSeries *>(m_bestArea),
          static_cast<QAbstractSeries *>(m_mark), static_cast<QAbstractSeries *>(m_point)}) {
        s->attachAxis(m_customerAxis);
        s->attachAxis(m_revenueAxis);
    }
    for (QLegendMarker *marker : legend()->markers(m_mark))
        marker->setVisible(false);
    setCurve({});
}

void ParetoCurveChart::resizeEvent(QGraphicsSceneResizeEvent *event)
{
    QChart::resizeEvent(event);
    if (charts::fitToSize(this, m_style, &m_fitted, event->newSize(), kDesignSize, 420))
        m_point->setPointLabelsFont(m_fitted.font(m_fitted.labelSize, true));
}

void ParetoCurveChart::setCurve(const ParetoCurve &curve)
{
    QList<QPointF> total;
    QList<QPointF> best;
    QList<QPointF> zero;
    double top = 100;
    for (const ParetoPoint &p : curve.points) {
        const double x = p.customerShare * 100.0;
        total.append(QPointF(x, p.revenueShare * 100.0));
        best.append(QPointF(x, p.bestShare * 100.0));
        zero.append(QPointF(x, 0));
        top = std::max(top, p.revenueShare * 100.0);
    }
    m_total->replace(total);
    m_best->replace(best);
    m_baseline->replace(zero);
    // Refunds of customers without positive revenue can lift the curve above 100 %: the
    // axis then goes to the next 5 %, its ticks staying at 0, 25, 50, 75, 100.
    m_revenueAxis->setRange(0, top > 100.05 ? std::ceil(top / 5.0) * 5.0 : 100.0);
    m_revenueAxis->setTickType(QValueAxis::TicksDynamic);
    m_revenueAxis->setTickAnchor(0);
    m_revenueAxis->setTickInterval(25);
    m_revenueAxis->setLabelFormat(QStringLiteral("%.0f"));
    if (curve.isEmpty() || !curve.topShare) {
        m_mark->clear();
        m_point->clear();
        charts::setTitle(this, tr("80/20: no revenue in 12 months"));
        charts::describe(this);
        return;
    }
    const double x = curve.customers > 0 ? 100.0 * curve.topCount / curve.customers : 20.0;
    const double y = *curve.topShare * 100.0;
    // Up from the 20 % mark to the curve, then across to the revenue axis.
    m_mark->replace({QPointF(x, 0), QPointF(x, y), QPointF(0, y)});
    m_point->replace({QPointF(x, y)});
    m_point->setPointLabelsFormat(format::percent(curve.topShare, 1));
    charts::setTitle(this,
                     tr("80/20: the top 20 % bring %1 of revenue").arg(format::percent(curve.topShare, 1)));
    charts::describe(this);
}

} // namespace acc
