#pragma once

#include <QString>

class QSplitter;
class QVBoxLayout;
class QWidget;

namespace acc::scrollpage {

// A view's page that scrolls rather than squeeze: on a small screen (1024x768, or wrapped
// tiles in a longer language) the charts keep a height where every month and reason
// reads, the list below a few rows. Fills the view with a frameless scroll area (named
// objectName) and returns the layout of its page, as tall as its layout's minimum for the
// width (not its preferred height), so the view scrolls only when the minimum does not fit.
QVBoxLayout *create(QWidget *view, const QString &objectName);

// A splitter of charts side by side while the view is at least sideBySideFrom pixels
// wide, one under another at full width below that (each at least chartHeight high, the
// page scrolling to what follows): a chart given a fifth of a 1024-pixel screen cuts its
// labels and figures. Counts the splitter's visible charts; call on every resize.
void stackCharts(QSplitter *charts, int viewWidth, int sideBySideFrom, int chartHeight);

} // namespace acc::scrollpage
