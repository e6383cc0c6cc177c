#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QTimer;

namespace acc {

class MeetingWindow;

// The presenter's console on the second screen (docs/meeting.md): the slide on show and
// the next one, the time since the meeting started, and the talking points written from
// the period's figures (meeting/talkingpoints.h), so the story is never hunted for in a
// chart. It follows the meeting window and closes with it.
class PresenterConsole final : public QWidget
{
    Q_OBJECT
public:
    explicit PresenterConsole(MeetingWindow *meeting, QWidget *parent = nullptr);

    QString currentText() const;
    QString nextText() const;
    QString elapsedText() const;
    QStringList points() const { return m_points; }

private:
    void refresh();

    MeetingWindow *m_meeting = nullptr;
    QElapsedTimer m_started;
    QStringList m_points;
    QLabel *m_current = nullptr;
    QLabel *m_next = nullptr;
    QLabel *m_currentShot = nullptr;
    QLabel *m_nextShot = nullptr;
    QLabel *m_elapsed = nullptr;
    QLabel *m_pointsLabel = nullptr;
    QTimer *m_clock = nullptr;
};

} // namespace acc
