#pragma once

#include "theme/theme.h"

#include <QtCharts/QChart>

#include <functional>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QBarCategoryAxis;
class QBarSet;
class QHorizontalStackedBarSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace acc {

// A table model's rows as horizontal bars, the first row at the top: touchpoints by
// contacts, contacts by category, spend by program. Each bar is the row's total (a
// column's Role::Value); with a part column, the part is drawn in its own colour at the
// bar's start and the rest in context grey, both named in the legend. Labels and tooltips
// come from the view (functions of the row), so they can say what the colour says in
// words. A click on a bar asks for its row (barClicked).
class RankedBarChart final : public QChart
{
    Q_OBJECT
public:
    explicit RankedBarChart(const theme::ChartStyle &style, QGraphicsItem *parent = nullptr);

    // The model's rows; totalColumn and partColumn (or -1) give numbers in Role::Value.
    void setModel(const QAbstractItemModel *model, int totalColumn, int partColumn = -1);
    // The label of a row's bar on the category axis, and its tooltip.
    void setLabels(std::function<QString(int row)> label, std::function<QString(int row)> toolTip);
    // Series names (the legend) and colours; without a part column only the rest shows.
    void setSeries(const QString &partName, const QColor &partColor, const QString &restName,
                   const QColor &restColor);
    void setValueTitle(const QString &title, bool integers);
    // The text on the empty chart's axis when the model has no rows.
    void setEmptyText(const QString &text) { m_emptyText = text; }

    QBarSet *partSet() const { return m_partSet; }
    QBarSet *restSet() const { return m_restSet; }
    QBarCategoryAxis *categoryAxis() const { return m_categories; }
    QValueAxis *valueAxis() const { return m_values; }

    void refill();

signals:
    void barClicked(int row);

protected:
    void resizeEvent(QGraphicsSceneResizeEvent *event) override;

private:
    int rowOfBar(int index) const;
    // The category labels' type, as large as the style's while each bar's slot holds a line
    // (QtCharts elides labels that would overlap to "..." otherwise): 15 touchpoints on a
    // 1280x720 screen.
    void fitLabels();

    theme::ChartStyle m_style;
    theme::ChartStyle m_fitted;
    const QAbstractItemModel *m_model = nullptr;
    int m_totalColumn = 0;
    int m_partColumn = -1;
    bool m_integers = true;
    std::function<QString(int)> m_label;
    std::function<QString(int)> m_toolTip;
    QString m_emptyText;
    QBarSet *m_partSet = nullptr;
    QBarSet *m_restSet = nullptr;
    QHorizontalStackedBarSeries *m_bars = nullptr;
    QBarCategoryAxis *m_categories = nullptr;
    QValueAxis *m_values = nullptr;
    bool m_fitting = false;
};

} // namespace acc
