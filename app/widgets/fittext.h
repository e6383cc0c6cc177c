#pragma once

#include <QColor>
#include <QWidget>

namespace acc {

// One line of text that gives way when its layout is narrow: it shrinks its type, down to
// a smallest size, and only then cuts the text short with an ellipsis (the whole text is
// the tooltip then). Its minimum width is a few characters, so a row of them cannot hold
// a window wider than the screen; its preferred size is the whole text at full size.
class FitText final : public QWidget
{
    Q_OBJECT
public:
    FitText(qreal pointSize, qreal smallestPointSize, bool bold, QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    // A shorter form of the text ("7.54 M EUR" for "7,544,009 EUR"), shown instead when
    // the whole text does not fit even at the smallest size; the tooltip then holds the
    // whole. Empty: none (the default).
    void setShortText(const QString &text);
    // The text drawn at the current width: the whole, or the short form.
    QString shownText() const;
    void setColor(const QColor &color);
    // The point size the text is drawn at for the current width.
    qreal fittedPointSize() const;
    // True when even the smallest size does not fit and the text is cut short.
    bool isElided() const;
    // The width the text needs at the smallest size (its short form, if it has one):
    // narrower, it is cut short.
    int neededWidth() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QFont fontAt(qreal pointSize) const;
    bool fits(const QString &text, qreal pointSize) const;
    void updateToolTip();

    QString m_text;
    QString m_short;
    qreal m_pointSize;
    qreal m_smallest;
    bool m_bold;
    QColor m_color;
};

} // namespace acc
