#include "fittext.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace acc {

FitText::FitText(qreal pointSize, qreal smallestPointSize, bool bold, QWidget *parent)
    : QWidget(parent)
    , m_pointSize(pointSize)
    , m_smallest(std::min(smallestPointSize, pointSize))
    , m_bold(bold)
    , m_color(palette().color(QPalette::WindowText))
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void FitText::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    setAccessibleDescription(text); // painted, not a QLabel: screen readers get it here
    updateGeometry();
    updateToolTip();
    update();
}

void FitText::setShortText(const QString &text)
{
    if (text == m_short)
        return;
    m_short = text;
    updateGeometry();
    updateToolTip();
    update();
}

bool FitText::fits(const QString &text, qreal pointSize) const
{
    return QFontMetricsF(fontAt(pointSize)).horizontalAdvance(text) <= contentsRect().width();
}

QString FitText::shownText() const
{
    return m_short.isEmpty() || fits(m_text, m_smallest) ? m_text : m_short;
}

void FitText::setColor(const QColor &color)
{
    m_color = color;
    update();
}

QFont FitText::fontAt(qreal pointSize) const
{
    QFont f = font();
    f.setPointSizeF(pointSize);
    f.setBold(m_bold);
    return f;
}

qreal FitText::fittedPointSize() const
{
    const QString text = shownText();
    // Half a point at a time: coarse enough to be quick, fine enough to use the room.
    for (qreal size = m_pointSize; size > m_smallest; size -= 0.5) {
        if (fits(text, size))
            return size;
    }
    return m_smallest;
}

bool FitText::isElided() const
{
    return !fits(shownText(), m_smallest);
}

int FitText::neededWidth() const
{
    const QMargins m = contentsMargins();
    const QString &text = m_short.isEmpty() ? m_text : m_short;
    return int(std::ceil(QFontMetricsF(fontAt(m_smallest)).horizontalAdvance(text))) + m.left() + m.right();
}

QSize FitText::sizeHint() const
{
    const QFontMetricsF fm(fontAt(m_pointSize));
    return QSize(int(std::ceil(fm.horizontalAdvance(m_text))), int(std::ceil(fm.height())));
}

QSize FitText::minimumSizeHint() const
{
    const QFontMetricsF fm(fontAt(m_smallest));
    return QSize(int(std::ceil(fm.horizontalAdvance(QStringLiteral("0000…")))),
                 int(std::ceil(QFontMetricsF(fontAt(m_pointSize)).height())));
}

void FitText::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QRect r = contentsRect();
    const QFont f = fontAt(fittedPointSize());
    p.setFont(f);
    p.setPen(m_color);
    const QString shown = QFontMetrics(f).elidedText(shownText(), Qt::ElideRight, r.width());
    p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, shown);
}

void FitText::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateToolTip();
}

void FitText::updateToolTip()
{
    setToolTip(isElided() || shownText() != m_text ? m_text : QString());
}

} // namespace acc
