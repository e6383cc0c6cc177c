#pragma once

#include "theme/theme.h"

#include <QtCharts/QChart>

class QGraphicsView;
class QWidget;
#include <QtCharts/QValueAxis>

namespace acc::charts {

// A value axis from 0 to a round number above maxValue, with round steps (1, 2, 2.5 or 5
// times a power of ten) and at most about six ticks; integer steps for counts.
void setNiceRange(QValueAxis *axis, double maxValue, bool integers);

// A money axis in thousands ("k EUR") once its values reach 100,000, in millions ("M
// EUR") once they reach a million, in billions ("bn EUR") once they reach a billion: tick
// labels of "150,000" or "5,000,000" would be cut in a chart a 1024-pixel window shares
// with another. Values are divided by `divisor` before they are drawn.
struct MoneyScale
{
    double divisor = 1;
    QString unit; // "EUR", "M EUR", "bn EUR"
};
// thousandsFrom: a chart that is narrow by design (the reasons' Pareto beside the trend)
// counts in thousands from 10,000 already.
MoneyScale moneyScale(double maxValue, const QString &currency, double thousandsFrom = 1e5);

// Title, fonts, colours and margins every chart of the application shares.
void applyStyle(QChart *chart, const theme::ChartStyle &style);
void styleAxis(QAbstractAxis *axis, const theme::ChartStyle &style);

// The style for a screen chart smaller than the size it was designed for: the type
// shrinks with the smaller of the two ratios, to no less than 70 %, so titles, axes and
// labels keep fitting on a 1280- or 1024-pixel projector. Print styles are laid out at
// their page size and come back as they are.
theme::ChartStyle fittedStyle(const theme::ChartStyle &style, QSizeF size, QSizeF designSize);
// Sets a style's fonts on a chart, its legend and its axes (after fittedStyle).
void applyFonts(QChart *chart, const theme::ChartStyle &style);
// A screen chart resized to size: below legendMinWidth it drops its legend (its axis
// titles name the same series) rather than its plot, which QtCharts would cut off at the
// right; its type follows fittedStyle. *fitted is the style in use; true when it changed
// (the chart's own extra fonts then follow it).
bool fitToSize(QChart *chart, const theme::ChartStyle &style, theme::ChartStyle *fitted, QSizeF size,
               QSizeF designSize, qreal legendMinWidth);
// A chart's title and an axis's title, set through these, wrap onto a second line at a
// word when they are too long for the chart's width (or a vertical axis's height) at the
// fitted type, rather than being cut short with "..." by QtCharts; fitToSize wraps them
// again at every size. The plain texts stay readable with the two functions after.
void setTitle(QChart *chart, const QString &title);
// shortTitle (the unit alone, "k EUR", "%"), when given, replaces an axis title that does
// not fit on two lines at three quarters of its type.
void setAxisTitle(QChart *chart, QAbstractAxis *axis, const QString &title, const QString &shortTitle = {});
QString plainTitle(const QChart *chart);
QString plainAxisTitle(const QAbstractAxis *axis);
// Wraps the chart's title, its axes' titles and its legend's labels for size (called by
// fitToSize; charts laid out at a fixed size call it once).
void wrapTexts(QChart *chart, QSizeF size);
// text on one line when it fits width in font, else on two lines split at the space that
// makes the longer line shortest, else on up to three lines broken at spaces (rich text,
// escaped: "<br>" between the lines); a single long word stays whole (QtCharts shortens it).
QString wrappedText(const QFont &font, const QString &text, qreal width);

// The chart told in words, for screen readers and anyone who cannot see it: every series
// with its values by category ("Lost customers: Oct 2025 3; Nov 2025 1; ..."), at most
// 24 values a series. describe() puts the title and this text on the views showing the
// chart (accessible name and description); every chart calls it when it is refilled.
QString summary(const QChart *chart);
void describe(QChart *chart);

// A chart with a line under it that says what it counts (topMargin above the chart); the
// line is also the chart view's accessible name when the chart has no title.
QWidget *captionedPage(QGraphicsView *view, const QString &caption, const theme::Theme &theme,
                       QWidget *parent, int topMargin = 0);

// The widest line of a category label whose lines are `lines`, in font.
qreal widestLine(const QFont &font, const QStringList &lines);

} // namespace acc::charts
