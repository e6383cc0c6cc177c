#include "chartsupport.h"

#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QXYSeries>

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace acc::charts {

namespace {

const char *const kPlainTitle = "accPlainTitle";
const char *const kShortTitle = "accShortTitle"; // an axis's title when the whole one cannot fit
constexpr qreal kTwoLineAxisWidth = 420;         // narrower charts keep vertical axis titles on one line
const char *const kShownLabel = "accShownLabel";
const char *const kTitleFont = "accTitleFont";

// Room QtCharts leaves around a title and a legend label, in pixels.
constexpr qreal kTextSlack = 16;

} // namespace

void setNiceRange(QValueAxis *axis, double maxValue, bool integers)
{
    if (!(maxValue > 0))
        maxValue = integers ? 4 : 1;
    const double rough = maxValue / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = m * magnitude;
        if (step >= rough)
            break;
    }
    if (integers)
        step = std::max(1.0, std::ceil(step));
    const double top = std::ceil(maxValue / step - 1e-9) * step;
    const int ticks = int(std::lround(top / step)) + 1;
    axis->setRange(0, top);
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setTickCount(ticks);
    axis->setMinorTickCount(0);
    const bool wholeSteps = std::fabs(step - std::round(step)) < 1e-9;
    axis->setLabelFormat(wholeSteps ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
}

MoneyScale moneyScale(double maxValue, const QString &currency, double thousandsFrom)
{
    if (maxValue >= 1e9)
        return {1e9, QCoreApplication::translate("Format", "bn %1").arg(currency)};
    if (maxValue >= 1e6)
        return {1e6, QCoreApplication::translate("Format", "M %1").arg(currency)};
    if (maxValue >= thousandsFrom)
        return {1e3, QCoreApplication::translate("Format", "k %1").arg(currency)};
    return {1, currency};
}

void applyStyle(QChart *chart, const theme::ChartStyle &style)
{
    chart->setAnimationOptions(style.animations ? QChart::SeriesAnimations : QChart::NoAnimation);
    chart->setBackgroundBrush(theme::background());
    chart->setBackgroundRoundness(0);
    chart->setTitleFont(style.font(style.titleSize, true));
    chart->setTitleBrush(theme::ink());
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    QLegend *legend = chart->legend();
    legend->setFont(style.font(style.legendSize));
    // Titles wrap again when the plot moves (a title on two lines leaves the axes less).
    if (!chart->property("accWrapsTexts").toBool()) {
        chart->setProperty("accWrapsTexts", true);
        QObject::connect(chart, &QChart::plotAreaChanged, chart,
                         [chart] { wrapTexts(chart, chart->size()); });
    }
    legend->setLabelColor(theme::ink());
    legend->setAlignment(Qt::AlignTop);
}

void styleAxis(QAbstractAxis *axis, const theme::ChartStyle &style)
{
    axis->setLabelsFont(style.font(style.labelSize));
    axis->setLabelsBrush(theme::ink());
    axis->setTitleFont(style.font(style.axisTitleSize));
    axis->setProperty(kTitleFont, axis->titleFont()); // the size wrapTexts starts from
    axis->setTitleBrush(theme::mutedInk());
    axis->setGridLineColor(theme::grid());
    axis->setLinePenColor(theme::mutedInk());
    axis->setMinorGridLineVisible(false);
}

theme::ChartStyle fittedStyle(const theme::ChartStyle &style, QSizeF size, QSizeF designSize)
{
    if (style.pixelSizes || designSize.isEmpty())
        return style;
    const qreal ratio = std::min(size.width() / designSize.width(), size.height() / designSize.height());
    // Whole half points, so small resizes do not restyle the chart every time.
    const qreal scale = std::clamp(std::floor(ratio * 20.0) / 20.0, 0.7, 1.0);
    theme::ChartStyle fitted = style;
    for (qreal *points : {&fitted.titleSize, &fitted.labelSize, &fitted.axisTitleSize, &fitted.legendSize})
        *points = std::round(*points * scale * 2.0) / 2.0;
    return fitted;
}

void applyFonts(QChart *chart, const theme::ChartStyle &style)
{
    chart->setTitleFont(style.font(style.titleSize, true));
    chart->legend()->setFont(style.font(style.legendSize));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(style.font(style.labelSize));
        axis->setTitleFont(style.font(style.axisTitleSize));
        axis->setProperty(kTitleFont, axis->titleFont());
    }
}

