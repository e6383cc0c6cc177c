#include "loyaltystagechart.h"

#include "chartsupport.h"
#include "models/loyaltystagemodel.h"
#include "models/roles.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <QGraphicsSceneResizeEvent>

namespace acc {

namespace {

constexpr QSizeF kDesignSize(620, 420);

} // namespace

LoyaltyStageChart::LoyaltyStageChart(const theme::ChartStyle &style, QGraphicsItem *parent)
    : QChart(parent)
    , m_style(style)
    , m_fitted(style)
{
    charts::applyStyle(this, style);
    charts::setTitle(this, tr("Active customers by loyalty stage"));

    m_bestSet = new QBarSet(tr("Best customers"));
    m_bestSet->setColor(theme::best());
    m_bestSet->setBorderColor(theme::best());
    m_restSet = new QBarSet(tr("Other active customers"));
    m_restSet->setColor(theme::context());
    m_restSet->setBorderColor(theme::context());
    m_bars = new QHorizontalStackedBarSeries;
    m_bars->append(m_bestSet);
    m_bars->append(m_restSet);
    m_bars->setBarWidth(0.7);
    addSeries(m_bars);

    m_stages = new QBarCategoryAxis;
    m_countAxis = new QValueAxis;
    charts::setAxisTitle(this, m_countAxis, tr("Active customers"));
    charts::styleAxis(m_stages, style);
    charts::styleAxis(m_countAxis, style);
    m_stages->setGridLineVisible(false);
    addAxis(m_stages, Qt::AlignLeft);
    addAxis(m_countAxis, Qt::AlignBottom);
    m_bars->attachAxis(m_stages);
    m_bars->attachAxis(m_countAxis);

    for (QBarSet *set : {m_bestSet, m_restSet}) {
        connect(set, &QBarSet::clicked, this, [this](int index) {
            if (const int row = rowOfBar(index); row >= 0)
                emit stageClicked(row);
        });
        connect(set, &QBarSet::hovered, this, [this](bool over, int index) {
            const int row = rowOfBar(index);
            if (!over || !m_model || row < 0) {
                setToolTip(QString());
                return;
            }
            const QLocale locale;
            setToolTip(tr("%1: %2 active customers, %3 of them best customers\nClick to list them")
                           .arg(m_model->index(row, LoyaltyStageModel::Stage).data().toString(),
                                locale.toString(m_model->activeAt(row)),
                                locale.toString(m_model->bestAt(row))));
        });
    }
}

void LoyaltyStageChart::resizeEvent(QGraphicsSceneResizeEvent *event)
{
    QChart::resizeEvent(event);
    charts::fitToSize(this, m_style, &m_fitted, event->newSize(), kDesignSize, 0);
}

void LoyaltyStageChart::setModel(const LoyaltyStageModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model)
        connect(m_model, &QAbstractItemModel::modelReset, this, &LoyaltyStageChart::refill);
    refill();
}

int LoyaltyStageChart::rowOfBar(int index) const
{
    const int rows = m_model ? m_model->rowCount() : 0;
    return index >= 0 && index < rows ? rows - 1 - index : -1;
}

void LoyaltyStageChart::refill()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    QStringList labels;
    QList<qreal> best;
    QList<qreal> rest;
    int top = 0;
    // The first stage at the top: bars are drawn from the bottom.
    for (int row = rows - 1; row >= 0; --row) {
        const QString stage = m_model->index(row, LoyaltyStageModel::Stage).data().toString();
        const QString share = m_model->index(row, LoyaltyStageModel::BestShare).data().toString();
        labels.append(m_model->bestAt(row) > 0 ? tr("%1 · %2 best").arg(stage, share) : stage);
        best.append(m_model->bestAt(row));
        rest.append(m_model->activeAt(row) - m_model->bestAt(row));
        top = std::max(top, m_model->activeAt(row));
    }
    m_bestSet->remove(0, m_bestSet->count());
    m_restSet->remove(0, m_restSet->count());
    m_bestSet->append(best);
    m_restSet->append(rest);
    m_stages->clear();
    m_stages->append(labels.isEmpty() ? QStringList{tr("No active customers")} : labels);
    charts::setNiceRange(m_countAxis, top, true);
    charts::describe(this);
}

} // namespace acc
