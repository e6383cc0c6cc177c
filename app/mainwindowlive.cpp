// The window on a shared PostgreSQL company: the other desks' changes arrive through a
// ChangeListener (core/storage/changelistener.h) and reload the figures, with a quiet
// note of who changed what; an edit in progress is never interrupted (the reload waits
// for it); a lost connection is shown until it comes back. docs/sharing.md.
#include "mainwindow.h"

#include "storage/changelistener.h"
#include "storage/database.h"
#include "usersettings.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QStatusBar>
#include <QTime>
#include <QTimer>

namespace acc {

namespace {

// Whether the user is in the middle of something a reload would take away: a cell being
// edited, or a dialog open.
bool editing()
{
    if (QApplication::activeModalWidget())
        return true;
    // A cell's editor is a widget on its view's viewport, holding the focus.
    for (QWidget *w = QApplication::focusWidget(); w && w->parentWidget(); w = w->parentWidget()) {
        QWidget *viewport = w->parentWidget();
        if (const auto *view = qobject_cast<const QAbstractItemView *>(viewport->parentWidget()))
            return view->viewport() == viewport;
    }
    return false;
}

} // namespace

void MainWindow::setUpLive()
{
    m_listener = new ChangeListener(this);
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_connectionLabel->hide();
    statusBar()->addPermanentWidget(m_connectionLabel);
    m_liveReload = new QTimer(this);
    m_liveReload->setSingleShot(true);
    m_liveReload->setInterval(500);
    connect(m_liveReload, &QTimer::timeout, this, &MainWindow::reloadWhenIdle);
    connect(m_listener, &ChangeListener::changed, this,
            [this](const QStringList &tables, const QStringList &people) {
                m_liveNote = ChangeListener::describe(tables, people, QTime::currentTime());
                reloadWhenIdle();
            });
    connect(m_listener, &ChangeListener::connectionLost, this, [this](const QString &why) {
        m_connectionLabel->setText(tr("⚠ Connection to the server lost; reconnecting…"));
        m_connectionLabel->setToolTip(why);
        m_connectionLabel->show();
    });
    connect(m_listener, &ChangeListener::restored, this, [this] {
        m_connectionLabel->hide();
        // What changed meanwhile was not heard: read it all again.
        m_liveNote = tr("Connection to the server restored; the figures are up to date");
        reloadWhenIdle();
    });
}

void MainWindow::listenTo(const QString &spec)
{
    m_connectionLabel->hide();
    // The other desks read who made a change from the connections' name.
    Database::setPerson(user::authorName());
    m_listener->listen(spec); // a server that does not answer is said by connectionLost
}

void MainWindow::reloadWhenIdle()
{
    if (editing()) {
        m_liveReload->start(); // again in half a second
        return;
    }
    reload();
    if (!m_liveNote.isEmpty())
        statusBar()->showMessage(m_liveNote, 20000);
    m_liveNote.clear();
}

} // namespace acc
