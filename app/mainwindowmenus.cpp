// The main window's menus and their shortcuts (File, View, Period, Meeting, Data, Help):
// MainWindow::createActions, apart from the window's workings in mainwindow.cpp.
#include "mainwindow.h"

#include "charts/chartcopy.h"
#include "dialogs/about/aboutdialog.h"
#include "dialogs/connect/connectdialog.h"
#include "dialogs/help/helpdialog.h"
#include "meeting/meetinglaunch.h"
#include "usersettings.h"
#include "views/viewregistry.h"
#include "widgets/filterbar.h"
#include "widgets/navigationlist.h"
#include "widgets/periodselector.h"
#include "widgets/recentmenu.h"

#include <QAction>
#include <QFileDialog>
#include <QIcon>
#include <QMenuBar>
#include <QStackedWidget>
#include <QtCharts/QChartView>

namespace acc {

namespace {

// resources/icons/actions/NAME.svg, drawn for the project (CC0).
QIcon actionIcon(const QString &name)
{
    return QIcon(QStringLiteral(":/icons/actions/%1.svg").arg(name));
}

} // namespace

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open database…"));
    open->setIcon(actionIcon(QStringLiteral("open")));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Open a company database"), QString(),
                                         tr("Company databases (*.sqlite *.db);;All files (*)"));
        if (!path.isEmpty())
            openDatabase(path);
    });
    QAction *connectAction = file->addAction(tr("Co&nnect to server…"));
    connectAction->setObjectName(QStringLiteral("connectAction"));
    connectAction->setIcon(actionIcon(QStringLiteral("open")));
    connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connectAction->setStatusTip(tr("Open a company shared on a PostgreSQL server"));
    connect(connectAction, &QAction::triggered, this, [this] {
        ConnectDialog dialog(user::recentCompanies(), this);
        if (dialog.exec() == QDialog::Accepted)
            openDatabase(dialog.spec());
    });
    auto *recent = new RecentMenu(this);
    file->addMenu(recent);
    connect(recent, &RecentMenu::companyChosen, this, [this](const QString &spec) { openDatabase(spec); });
    QAction *importAction = file->addAction(tr("&Import data…"));
    importAction->setIcon(actionIcon(QStringLiteral("import")));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(importAction, &QAction::triggered, this, [this] { importData(); });
    m_needsWrite.append(importAction);
    file->addSeparator();
    QAction *pack = file->addAction(tr("Export meeting &pack as PDF…"));
    pack->setIcon(actionIcon(QStringLiteral("pdf")));
    pack->setShortcut(QKeySequence::Print);
    connect(pack, &QAction::triggered, this, &MainWindow::exportPack);
    QAction *preview = file->addAction(tr("Print pre&view…"));
    preview->setIcon(actionIcon(QStringLiteral("print-preview")));
    preview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(preview, &QAction::triggered, this, &MainWindow::printPreview);
    QAction *csv = file->addAction(tr("Export table as &CSV…"));
    csv->setIcon(actionIcon(QStringLiteral("export-csv")));
    csv->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(csv, &QAction::triggered, this, [this] {
        if (ReportView *view = currentView(); view && view->canExportTable())
            view->exportTable();
    });
    file->addSeparator();
    QAction *settingsAction = file->addAction(tr("&Settings…"));
    settingsAction->setIcon(actionIcon(QStringLiteral("settings")));
    settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(settingsAction, &QAction::triggered, this, &MainWindow::editSettings);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setIcon(actionIcon(QStringLiteral("quit")));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    m_needsData = {pack, preview, csv};

    QMenu *period = menuBar()->addMenu(tr("&Period"));
    m_previousAction = period->addAction(tr("&Previous period"));
    m_previousAction->setIcon(actionIcon(QStringLiteral("previous")));
    m_previousAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    connect(m_previousAction, &QAction::triggered, m_periodSelector, &PeriodSelector::stepBack);
    m_nextAction = period->addAction(tr("&Next period"));
    m_nextAction->setIcon(actionIcon(QStringLiteral("next")));
    m_nextAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    connect(m_nextAction, &QAction::triggered, m_periodSelector, &PeriodSelector::stepForward);
    period->addSeparator();
    const struct
    {
        QString text;
        Period::Kind kind;
        QKeySequence key;
    } kinds[] = {
        {tr("&Month"), Period::Kind::Month, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)},
        {tr("&Quarter"), Period::Kind::Quarter, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q)},
        {tr("&Year"), Period::Kind::Year, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y)},
    };
    for (const auto &k : kinds) {
        QAction *a = period->addAction(k.text);
        a->setShortcut(k.key);
        const Period::Kind kind = k.kind;
        connect(a, &QAction::triggered, this, [this, kind] { m_periodSelector->setKind(kind); });
    }
    period->addSeparator();
    QAction *choose = period->addAction(tr("&Choose period"));
    choose->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(choose, &QAction::triggered, this,
            [this] { m_periodSelector->setFocus(Qt::ShortcutFocusReason); });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_views.size(); ++i) {
        QAction *a = view->addAction(m_navigation->item(i)->icon(), m_navigation->item(i)->text());
        if (i < 9)
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, i] { showView(i); });
    }
    view->addSeparator();
    // Every view by keys, the tenth and after too: the next and the previous, round the list.
    const auto step = [this](int by) {
        const int n = int(m_views.size());
        showView((std::max(0, m_navigation->currentRow()) + by + n) % n);
    };
    QAction *nextView = view->addAction(tr("&Next view"));
    nextView->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(nextView, &QAction::triggered, this, [step] { step(1); });
    QAction *previousView = view->addAction(tr("&Previous view"));
    previousView->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(previousView, &QAction::triggered, this, [step] { step(-1); });
    view->addSeparator();
    // Any chart, by keys (the focused chart, else the one under the mouse, else the first
    // shown) or by its context menu (charts::ChartCopyMenu).
    QAction *copyChart = view->addAction(tr("&Copy chart as image"));
    copyChart->setIcon(actionIcon(QStringLiteral("copy-chart")));
    copyChart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(copyChart, &QAction::triggered, this, [this] {
        QChartView *chart = charts::chartToCopy(currentView());
        if (!chart) {
            statusBar()->showMessage(tr("This view shows no chart to copy"), 5000);
            return;
        }
        charts::copyChart(chart);
        announceChartCopied(chart->chart() ? chart->chart()->title() : QString());
    });
    auto *chartMenu = new charts::ChartCopyMenu(this);
    connect(chartMenu, &charts::ChartCopyMenu::copied, this, &MainWindow::announceChartCopied);
    QAction *reloadAction = view->addAction(tr("&Reload data"));
    reloadAction->setIcon(actionIcon(QStringLiteral("reload")));
    reloadAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(reloadAction, &QAction::triggered, this, &MainWindow::reload);
    QAction *full = view->addAction(tr("&Full screen"));
    full->setIcon(actionIcon(QStringLiteral("fullscreen")));
    full->setShortcut(QKeySequence(Qt::Key_F11));
    full->setCheckable(true);
    connect(full, &QAction::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });

    QMenu *meeting = menuBar()->addMenu(tr("&Meeting"));
    QAction *startMeeting = meeting->addAction(tr("&Start meeting"));
    startMeeting->setIcon(actionIcon(QStringLiteral("meeting")));
    startMeeting->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    startMeeting->setToolTip(tr("The agenda of the period shown, full screen: monthly review for a month, "
                                "quarterly meeting for a quarter"));
    connect(startMeeting, &QAction::triggered, this, [this] { this->startMeeting(); });
    m_needsData.append(startMeeting);
    // The screen the slides go to: another than this window's by default (docs/meeting.md).
    QMenu *screens = meeting->addMenu(tr("Slides &on screen"));
    connect(screens, &QMenu::aboutToShow, this, [screens] { meetinglaunch::fillScreenMenu(screens); });

    QMenu *dataMenu = menuBar()->addMenu(tr("&Data"));
    m_criteriaAction = dataMenu->addAction(tr("Best-customer &criteria…"));
    m_criteriaAction->setIcon(actionIcon(QStringLiteral("criteria")));
    m_criteriaAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_criteriaAction, &QAction::triggered, this, &MainWindow::editCriteria);
    m_needsData.append(m_criteriaAction);
    m_needsWrite.append(m_criteriaAction);
    QAction *filterAction = dataMenu->addAction(tr("&Filter customers…"));
    filterAction->setIcon(actionIcon(QStringLiteral("filter")));
    filterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(filterAction, &QAction::triggered, m_filterBar, &QToolButton::showMenu);
    QAction *clearFilter = dataMenu->addAction(tr("Show &all customers"));
    connect(clearFilter, &QAction::triggered, m_filterBar, &FilterBar::clear);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guideAction = help->addAction(tr("&User guide for this view"));
    guideAction->setIcon(actionIcon(QStringLiteral("help")));
    guideAction->setShortcut(QKeySequence::HelpContents);
    connect(guideAction, &QAction::triggered, this, &MainWindow::showHelp);
    QAction *meetingGuide = help->addAction(tr("Running a &meeting"));
    connect(meetingGuide, &QAction::triggered, this, [this] {
        showHelp();
        m_help->scrollToMeeting();
    });
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Accountable"));
    about->setIcon(actionIcon(QStringLiteral("about")));
    connect(about, &QAction::triggered, this, [this] { AboutDialog(m_spec, this).exec(); });
}

} // namespace acc
