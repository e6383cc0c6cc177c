#include "tilegridlayout.h"

#include "figuretile.h"

#include <QWidget>

#include <algorithm>

namespace acc {

TileGridLayout::TileGridLayout(int minimumTileWidth, QWidget *parent)
    : QLayout(parent)
    , m_minimumTileWidth(minimumTileWidth)
{}

TileGridLayout::~TileGridLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void TileGridLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

QLayoutItem *TileGridLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    return m_items.takeAt(index);
}

int TileGridLayout::columnsFor(int width) const
{
    const int n = count();
    if (n == 0)
        return 1;
    const int gap = spacing();
    // A figure tile needs the room of its texts at their smallest type (its figures are
    // never cut short): the widest of them sets the minimum when it is above the layout's.
    int tileWidth = m_minimumTileWidth;
    for (QLayoutItem *item : m_items) {
        if (const auto *tile = qobject_cast<const FigureTile *>(item->widget()))
            tileWidth = std::max(tileWidth, tile->neededWidth());
    }
    // The most columns that keep every tile at least the minimum wide; then spread the
    // tiles evenly over the rows that needs (5 in 4 columns would leave one alone: 3 + 2).
    int columns = std::clamp((width + gap) / std::max(1, tileWidth + gap), 1, n);
    const int rows = (n + columns - 1) / columns;
    return (n + rows - 1) / rows;
}

int TileGridLayout::rowHeight() const
{
    int h = 0;
    for (QLayoutItem *item : m_items)
        h = std::max(h, item->sizeHint().height());
    return h;
}

int TileGridLayout::place(const QRect &rect, bool apply) const
{
    const int n = count();
    if (n == 0)
        return 0;
    const QMargins m = contentsMargins();
    const QRect r = rect.marginsRemoved(m);
    const int gap = spacing();
    const int columns = columnsFor(r.width());
    const int rows = (n + columns - 1) / columns;
    const int width = (r.width() - gap * (columns - 1)) / columns;
    const int height = rowHeight();
    if (apply) {
        for (int i = 0; i < n; ++i) {
            const int row = i / columns;
            const int column = i % columns;
            m_items[i]->setGeometry(
                QRect(r.x() + column * (width + gap), r.y() + row * (height + gap), width, height));
        }
    }
    return rows * height + (rows - 1) * gap + m.top() + m.bottom();
}

int TileGridLayout::heightForWidth(int width) const
{
    return place(QRect(0, 0, width, 0), false);
}

void TileGridLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    place(rect, true);
}

QSize TileGridLayout::sizeHint() const
{
    const int n = count();
    const QMargins m = contentsMargins();
    return QSize(n * m_minimumTileWidth + std::max(0, n - 1) * spacing() + m.left() + m.right(),
                 rowHeight() + m.top() + m.bottom());
}

QSize TileGridLayout::minimumSize() const
{
    // One column: as narrow as a tile may be.
    const QMargins m = contentsMargins();
    return QSize(m_minimumTileWidth + m.left() + m.right(), rowHeight() + m.top() + m.bottom());
}

} // namespace acc
