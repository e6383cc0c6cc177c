#pragma once

#include <QString>

class QBoxLayout;
class QPushButton;

namespace acc {

class FitText;
class ReportView;

namespace theme {
class Theme;
}

// The line a figures view starts with: its heading (shrinking to fit the width) and an
// "Export CSV…" button that calls view->exportTable(). Added to layout.
struct HeadingBar
{
    FitText *heading = nullptr;
    QPushButton *exportButton = nullptr;
};
HeadingBar addHeadingBar(ReportView *view, QBoxLayout *layout, const theme::Theme &theme,
                         const QString &exportTip);

} // namespace acc
