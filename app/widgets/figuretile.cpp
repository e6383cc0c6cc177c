#include "figuretile.h"

#include "models/viewguide.h"
#include "report/headline.h"
#include "theme/theme.h"

#include "fittext.h"

#include <QVBoxLayout>

#include <algorithm>

namespace acc {

FigureTile::FigureTile(QWidget *parent)
    : FigureTile(1.0, 0.0, parent)
{}

FigureTile::FigureTile(qreal scale, qreal floorPoints, QWidget *parent)
    : QFrame(parent)
    , m_label(new FitText(std::max(13 * scale, floorPoints), std::max(9 * scale, floorPoints), false, this))
    , m_value(new FitText(std::max(28 * scale, floorPoints), std::max(16 * scale, floorPoints), true, this))
    , m_note(new FitText(std::max(12 * scale, floorPoints), std::max(9.5 * scale, floorPoints), false, this))
{
    setObjectName(QStringLiteral("figureTile"));
    setFrameShape(QFrame::NoFrame);
    setStyleSheet(QStringLiteral("#figureTile { background: %1; border-left: 5px solid %2; }")
                      .arg(theme::band().name(), theme::grid().name()));
    // Five tiles share a row: each may get narrower than its text, which then shrinks.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    setMinimumWidth(120);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(2);
    m_label->setColor(theme::mutedInk());
    m_value->setColor(theme::ink());
    m_note->setColor(theme::mutedInk());
    layout->addWidget(m_label);
    layout->addWidget(m_value);
    layout->addWidget(m_note);
}

void FigureTile::setFigure(const QString &label, const QString &value, const QString &note,
                           const QString &shortValue, const QString &shortNote)
{
    m_label->setText(label);
    m_value->setText(value);
    m_value->setShortText(shortValue);
    m_note->setText(note);
    m_note->setShortText(shortNote);
    // A screen reader reads the figure whole: "Lost customers: 1,234", then the note and
    // how it is computed.
    setAccessibleName(label.isEmpty() ? value : tr("%1: %2").arg(label, value));
    updateDescription();
}

void FigureTile::setHeadline(const Headline &h)
{
    setFigure(h.label, h.value, h.note, h.shortValue, h.shortNote);
    setDefinition(h.key.isEmpty() ? QString() : guide::definition(h.key));
}

void FigureTile::setDefinition(const QString &definition)
{
    m_definition = definition;
    setToolTip(definition.isEmpty() ? QString()
                                    : QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                                          .arg(m_label->text().toHtmlEscaped(), definition.toHtmlEscaped()));
    updateDescription();
}

void FigureTile::updateDescription()
{
    QStringList parts;
    if (!m_note->text().isEmpty())
        parts << m_note->text();
    if (!m_definition.isEmpty())
        parts << m_definition;
    setAccessibleDescription(parts.join(QStringLiteral(". ")));
}

int FigureTile::neededWidth() const
{
    const QMargins m = layout()->contentsMargins();
    const int border = 5; // the stylesheet's left border
    return std::max({m_label->neededWidth(), m_value->neededWidth(), m_note->neededWidth()}) + m.left() +
           m.right() + border;
}

QString FigureTile::value() const
{
    return m_value->text();
}

} // namespace acc
