#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>

class QAbstractItemView;
class QTableView;
class QWidget;

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

// Secondary text: the widget's text in mutedInk (a caption, a note under a title).
void mute(QWidget *widget);

// A target's status as text colour (always beside its symbol and word): met (Okabe-Ito
// bluish green), at risk (orange), missed and overdue (vermillion), each darkened to read
// on white (4.5:1; 7:1 in high contrast).
QColor statusMet();
QColor statusAtRisk();
QColor statusMissed();

// High contrast (File > Settings, or a high-contrast desktop theme): pure black ink, the
// secondary text as dark as the ink, darker accent and context greys, visible rules. Set
// once at start, before any window is made (stylesheets take the colours then).
void setHighContrast(bool on);
bool highContrast();
// WCAG 2 contrast ratio of two colours (1 to 21): text needs 4.5, high contrast 7.
double contrastRatio(const QColor &a, const QColor &b);

// Okabe & Ito's eight colours, safe for every form of colour blindness, in the order a
// chart's series take them: orange, sky blue, bluish green, yellow, blue, vermillion,
// reddish purple, black. series(i) wraps around.
QColor series(int i);
// The best-customer group in every chart (Okabe-Ito blue) against the rest (context grey).
QColor best();

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

// The kinds of text a view shows, each with its size in the theme.
enum class Text {
    Small,      // captions, footnotes, tab labels
    Body,       // labels, buttons, lists
    Table,      // table cells and headers
    Navigation, // the list of views
    Heading,    // a section's title
    Figure,     // a headline figure in a tile
    Title,      // the company's name in the header
};

// Type sizes, palette and table style for the window and every view: one object, so a
// view never picks its own sizes, and meeting mode can scale it for a projector.
class Theme final
{
public:
    // The desk theme: readable from the back of a meeting room on a 1280x720 projector.
    static const Theme &standard();
    // The same theme with every type size multiplied by factor (meeting mode).
    Theme scaled(qreal factor) const;

    qreal scale() const { return m_scale; }
    qreal pointSize(Text text) const;
    QFont font(Text text, bool bold = false) const;
    // Chart text sizes of this theme (screen: point sizes).
    ChartStyle chart() const;
    QPalette palette(const QPalette &base = QPalette()) const;

    // Table style: font, alternating rows, row height from the font, a quiet grid, bold
    // left-aligned headers, whole-row selection.
    void styleTable(QTableView *table) const;
    // A list (sidebar, simple lists): font and row padding.
    QString navigationStyleSheet() const;

private:
    qreal m_scale = 1.0;
};

} // namespace acc::theme
