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
    , m_figureFont(theme.font(theme::Text::Table))
    , m_valueFont(theme.font(theme::Text::Table, true))
    , m_smallFont(theme.font(theme::Text::Small))
    , m_statusFont(theme.font(theme::Text::Body, true))
{}

QColor ScorecardDelegate::statusColour(int status)
{
    switch (status) {
    case int(TargetStatus::Met):
        return QColor(0x00, 0x7A, 0x5A); // Okabe-Ito bluish green, darkened for text
    case int(TargetStatus::AtRisk):
        return QColor(0xA8, 0x6A, 0x00); // orange, darkened for text
    case int(TargetStatus::Missed):
        return QColor(0xC0, 0x4A, 0x00); // vermillion
    default:
        return theme::mutedInk();
    }
}

int ScorecardDelegate::rowHeight() const
{
    return QFontMetrics(m_valueFont).height() + QFontMetrics(m_smallFont).height() + 10;
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

    const QFontMetrics fm(m_valueFont);
    const QFontMetrics sm(m_smallFont);
    const QFontMetrics stm(m_statusFont);
    const int pad = 8;
    const int top = r.top() + 5;
    const QRect line1(r.left(), top, r.width(), fm.height());
    const QRect line2(r.left(), top + fm.height(), r.width(), sm.height());

    // Columns: status | figure and owner | actual and target | sparkline.
    const int statusWidth =
        std::max({stm.horizontalAdvance(ScorecardModel::statusText(TargetStatus::AtRisk)),
                  stm.horizontalAdvance(ScorecardModel::statusText(TargetStatus::Missed)),
                  stm.horizontalAdvance(ScorecardModel::statusText(TargetStatus::NoData))}) +
        pad;
    const int sparkWidth = std::clamp(r.width() / 5, 60, 180);
    const QString actual = sibling(index, ScorecardModel::Actual).data().toString();
    const QString target = sibling(index, ScorecardModel::Target).data().toString();
    const QString targetLine = sibling(index, ScorecardModel::Target).data(roleId(Role::Value)).isValid()
                                   ? ScorecardModel::tr("target %1").arg(target)
                                   : target;
    const int valueWidth =
        std::clamp(std::max(fm.horizontalAdvance(actual), sm.horizontalAdvance(targetLine)),
                   fm.averageCharWidth() * 6, r.width() / 3);
    int x = r.left() + pad + 2;
    const int status = index.data(ScorecardModel::StatusRole).toInt();

    // Status: symbol and word, coloured only to repeat them.
    painter->setFont(m_statusFont);
    painter->setPen(statusColour(status));
    painter->drawText(QRect(x, line1.top(), statusWidth, line1.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      sibling(index, ScorecardModel::Status).data().toString());
    x += statusWidth + pad;

    const int sparkLeft = r.right() - pad - sparkWidth;
    const int valueLeft = sparkLeft - pad * 2 - valueWidth;
    const int nameWidth = std::max(0, valueLeft - pad - x);

    // The figure, its owner under it.
    painter->setFont(m_figureFont);
    painter->setPen(theme::ink());
    const QString name = sibling(index, ScorecardModel::Figure).data().toString();
    painter->drawText(QRect(x, line1.top(), nameWidth, line1.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(m_figureFont).elidedText(name, Qt::ElideRight, nameWidth));
    const QString owner = sibling(index, ScorecardModel::Owner).data().toString();
    if (!owner.isEmpty()) {
        painter->setFont(m_smallFont);
        painter->setPen(theme::mutedInk());
        painter->drawText(
            QRect(x, line2.top(), nameWidth, line2.height()), Qt::AlignLeft | Qt::AlignVCenter,
            sm.elidedText(ScorecardModel::tr("Owner: %1").arg(owner), Qt::ElideRight, nameWidth));
    }

    // The actual in bold, the target under it.
    painter->setFont(m_valueFont);
    painter->setPen(theme::ink());
    painter->drawText(QRect(valueLeft, line1.top(), valueWidth, line1.height()),
                      Qt::AlignRight | Qt::AlignVCenter, fm.elidedText(actual, Qt::ElideLeft, valueWidth));
    painter->setFont(m_smallFont);
    painter->setPen(theme::mutedInk());
    painter->drawText(QRect(valueLeft, line2.top(), valueWidth, line2.height()),
                      Qt::AlignRight | Qt::AlignVCenter,
                      sm.elidedText(targetLine, Qt::ElideLeft, valueWidth));

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
