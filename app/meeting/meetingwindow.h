#pragma once

#include "report/meetingpack.h"
#include "theme/theme.h"

#include <QWidget>

#include <memory>

class QLabel;
class QStackedWidget;
class QTimer;

namespace acc {

class FitText;
class MeetingSlide;
class ReportView;
struct MetricsSnapshot;

// Meeting mode (PRODUCT.md; docs/meeting.md): the agenda of the shown period as slides
// in the projector theme, run from the keyboard or a clicker. Right, PageDown and Space
// go forward, Left and PageUp back, Home and End to the ends, a slide number then Enter
// jumps; B blacks and W whitens the screen (again to return); P masks customer names; A
// records an action; T starts and stops the auto-advance; D or Enter opens the customers
// behind the slide (Esc returns); Esc leaves, and the next start on the same meeting
// resumes on the slide it left. The top bar always shows the meeting, the period, the
// filter and the slide number.
class MeetingWindow final : public QWidget
{
    Q_OBJECT
public:
    enum class Blank { None, Black, White };

    MeetingWindow(std::shared_ptr<const MetricsSnapshot> snapshot, PackKind kind, QWidget *parent = nullptr);
    ~MeetingWindow() override;

    int slideCount() const;
    int currentSlide() const { return m_current; } // 0-based
    void showSlide(int index);
    MeetingSlide *slide() const;
    const MeetingPack &pack() const { return *m_pack; }
    const std::shared_ptr<const MeetingPack> &packPointer() const { return m_pack; }
    const theme::Theme &projectorTheme() const { return m_theme; }

    bool isPrivate() const { return m_private; }
    void setPrivate(bool on);
    Blank blank() const { return m_blank; }
    bool autoAdvance() const;
    void setAutoAdvance(bool on);
    bool isDrilledDown() const;
    // The view listing the drill-down's customers, while it is open.
    ReportView *drillView() const { return m_drill; }
    // The bar's texts: "Slide 3 of 9", the meeting and period, the message.
    QString slideText() const;
    QString headerText() const;
    QString message() const;

    // Opens the quick action entry (title, owner, due) over the slide; nullptr when it
    // cannot (no company). The dialog stores the action and the actions slides show it.
    class QDialog *quickAction();

    // Whether leaving stores the slide to resume on (not for a screenshot).
    void setRemembered(bool on) { m_remembered = on; }

    // The settings key of the slide a meeting resumes on.
    static QString resumeKey(PackKind kind, const QString &period);

    const std::shared_ptr<const MetricsSnapshot> &snapshot() const { return m_snapshot; }

signals:
    // An action was recorded: the window's views read the actions again.
    void inputsChanged();
    void slideChanged(int index);
    void privacyChanged(bool on);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void rebuild();
    void updateBar();
    void setBlank(Blank blank);
    void say(const QString &text);
    void drillDown();
    void closeDrillDown();
    void jumpToTyped();

    std::shared_ptr<const MetricsSnapshot> m_snapshot;
    PackKind m_kind;
    std::shared_ptr<const MeetingPack> m_pack;
    theme::Theme m_theme;
    bool m_private = false;
    bool m_remembered = true;
    int m_current = 0;
    Blank m_blank = Blank::None;
    QString m_typed;
    QString m_message;

    FitText *m_header = nullptr;
    QLabel *m_slideLabel = nullptr;
    QLabel *m_periodLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QStackedWidget *m_pages = nullptr;  // the slides' stack, then the drill-down
    QStackedWidget *m_slides = nullptr; // built on first show
    QList<MeetingSlide *> m_built;
    ReportView *m_drill = nullptr;
    QWidget *m_blankCover = nullptr;
    QTimer *m_advance = nullptr;
};

} // namespace acc
