#include "customerfigure.h"

#include "theme/theme.h"
#include "widgets/fittext.h"

#include <QVBoxLayout>

namespace acc {

CustomerFigure::CustomerFigure(const theme::Theme &theme, QWidget *parent)
    : QFrame(parent)
    , m_label(new FitText(theme.pointSize(theme::Text::Small), theme.pointSize(theme::Text::Small) - 2.5,
                          false, this))
    , m_value(
          new FitText(theme.pointSize(theme::Text::Figure), theme.pointSize(theme::Text::Body), true, this))
    , m_note(new FitText(theme.pointSize(theme::Text::Small) - 1, theme.pointSize(theme::Text::Small) - 3,
                         false, this))
{
    setObjectName(QStringLiteral("customerFigure"));
    setFrameShape(QFrame::NoFrame);
    setStyleSheet(QStringLiteral("#customerFigure { background: %1; border-left: 4px solid %2; }")
                      .arg(theme::band().name(), theme::grid().name()));
    // Three share a row: each may get narrower than its text, which then shrinks.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    setMinimumWidth(100);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 5, 8, 5);
    layout->setSpacing(0);
    m_label->setColor(theme::mutedInk());
    m_value->setColor(theme::ink());
    m_note->setColor(theme::mutedInk());
    layout->addWidget(m_label);
    layout->addWidget(m_value);
    layout->addWidget(m_note);
}

void CustomerFigure::setFigure(const QString &label, const QString &value, const QString &note,
                               const QString &shortValue)
{
    m_label->setText(label);
    m_value->setText(value);
    m_value->setShortText(shortValue);
    m_note->setText(note);
    setAccessibleName(label.isEmpty() ? value : tr("%1: %2").arg(label, value));
    setAccessibleDescription(note);
}

void CustomerFigure::setDefinition(const QString &definition)
{
    setToolTip(definition.isEmpty() ? QString()
                                    : QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                                          .arg(m_label->text().toHtmlEscaped(), definition.toHtmlEscaped()));
    const QString note = m_note->text();
    QStringList parts{note, definition};
    parts.removeAll(QString());
    setAccessibleDescription(parts.join(QStringLiteral(". ")));
}

QString CustomerFigure::label() const
{
    return m_label->text();
}

QString CustomerFigure::value() const
{
    return m_value->text();
}

QString CustomerFigure::note() const
{
    return m_note->text();
}

} // namespace acc
