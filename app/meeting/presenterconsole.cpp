#include "presenterconsole.h"

#include "meetingslide.h"
#include "meetingwindow.h"

#include "meeting/talkingpoints.h"
#include "models/metricsservice.h"
#include "theme/theme.h"

#include <QGridLayout>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace acc {

namespace {
constexpr int kThumbWidth = 480;
}

PresenterConsole::PresenterConsole(MeetingWindow *meeting, QWidget *parent)
    : QWidget(parent)
    , m_meeting(meeting)
{
    setWindowTitle(tr("Presenter console"));
    setAttribute(Qt::WA_DeleteOnClose);
    const theme::Theme theme = theme::Theme::standard().scaled(1.25);
    setPalette(theme.palette(palette()));
    setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setSpacing(12);
    auto label = [&](theme::Text text, bool bold, const QString &name) {
        auto *l = new QLabel(this);
        l->setObjectName(name);
        l->setFont(theme.font(text, bold));
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
        return l;
    };
    m_elapsed = label(theme::Text::Figure, true, QStringLiteral("elapsed"));
    m_current = label(theme::Text::Heading, true, QStringLiteral("current"));
    m_next = label(theme::Text::Heading, false, QStringLiteral("next"));
    auto *pointsTitle = label(theme::Text::Heading, true, QStringLiteral("pointsTitle"));
    pointsTitle->setText(tr("Talking points"));
    m_pointsLabel = label(theme::Text::Body, false, QStringLiteral("points"));
    m_pointsLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_elapsed);
    // The slide on show and the next one, side by side, as the audience sees them.
    auto *slides = new QGridLayout;
    slides->setHorizontalSpacing(24);
    m_currentShot = new QLabel(this);
    m_nextShot = new QLabel(this);
    for (QLabel *shot : {m_currentShot, m_nextShot}) {
        shot->setMinimumSize(kThumbWidth, kThumbWidth * 3 / 4);
        shot->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    }
    slides->addWidget(m_current, 0, 0);
    slides->addWidget(m_next, 0, 1);
    slides->addWidget(m_currentShot, 1, 0);
    slides->addWidget(m_nextShot, 1, 1);
    layout->addLayout(slides);
    layout->addSpacing(12);
    layout->addWidget(pointsTitle);
    layout->addWidget(m_pointsLabel, 1);

    m_started.start();
    m_clock = new QTimer(this);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, [this] { m_elapsed->setText(elapsedText()); });
    m_clock->start();
    connect(meeting, &MeetingWindow::slideChanged, this, &PresenterConsole::refresh);
    connect(meeting, &MeetingWindow::privacyChanged, this, &PresenterConsole::refresh);
    connect(meeting, &QObject::destroyed, this, &QWidget::close);
    refresh();
}

QString PresenterConsole::currentText() const
{
    const int i = m_meeting->currentSlide();
    return tr("Now %1 of %2: %3")
        .arg(i + 1)
        .arg(m_meeting->slideCount())
        .arg(m_meeting->pack().sections.value(i).title);
}

QString PresenterConsole::nextText() const
{
    const int i = m_meeting->currentSlide() + 1;
    if (i >= m_meeting->slideCount())
        return tr("Next: the end of the agenda");
    return tr("Next: %1").arg(m_meeting->pack().sections.at(i).title);
}

QString PresenterConsole::elapsedText() const
{
    const qint64 seconds = m_started.elapsed() / 1000;
    return tr("%1:%2 elapsed").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void PresenterConsole::refresh()
{
    const MetricsSnapshot &snapshot = *m_meeting->snapshot();
    m_points = talkingpoints::write(snapshot.report, *snapshot.data, m_meeting->isPrivate());
    QStringList bullets;
    for (const QString &p : std::as_const(m_points))
        bullets << QStringLiteral("• ") + p;
    m_pointsLabel->setText(bullets.isEmpty() ? tr("No figures to speak to for this period.")
                                             : bullets.join(QStringLiteral("\n\n")));
    m_current->setText(currentText());
    m_next->setText(nextText());
    m_elapsed->setText(elapsedText());
    // Thumbnails: the slide as drawn, and the next one drawn offscreen at the same size.
    const QSize size = m_meeting->slide() ? m_meeting->slide()->size() : QSize();
    if (size.isEmpty())
        return;
    auto thumb = [](const QPixmap &p) { return p.scaledToWidth(kThumbWidth, Qt::SmoothTransformation); };
    m_currentShot->setPixmap(thumb(m_meeting->slide()->grab()));
    const int next = m_meeting->currentSlide() + 1;
    if (next < m_meeting->slideCount()) {
        MeetingSlide slide(m_meeting->packPointer(), next, m_meeting->projectorTheme());
        slide.setAttribute(Qt::WA_DontShowOnScreen);
        slide.resize(size);
        slide.show();
        m_nextShot->setPixmap(thumb(slide.grab()));
    } else {
        m_nextShot->clear();
    }
}

} // namespace acc
