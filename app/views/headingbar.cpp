#include "headingbar.h"

#include "reportview.h"
#include "theme/theme.h"
#include "widgets/fittext.h"
#include "widgets/flowlayout.h"

#include <QBoxLayout>
#include <QPushButton>

namespace acc {

HeadingBar addHeadingBar(ReportView *view, QBoxLayout *layout, const theme::Theme &theme,
                         const QString &exportTip)
{
    HeadingBar bar;
    bar.heading =
        new FitText(theme.pointSize(theme::Text::Heading), theme.pointSize(theme::Text::Small), true, view);
    bar.heading->setColor(theme::ink());
    bar.exportButton = new QPushButton(ReportView::tr("E&xport CSV…"), view);
    bar.exportButton->setToolTip(exportTip);
    QObject::connect(bar.exportButton, &QPushButton::clicked, view, &ReportView::exportTable);
    auto *row = new FlowLayout;
    row->addWidget(bar.heading, 1);
    row->addWidget(bar.exportButton);
    layout->addLayout(row);
    return bar;
}

} // namespace acc
