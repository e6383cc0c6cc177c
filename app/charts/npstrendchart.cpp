#include "npstrendchart.h"

#include "chartsupport.h"
#include "models/listeningtrendmodel.h"
#include "models/roles.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <QGraphicsSceneResizeEvent>

namespace acc {

namespace {

// The size the screen style's type was chosen for; smaller charts scale it down.
constexpr QSizeF kDesignSize(760, 420);

// Each period's label as two parts, ("Oct", "2026") or ("Q3", "2026").
QList<std::pair<QString, QString>> periodParts(const ListeningTrendModel *model)
{
    QList<std::pair<QString, QString>> parts;
    const int rows = model ? model->rowCount() : 0;
    for (int row = 0; row < rows; ++row) {
        const QString text = model->index(row, ListeningTrendModel::PeriodColumn).data().toString();
        const qsizetype space = text.lastIndexOf(QLatin1Char(' '));
        parts.append(space < 0 ? std::pair(text, QString())
                               : std::pair(text.left(space), text.mid(space + 1)));
    }
    return parts;
}

// "Q3<br>2026" where the bars' width allows, "Q3<br>'26" otherwise (a bar axis merges
// equal categories, so the year always stays).
void fitPeriodLabels(QBarCategoryAxis *axis, const QList<std::pair<QString, QString>> &parts, qreal plotWidth,
                     bool shortYears = false)
{
    if (parts.isEmpty()) {
        axis->clear();
        return;
    }
    // QtCharts cuts a label short a few pixels before the next one's slot.
    const qreal room = plotWidth / qreal(parts.size()) - 10;
    QFont font = axis->labelsFont();
    QStringList firsts;
    QStringList years;
    for (const auto &[first, year] : parts) {
        firsts.append(first);
        years.append(year);
    }
    // 13 months on a narrow chart: the type gives way before QtCharts cuts "May" short.
    while (font.pointSizeF() > 8 && charts::widestLine(font, firsts) > room)
        font.setPointSizeF(font.pointSizeF() - 0.5);
    if (font != axis->labelsFont())
        axis->setLabelsFont(font);
    const bool whole =
        !shortYears && std::max(charts::widestLine(font, firsts), charts::widestLine(font, years)) <= room;
    QStringList labels;
    for (const auto &[first, year] : parts) {
        if (year.isEmpty())
            labels.append(first);
        else
            labels.append(first + QLatin1String("<br>") + (whole ? year : QLatin1Char('\'') + year.right(2)));
    }
    if (labels != axis->categories()) {
        axis->clear();
        axis->append(labels);
    }
}

QBarSet *makeSet(const QString &name, const QColor &color, const theme::ChartStyle &style)
{
    auto *set = new QBarSet(name);
    set->setColor(color);
    set->setBorderColor(theme::background());
    set->setLabelColor(theme::ink());
    set->setLabelFont(style.font(style.labelSize));
    return set;
}

} // namespace

NpsTrendChart::NpsTrendChart(const theme::ChartStyle &style, QGraphicsItem *parent)
    : QChart(parent)
    , m_style(style)
    , m_fitted(style)
{
    charts::applyStyle(this, style);
    charts::setTitle(this, tr("Net Promoter Score and answers"));
    // Okabe-Ito: bluish green for promoters, yellow for passives, vermillion for
    // detractors; the legend names them, so colour is never the only cue.
    m_promoters = makeSet(tr("Promoters (9-10)"), theme::series(2), style);
    m_passives = makeSet(tr("Passives (7-8)"), theme::series(3), style);
    m_detractors = makeSet(tr("Detractors (0-6)"), theme::series(5), style);
    m_bars = new QStackedBarSeries;
    m_bars->append(m_detractors);
    m_bars->append(m_passives);
    m_bars->append(m_promoters);
    m_bars->setBarWidth(0.7);
    addSeries(m_bars);

    m_nps = new QLineSeries;
    m_nps->setName(tr("NPS"));
    QPen pen(theme::ink());
    pen.setWidthF(style.lineWidth);
    m_nps->setPen(pen);
    // No markers: the value stands at each point, clear of the bars' colours.
    m_nps->setPointsVisible(false);
    m_nps->setPointLabelsVisible(true);
    m_nps->setPointLabelsFormat(QStringLiteral("@yPoint"));
    m_nps->setPointLabelsFont(style.font(style.labelSize, true));
    m_nps->setPointLabelsColor(theme::ink());
    m_nps->setPointLabelsClipping(false);
    addSeries(m_nps);

    m_periods = new QBarCategoryAxis;
    m_countAxis = new QValueAxis;
    charts::setAxisTitle(this, m_countAxis, tr("Answers"));
    m_npsAxis = new QValueAxis;
    charts::setAxisTitle(this, m_npsAxis, tr("NPS"));
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_periods), static_cast<QAbstractAxis *>(m_countAxis),
          static_cast<QAbstractAxis *>(m_npsAxis)})
        charts::styleAxis(axis, style);
    m_periods->setGridLineVisible(false);
    m_npsAxis->setGridLineVisible(false);
    m_npsAxis->setRange(-100, 100);
    m_npsAxis->setTickType(QValueAxis::TicksFixed);
    m_npsAxis->setTickCount(5);
    m_npsAxis->setLabelFormat(QStringLiteral("%.0f"));
    addAxis(m_periods, Qt::AlignBottom);
    addAxis(m_countAxis, Qt::AlignLeft);
    addAxis(m_npsAxis, Qt::AlignRight);
    m_bars->attachAxis(m_periods);
    m_bars->attachAxis(m_countAxis);
    m_nps->attachAxis(m_periods);
    m_nps->attachAxis(m_npsAxis);

    connect(m_promoters, &QBarSet::clicked, this,
            [this](int row) { emit segmentClicked(ListeningGroup::Promoters, row); });
    connect(m_passives, &QBarSet::clicked, this,
            [this](int row) { emit segmentClicked(ListeningGroup::Passives, row); });
    connect(m_detractors, &QBarSet::clicked, this,
            [this](int row) { emit segmentClicked(ListeningGroup::Detractors, row); });
    connect(this, &QChart::plotAreaChanged, this,
            [this](const QRectF &area) { fitPeriodLabels(m_periods, m_parts, area.width()); });
}

