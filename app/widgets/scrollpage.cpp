#include "scrollpage.h"

#include <QLayout>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace acc::scrollpage {

namespace {

class Page final : public QWidget
{
public:
    using QWidget::QWidget;
    int heightForWidth(int width) const override
    {
        return layout() ? layout()->minimumHeightForWidth(width) : QWidget::heightForWidth(width);
    }
};

} // namespace

QVBoxLayout *create(QWidget *view, const QString &objectName)
{
    auto *outer = new QVBoxLayout(view);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(view);
    scroll->setObjectName(objectName);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded); // never cut at the right
    auto *page = new Page(scroll);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    scroll->setWidget(page);
    outer->addWidget(scroll);
    return layout;
}

void stackCharts(QSplitter *charts, int viewWidth, int sideBySideFrom, int chartHeight)
{
    const Qt::Orientation orientation = viewWidth >= sideBySideFrom ? Qt::Horizontal : Qt::Vertical;
    int shown = 0;
    for (int i = 0; i < charts->count(); ++i)
        shown += charts->widget(i)->isHidden() ? 0 : 1;
    const int height = orientation == Qt::Horizontal
                           ? chartHeight
                           : shown * chartHeight + std::max(0, shown - 1) * charts->handleWidth();
    if (charts->orientation() != orientation)
        charts->setOrientation(orientation);
    if (charts->minimumHeight() != height)
        charts->setMinimumHeight(height);
}

} // namespace acc::scrollpage
