#pragma once

#include "theme/theme.h"

#include <QStyledItemDelegate>

namespace acc {

// Paints one figure of the scorecard (a row of ScorecardModel) on two lines:
//   ✓  Churn rate              2.4 %    ╱╲_╱‾
//      Met · Anna Schmidt      target ≤ 3 %
// the status in a symbol and a word (the colour only repeats them), the figure and its
// owner, the actual and its target, and the trend as a sparkline (the target a dashed
// line in it, the period's own point a dot). Only paints: the figures come from the model.
class ScorecardDelegate final : public QStyledItemDelegate
{
public:
    explicit ScorecardDelegate(const theme::Theme &theme, QObject *parent = nullptr);

    // Type sizes times scale (1 = the theme's): the view lets the figures grow into a
    // tall screen.
    void setScale(qreal scale);
    qreal scale() const { return m_scale; }
    // The height of every row (two lines of text and their padding), at the scale given
    // (the current one by default).
    int rowHeight(qreal scale = 0) const;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Colours of a status (TargetStatus as int, -1 for none), darkened for text.
    static QColor statusColour(int status);

private:
    void paintSparkline(QPainter *painter, const QRectF &rect, const QModelIndex &index) const;

    theme::Theme m_theme;
    qreal m_scale = 1.0;
    QFont m_figureFont;
    QFont m_valueFont;
    QFont m_smallFont;
    QFont m_statusFont;
};

} // namespace acc
