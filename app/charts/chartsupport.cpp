#include "chartsupport.h"

#include <QtCharts/QLegend>

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace acc::charts {

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

MoneyScale moneyScale(double maxValue, const QString &currency)
{
    if (maxValue >= 1e9)
        return {1e9, QCoreApplication::translate("Format", "bn %1").arg(currency)};
    if (maxValue >= 1e6)
        return {1e6, QCoreApplication::translate("Format", "M %1").arg(currency)};
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
    legend->setLabelColor(theme::ink());
    legend->setAlignment(Qt::AlignTop);
}

void styleAxis(QAbstractAxis *axis, const theme::ChartStyle &style)
{
    axis->setLabelsFont(style.font(style.labelSize));
    axis->setLabelsBrush(theme::ink());
    axis->setTitleFont(style.font(style.axisTitleSize));
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
    }
}

bool fitToSize(QChart *chart, const theme::ChartStyle &style, theme::ChartStyle *fitted, QSizeF size,
               QSizeF designSize, qreal legendMinWidth)
{
    if (style.pixelSizes)
        return false;
    chart->legend()->setVisible(size.width() >= legendMinWidth);
    const theme::ChartStyle next = fittedStyle(style, size, designSize);
    if (next.labelSize == fitted->labelSize && next.titleSize == fitted->titleSize)
        return false;
    *fitted = next;
    applyFonts(chart, next);
    return true;
}

qreal widestLine(const QFont &font, const QStringList &lines)
{
    const QFontMetricsF fm(font);
    qreal widest = 0;
    for (const QString &line : lines)
        widest = std::max(widest, fm.horizontalAdvance(line));
    return widest;
}

} // namespace acc::charts
