#include "fitheaderview.h"

#include <QFontMetricsF>
#include <QHelpEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionHeader>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace acc {

namespace {

constexpr qreal kSmallestScale = 0.65;
constexpr int kMaxLines = 3;
constexpr int kMinPiece = 3; // letters kept on each side of a hyphen

// A word too wide for width broken into pieces that fit, each but the last ending in a
// hyphen (at least kMinPiece letters a piece; a word too short for that stays whole).
QStringList hyphenate(const QFontMetricsF &fm, const QString &word, qreal width)
{
    QStringList pieces;
    QString rest = word;
    while (fm.horizontalAdvance(rest) > width && rest.size() >= 2 * kMinPiece) {
        qsizetype cut = rest.size() - kMinPiece;
        while (cut > kMinPiece && fm.horizontalAdvance(rest.left(cut) + QLatin1Char('-')) > width)
            --cut;
        if (cut <= kMinPiece && fm.horizontalAdvance(rest.left(cut) + QLatin1Char('-')) > width)
            break;
        pieces.append(rest.left(cut) + QLatin1Char('-'));
        rest = rest.mid(cut);
    }
    pieces.append(rest);
    return pieces;
}

// Lines of text broken at spaces so that each fits width in fm; explicit line breaks are
// kept; words too long are hyphenated when `hyphens`, else left whole.
QStringList wrap(const QFontMetricsF &fm, const QString &text, qreal width, bool hyphens)
{
    QStringList lines;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        for (const QString &whole : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QStringList pieces = hyphens ? hyphenate(fm, whole, width) : QStringList{whole};
            for (const QString &word : pieces) {
                const QString joined = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
                if (!line.isEmpty() && fm.horizontalAdvance(joined) > width) {
                    lines.append(line);
                    line = word;
                } else {
                    line = joined;
                }
                if (line.endsWith(QLatin1Char('-')) && pieces.size() > 1 && word != pieces.constLast()) {
                    lines.append(line);
                    line.clear();
                }
            }
        }
        lines.append(line);
    }
    return lines;
}

bool fits(const QFontMetricsF &fm, const QStringList &lines, qreal width, int maxLines)
{
    if (lines.size() > maxLines)
        return false;
    for (const QString &line : lines) {
        if (fm.horizontalAdvance(line) > width)
            return false;
    }
    return true;
}

QFont sized(QFont f, qreal pointSize)
{
    f.setPointSizeF(pointSize);
    return f;
}

} // namespace

FitHeaderView::FitHeaderView(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
    setHighlightSections(false);
    // The lines a title takes follow the columns' widths.
    connect(this, &QHeaderView::sectionResized, this, &FitHeaderView::updateLines, Qt::QueuedConnection);
    connect(this, &QHeaderView::geometriesChanged, this, &FitHeaderView::updateLines, Qt::QueuedConnection);
}

QString FitHeaderView::titleOf(int logicalIndex) const
{
    return model() ? model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString() : QString();
}

QRect FitHeaderView::textRect(int logicalIndex, const QRect &rect) const
{
    // The style's margins, and room for the sort arrow in the sorted column (measured
    // here: a style sheet's SE_HeaderLabel gives the sorted section no room at all).
    const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this);
    const bool sorted = isSortIndicatorShown() && sortIndicatorSection() == logicalIndex;
    const int arrow = sorted ? style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, this) + margin : 0;
    return rect.adjusted(margin, margin / 2, -margin - arrow, -margin / 2);
}

int FitHeaderView::textWidth(int logicalIndex) const
{
    return textRect(logicalIndex, QRect(0, 0, sectionSize(logicalIndex), 1000)).width();
}

qreal FitHeaderView::commonPointSize(int lines) const
{
    const qreal full = font().pointSizeF();
    const qreal smallest = full * kSmallestScale;
    const auto allFit = [&](qreal size) {
        const QFontMetricsF fm(sized(font(), size));
        for (int i = 0; i < count(); ++i) {
            const int width = textWidth(i);
            if (!isSectionHidden(i) && !fits(fm, wrap(fm, titleOf(i), width, false), width, lines))
                return false;
        }
        return true;
    };
    // Whole words at the largest size that holds them all; at the smallest, a word still
    // too long gets a hyphen (fitted).
    for (qreal size = full; size > smallest; size -= 0.5) {
        if (allFit(size))
            return size;
    }
    return smallest;
}

