#include "reasonparetochart.h"

#include "chartsupport.h"
#include "models/displaytext.h"
#include "models/reasonparetomodel.h"
#include "models/roles.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <QFontMetricsF>
#include <QGraphicsSceneResizeEvent>

namespace acc {

namespace {

// The size the screen style's type was chosen for; smaller charts scale it down.
constexpr QSizeF kDesignSize(560, 420);

} // namespace

ReasonParetoChart::ReasonParetoChart(const theme::ChartStyle &style, QGraphicsItem *parent)
    : QChart(parent)
    , m_style(style)
    , m_fitted(style)
{
    charts::applyStyle(this, style);
    charts::setTitle(this, tr("Why customers left"));

    m_valueSet = new QBarSet(QString());
    m_valueSet->setColor(theme::accent());
    m_valueSet->setBorderColor(theme::accent());
    m_valueSet->setSelectedColor(theme::accent());
    m_bars = new QBarSeries;
    m_bars->append(m_valueSet);
    m_bars->setBarWidth(0.7);
    addSeries(m_bars);

    m_cumulative = new QLineSeries;
    m_cumulative->setName(tr("Cumulative share (%)"));
    QPen pen(theme::secondLine());
    pen.setWidthF(style.lineWidth);
    m_cumulative->setPen(pen);
    m_cumulative->setPointsVisible(true);
    m_cumulative->setMarkerSize(style.lineWidth * 2.5);
    addSeries(m_cumulative);

    m_mark = new QLineSeries;
    QPen dashed(theme::mutedInk());
    dashed.setWidthF(style.lineWidth / 2);
    dashed.setStyle(Qt::DashLine);
    m_mark->setPen(dashed);
    addSeries(m_mark);

    m_reasons = new QBarCategoryAxis;
    m_valueAxis = new QValueAxis;
    m_shareAxis = new QValueAxis;
    charts::setAxisTitle(this, m_shareAxis, tr("Cumulative share (%)"), QStringLiteral("%"));
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_reasons), static_cast<QAbstractAxis *>(m_valueAxis),
          static_cast<QAbstractAxis *>(m_shareAxis)})
        charts::styleAxis(axis, style);
    m_reasons->setGridLineVisible(false);
    m_shareAxis->setGridLineVisible(false);
    m_shareAxis->setRange(0, 100);
    m_shareAxis->setTickType(QValueAxis::TicksFixed);
    m_shareAxis->setTickCount(6);
    m_shareAxis->setLabelFormat(QStringLiteral("%.0f"));
    addAxis(m_reasons, Qt::AlignBottom);
    addAxis(m_valueAxis, Qt::AlignLeft);
    addAxis(m_shareAxis, Qt::AlignRight);
    m_bars->attachAxis(m_reasons);
    m_bars->attachAxis(m_valueAxis);
    m_cumulative->attachAxis(m_reasons);
    m_cumulative->attachAxis(m_shareAxis);
    m_mark->attachAxis(m_reasons);
    m_mark->attachAxis(m_shareAxis);
    for (QLegendMarker *marker : legend()->markers(m_mark))
        marker->setVisible(false);

    connect(m_valueSet, &QBarSet::clicked, this, &ReasonParetoChart::reasonClicked);
    // A bar's reason as given (safe, bounded) when the pointer rests on it.
    connect(m_valueSet, &QBarSet::hovered, this, [this](bool over, int row) {
        const bool known = over && m_model && row >= 0 && row < m_model->rowCount();
        setToolTip(known ? m_model->index(row, ReasonParetoModel::Reason).data(Qt::ToolTipRole).toString()
                         : QString());
    });
    connect(this, &QChart::plotAreaChanged, this, &ReasonParetoChart::fitReasonLabels);
}

void ReasonParetoChart::resizeEvent(QGraphicsSceneResizeEvent *event)
{
    QChart::resizeEvent(event);
    charts::fitToSize(this, m_style, &m_fitted, event->newSize(), kDesignSize, 460);
}

