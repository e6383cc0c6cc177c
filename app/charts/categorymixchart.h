#pragma once

#include "models/bestdrilldown.h"
#include "theme/theme.h"

#include <QtCharts/QChart>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSet;
class QHorizontalBarSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace acc {

class CategoryMixModel;

// What best customers buy against the rest: a pair of horizontal bars per category of a
// CategoryMixModel (its order from the top), each group's share of its own revenue in
// percent. A click on a bar asks for that group's customers of that category.
class CategoryMixChart final : public QChart
{
    Q_OBJECT
public:
    explicit CategoryMixChart(const theme::ChartStyle &style, QGraphicsItem *parent = nullptr);

    void setModel(const CategoryMixModel *model);

    QBarSet *bestSet() const { return m_bestSet; }
    QBarSet *restSet() const { return m_restSet; }
    QBarCategoryAxis *categoryAxis() const { return m_categories; }

signals:
    // row: the model's row.
    void barClicked(int row, acc::bestdrilldown::Group group);

protected:
    void resizeEvent(QGraphicsSceneResizeEvent *event) override;

private:
    void refill();
    int rowOfBar(int index) const;

    theme::ChartStyle m_style;
    theme::ChartStyle m_fitted;
    const CategoryMixModel *m_model = nullptr;
    QBarSet *m_bestSet = nullptr;
    QBarSet *m_restSet = nullptr;
    QHorizontalBarSeries *m_bars = nullptr;
    QBarCategoryAxis *m_categories = nullptr;
    QValueAxis *m_shareAxis = nullptr;
};

} // namespace acc
