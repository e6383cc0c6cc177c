#pragma once

#include <QLayout>
#include <QList>

namespace acc {

// A row of controls that goes on to another row when the width runs out, rather than
// widening the view past the window (a German filter bar at 1024 pixels): items keep
// their preferred widths, left to right; an item added with a stretch takes the room
// left on its row (a heading, pushing the buttons after it to the right); a stretching
// FitText may also give way down to the width its smallest type needs, so the items after
// it keep their row. Items that
// belong together (a label and its box) are added as one layout and never split.
// Height follows the width (heightForWidth).
class FlowLayout final : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addWidget(QWidget *widget, int stretch = 0);
    // A group kept on one row (a QHBoxLayout of a label and its box).
    void addLayout(QLayout *layout);
    // Room that takes what is left on its row (the buttons after it go to the right).
    void addStretch(int stretch = 1);
    // A fixed gap (not at a row's start).
    void addSpacing(int size);
    // The rows the items take at this width (of the layout's contents).
    int rowsFor(int width) const;

    void addItem(QLayoutItem *item) override;
    int count() const override { return static_cast<int>(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index).item; }
    QLayoutItem *takeAt(int index) override;
    QSize sizeHint() const override;
    QSize minimumSize() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    void setGeometry(const QRect &rect) override;
    Qt::Orientations expandingDirections() const override { return Qt::Horizontal; }

private:
    struct Entry
    {
        QLayoutItem *item = nullptr;
        int stretch = 0;
    };
    int gap() const;
    // Lays the items out in rect (applying their geometry when apply); returns the height
    // used, and the number of rows in *rows.
    int place(const QRect &rect, bool apply, int *rows = nullptr) const;

    QList<Entry> m_items;
    int m_height = 0; // the height at the width last laid out (0: not yet laid out)
};

} // namespace acc