void ReasonParetoChart::fitReasonLabels()
{
    if (m_reasonNames.isEmpty()) { // "No losses", level
        if (m_reasons->labelsAngle() != 0)
            m_reasons->setLabelsAngle(0);
        return;
    }
    // QtCharts gives a label its bar's slot less 4 pixels of padding either side, and
    // its text a margin of its own within that (measured: a word 71 pixels long is cut in
    // an 81.6-pixel slot and whole in an 82.4-pixel one).
    const qreal room = plotArea().width() / qreal(m_reasonNames.size()) - 12;
    const QFont font = m_fitted.font(m_fitted.labelSize); // the style's, before any shrinking below
    // A reason's words, one a line ("Relocated/closed" breaks after its slash).
    auto wordsOf = [](const QString &name) {
        QString broken = name;
        broken.replace(QLatin1Char('/'), QLatin1String("/ "));
        return broken.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    };
    QStringList words;
    for (const QString &name : std::as_const(m_reasonNames))
        words += wordsOf(name);
    const qreal widestWord = charts::widestLine(font, words); // at the style's size
    // Short words share a line while it stays within the longest word ("Moved to" over
    // "competitor"): fewer lines, none longer.
    const QFontMetricsF metrics(font);
    QList<QStringList> lines;
    for (const QString &name : std::as_const(m_reasonNames)) {
        QStringList nameLines;
        for (const QString &word : wordsOf(name)) {
            if (!nameLines.isEmpty() && !nameLines.constLast().endsWith(QLatin1Char('/')) &&
                metrics.horizontalAdvance(nameLines.constLast() + QLatin1Char(' ') + word) <= widestWord)
                nameLines.last() += QLatin1Char(' ') + word;
            else
                nameLines.append(word);
        }
        lines.append(nameLines);
    }
    // Level: every word fits a bar's width. Upright: the lines stand side by side, so
    // they need a bar's width only in their height, and a word's length only in the
    // axis's height (QtCharts cuts a slanted label down to the bar's width).
    // Level also with type a little smaller (to 85 %) rather than stand on end.
    auto scaled = [&font](qreal scale) {
        QFont f = font;
        if (font.pixelSize() > 0)
            f.setPixelSize(std::max(1, qRound(font.pixelSize() * scale)));
        else
            f.setPointSizeF(font.pointSizeF() * scale);
        return f;
    };
    bool level = false;
    QFont labelFont = font;
    for (qreal scale = 1.0; !level && scale >= 0.85 - 1e-9; scale -= 0.05) {
        labelFont = scaled(scale);
        level = charts::widestLine(labelFont, words) <= room;
    }
    QStringList labels;
    for (const QStringList &nameLines : std::as_const(lines)) {
        QStringList escaped;
        for (const QString &line : nameLines)
            escaped.append(line.toHtmlEscaped());
        labels.append(escaped.join(QLatin1String("<br>")));
    }
    // Reasons whose labels differ only in spacing or a slash's space wrap alike; the
    // axis drops repeated categories, so every bar must get a label of its own.
    labels = display::makeUnique(labels);
    const int angle = level ? 0 : -90;
    if (m_reasons->labelsAngle() != angle)
        m_reasons->setLabelsAngle(angle);
    // Upright lines stand side by side in a bar's width: when they need more, the type
    // shrinks (to three quarters) before QtCharts would cut the label short.
    qsizetype mostLines = 1;
    for (const QStringList &nameLines : std::as_const(lines))
        mostLines = std::max(mostLines, nameLines.size());
    for (qreal scale = 1.0; !level && scale >= 0.75 - 1e-9; scale -= 0.05) {
        labelFont = scaled(scale);
        // Side by side in a bar's width, and each line no longer than QtCharts lets the
        // axis's labels be tall: its axes take at most 40 % of the room under the title
        // and legend (less the ticks and a margin).
        const QFontMetricsF fm(labelFont);
        qreal longest = 0;
        for (const QStringList &nameLines : std::as_const(lines))
            longest = std::max(longest, charts::widestLine(labelFont, nameLines));
        if (fm.lineSpacing() * qreal(mostLines) <= room &&
            longest <= 0.4 * (size().height() - plotArea().top()) - 14)
            break;
    }
    if (m_reasons->labelsFont() != labelFont)
        m_reasons->setLabelsFont(labelFont);
    if (labels != m_reasons->categories())
        m_reasons->setCategories(labels);
}

void ReasonParetoChart::setModel(const ReasonParetoModel *model, const QString &currency)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_currency = currency;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &ReasonParetoChart::refill);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &ReasonParetoChart::refill);
    }
    refill();
}

void ReasonParetoChart::refill()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    QStringList reasons;
    QList<qreal> values;
    QList<QPointF> cumulative;
    double maxValue = 0;
    // A bar per row of the model (the engine's reason keys), each with a short, safe label
    // of its own: long reasons are cut with an ellipsis, then wrap at their spaces
    // (fitReasonLabels); reasons that read alike are numbered.
    QStringList keys;
    for (int row = 0; row < rows; ++row)
        keys.append(m_model->index(row, ReasonParetoModel::Reason).data(roleId(Role::Text)).toString());
    m_reasonNames = display::uniqueLabels(keys, display::kChartChars);
    for (int row = 0; row < rows; ++row) {
        reasons.append(m_reasonNames.at(row).toHtmlEscaped());
        const double value =
            m_model->index(row, ReasonParetoModel::Value).data(roleId(Role::Value)).toDouble();
        values.append(value);
        maxValue = std::max(maxValue, value);
        const QVariant share =
            m_model->index(row, ReasonParetoModel::CumulativeShare).data(roleId(Role::Value));
        if (share.isValid())
            cumulative.append(QPointF(row, share.toDouble() * 100.0)); // a fraction, drawn in percent
    }
    // Narrow beside the trend on a 1024- or 1280-pixel screen: "12.500" would be cut.
    const charts::MoneyScale scale = charts::moneyScale(maxValue, m_currency, 1e4);
    for (qreal &v : values)
        v /= scale.divisor;
    m_valueSet->remove(0, m_valueSet->count());
    m_valueSet->append(values);
    m_valueSet->setLabel(tr("Lost value (%1)").arg(scale.unit));
    m_reasons->clear();
    m_reasons->append(reasons.isEmpty() ? QStringList{tr("No losses")} : reasons);
    fitReasonLabels();
    m_cumulative->replace(cumulative);
    const double last = std::max(0, int(reasons.size()) - 1);
    m_mark->replace({QPointF(-0.5, 80), QPointF(last + 0.5, 80)});
    charts::setAxisTitle(this, m_valueAxis, tr("Lost value (%1)").arg(scale.unit), scale.unit);
    charts::setNiceRange(m_valueAxis, maxValue / scale.divisor, false);
    setHighlighted(m_highlighted < rows ? m_highlighted : -1);
    charts::describe(this);
}

void ReasonParetoChart::setHighlighted(int row)
{
    m_highlighted = row;
    m_valueSet->deselectAllBars();
    if (row < 0) {
        m_valueSet->setColor(theme::accent());
        m_valueSet->setBorderColor(theme::accent());
        return;
    }
    m_valueSet->setColor(theme::context());
    m_valueSet->setBorderColor(theme::context());
    m_valueSet->selectBar(row);
}

} // namespace acc
