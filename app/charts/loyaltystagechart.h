#pragma once

#include "theme/theme.h"

#include <QtCharts/QChart>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSet;
class QHorizontalStackedBarSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace acc {

class LoyaltyStageModel;

// Active customers by loyalty stage as horizontal bars, the best customers' part of each
// in the best-customer colour and its share in the stage's label ("Client · 34 % best").
// A click on a stage's bar asks for the active customers at that stage.
class LoyaltyStageChart final : public QChart
{
    Q_OBJECT
public:
    explicit LoyaltyStageChart(const theme::ChartStyle &style, QGraphicsItem *parent = nullptr);

    void setModel(const LoyaltyStageModel *model);

    QBarSet *bestSet() const { return m_bestSet; }
    QBarSet *restSet() const { return m_restSet; }
    QBarCategoryAxis *stageAxis() const { return m_stages; }

signals:
    void stageClicked(int row); // the model's row

protected:
    void resizeEvent(QGraphicsSceneResizeEvent *event) override;

private:
    void refill();
    int rowOfBar(int index) const;

    theme::ChartStyle m_style;
    theme::ChartStyle m_fitted;
    const LoyaltyStageModel *m_model = nullptr;
    QBarSet *m_bestSet = nullptr;
    QBarSet *m_restSet = nullptr;
    QHorizontalStackedBarSeries *m_bars = nullptr;
    QBarCategoryAxis *m_stages = nullptr;
    QValueAxis *m_countAxis = nullptr;
};

} // namespace acc
