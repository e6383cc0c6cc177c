#pragma once

class QMenu;
class QScreen;

namespace acc {

class MeetingWindow;

// Where meeting mode goes (docs/meeting.md): the screen named by the `meeting/screen`
// setting, else another screen than the window's when there is one, else the window's.
namespace meetinglaunch {

QScreen *projector(QScreen *windowScreen);
// Shows the meeting full screen on the projector and, when that is another screen than
// the window's, the presenter console on the window's screen.
void show(MeetingWindow *meeting, QScreen *windowScreen);
// Fills Meeting > Slides on screen (each time it opens: screens come and go).
void fillScreenMenu(QMenu *menu);

} // namespace meetinglaunch
} // namespace acc