bool fitToSize(QChart *chart, const theme::ChartStyle &style, theme::ChartStyle *fitted, QSizeF size,
               QSizeF designSize, qreal legendMinWidth)
{
    if (style.pixelSizes) {
        wrapTexts(chart, size);
        return false;
    }
    chart->legend()->setVisible(size.width() >= legendMinWidth);
    const theme::ChartStyle next = fittedStyle(style, size, designSize);
    const bool changed = next.labelSize != fitted->labelSize || next.titleSize != fitted->titleSize;
    if (changed) {
        *fitted = next;
        applyFonts(chart, next);
    }
    wrapTexts(chart, size);
    return changed;
}

QString wrappedText(const QFont &font, const QString &text, qreal width)
{
    const QFontMetricsF fm(font);
    if (fm.horizontalAdvance(text) <= width)
        return text;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    qsizetype bestSplit = 0;
    qreal bestWidth = fm.horizontalAdvance(text);
    for (qsizetype k = 1; k < words.size(); ++k) {
        const qreal longer = std::max(fm.horizontalAdvance(words.mid(0, k).join(QLatin1Char(' '))),
                                      fm.horizontalAdvance(words.mid(k).join(QLatin1Char(' '))));
        if (longer < bestWidth) {
            bestWidth = longer;
            bestSplit = k;
        }
    }
    if (bestSplit == 0)
        return text; // one word: QtCharts shortens it
    QStringList lines;
    if (bestWidth <= width) {
        lines << words.mid(0, bestSplit).join(QLatin1Char(' '))
              << words.mid(bestSplit).join(QLatin1Char(' '));
    } else {
        // As many words a line as fit, up to three lines; the last takes the rest.
        for (const QString &word : words) {
            if (!lines.isEmpty() &&
                (lines.size() == 3 ||
                 fm.horizontalAdvance(lines.constLast() + QLatin1Char(' ') + word) <= width))
                lines.last() += QLatin1Char(' ') + word;
            else
                lines.append(word);
        }
    }
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    return lines.join(QLatin1String("<br>"));
}

void setTitle(QChart *chart, const QString &title)
{
    chart->setProperty(kPlainTitle, title);
    chart->setTitle(
        wrappedText(chart->titleFont(), title,
                    chart->size().width() - chart->margins().left() - chart->margins().right() - kTextSlack));
}

void setAxisTitle(QChart *chart, QAbstractAxis *axis, const QString &title, const QString &shortTitle)
{
    axis->setProperty(kPlainTitle, title);
    axis->setProperty(kShortTitle, shortTitle);
    axis->setTitleText(title);
    if (chart->size().isValid())
        wrapTexts(chart, chart->size());
}

QString plainTitle(const QChart *chart)
{
    const QVariant plain = chart->property(kPlainTitle);
    return plain.isValid() ? plain.toString() : chart->title();
}

QString plainAxisTitle(const QAbstractAxis *axis)
{
    const QVariant plain = axis->property(kPlainTitle);
    return plain.isValid() ? plain.toString() : axis->titleText();
}

