#pragma once

#include <QListWidget>

namespace acc {

namespace theme {
class Theme;
}

// The list of views down the window's left side. A name too long for its width wraps
// onto a second line at a word (German "Kundenstimme &" / "Service") rather than being cut
// short: the item's height is worked out at the width it is painted at, every time the
// list is resized. The list is never narrower than its longest word.
class NavigationList final : public QListWidget
{
    Q_OBJECT
public:
    explicit NavigationList(const theme::Theme &theme, QWidget *parent = nullptr);

    // The width that shows every name on at most two lines (one when it is short enough),
    // with the items' padding: the width the window gives the list when it has the room.
    int preferredWidth() const;
    // Its width in a window `total` pixels wide: about a sixth, its longest name on one
    // line when that fits, otherwise down to every name on two lines (never cut).
    int widthIn(int total) const;
    // The room around an item's text.
    int horizontalPadding() const { return m_horizontalPadding; }
    int verticalPadding() const { return m_verticalPadding; }
    // The width the item's text is laid out in: the viewport less the padding and icon.
    int textWidth(const QListWidgetItem *item) const;

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;

private:
    int iconRoom(const QIcon &icon) const;
    int widestWord() const;
    // The padding that fits every item in the list's height, from the normal down to 3.
    void fitPadding();

    int m_horizontalPadding;
    int m_normalPadding;   // above and below a name when the list has the height
    int m_verticalPadding; // in use: less on a short window, so no name needs scrolling to
};

} // namespace acc