FitHeaderView::Fitted FitHeaderView::fitted(int logicalIndex) const
{
    Fitted out;
    out.pointSize = commonPointSize(m_lines);
    const QFontMetricsF fm(sized(font(), out.pointSize));
    const int width = textWidth(logicalIndex);
    const QString title = titleOf(logicalIndex);
    out.lines = wrap(fm, title, width, false);
    if (!fits(fm, out.lines, width, m_lines))
        out.lines = wrap(fm, title, width, true);
    if (!fits(fm, out.lines, width, m_lines)) {
        out.elided = true;
        if (out.lines.size() > m_lines) {
            const QStringList rest = out.lines.mid(m_lines - 1);
            out.lines = out.lines.mid(0, m_lines - 1);
            out.lines.append(rest.join(QLatin1Char(' ')));
        }
        for (QString &line : out.lines)
            line = fm.elidedText(line, Qt::ElideRight, width);
    }
    return out;
}

void FitHeaderView::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    if (!rect.isValid())
        return;
    // The section's frame, background and sort arrow as the style draws them, no text.
    QStyleOptionHeader option;
    initStyleOption(&option);
    option.rect = rect;
    option.section = logicalIndex;
    option.text.clear();
    if (isSortIndicatorShown() && sortIndicatorSection() == logicalIndex)
        option.sortIndicator = sortIndicatorOrder() == Qt::AscendingOrder ? QStyleOptionHeader::SortDown
                                                                          : QStyleOptionHeader::SortUp;
    painter->save();
    style()->drawControl(QStyle::CE_Header, &option, painter, this);
    painter->restore(); // a style sheet's header leaves its own clip behind

    const Fitted fit = fitted(logicalIndex);
    const QVariant foreground = model()->headerData(logicalIndex, orientation(), Qt::ForegroundRole);
    const QVariant alignment = model()->headerData(logicalIndex, orientation(), Qt::TextAlignmentRole);
    const Qt::Alignment align = alignment.isValid() ? Qt::Alignment(alignment.toInt()) : defaultAlignment();
    painter->save();
    painter->setFont(sized(font(), fit.pointSize));
    painter->setPen(foreground.canConvert<QBrush>() ? foreground.value<QBrush>().color()
                                                    : palette().color(QPalette::ButtonText));
    painter->drawText(textRect(logicalIndex, rect),
                      int((align & Qt::AlignHorizontal_Mask) | Qt::AlignVCenter),
                      fit.lines.join(QLatin1Char('\n')));
    painter->restore();
}

int FitHeaderView::linesNeeded() const
{
    // The most lines a title takes at the smallest type (hyphenated if need be), and never
    // fewer than its own line breaks ask for.
    const QFontMetricsF fm(sized(font(), font().pointSizeF() * kSmallestScale));
    int lines = 1;
    for (int i = 0; i < count(); ++i) {
        if (isSectionHidden(i))
            continue;
        const QString title = titleOf(i);
        const int width = textWidth(i);
        QStringList wrapped = wrap(fm, title, width, false);
        if (!fits(fm, wrapped, width, kMaxLines))
            wrapped = wrap(fm, title, width, true);
        lines = std::max(lines, int(std::min<qsizetype>(wrapped.size(), kMaxLines)));
    }
    return lines;
}

QSize FitHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
    // As wide as its longest word (a column sized to its contents wraps its title rather
    // than widening the table past the window), with the margins and the sort arrow.
    const QString title = titleOf(logicalIndex);
    const QFontMetricsF full(font());
    qreal widestWord = 0;
    for (const QString &word :
         QString(title).replace(QLatin1Char('\n'), QLatin1Char(' ')).split(QLatin1Char(' ')))
        widestWord = std::max(widestWord, full.horizontalAdvance(word));
    const int chrome = sectionSize(logicalIndex) > 0
                           ? sectionSize(logicalIndex) - textWidth(logicalIndex)
                           : 2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this);
    const int sortRoom = isSortIndicatorShown()
                             ? style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, this) +
                                   style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this)
                             : 0;
    size.setWidth(std::min(size.width(), int(std::ceil(widestWord)) + std::max(chrome, sortRoom) + 2));
    // As tall as the header's lines at its own type (the same height for every section).
    const int own = int(title.count(QLatin1Char('\n'))) + 1;
    if (m_lines > own)
        size.setHeight(size.height() + int(std::ceil(QFontMetricsF(font()).lineSpacing() * (m_lines - own))));
    return size;
}

void FitHeaderView::updateLines()
{
    const int lines = linesNeeded();
    if (lines == m_lines)
        return;
    m_lines = lines;
    // The header's height is cached: asking the sections again renews it.
    headerDataChanged(orientation(), 0, std::max(0, count() - 1));
    updateGeometry();
}

bool FitHeaderView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && model()) {
        // A title drawn short gets its whole text as a tooltip (unless the model has one).
        const auto *help = static_cast<QHelpEvent *>(event);
        const int logical = logicalIndexAt(help->pos());
        if (logical >= 0 && !model()->headerData(logical, orientation(), Qt::ToolTipRole).isValid() &&
            fitted(logical).elided) {
            QToolTip::showText(help->globalPos(), titleOf(logical), this);
            return true;
        }
    }
    return QHeaderView::viewportEvent(event);
}

} // namespace acc