void wrapTexts(QChart *chart, QSizeF size)
{
    if (!size.isValid() || size.isEmpty())
        return;
    const QMargins m = chart->margins();
    const qreal width = size.width() - m.left() - m.right() - kTextSlack;
    if (chart->property(kPlainTitle).isValid()) {
        const QString title = wrappedText(chart->titleFont(), plainTitle(chart), width);
        if (title != chart->title())
            chart->setTitle(title);
    }
    // A level legend shares the width among its markers: a label too long for its share
    // goes onto two lines ("Detractors" / "(0-6)") rather than ending in "...".
    QLegend *legend = chart->legend();
    if (legend->isVisible() && (legend->alignment() & (Qt::AlignTop | Qt::AlignBottom))) {
        const QList<QLegendMarker *> markers = legend->markers();
        const auto shown = std::count_if(markers.begin(), markers.end(),
                                         [](const QLegendMarker *marker) { return marker->isVisible(); });
        const QFontMetricsF fm(legend->font());
        const qreal markerRoom = fm.height() + 3 * fm.averageCharWidth(); // its square and gaps
        const qreal each = shown > 0 ? width / qreal(shown) - markerRoom : width;
        for (QLegendMarker *marker : markers) {
            // The plain label, unless QtCharts set a new one (a series renamed) since.
            const bool ours = marker->label() == marker->property(kShownLabel).toString();
            const QString plain = ours ? marker->property(kPlainTitle).toString() : marker->label();
            const QString label = wrappedText(legend->font(), plain, each);
            marker->setProperty(kPlainTitle, plain);
            marker->setProperty(kShownLabel, label);
            if (label != marker->label())
                marker->setLabel(label);
        }
    }
    // An axis title runs along its axis: about the plot's height for a vertical axis (the
    // title, legend and horizontal axis's labels take the rest), its width for a level one.
    // Once laid out, the plot area says it (a title on three lines leaves less).
    const QRectF plot = chart->plotArea();
    const bool laidOut = plot.height() > 0 && plot.width() > 0;
    const qreal plotHeight =
        std::max<qreal>(40, laidOut ? std::min(plot.height(), size.height() - 140) : size.height() - 140);
    const qreal plotWidth = std::max<qreal>(40, laidOut ? std::min(plot.width(), width - 120) : width - 120);
    for (QAbstractAxis *axis : chart->axes()) {
        if (!axis->property(kPlainTitle).isValid())
            continue;
        // Less a little: QtCharts cuts a title a few pixels before the plot's length.
        const qreal along = (axis->orientation() == Qt::Vertical ? plotHeight : plotWidth) - 16;
        // A narrow chart leaves a vertical axis too little width for a title on two lines:
        // QtCharts would show the first line only, cut ("Verlorener…").
        const int maxLines = axis->orientation() == Qt::Vertical && size.width() < kTwoLineAxisWidth ? 1 : 2;
        // On two lines at most (a third would eat the plot's width); smaller type, to three
        // quarters of the style's, before QtCharts would cut it.
        const QVariant styled = axis->property(kTitleFont);
        const QFont base = styled.isValid() ? styled.value<QFont>() : axis->titleFont();
        QFont font = base;
        QString title;
        for (qreal scale = 1.0; scale >= 0.75 - 1e-9; scale -= 0.05) {
            font = base;
            if (base.pixelSize() > 0)
                font.setPixelSize(std::max(1, qRound(base.pixelSize() * scale)));
            else
                font.setPointSizeF(base.pointSizeF() * scale);
            title = wrappedText(font, plainAxisTitle(axis), along);
            const QStringList lines = title.split(QStringLiteral("<br>"));
            if (lines.size() <= maxLines && widestLine(font, lines) <= along + 1)
                break;
        }
        // Still too long at the smallest type: the short title (the unit alone, "k EUR"),
        // whole, rather than a title QtCharts cuts ("Verlorener…").
        const QStringList lines = title.split(QStringLiteral("<br>"));
        const QString shortTitle = axis->property(kShortTitle).toString();
        if (!shortTitle.isEmpty() && (lines.size() > maxLines || widestLine(font, lines) > along + 1))
            title = wrappedText(font, shortTitle, along);
        if (font != axis->titleFont())
            axis->setTitleFont(font);
        if (title != axis->titleText())
            axis->setTitleText(title);
    }
}

