#include "flowlayout.h"

#include "fittext.h"

#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace acc {

FlowLayout::FlowLayout(QWidget *parent)
    : QLayout(parent)
{}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append({item, 0});
}

void FlowLayout::addWidget(QWidget *widget, int stretch)
{
    addChildWidget(widget);
    m_items.append({new QWidgetItem(widget), stretch});
    invalidate();
}

void FlowLayout::addLayout(QLayout *layout)
{
    addChildLayout(layout);
    m_items.append({layout, 0});
    invalidate();
}

void FlowLayout::addStretch(int stretch)
{
    m_items.append(
        {new QSpacerItem(0, 0, QSizePolicy::Expanding, QSizePolicy::Minimum), std::max(1, stretch)});
    invalidate();
}

void FlowLayout::addSpacing(int size)
{
    m_items.append({new QSpacerItem(size, 0, QSizePolicy::Fixed, QSizePolicy::Minimum), 0});
    invalidate();
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    return m_items.takeAt(index).item;
}

int FlowLayout::gap() const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *parent = parentWidget();
    return parent ? parent->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, parent) : 6;
}

namespace {

bool isSpacer(QLayoutItem *item)
{
    return item->spacerItem() != nullptr;
}

// A hidden widget (or an empty group) takes no room; a spacer is never "empty" here.
bool isShown(QLayoutItem *item)
{
    return isSpacer(item) || !item->isEmpty();
}

} // namespace

int FlowLayout::place(const QRect &rect, bool apply, int *rows) const
{
    const QRect r = rect.marginsRemoved(contentsMargins());
    const int spacingX = gap();
    const int spacingY = spacingX;
    // An item's width on a row: its preferred width, no more than the row.
    const auto widthOf = [&r](const QLayoutItem *item) {
        return std::min(item->sizeHint().width(), r.width());
    };
    // How much narrower than that a stretching FitText may be: it shrinks its type (never
    // cut) to stay on its row rather than send the row's other items to the next.
    const auto give = [&widthOf](const Entry &e) {
        const auto *text = e.stretch > 0 ? qobject_cast<const FitText *>(e.item->widget()) : nullptr;
        return text ? std::max(0, widthOf(e.item) - text->neededWidth()) : 0;
    };
    int y = r.y();
    int rowCount = 0;
    qsizetype i = 0;
    while (i < m_items.size()) {
        // One row: as many items as fit whole (at least one, shrunk to the width if alone);
        // spacers take no gap of their own, and a row never starts with one.
        qsizetype end = i;
        int used = 0;  // at preferred widths
        int slack = 0; // what the row's shrinking texts can give
        int height = 0;
        bool any = false;
        while (end < m_items.size()) {
            QLayoutItem *item = m_items.at(end).item;
            if (!isShown(item) || (!any && isSpacer(item))) {
                if (!any)
                    ++i; // skipped before the row starts
                ++end;
                continue;
            }
            const int w = widthOf(item);
            const int needed = !any ? w : used + (isSpacer(item) ? 0 : spacingX) + w;
            const int canGive = slack + give(m_items.at(end));
            if (any && needed - canGive > r.width() && !isSpacer(item))
                break;
            used = needed;
            slack = canGive;
            height = std::max(height, item->sizeHint().height());
            any = true;
            ++end;
        }
        if (any) {
            // Each item's width: the room left goes to the first stretching item; when
            // short, the shrinking texts give it up.
            int extra = r.width() - used;
            if (extra < 0 && slack == 0)
                extra = 0; // one item alone wider than the row: already cut to the row
            bool given = false;
            QList<int> widths;
            for (qsizetype k = i; k < end; ++k) {
                const Entry &e = m_items.at(k);
                int w = isShown(e.item) ? widthOf(e.item) : 0;
                if (isShown(e.item) && extra < 0 && give(e) > 0) {
                    const int givenUp = std::min(give(e), -extra);
                    w -= givenUp;
                    extra += givenUp;
                } else if (isShown(e.item) && extra > 0 && e.stretch > 0 && !given) {
                    w += extra;
                    given = true;
                }
                widths.append(w);
            }
            // A text that wraps (a QLabel with word wrap) is as tall as its width makes it.
            const auto heightOf = [](QLayoutItem *item, int w) {
                return item->hasHeightForWidth() ? item->heightForWidth(w) : item->sizeHint().height();
            };
            for (qsizetype k = i; k < end; ++k) {
                if (isShown(m_items.at(k).item))
                    height = std::max(height, heightOf(m_items.at(k).item, widths.at(k - i)));
            }
            if (apply) {
                int x = r.x();
                bool first = true;
                for (qsizetype k = i; k < end; ++k) {
                    const Entry &e = m_items.at(k);
                    if (!isShown(e.item))
                        continue;
                    if (!first && !isSpacer(e.item))
                        x += spacingX;
                    first = false;
                    const int w = widths.at(k - i);
                    const int h = std::min(height, heightOf(e.item, w));
                    e.item->setGeometry(QRect(x, y + (height - h) / 2, w, h));
                    x += w;
                }
            }
        }
        if (any) {
            y += height + spacingY;
            ++rowCount;
        }
        i = end;
    }
    if (rows)
        *rows = rowCount;
    const QMargins m = contentsMargins();
    return (rowCount > 0 ? y - spacingY - r.y() : 0) + m.top() + m.bottom();
}

int FlowLayout::rowsFor(int width) const
{
    int rows = 0;
    place(QRect(0, 0, width, 0), false, &rows);
    return rows;
}

int FlowLayout::heightForWidth(int width) const
{
    return place(QRect(0, 0, width, 0), false);
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    const int height = place(rect, true);
    if (height != m_height) {
        // Its rows changed: the layouts above (a splitter's pane, which knows nothing of
        // heightForWidth) must make room for them, once this layout pass is over.
        m_height = height;
        QMetaObject::invokeMethod(
            this,
            [this] {
                // Every layout above caches its minimum: each is told.
                for (QLayout *l = this; l; l = qobject_cast<QLayout *>(l->parent()))
                    l->invalidate();
                // And every widget up to the window (a splitter or a scroll area between
                // them only learns of a larger minimum this way).
                for (QWidget *w = parentWidget(); w && !w->isWindow(); w = w->parentWidget())
                    w->updateGeometry();
            },
            Qt::QueuedConnection);
    }
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one row.
    int width = 0;
    int height = 0;
    int shown = 0;
    for (const Entry &e : m_items) {
        if (!isShown(e.item))
            continue;
        width += e.item->sizeHint().width();
        height = std::max(height, e.item->sizeHint().height());
        shown += isSpacer(e.item) ? 0 : 1;
    }
    const QMargins m = contentsMargins();
    return {width + std::max(0, shown - 1) * gap() + m.left() + m.right(), height + m.top() + m.bottom()};
}

QSize FlowLayout::minimumSize() const
{
    // One item a row: as narrow as the widest item's minimum; as tall as its rows at the
    // width it was last laid out at (so a splitter's pane or a scroll area gives the room).
    QSize size;
    for (const Entry &e : m_items) {
        if (!isSpacer(e.item) && !e.item->isEmpty())
            size = size.expandedTo(e.item->minimumSize());
    }
    const QMargins m = contentsMargins();
    size += QSize(m.left() + m.right(), m.top() + m.bottom());
    return {size.width(), std::max(size.height(), m_height)};
}

} // namespace acc
