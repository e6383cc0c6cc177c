#pragma once

#include <QString>

class QSplitter;

namespace acc::splittermemory {

// Splitter sizes the user dragged, kept between runs (QSettings "splitters/KEY", as
// shares of the splitter's length so they fit another window size; docs/settings.md).
// A splitter only remembers once dragged: until then its view sizes it as it sees fit
// and asks moved() before resizing it.

// Watches the splitter: a drag marks it moved and stores its shares; shares stored by an
// earlier run are put back once it has its size.
void remember(QSplitter *splitter, const QString &key);
// Whether the user has dragged it (in this run or an earlier one).
bool moved(const QSplitter *splitter);
// Off for headless screenshots and checks (--size, --screenshot): nothing read or stored
// (a drag still marks the splitter moved).
void setEnabled(bool enabled);

} // namespace acc::splittermemory