void NpsTrendChart::resizeEvent(QGraphicsSceneResizeEvent *event)
{
    QChart::resizeEvent(event);
    if (charts::fitToSize(this, m_style, &m_fitted, event->newSize(), kDesignSize, 300))
        m_nps->setPointLabelsFont(m_fitted.font(m_fitted.labelSize, true));
    // The axis type may have changed with the size: the labels follow it.
    fitPeriodLabels(m_periods, m_parts, plotArea().width());
}

void NpsTrendChart::setModel(const ListeningTrendModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &NpsTrendChart::refill);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &NpsTrendChart::refill);
    }
    refill();
}

void NpsTrendChart::refill()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    QList<qreal> promoters;
    QList<qreal> passives;
    QList<qreal> detractors;
    QList<QPointF> nps;
    double maxAnswers = 0;
    auto value = [this](int row, int column) {
        return m_model->index(row, column).data(roleId(Role::Value));
    };
    for (int row = 0; row < rows; ++row) {
        promoters.append(value(row, ListeningTrendModel::Promoters).toDouble());
        passives.append(value(row, ListeningTrendModel::Passives).toDouble());
        detractors.append(value(row, ListeningTrendModel::Detractors).toDouble());
        maxAnswers = std::max(maxAnswers, value(row, ListeningTrendModel::Responses).toDouble());
        // A period without answers has no NPS: the line skips it.
        const QVariant score = value(row, ListeningTrendModel::Nps);
        if (score.isValid())
            nps.append(QPointF(row, std::round(score.toDouble()) + 0.0));
    }
    for (auto [set, values] : {std::pair{m_promoters, &promoters}, std::pair{m_passives, &passives},
                               std::pair{m_detractors, &detractors}}) {
        set->remove(0, set->count());
        set->append(*values);
    }
    m_parts = periodParts(m_model);
    fitPeriodLabels(m_periods, m_parts, plotArea().width());
    m_nps->replace(nps);
    charts::setNiceRange(m_countAxis, maxAnswers * 1.08, true);
    charts::describe(this);
}

ComplaintsTrendChart::ComplaintsTrendChart(const theme::ChartStyle &style, QGraphicsItem *parent)
    : QChart(parent)
    , m_style(style)
    , m_fitted(style)
{
    charts::applyStyle(this, style);
    charts::setTitle(this, tr("Complaints per 100 customers"));
    m_set = new QBarSet(tr("Complaints per 100 customers"));
    m_set->setColor(theme::context());
    m_set->setBorderColor(theme::context());
    m_set->setSelectedColor(theme::accent());
    m_set->setLabelColor(theme::ink());
    m_set->setLabelFont(style.font(style.labelSize, true));
    auto *bars = new QBarSeries;
    bars->append(m_set);
    bars->setBarWidth(0.7);
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    bars->setLabelsFormat(QStringLiteral("@value"));
    bars->setLabelsPrecision(3);
    addSeries(bars);
    legend()->setVisible(false);

    m_periods = new QBarCategoryAxis;
    m_axis = new QValueAxis;
    charts::setAxisTitle(this, m_axis, tr("Per 100 customers"));
    charts::styleAxis(m_periods, style);
    charts::styleAxis(m_axis, style);
    m_periods->setGridLineVisible(false);
    addAxis(m_periods, Qt::AlignBottom);
    addAxis(m_axis, Qt::AlignLeft);
    bars->attachAxis(m_periods);
    bars->attachAxis(m_axis);
    connect(m_set, &QBarSet::clicked, this, &ComplaintsTrendChart::periodClicked);
    connect(this, &QChart::plotAreaChanged, this,
            [this](const QRectF &area) { fitPeriodLabels(m_periods, m_parts, area.width(), true); });
}

void ComplaintsTrendChart::resizeEvent(QGraphicsSceneResizeEvent *event)
{
    QChart::resizeEvent(event);
    if (charts::fitToSize(this, m_style, &m_fitted, event->newSize(), kDesignSize, 100000))
        m_set->setLabelFont(m_fitted.font(m_fitted.labelSize, true));
    fitPeriodLabels(m_periods, m_parts, plotArea().width(), true);
    legend()->setVisible(false);
}

void ComplaintsTrendChart::setModel(const ListeningTrendModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &ComplaintsTrendChart::refill);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &ComplaintsTrendChart::refill);
    }
    refill();
}

void ComplaintsTrendChart::refill()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    QList<qreal> values;
    double maxValue = 0;
    for (int row = 0; row < rows; ++row) {
        // One decimal on the bar; null (no customers at the start) as 0.
        const double v =
            m_model->index(row, ListeningTrendModel::ComplaintsPer100).data(roleId(Role::Value)).toDouble();
        values.append(std::round(v * 10.0) / 10.0);
        maxValue = std::max(maxValue, v);
    }
    m_set->remove(0, m_set->count());
    m_set->append(values);
    m_parts = periodParts(m_model);
    fitPeriodLabels(m_periods, m_parts, plotArea().width(), true);
    charts::setNiceRange(m_axis, maxValue * 1.15, false);
    charts::describe(this);
}

void ComplaintsTrendChart::setHighlighted(int row)
{
    m_set->deselectAllBars();
    if (row >= 0)
        m_set->selectBar(row);
}

} // namespace acc
