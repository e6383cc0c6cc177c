#include "figuretile.h"

#include "theme/theme.h"

#include <QLabel>
#include <QVBoxLayout>

namespace acc {

FigureTile::FigureTile(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_value(new QLabel(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("figureTile"));
    setFrameShape(QFrame::NoFrame);
    setStyleSheet(QStringLiteral("#figureTile { background: %1; border-left: 5px solid %2; }")
                      .arg(theme::band().name(), theme::grid().name()));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 8, 14, 8);
    layout->setSpacing(2);
    QFont labelFont = font();
    labelFont.setPointSizeF(13);
    m_label->setFont(labelFont);
    m_label->setStyleSheet(QStringLiteral("color: %1;").arg(theme::mutedInk().name()));
    QFont valueFont = font();
    valueFont.setPointSizeF(28);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_value->setStyleSheet(QStringLiteral("color: %1;").arg(theme::ink().name()));
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont noteFont = font();
    noteFont.setPointSizeF(12);
    m_note->setFont(noteFont);
    m_note->setStyleSheet(QStringLiteral("color: %1;").arg(theme::mutedInk().name()));
    layout->addWidget(m_label);
    layout->addWidget(m_value);
    layout->addWidget(m_note);
}

void FigureTile::setFigure(const QString &label, const QString &value, const QString &note)
{
    m_label->setText(label);
    m_value->setText(value);
    m_note->setText(note);
    setAccessibleName(label);
    setAccessibleDescription(value);
}

QString FigureTile::value() const
{
    return m_value->text();
}

} // namespace acc
