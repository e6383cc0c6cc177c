#pragma once

#include <QLayout>
#include <QList>

namespace acc {

// Equal-width tiles in one row while each gets at least minimumTileWidth (or, for a
// FigureTile, the width its texts need at their smallest type if more), otherwise in
// as few rows as keep them that wide (five tiles: 5, then 3 + 2, then 2 + 2 + 1, ...).
// Height follows the width (heightForWidth), so the rows below move down as tiles wrap.
class TileGridLayout final : public QLayout
{
public:
    explicit TileGridLayout(int minimumTileWidth, QWidget *parent = nullptr);
    ~TileGridLayout() override;

    // Columns used at this width (of the layout's contents).
    int columnsFor(int width) const;

    void addItem(QLayoutItem *item) override;
    int count() const override { return static_cast<int>(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;
    QSize sizeHint() const override;
    QSize minimumSize() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    void setGeometry(const QRect &rect) override;
    Qt::Orientations expandingDirections() const override { return Qt::Horizontal; }

private:
    int rowHeight() const;
    int place(const QRect &rect, bool apply) const; // returns the height used

    QList<QLayoutItem *> m_items;
    int m_minimumTileWidth;
};

} // namespace acc
