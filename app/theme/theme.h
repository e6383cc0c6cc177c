#pragma once

#include <QColor>
#include <QFont>

namespace acc::theme {

// The projector palette: white ground, near-black ink, one accent for losses, greys for
// context. Status is always written as well as coloured.
QColor ink();        // text and axes
QColor mutedInk();   // secondary text
QColor accent();     // the loss series, the current selection
QColor accentDark(); // a selected bar
QColor context();    // context bars (months outside the selection)
QColor secondLine(); // the second series of a chart (value, cumulative share)
QColor grid();       // grid lines, table rules
QColor band();       // alternate table rows, tiles
QColor background();

// Sizes of chart text in a chart's own units: on screen in points, in the PDF in scene
// units that the page scales (one unit is 0.75 pt there).
struct ChartStyle
{
    qreal titleSize = 16;
    qreal labelSize = 14;
    qreal axisTitleSize = 14;
    qreal legendSize = 14;
    qreal lineWidth = 3;
    bool pixelSizes = false; // true: sizes are pixel sizes (print), false: point sizes (screen)
    bool animations = false;

    static ChartStyle screen();
    static ChartStyle print();

    QFont font(qreal size, bool bold = false) const;
};

} // namespace acc::theme
