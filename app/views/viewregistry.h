#pragma once

#include "reportview.h"

#include <QStringList>

#include <vector>

namespace acc::views {

// Every view of the window in the order of PRODUCT.md: the sidebar, the View menu and
// Ctrl+1..9 follow it. A view describes itself (its descriptor()); adding one is a line
// here and its folder under app/views/.
const std::vector<ViewDescriptor> &all();
// The view of that command-line name, or nullptr.
const ViewDescriptor *find(const QString &name);
// The command-line names, in order ("loss-review, best-customers, ...").
QStringList names();

} // namespace acc::views
