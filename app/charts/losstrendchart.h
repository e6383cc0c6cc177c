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

class LossTrendModel;

// Lost customers (bars, left axis) and the yearly value they took with them (line, right
// axis) for each month of a LossTrendModel. Reads Role::Value; refills when the model
// resets. The highlighted months are drawn in the accent colour, the others in grey.
class LossTrendChart final : public QChart
{
    Q_OBJECT
public:
    explicit LossTrendChart(const theme::ChartStyle &style, QGraphicsItem *parent = nullptr);

    void setModel(const LossTrendModel *model, const QString &currency);
    void setHighlighted(const QList<int> &rows);

    QBarSet *lostSet() const { return m_lost; }
    QLineSeries *valueSeries() const { return m_value; }
    QBarCategoryAxis *monthAxis() const { return m_months; }

signals:
    void monthClicked(int row);

protected:
    void resizeEvent(QGraphicsSceneResizeEvent *event) override;

private:
    void refill();
    // Month labels as long as the bars' width allows: "Oct / 2026", "Oct / '26", "Oct".
    void fitMonthLabels();
    // The counts above the bars upright when they are wider than a bar's slot.
    void fitCountLabels();

    theme::ChartStyle m_style;
    theme::ChartStyle m_fitted;                      // m_style scaled to the chart's size
    QList<std::pair<QString, QString>> m_monthParts; // ("Oct", "2026") per bar
    const LossTrendModel *m_model = nullptr;
    QString m_currency;
    double m_maxLost = 0;
    QBarSet *m_lost = nullptr;
    QBarSeries *m_bars = nullptr;
    QLineSeries *m_value = nullptr;
    QBarCategoryAxis *m_months = nullptr;
    QValueAxis *m_countAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
};

} // namespace acc
