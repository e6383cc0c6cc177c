#include "navigationlist.h"

#include "theme/theme.h"

#include <QFontMetrics>
#include <QPainter>
#include <QStyledItemDelegate>

#include <algorithm>
#include <cmath>

namespace acc {

namespace {

constexpr int kMaxLines = 2;
constexpr auto kTextFlags = Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap;

// Paints an item with its text wrapped in the width the list lays it out at, and gives
// the height that takes: the same width at paint and at size, so no line is ever lost.
class NavigationDelegate final : public QStyledItemDelegate
{
public:
    explicit NavigationDelegate(NavigationList *list)
        : QStyledItemDelegate(list)
        , m_list(list)
    {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QListWidgetItem *item = m_list->item(index.row());
        const QFontMetrics fm(option.font);
        const int width = std::max(1, m_list->textWidth(item));
        const QRect text = fm.boundingRect(QRect(0, 0, width, 100 * fm.height()), kTextFlags, item->text());
        const int iconHeight = item->icon().isNull() ? 0 : fm.height();
        return {m_list->viewport()->width(),
                std::max(text.height(), iconHeight) + 2 * m_list->verticalPadding()};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QListWidgetItem *item = m_list->item(index.row());
        const bool selected = option.state & QStyle::State_Selected;
        painter->save();
        if (selected)
            painter->fillRect(option.rect, theme::secondLine());
        else if (option.state & QStyle::State_MouseOver)
            painter->fillRect(option.rect, theme::grid());
        QRect r = option.rect.adjusted(m_list->horizontalPadding(), m_list->verticalPadding(),
                                       -m_list->horizontalPadding(), -m_list->verticalPadding());
        const QFontMetrics fm(option.font);
        if (!item->icon().isNull()) {
            const int side = fm.height();
            const QRect iconRect(r.left(), r.top() + (r.height() - side) / 2, side, side);
            // Drawn in the text's colour: white on the selected item's dark band.
            QPixmap pixmap = item->icon().pixmap(QSize(side, side), painter->device()->devicePixelRatioF());
            if (selected) {
                QPainter tint(&pixmap);
                tint.setCompositionMode(QPainter::CompositionMode_SourceIn);
                tint.fillRect(pixmap.rect(), Qt::white);
            }
            painter->drawPixmap(iconRect, pixmap);
            r.setLeft(r.left() + side + fm.averageCharWidth());
        }
        painter->setFont(option.font);
        painter->setPen(selected ? QColor(Qt::white) : theme::ink());
        painter->drawText(r, kTextFlags, item->text());
        // Where the keyboard is: a bar at the item's left edge (the selection's colour
        // alone would not tell it apart when the list has the focus).
        if ((option.state & QStyle::State_HasFocus) && m_list->hasFocus())
            painter->fillRect(QRect(option.rect.left(), option.rect.top(), 4, option.rect.height()),
                              selected ? theme::accent() : theme::ink());
        painter->restore();
    }

private:
    NavigationList *m_list;
};

// The narrowest width that holds text on at most kMaxLines lines broken at spaces, in fm.
int twoLineWidth(const QFontMetrics &fm, const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int best = fm.horizontalAdvance(text);
    for (qsizetype k = 1; k < words.size(); ++k) {
        const int first = fm.horizontalAdvance(words.mid(0, k).join(QLatin1Char(' ')));
        const int rest = fm.horizontalAdvance(words.mid(k).join(QLatin1Char(' ')));
        best = std::min(best, std::max(first, rest));
    }
    static_assert(kMaxLines == 2, "the split above tries two lines");
    return best;
}

} // namespace

NavigationList::NavigationList(const theme::Theme &theme, QWidget *parent)
    : QListWidget(parent)
    , m_horizontalPadding(qRound(14 * theme.scale()))
    , m_normalPadding(qRound(10 * theme.scale()))
    , m_verticalPadding(m_normalPadding)
{
    setFont(theme.font(theme::Text::Navigation));
    setFrameShape(QFrame::NoFrame);
    setStyleSheet(theme.navigationStyleSheet());
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust); // the items' heights follow the width
    setMouseTracking(true);           // hover
    setItemDelegate(new NavigationDelegate(this));
}

int NavigationList::iconRoom(const QIcon &icon) const
{
    if (icon.isNull())
        return 0;
    const QFontMetrics fm(font());
    return fm.height() + fm.averageCharWidth();
}

int NavigationList::textWidth(const QListWidgetItem *item) const
{
    return viewport()->width() - 2 * m_horizontalPadding - iconRoom(item->icon());
}

int NavigationList::widestWord() const
{
    const QFontMetrics fm(font());
    int widest = 0;
    for (int i = 0; i < count(); ++i) {
        const QListWidgetItem *it = item(i);
        for (const QString &word : it->text().split(QLatin1Char(' '), Qt::SkipEmptyParts))
            widest = std::max(widest, fm.horizontalAdvance(word) + iconRoom(it->icon()));
    }
    return widest;
}

int NavigationList::preferredWidth() const
{
    const QFontMetrics fm(font());
    int widest = 0;
    for (int i = 0; i < count(); ++i)
        widest = std::max(widest, fm.horizontalAdvance(item(i)->text()) + iconRoom(item(i)->icon()));
    return widest + 2 * m_horizontalPadding + 2 * frameWidth() + 2;
}

int NavigationList::widthIn(int total) const
{
    const int least = minimumSizeHint().width();
    return std::clamp(total / 6, least, std::max(least, preferredWidth()));
}

QSize NavigationList::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    int widest = widestWord();
    for (int i = 0; i < count(); ++i)
        widest = std::max(widest, twoLineWidth(fm, item(i)->text()) + iconRoom(item(i)->icon()));
    // The frame and the style sheet's border take a few pixels from the viewport.
    return {widest + 2 * m_horizontalPadding + 2 * frameWidth() + 6, QListWidget::minimumSizeHint().height()};
}

void NavigationList::resizeEvent(QResizeEvent *event)
{
    QListWidget::resizeEvent(event);
    fitPadding();
    scheduleDelayedItemsLayout();
}

void NavigationList::fitPadding()
{
    if (count() == 0)
        return;
    const QFontMetrics fm(font());
    int text = 0;
    for (int i = 0; i < count(); ++i) {
        const QListWidgetItem *it = item(i);
        const int width = std::max(1, textWidth(it));
        text +=
            std::max(fm.boundingRect(QRect(0, 0, width, 100 * fm.height()), kTextFlags, it->text()).height(),
                     it->icon().isNull() ? 0 : fm.height());
    }
    constexpr int kTopPadding = 8; // the style sheet's padding-top
    const int room = viewport()->height() - kTopPadding;
    const int perItem = (room - text) / (2 * count());
    const int padding = std::clamp(perItem, 3, m_normalPadding);
    if (padding != m_verticalPadding) {
        m_verticalPadding = padding;
        scheduleDelayedItemsLayout();
    }
}

void NavigationList::rowsInserted(const QModelIndex &parent, int start, int end)
{
    QListWidget::rowsInserted(parent, start, end);
    updateGeometry(); // the minimum width follows the names
}

} // namespace acc