qreal widestLine(const QFont &font, const QStringList &lines)
{
    const QFontMetricsF fm(font);
    qreal widest = 0;
    for (const QString &line : lines)
        widest = std::max(widest, fm.horizontalAdvance(line));
    return widest;
}

namespace {

struct SummaryTr
{
    Q_DECLARE_TR_FUNCTIONS(ChartSummary)
};

constexpr int kSummaryValues = 24;

QString numberText(qreal v)
{
    const QLocale locale;
    return std::abs(v - std::round(v)) < 1e-9 ? locale.toString(std::llround(v)) : locale.toString(v, 'f', 1);
}

// The categories along the series' horizontal (or, for horizontal bars, vertical) axis.
QStringList categoriesOf(const QChart *chart, QAbstractSeries *series)
{
    for (QAbstractAxis *axis : chart->axes(Qt::Horizontal | Qt::Vertical, series)) {
        if (auto *bars = qobject_cast<QBarCategoryAxis *>(axis))
            return bars->categories();
    }
    return {};
}

QString plain(QString text)
{
    text.replace(QLatin1String("<br>"), QLatin1String(" "));
    return text;
}

} // namespace

QString summary(const QChart *chart)
{
    QStringList parts;
    for (QAbstractSeries *series : chart->series()) {
        const QStringList categories = categoriesOf(chart, series);
        const auto categoryText = [&](int i) {
            return plain(categories.value(i, QLocale().toString(i + 1)));
        };
        const auto joined = [](const QString &name, QStringList items, int total) {
            if (total > kSummaryValues)
                items << SummaryTr::tr("and %n more", nullptr, total - kSummaryValues);
            return name.isEmpty() ? items.join(QStringLiteral("; "))
                                  : name + QStringLiteral(": ") + items.join(QStringLiteral("; "));
        };
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (const QBarSet *set : bars->barSets()) {
                QStringList items;
                for (int i = 0; i < set->count() && i < kSummaryValues; ++i)
                    items << categoryText(i) + QLatin1Char(' ') + numberText(set->at(i));
                parts << joined(plain(set->label()), items, int(set->count()));
            }
        } else if (auto *xy = qobject_cast<QXYSeries *>(series)) {
            QStringList items;
            const QList<QPointF> points = xy->points();
            for (int i = 0; i < points.size() && i < kSummaryValues; ++i) {
                const QPointF p = points.at(i);
                const bool onCategory = !categories.isEmpty() && std::abs(p.x() - std::round(p.x())) < 1e-9;
                const QString x = onCategory ? categoryText(int(std::round(p.x()))) : numberText(p.x());
                items << x + QLatin1Char(' ') + numberText(p.y());
            }
            parts << joined(plain(xy->name()), items, int(points.size()));
        }
    }
    return parts.join(QStringLiteral(". "));
}

void describe(QChart *chart)
{
    if (!chart->scene())
        return;
    const QString title = plainTitle(chart);
    const QString text = summary(chart);
    for (QGraphicsView *view : chart->scene()->views()) {
        // A chart without a title of its own (a heading above names it) keeps the name
        // its view was given.
        if (!title.isEmpty())
            view->setAccessibleName(title);
        else if (view->accessibleName().isEmpty())
            view->setAccessibleName(SummaryTr::tr("Chart"));
        view->setAccessibleDescription(text);
    }
}

QWidget *captionedPage(QGraphicsView *view, const QString &caption, const theme::Theme &theme,
                       QWidget *parent, int topMargin)
{
    auto *page = new QWidget(parent);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, topMargin, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(view, 1);
    auto *label = new QLabel(caption, page);
    label->setWordWrap(true);
    label->setFont(theme.font(theme::Text::Small));
    theme::mute(label);
    layout->addWidget(label);
    if (view->accessibleName().isEmpty() || view->accessibleName() == SummaryTr::tr("Chart"))
        view->setAccessibleName(caption);
    return page;
}

} // namespace acc::charts
