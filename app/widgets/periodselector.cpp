#include "periodselector.h"

#include "models/format.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QToolButton>

namespace acc {

PeriodSelector::PeriodSelector(QWidget *parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_previous(new QToolButton(this))
    , m_label(new QLabel(this))
    , m_next(new QToolButton(this))
{
    setFocusPolicy(Qt::StrongFocus);
    m_kind->addItem(tr("Month"), int(Period::Kind::Month));
    m_kind->addItem(tr("Quarter"), int(Period::Kind::Quarter));
    m_kind->addItem(tr("Year"), int(Period::Kind::Year));
    m_kind->setAccessibleName(tr("Kind of period"));
    m_kind->setToolTip(tr("Show a month, a quarter or a year"));

    m_previous->setText(QString(QChar(0x25C0))); // ◀
    m_previous->setAccessibleName(tr("Previous period"));
    m_previous->setToolTip(tr("Previous period (Alt+Left)"));
    m_previous->setFocusPolicy(Qt::StrongFocus);
    m_next->setText(QString(QChar(0x25B6))); // ▶
    m_next->setAccessibleName(tr("Next period"));
    m_next->setToolTip(tr("Next period (Alt+Right)"));
    m_next->setFocusPolicy(Qt::StrongFocus);
    for (QToolButton *b : {m_previous, m_next}) {
        QFont arrow = b->font();
        arrow.setPointSizeF(14);
        b->setFont(arrow);
        b->setMinimumSize(QSize(40, 40));
    }
    QFont kindFont = m_kind->font();
    kindFont.setPointSizeF(14);
    m_kind->setFont(kindFont);
    m_kind->setMinimumHeight(40);

    QFont big = m_label->font();
    big.setPointSizeF(16);
    big.setBold(true);
    m_label->setFont(big);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setMinimumWidth(
        QFontMetrics(big).horizontalAdvance(QStringLiteral("Q4 2026 (October to December)")));
    m_label->setAccessibleName(tr("Period"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_kind);
    layout->addWidget(m_previous);
    layout->addWidget(m_label);
    layout->addWidget(m_next);
    setFocusProxy(m_kind);

    connect(m_previous, &QToolButton::clicked, this, &PeriodSelector::stepBack);
    connect(m_next, &QToolButton::clicked, this, &PeriodSelector::stepForward);
    connect(m_kind, &QComboBox::activated, this,
            [this](int index) { setKind(static_cast<Period::Kind>(m_kind->itemData(index).toInt())); });
    refresh();
}

void PeriodSelector::setPeriod(const Period &period)
{
    if (!period.isValid())
        return;
    choose(period.withFiscalStart(m_fiscalStart));
}

void PeriodSelector::setLatestDay(QDate day)
{
    m_latest = day;
    refresh();
}

void PeriodSelector::setFiscalStart(int month)
{
    if (month == m_fiscalStart)
        return;
    m_fiscalStart = month;
    if (m_period.isValid())
        choose(m_period.withFiscalStart(month));
}

void PeriodSelector::setKind(Period::Kind kind)
{
    if (!m_period.isValid() || kind == m_period.kind())
        return;
    // The new period holds the old one's end, or the last day with data if that is earlier.
    QDate anchor = m_period.end();
    if (m_latest.isValid() && m_latest < anchor)
        anchor = m_latest;
    choose(Period::containing(kind, anchor, m_fiscalStart));
}

bool PeriodSelector::canStepBack() const
{
    return m_period.isValid();
}

bool PeriodSelector::canStepForward() const
{
    return m_period.isValid() && (!m_latest.isValid() || m_period.next().start() <= m_latest);
}

void PeriodSelector::stepBack()
{
    if (canStepBack())
        choose(m_period.previous());
}

void PeriodSelector::stepForward()
{
    if (canStepForward())
        choose(m_period.next());
}

void PeriodSelector::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_PageUp:
        stepBack();
        return;
    case Qt::Key_Right:
    case Qt::Key_PageDown:
        stepForward();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void PeriodSelector::choose(const Period &period)
{
    const bool changed = !(period == m_period);
    m_period = period;
    refresh();
    if (changed)
        emit periodChanged(m_period);
}

void PeriodSelector::refresh()
{
    m_label->setText(m_period.isValid() ? format::periodLong(m_period) : QString());
    if (m_period.isValid()) {
        const int index = m_kind->findData(int(m_period.kind()));
        if (index != m_kind->currentIndex())
            m_kind->setCurrentIndex(index);
    }
    m_previous->setEnabled(canStepBack());
    m_next->setEnabled(canStepForward());
}

} // namespace acc
