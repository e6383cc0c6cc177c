#include "losstrendchart.h"

#include "chartsupport.h"
#include "models/losstrendmodel.h"
#include "models/roles.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <QFontMetricsF>
#include <QGraphicsSceneResizeEvent>
#include <QLocale>

namespace acc {

namespace {

// The size the screen style's type was chosen for; smaller charts scale it down.
constexpr QSizeF kDesignSize(760, 420);

} // namespace

LossTrendChart::LossTrendChart(const theme::ChartStyle &style, QGraphicsItem *parent)
    : QChart(parent)
    , m_style(style)
    , m_fitted(style)
{
    charts::applyStyle(this, style);
    charts::setTitle(this, tr("Lost customers and lost value, last 13 months"));

    m_lost = new QBarSet(tr("Lost customers"));
    m_lost->setColor(theme::context());
    m_lost->setBorderColor(theme::context());
    m_lost->setSelectedColor(theme::accent());
    m_lost->setLabelColor(theme::ink());
    m_lost->setLabelFont(style.font(style.labelSize, true));
    m_bars = new QBarSeries;
    m_bars->append(m_lost);
    m_bars->setBarWidth(0.7);
    m_bars->setLabelsVisible(true);
    m_bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_bars->setLabelsPrecision(6);
    addSeries(m_bars);

    m_value = new QLineSeries;
    QPen pen(theme::secondLine());
    pen.setWidthF(style.lineWidth);
    m_value->setPen(pen);
    m_value->setPointsVisible(true);
    m_value->setMarkerSize(style.lineWidth * 2.5);
    addSeries(m_value);

    m_months = new QBarCategoryAxis;
    m_countAxis = new QValueAxis;
    charts::setAxisTitle(this, m_countAxis, tr("Customers lost"));
    m_valueAxis = new QValueAxis;
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_months), static_cast<QAbstractAxis *>(m_countAxis),
          static_cast<QAbstractAxis *>(m_valueAxis)})
        charts::styleAxis(axis, style);
    m_months->setGridLineVisible(false);
    m_valueAxis->setGridLineVisible(false);
    addAxis(m_months, Qt::AlignBottom);
    addAxis(m_countAxis, Qt::AlignLeft);
    addAxis(m_valueAxis, Qt::AlignRight);
    m_bars->attachAxis(m_months);
    m_bars->attachAxis(m_countAxis);
    m_value->attachAxis(m_months);
    m_value->attachAxis(m_valueAxis);
    // The legend shows the bars in the accent colour they have when selected.
    if (const auto markers = legend()->markers(m_bars); !markers.isEmpty())
        markers.first()->setBrush(theme::accent());

    connect(m_lost, &QBarSet::clicked, this, &LossTrendChart::monthClicked);
    connect(this, &QChart::plotAreaChanged, this, &LossTrendChart::fitMonthLabels);
}

void LossTrendChart::resizeEvent(QGraphicsSceneResizeEvent *event)
{
    QChart::resizeEvent(event);
    if (charts::fitToSize(this, m_style, &m_fitted, event->newSize(), kDesignSize, 560))
        m_lost->setLabelFont(m_fitted.font(m_fitted.labelSize, true));
}

void LossTrendChart::fitMonthLabels()
{
    if (m_monthParts.isEmpty())
        return;
    // QtCharts cuts a label short a few pixels before the next one's slot.
    const qreal room = plotArea().width() / qreal(m_monthParts.size()) - 6;
    const QFont font = m_months->labelsFont();
    QStringList months;
    QStringList years;
    QStringList shortYears;
    for (const auto &[month, year] : std::as_const(m_monthParts)) {
        months.append(month);
        years.append(year);
        shortYears.append(QLatin1Char('\'') + year.right(2));
    }
    const qreal monthWidth = charts::widestLine(font, months);
    QStringList labels;
    // Not even the month's short name fits its slot ("Sept." in German at 1280 pixels):
    // the labels stand upright, month and year on one line.
    const bool upright = monthWidth > room;
    const qreal angle = upright ? -90 : 0;
    if (m_months->labelsAngle() != angle)
        m_months->setLabelsAngle(int(angle));
    if (upright) {
        for (qsizetype i = 0; i < m_monthParts.size(); ++i)
            labels.append(m_monthParts[i].first + QLatin1Char(' ') + shortYears[i]);
        if (labels != m_months->categories())
            m_months->setCategories(labels);
        fitCountLabels();
        return;
    }
    for (qsizetype i = 0; i < m_monthParts.size(); ++i) {
        const auto &[month, year] = m_monthParts[i];
        if (std::max(monthWidth, charts::widestLine(font, years)) <= room)
            labels.append(month + QLatin1String("<br>") + year);
        else if (std::max(monthWidth, charts::widestLine(font, shortYears)) <= room)
            labels.append(month + QLatin1String("<br>") + shortYears[i]);
        else if (!labels.contains(month))
            labels.append(month); // the title says "last 13 months"; the last is the period
        else                      // a bar axis merges equal categories: the 13th month keeps its year
            labels.append(month + QLatin1String("<br>") + shortYears[i]);
    }
    if (labels != m_months->categories())
        m_months->setCategories(labels);
    fitCountLabels();
}

