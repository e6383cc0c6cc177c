#include "rankedbarchart.h"

#include "chartsupport.h"
#include "models/displaytext.h"
#include "models/roles.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QValueAxis>

#include <QAbstractItemModel>
#include <QFontMetricsF>
#include <QGraphicsSceneResizeEvent>

#include <algorithm>

namespace acc {

namespace {

constexpr QSizeF kDesignSize(720, 520);

} // namespace

RankedBarChart::RankedBarChart(const theme::ChartStyle &style, QGraphicsItem *parent)
    : QChart(parent)
    , m_style(style)
    , m_fitted(style)
{
    charts::applyStyle(this, style);
    m_partSet = new QBarSet(QString());
    m_restSet = new QBarSet(QString());
    m_bars = new QHorizontalStackedBarSeries;
    m_bars->append(m_partSet);
    m_bars->append(m_restSet);
    m_bars->setBarWidth(0.7);
    addSeries(m_bars);
    setSeries(QString(), theme::accent(), QString(), theme::context());

    m_categories = new QBarCategoryAxis;
    m_values = new QValueAxis;
    charts::styleAxis(m_categories, style);
    charts::styleAxis(m_values, style);
    m_categories->setGridLineVisible(false);
    m_categories->setTruncateLabels(false);
    addAxis(m_categories, Qt::AlignLeft);
    addAxis(m_values, Qt::AlignBottom);
    m_bars->attachAxis(m_categories);
    m_bars->attachAxis(m_values);

    connect(this, &QChart::plotAreaChanged, this, &RankedBarChart::fitLabels);
    for (QBarSet *set : {m_partSet, m_restSet}) {
        connect(set, &QBarSet::clicked, this, [this](int index) {
            if (const int row = rowOfBar(index); row >= 0)
                emit barClicked(row);
        });
        connect(set, &QBarSet::hovered, this, [this](bool over, int index) {
            const int row = rowOfBar(index);
            setToolTip(over && row >= 0 && m_toolTip ? m_toolTip(row) : QString());
        });
    }
}

void RankedBarChart::resizeEvent(QGraphicsSceneResizeEvent *event)
{
    QChart::resizeEvent(event);
    charts::fitToSize(this, m_style, &m_fitted, event->newSize(), kDesignSize, 0);
    fitLabels();
}

void RankedBarChart::fitLabels()
{
    if (m_fitting)
        return;
    m_fitting = true;
    const int rows = std::max(1, int(m_categories->count()));
    const qreal slot = plotArea().height() / rows;
    QFont font = m_fitted.font(m_fitted.labelSize);
    const qreal smallest = m_fitted.labelSize * 0.6;
    auto size = [&font] { return font.pixelSize() > 0 ? qreal(font.pixelSize()) : font.pointSizeF(); };
    auto setSize = [&font](qreal s, bool pixels) {
        if (pixels)
            font.setPixelSize(std::max(1, int(s)));
        else
            font.setPointSizeF(s);
    };
    const bool pixels = font.pixelSize() > 0;
    // QtCharts gives the labels at most about two fifths of the chart's width: a label
    // wider than that would run off the chart's left edge, so the type shrinks for it too.
    const qreal labelRoom = QChart::size().width() * 0.38;
    const auto widest = [&] {
        qreal w = 0;
        const QFontMetricsF fm(font);
        for (const QString &label : m_categories->categories())
            w = std::max(w, fm.horizontalAdvance(label));
        return w;
    };
    if (plotArea().height() > 0) {
        while ((QFontMetricsF(font).height() + 4 > slot || widest() > labelRoom) && size() > smallest)
            setSize(size() - 0.5, pixels);
    }
    // Still too wide at the smallest type: cut short with "…" (the tooltip and the table
    // hold the whole) rather than off the edge.
    m_categories->setTruncateLabels(QChart::size().width() > 0 && widest() > labelRoom);
    if (m_categories->labelsFont() != font)
        m_categories->setLabelsFont(font);
    m_fitting = false;
}

void RankedBarChart::setModel(const QAbstractItemModel *model, int totalColumn, int partColumn)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_totalColumn = totalColumn;
    m_partColumn = partColumn;
    if (m_model)
        connect(m_model, &QAbstractItemModel::modelReset, this, &RankedBarChart::refill);
    refill();
}

void RankedBarChart::setLabels(std::function<QString(int)> label, std::function<QString(int)> toolTip)
{
    m_label = std::move(label);
    m_toolTip = std::move(toolTip);
    refill();
}

void RankedBarChart::setSeries(const QString &partName, const QColor &partColor, const QString &restName,
                               const QColor &restColor)
{
    m_partSet->setLabel(partName);
    m_partSet->setColor(partColor);
    m_partSet->setBorderColor(partColor);
    m_restSet->setLabel(restName);
    m_restSet->setColor(restColor);
    m_restSet->setBorderColor(restColor);
    // Without a part, the legend names nothing the axis title does not.
    const bool part = m_partColumn >= 0;
    legend()->setVisible(part);
    const auto markers = legend()->markers(m_bars);
    for (QLegendMarker *marker : markers)
        marker->setVisible(part);
}

void RankedBarChart::setValueTitle(const QString &title, bool integers)
{
    charts::setAxisTitle(this, m_values, title);
    m_integers = integers;
    refill();
}

int RankedBarChart::rowOfBar(int index) const
{
    const int rows = m_model ? m_model->rowCount() : 0;
    return index >= 0 && index < rows ? rows - 1 - index : -1;
}

void RankedBarChart::refill()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    QStringList labels;
    QList<qreal> part;
    QList<qreal> rest;
    qreal top = 0;
    // The first row at the top: bars are drawn from the bottom.
    for (int row = rows - 1; row >= 0; --row) {
        const qreal total =
            std::max(0.0, m_model->index(row, m_totalColumn).data(roleId(Role::Value)).toDouble());
        const qreal p =
            m_partColumn >= 0
                ? std::clamp(m_model->index(row, m_partColumn).data(roleId(Role::Value)).toDouble(), 0.0,
                             total)
                : 0.0;
        labels.append(m_label ? m_label(row) : m_model->index(row, 0).data().toString());
        part.append(p);
        rest.append(total - p);
        top = std::max(top, total);
    }
    m_partSet->remove(0, m_partSet->count());
    m_restSet->remove(0, m_restSet->count());
    m_partSet->append(part);
    m_restSet->append(rest);
    m_categories->clear();
    m_categories->append(labels.isEmpty()
                             ? QStringList{m_emptyText.isEmpty() ? tr("Nothing to show") : m_emptyText}
                             : display::makeUnique(labels));
    charts::setNiceRange(m_values, top, m_integers);
    fitLabels();
    const bool hasPart = m_partColumn >= 0;
    legend()->setVisible(hasPart);
    const auto markers = legend()->markers(m_bars);
    for (QLegendMarker *marker : markers)
        marker->setVisible(hasPart);
    charts::describe(this);
}

} // namespace acc
