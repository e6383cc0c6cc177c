#include "scorecarddelegate.h"

#include "engine/targets.h"
#include "models/roles.h"
#include "models/scorecardmodel.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace acc {

namespace {

QModelIndex sibling(const QModelIndex &index, int column)
{
    return index.sibling(index.row(), column);
}

} // namespace

ScorecardDelegate::ScorecardDelegate(const theme::Theme &theme, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_theme(theme)
{
    setScale(1.0);
}

void ScorecardDelegate::setScale(qreal scale)
{
    m_scale = scale;
    const theme::Theme t = m_theme.scaled(scale);
    m_figureFont = t.font(theme::Text::Table);
    m_valueFont = t.font(theme::Text::Table, true);
    m_smallFont = t.font(theme::Text::Small);
    m_statusFont = t.font(theme::Text::Heading, true);
}

QColor ScorecardDelegate::statusColour(int status)
{
    switch (status) {
    case int(TargetStatus::Met):
        return theme::statusMet();
    case int(TargetStatus::AtRisk):
        return theme::statusAtRisk();
    case int(TargetStatus::Missed):
        return theme::statusMissed();
    default:
        return theme::mutedInk();
    }
}

int ScorecardDelegate::rowHeight(qreal scale) const
{
    if (scale <= 0)
        scale = m_scale;
    const theme::Theme t = m_theme.scaled(scale);
    return QFontMetrics(t.font(theme::Text::Table, true)).height() +
           QFontMetrics(t.font(theme::Text::Small)).height() + qRound(6 * scale);
}

QSize ScorecardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(option);
    Q_UNUSED(index);
    return QSize(420, rowHeight());
}

void ScorecardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect;
    // The current figure: a light band and a bar on the left, readable in every colour.
    const bool current = option.state & QStyle::State_HasFocus;
    const bool hover = option.state & QStyle::State_MouseOver;
    if (current || hover)
        painter->fillRect(r, theme::band());
    if (current)
        painter->fillRect(QRect(r.left(), r.top(), 4, r.height()), theme::secondLine());
    painter->setPen(theme::grid());
    painter->drawLine(r.bottomLeft(), r.bottomRight());

    // Metrics of the fonts as this painter draws them (measured and drawn alike).
    painter->setFont(m_valueFont);
    const QFontMetrics fm = painter->fontMetrics();
    painter->setFont(m_smallFont);
    const QFontMetrics sm = painter->fontMetrics();
    const int pad = 6;
    const int top = r.top() + (r.height() - fm.height() - sm.height()) / 2;
    const QRect line1(r.left(), top, r.width(), fm.height());
    const QRect line2(r.left(), top + fm.height(), r.width(), sm.height());

    // Columns: the status symbol | figure, status word and owner | actual and target | sparkline.
    const int status = index.data(ScorecardModel::StatusRole).toInt();
    const QString statusText = sibling(index, ScorecardModel::Status).data().toString();
    const int symbolWidth = QFontMetrics(m_statusFont).horizontalAdvance(QStringLiteral("✗")) * 3 / 2 + pad;
    const int sparkWidth = std::clamp(r.width() / 7, 56, 170);
    const QString actual = sibling(index, ScorecardModel::Actual).data().toString();
    const QString target = sibling(index, ScorecardModel::Target).data().toString();
    const bool hasTarget = sibling(index, ScorecardModel::Target).data(roleId(Role::Value)).isValid();
    const QString targetLine = hasTarget ? ScorecardModel::tr("target %1").arg(target) : target;
    // The actual's and the target's widths, each on its own line: a long target takes
    // room from the owner under the name, never from the name.
    const int slack = sm.averageCharWidth();
    const int actualWidth = std::min(fm.horizontalAdvance(actual) + slack, r.width() * 2 / 5);
    const int targetWidth = std::min(sm.horizontalAdvance(targetLine) + slack, r.width() * 2 / 5);
    int x = r.left() + pad;

    // The status: its symbol large on the left, its word under the figure (the colour
    // only repeats them).
    if (status >= 0) {
        painter->setFont(m_statusFont);
        painter->setPen(statusColour(status));
        painter->drawText(QRect(x, line1.top(), symbolWidth, line1.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, statusText.section(QLatin1Char(' '), 0, 0));
    }
    x += symbolWidth;

    const int sparkLeft = r.right() - pad - sparkWidth;
    const int valueRight = sparkLeft - pad * 3;
    const int nameWidth = std::max(0, valueRight - actualWidth - pad - x);
    const int ownerWidth = std::max(0, valueRight - targetWidth - pad - x);

    // The figure; under it the status word and the owner.
    painter->setFont(m_figureFont);
    painter->setPen(theme::ink());
    const QString name = sibling(index, ScorecardModel::Figure).data().toString();
    painter->drawText(QRect(x, line1.top(), nameWidth, line1.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(m_figureFont).elidedText(name, Qt::ElideRight, nameWidth));
    int x2 = x;
    if (status >= 0) {
        QFont bold = m_smallFont;
        bold.setBold(true);
        const QString word = statusText.section(QLatin1Char(' '), 1);
        painter->setFont(bold);
        painter->setPen(statusColour(status));
        const int w = std::min(QFontMetrics(bold).horizontalAdvance(word), ownerWidth);
        painter->drawText(QRect(x2, line2.top(), w, line2.height()), Qt::AlignLeft | Qt::AlignVCenter, word);
        x2 += w;
    }
    const QString owner = sibling(index, ScorecardModel::Owner).data().toString();
    if (!owner.isEmpty() && x + ownerWidth > x2) {
        painter->setFont(m_smallFont);
        painter->setPen(theme::mutedInk());
        const QString text = status >= 0 ? ScorecardModel::tr(" · %1").arg(owner) : owner;
        const int w = x + ownerWidth - x2;
        painter->drawText(QRect(x2, line2.top(), w, line2.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          sm.elidedText(text, Qt::ElideRight, w));
    }

    // The actual in bold, the target under it.
    painter->setFont(m_valueFont);
    painter->setPen(theme::ink());
    painter->drawText(QRect(valueRight - actualWidth, line1.top(), actualWidth, line1.height()),
                      Qt::AlignRight | Qt::AlignVCenter, fm.elidedText(actual, Qt::ElideRight, actualWidth));
    painter->setFont(m_smallFont);
    painter->setPen(theme::mutedInk());
    painter->drawText(QRect(valueRight - targetWidth, line2.top(), targetWidth, line2.height()),
                      Qt::AlignRight | Qt::AlignVCenter,
                      sm.elidedText(targetLine, Qt::ElideRight, targetWidth));

    paintSparkline(painter, QRectF(sparkLeft, r.top() + 6, sparkWidth, r.height() - 12), index);
    painter->restore();
}

void ScorecardDelegate::paintSparkline(QPainter *painter, const QRectF &rect, const QModelIndex &index) const
{
    const QString key = index.data(ScorecardModel::KeyRole).toString();
    if (!scorecard::hasTrend(key)) {
        painter->setFont(m_smallFont);
        painter->setPen(theme::mutedInk());
        painter->drawText(rect, Qt::AlignCenter, ScorecardModel::tr("no trend"));
        return;
    }
    const QVariantList values = index.data(ScorecardModel::TrendRole).toList();
    if (values.isEmpty())
        return; // the trend stage has not delivered yet
    const QVariant targetValue = sibling(index, ScorecardModel::Target).data(roleId(Role::Value));
    double lo = std::numeric_limits<double>::max();
    double hi = std::numeric_limits<double>::lowest();
    int points = 0;
    for (const QVariant &v : values) {
        if (!v.isValid())
            continue;
        lo = std::min(lo, v.toDouble());
        hi = std::max(hi, v.toDouble());
        ++points;
    }
    if (points == 0) {
        painter->setFont(m_smallFont);
        painter->setPen(theme::mutedInk());
        painter->drawText(rect, Qt::AlignCenter, ScorecardModel::tr("no data"));
        return;
    }
    if (targetValue.isValid()) {
        lo = std::min(lo, targetValue.toDouble());
        hi = std::max(hi, targetValue.toDouble());
    }
    if (hi - lo < 1e-12) {
        lo -= 1;
        hi += 1;
    }
    const int n = int(values.size());
    const auto xAt = [&](int i) {
        return rect.left() + (n > 1 ? rect.width() * i / (n - 1) : rect.width() / 2);
    };
    const auto yAt = [&](double v) { return rect.bottom() - (v - lo) / (hi - lo) * rect.height(); };
    if (targetValue.isValid()) {
        QPen dashed(theme::mutedInk(), 1, Qt::DashLine);
        painter->setPen(dashed);
        const double y = yAt(targetValue.toDouble());
        painter->drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
    }
    // The line, broken where a period has no value.
    QPen line(theme::secondLine(), 2);
    line.setCapStyle(Qt::RoundCap);
    line.setJoinStyle(Qt::RoundJoin);
    painter->setPen(line);
    QPainterPath path;
    bool drawing = false;
    for (int i = 0; i < n; ++i) {
        if (!values[i].isValid()) {
            drawing = false;
            continue;
        }
        const QPointF p(xAt(i), yAt(values[i].toDouble()));
        if (drawing)
            path.lineTo(p);
        else
            path.moveTo(p);
        drawing = true;
    }
    painter->drawPath(path);
    // The period itself: a dot in the status colour.
    if (values.last().isValid()) {
        const int status = index.data(ScorecardModel::StatusRole).toInt();
        painter->setPen(Qt::NoPen);
        painter->setBrush(status >= 0 ? statusColour(status) : theme::ink());
        painter->drawEllipse(QPointF(xAt(n - 1), yAt(values.last().toDouble())), 3.5, 3.5);
    }
}

} // namespace acc
