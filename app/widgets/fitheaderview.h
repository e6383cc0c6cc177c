#pragma once

#include <QHeaderView>

namespace acc {

// A table's column titles that fit their columns: a title too wide for its column breaks
// at its spaces, and every title's type shrinks together (one size for the whole header,
// to no less than 65 %) until each fits; a word still too long is then broken with a
// hyphen ("Beschwer-" / "den"). Only a title that cannot fit even so is cut short ("…"),
// its whole text then the tooltip. The header is as tall as the most lines a title takes
// at the columns' current widths (up to three). Every table styled by Theme::styleTable
// uses it.
class FitHeaderView final : public QHeaderView
{
    Q_OBJECT
public:
    explicit FitHeaderView(QWidget *parent = nullptr);

    // How a section's title is painted at the header's current geometry.
    struct Fitted
    {
        QStringList lines;
        qreal pointSize = 0;
        bool elided = false; // some line is cut short
    };
    Fitted fitted(int logicalIndex) const;

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;
    bool viewportEvent(QEvent *event) override;

private:
    QString titleOf(int logicalIndex) const;
    // The room for a section's text (less the style's margins and sort arrow).
    QRect textRect(int logicalIndex, const QRect &rect) const;
    int textWidth(int logicalIndex) const;
    // The largest size (points) at which every shown title fits in its width and in
    // `lines` lines.
    qreal commonPointSize(int lines) const;
    int linesNeeded() const;
    void updateLines();

    int m_lines = 1; // the lines the header is tall for
};

} // namespace acc