void LossTrendChart::fitCountLabels()
{
    // The count above each bar stands upright when it is wider than the bar's slot (its
    // neighbours' would overlap it), with the head room above the tallest bar for it.
    const qreal slot = plotArea().width() / qreal(std::max<qsizetype>(1, m_monthParts.size()));
    const QFontMetricsF metrics(m_lost->labelFont());
    qreal widest = 0;
    for (int i = 0; i < m_lost->count(); ++i)
        widest = std::max(widest, metrics.horizontalAdvance(QLocale().toString(qlonglong(m_lost->at(i)))));
    const bool upright = widest > slot - 4;
    const qreal angle = upright ? -90 : 0;
    if (m_bars->labelsAngle() != angle)
        m_bars->setLabelsAngle(angle);
    const qreal height = plotArea().height();
    double top = m_maxLost * 1.12;
    if (upright && height > 0) {
        const qreal share = std::min(0.6, (widest + 10) / height); // of the plot's height, for the label
        top = std::max(top, m_maxLost / (1.0 - share));
    }
    charts::setNiceRange(m_countAxis, top, true);
}

void LossTrendChart::setModel(const LossTrendModel *model, const QString &currency)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_currency = currency;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &LossTrendChart::refill);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &LossTrendChart::refill);
    }
    refill();
}

void LossTrendChart::refill()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    QStringList months;
    QList<qreal> lost;
    QList<QPointF> values;
    double maxLost = 0;
    double maxValue = 0;
    m_monthParts.clear();
    for (int row = 0; row < rows; ++row) {
        // "Oct 2026" on two lines, so 13 months fit at a projector's type size; shorter
        // when the chart is narrow (fitMonthLabels).
        const QString month = m_model->index(row, LossTrendModel::PeriodColumn).data().toString();
        const qsizetype space = month.lastIndexOf(QLatin1Char(' '));
        m_monthParts.append(space < 0 ? std::pair(month, QString())
                                      : std::pair(month.left(space), month.mid(space + 1)));
        months.append(space < 0 ? month : month.left(space) + QLatin1String("<br>") + month.mid(space + 1));
        const double count = m_model->index(row, LossTrendModel::Lost).data(roleId(Role::Value)).toDouble();
        const double value =
            m_model->index(row, LossTrendModel::LostValue).data(roleId(Role::Value)).toDouble();
        lost.append(count);
        values.append(QPointF(row, value));
        maxLost = std::max(maxLost, count);
        maxValue = std::max(maxValue, value);
    }
    m_lost->remove(0, m_lost->count());
    m_lost->append(lost);
    m_months->clear();
    m_months->append(months);
    fitMonthLabels();
    const charts::MoneyScale scale = charts::moneyScale(maxValue, m_currency);
    for (QPointF &p : values)
        p.setY(p.y() / scale.divisor);
    m_value->replace(values);
    m_value->setName(tr("Lost value (%1)").arg(scale.unit));
    charts::setAxisTitle(this, m_valueAxis, tr("Lost value (%1)").arg(scale.unit), scale.unit);
    // Head room above the tallest bar for its label.
    m_maxLost = maxLost;
    fitCountLabels();
    charts::setNiceRange(m_valueAxis, maxValue / scale.divisor * 1.12, false);
    if (const auto markers = legend()->markers(m_bars); !markers.isEmpty())
        markers.first()->setBrush(theme::accent());
    charts::describe(this);
}

void LossTrendChart::setHighlighted(const QList<int> &rows)
{
    m_lost->deselectAllBars();
    m_lost->selectBars(rows);
}

} // namespace acc
