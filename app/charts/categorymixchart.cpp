#include "categorymixchart.h"

#include "chartsupport.h"
#include "models/categorymixmodel.h"
#include "models/roles.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QValueAxis>

#include <QGraphicsSceneResizeEvent>

#include <cmath>

namespace acc {

namespace {

constexpr QSizeF kDesignSize(620, 420);

} // namespace

CategoryMixChart::CategoryMixChart(const theme::ChartStyle &style, QGraphicsItem *parent)
    : QChart(parent)
    , m_style(style)
    , m_fitted(style)
{
    charts::applyStyle(this, style);
    charts::setTitle(this, tr("What they buy, last 12 months"));

    m_bestSet = new QBarSet(tr("Best customers"));
    m_bestSet->setColor(theme::best());
    m_bestSet->setBorderColor(theme::best());
    m_restSet = new QBarSet(tr("Other active customers"));
    m_restSet->setColor(theme::context());
    m_restSet->setBorderColor(theme::context());
    m_bars = new QHorizontalBarSeries;
    m_bars->append(m_bestSet);
    m_bars->append(m_restSet);
    m_bars->setBarWidth(0.8);
    m_bars->setLabelsVisible(true);
    m_bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_bars->setLabelsFormat(QStringLiteral("@value"));
    m_bars->setLabelsPrecision(4);
    for (QBarSet *set : {m_bestSet, m_restSet}) {
        set->setLabelColor(theme::ink());
        set->setLabelFont(style.font(style.labelSize * 0.85));
    }
    addSeries(m_bars);

    m_categories = new QBarCategoryAxis;
    m_shareAxis = new QValueAxis;
    charts::setAxisTitle(this, m_shareAxis, tr("Share of the group's revenue (%)"));
    charts::styleAxis(m_categories, style);
    charts::styleAxis(m_shareAxis, style);
    m_categories->setGridLineVisible(false);
    addAxis(m_categories, Qt::AlignLeft);
    addAxis(m_shareAxis, Qt::AlignBottom);
    m_bars->attachAxis(m_categories);
    m_bars->attachAxis(m_shareAxis);

    connect(m_bestSet, &QBarSet::clicked, this,
            [this](int index) { emit barClicked(rowOfBar(index), bestdrilldown::Group::Best); });
    connect(m_restSet, &QBarSet::clicked, this,
            [this](int index) { emit barClicked(rowOfBar(index), bestdrilldown::Group::Rest); });
    auto hover = [this](bool over, int index) {
        const int row = rowOfBar(index);
        setToolTip(over && m_model && row >= 0
                       ? m_model->index(row, CategoryMixModel::Category).data(Qt::ToolTipRole).toString() +
                             QLatin1Char('\n') + tr("Click to list the customers")
                       : QString());
    };
    connect(m_bestSet, &QBarSet::hovered, this, hover);
    connect(m_restSet, &QBarSet::hovered, this, hover);
}

void CategoryMixChart::resizeEvent(QGraphicsSceneResizeEvent *event)
{
    QChart::resizeEvent(event);
    if (charts::fitToSize(this, m_style, &m_fitted, event->newSize(), kDesignSize, 0)) {
        for (QBarSet *set : {m_bestSet, m_restSet})
            set->setLabelFont(m_fitted.font(m_fitted.labelSize * 0.85));
    }
}

void CategoryMixChart::setModel(const CategoryMixModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model)
        connect(m_model, &QAbstractItemModel::modelReset, this, &CategoryMixChart::refill);
    refill();
}

int CategoryMixChart::rowOfBar(int index) const
{
    // The first category is drawn at the bottom: the model's first row is the last bar.
    const int rows = m_model ? m_model->rowCount() : 0;
    return index >= 0 && index < rows ? rows - 1 - index : -1;
}

void CategoryMixChart::refill()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    QStringList labels;
    QList<qreal> best;
    QList<qreal> rest;
    double top = 0;
    for (int row = rows - 1; row >= 0; --row) {
        labels.append(m_model->index(row, CategoryMixModel::Category).data().toString().toHtmlEscaped());
        // Percent with one decimal, as the labels show them.
        const double b =
            std::round(m_model->index(row, CategoryMixModel::BestShare).data(roleId(Role::Value)).toDouble() *
                       1000.0) /
            10.0;
        const double r =
            std::round(m_model->index(row, CategoryMixModel::RestShare).data(roleId(Role::Value)).toDouble() *
                       1000.0) /
            10.0;
        best.append(b);
        rest.append(r);
        top = std::max({top, b, r});
    }
    m_bestSet->remove(0, m_bestSet->count());
    m_restSet->remove(0, m_restSet->count());
    m_bestSet->append(best);
    m_restSet->append(rest);
    m_categories->clear();
    m_categories->append(labels.isEmpty() ? QStringList{tr("No revenue")} : labels);
    // Room right of the longest bar for its label.
    charts::setNiceRange(m_shareAxis, top * 1.15, false);
    charts::describe(this);
}

} // namespace acc
