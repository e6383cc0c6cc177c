#pragma once

#include "engine/listening.h"
#include "theme/theme.h"

#include <QtCharts/QChart>

QT_BEGIN_NAMESPACE
class QBarSet;
class QStackedBarSeries;
class QBarCategoryAxis;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace acc {

class ListeningTrendModel;

// The answers of each period of a ListeningTrendModel stacked as promoters, passives and
// detractors (bars, left axis), with the NPS as a line (right axis, -100..100). Reads
// Role::Value; refills when the model resets. Clicking a part of a bar asks for its
// customers (segmentClicked).
class NpsTrendChart final : public QChart
{
    Q_OBJECT
public:
    explicit NpsTrendChart(const theme::ChartStyle &style, QGraphicsItem *parent = nullptr);

    void setModel(const ListeningTrendModel *model);

    QBarSet *promoterSet() const { return m_promoters; }
    QBarSet *passiveSet() const { return m_passives; }
    QBarSet *detractorSet() const { return m_detractors; }
    QLineSeries *npsSeries() const { return m_nps; }
    QBarCategoryAxis *periodAxis() const { return m_periods; }

signals:
    void segmentClicked(acc::ListeningGroup group, int row);

protected:
    void resizeEvent(QGraphicsSceneResizeEvent *event) override;

private:
    void refill();

    theme::ChartStyle m_style;
    theme::ChartStyle m_fitted;
    const ListeningTrendModel *m_model = nullptr;
    QBarSet *m_promoters = nullptr;
    QBarSet *m_passives = nullptr;
    QBarSet *m_detractors = nullptr;
    QStackedBarSeries *m_bars = nullptr;
    QLineSeries *m_nps = nullptr;
    QList<std::pair<QString, QString>> m_parts; // ("Q3", "2026") per bar
    QBarCategoryAxis *m_periods = nullptr;
    QValueAxis *m_countAxis = nullptr;
    QValueAxis *m_npsAxis = nullptr;
};

// Complaints per 100 customers of each period of a ListeningTrendModel, as bars; the
// report's own period in the accent colour. Clicking a bar asks for its complainants.
class ComplaintsTrendChart final : public QChart
{
    Q_OBJECT
public:
    explicit ComplaintsTrendChart(const theme::ChartStyle &style, QGraphicsItem *parent = nullptr);

    void setModel(const ListeningTrendModel *model);
    void setHighlighted(int row);

    QBarSet *complaintSet() const { return m_set; }
    QBarCategoryAxis *periodAxis() const { return m_periods; }

signals:
    void periodClicked(int row);

protected:
    void resizeEvent(QGraphicsSceneResizeEvent *event) override;

private:
    void refill();

    theme::ChartStyle m_style;
    theme::ChartStyle m_fitted;
    const ListeningTrendModel *m_model = nullptr;
    QBarSet *m_set = nullptr;
    QList<std::pair<QString, QString>> m_parts;
    QBarCategoryAxis *m_periods = nullptr;
    QValueAxis *m_axis = nullptr;
};

} // namespace acc
