#include "meetinglaunch.h"

#include "meetingwindow.h"
#include "presenterconsole.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QMenu>
#include <QScreen>
#include <QSettings>

namespace acc::meetinglaunch {

namespace {
// The texts stay in the window's translation context (they are its menu's).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(acc::MainWindow)
};
const QString kScreenKey = QStringLiteral("meeting/screen");
} // namespace

QScreen *projector(QScreen *windowScreen)
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    const QString chosen = QSettings().value(kScreenKey).toString();
    for (QScreen *candidate : screens) {
        if (!chosen.isEmpty() && candidate->name() == chosen)
            return candidate;
    }
    if (chosen.isEmpty()) {
        for (QScreen *candidate : screens) {
            if (candidate != windowScreen)
                return candidate;
        }
    }
    return windowScreen;
}

void show(MeetingWindow *meeting, QScreen *windowScreen)
{
    QScreen *target = projector(windowScreen);
    if (target) {
        meeting->setGeometry(target->geometry());
        meeting->setScreen(target);
    }
    meeting->showFullScreen();
    if (target && windowScreen && target != windowScreen) {
        auto *console = new PresenterConsole(meeting);
        console->setGeometry(windowScreen->availableGeometry());
        console->setScreen(windowScreen);
        console->showMaximized();
    }
    meeting->activateWindow();
    meeting->setFocus();
}

void fillScreenMenu(QMenu *menu)
{
    menu->clear();
    const QString chosen = QSettings().value(kScreenKey).toString();
    auto *group = new QActionGroup(menu);
    QAction *automatic = menu->addAction(Tr::tr("&Another screen than this window's, if any"));
    automatic->setCheckable(true);
    automatic->setChecked(chosen.isEmpty());
    group->addAction(automatic);
    QObject::connect(automatic, &QAction::triggered, menu, [] { QSettings().remove(kScreenKey); });
    for (QScreen *s : QGuiApplication::screens()) {
        const QString name = s->name();
        QAction *a = menu->addAction(
            Tr::tr("%1 (%2 × %3)").arg(name).arg(s->geometry().width()).arg(s->geometry().height()));
        a->setCheckable(true);
        a->setChecked(name == chosen);
        group->addAction(a);
        QObject::connect(a, &QAction::triggered, menu, [name] { QSettings().setValue(kScreenKey, name); });
    }
}

} // namespace acc::meetinglaunch
