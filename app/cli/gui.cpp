#include "args.h"
#include "cli.h"
#include "commonoptions.h"
#include "demo/democompany.h"
#include "dialogs/connect/connectdialog.h"
#include "dialogs/criteria/criteriadialog.h"
#include "dialogs/help/helpdialog.h"
#include "dialogs/settings/settingsdialog.h"
#include "mainwindow.h"
#include "meeting/meetingwindow.h"
#include "meeting/presenterconsole.h"
#include "models/criteriapreviewservice.h"
#include "models/metricsservice.h"
#include "storage/database.h"
#include "translation.h"
#include "usersettings.h"
#include "views/viewregistry.h"
#include "widgets/filterbar.h"
#include "widgets/periodselector.h"
#include "widgets/splittermemory.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QPixmap>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QThread>

namespace acc::cli {

namespace {

// Waits (with the event loop turning) until the figures of the chosen period are shown.
bool waitUntilShown(MetricsService &service, const MainWindow &window, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        service.waitForIdle();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        const auto snapshot = service.snapshot();
        if (!service.isBusy() && snapshot &&
            snapshot->report.days.period == window.periodSelector()->period() &&
            snapshot->filter == window.filterBar()->filter())
            return true;
        QThread::msleep(20);
    }
    return false;
}

// Lets layouts that change in answer to a layout (rows that wrap, a pane that grows)
// finish before a screenshot: a few rounds of posted events, each may post the next.
void settle()
{
    for (int round = 0; round < 4; ++round) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

} // namespace

// accountable [--db FILE] [--period P] [--view NAME] [--customer ID] [--dialog
// criteria|settings|help|connect]
// [--meeting monthly|quarterly [--slide N] [--privacy] [--presenter]];
// for documentation and checks also --screenshot FILE.png [--size WIDTHxHEIGHT], which
// saves the window once the figures are shown (or, with --dialog, the dialog once its
// preview is shown) and quits. --customer opens the Customers view on that customer.
int runGui(const QStringList &arguments)
{
    const QString cmd;
    const Args args(
        arguments,
        QSet<QString>{QStringLiteral("db"), QStringLiteral("period"), QStringLiteral("screenshot"),
                      QStringLiteral("size"), QStringLiteral("view"), QStringLiteral("dialog"),
                      QStringLiteral("customer"), QStringLiteral("meeting"), QStringLiteral("slide")} |
            filterOptionNames(),
        QSet<QString>{QStringLiteral("privacy"), QStringLiteral("presenter")});
    if (const QString usage = args.usageError(Args::Positional::Refused, Args::Database::Optional);
        !usage.isEmpty())
        return fail(cmd, usage, 2);
    std::optional<Period> period;
    if (args.has(QStringLiteral("period"))) {
        period = Period::parse(args.value(QStringLiteral("period")));
        if (!period)
            return fail(
                cmd,
                CliTr::tr(
                    "--period takes a month (2026-10), a quarter (2026-Q3) or a year (2026), not \"%1\"")
                    .arg(args.value(QStringLiteral("period"))),
                2);
    }
    const QString viewName = args.value(QStringLiteral("view"));
    if (args.has(QStringLiteral("view")) && !views::find(viewName))
        return fail(cmd,
                    CliTr::tr("--view takes one of %1, not \"%2\"")
                        .arg(views::names().join(QStringLiteral(", ")), viewName),
                    2);
    const QString dialogName = args.value(QStringLiteral("dialog"));
    if (args.has(QStringLiteral("dialog")) && dialogName != QLatin1String("criteria") &&
        dialogName != QLatin1String("settings") && dialogName != QLatin1String("help") &&
        dialogName != QLatin1String("connect"))
        return fail(
            cmd, CliTr::tr("--dialog takes criteria, settings, help or connect, not \"%1\"").arg(dialogName),
            2);
    // --meeting monthly|quarterly [--slide N] [--privacy]: meeting mode on the period.
    std::optional<PackKind> meetingKind;
    int slideNumber = 0;
    if (args.has(QStringLiteral("meeting"))) {
        meetingKind = agenda::parseKind(args.value(QStringLiteral("meeting")));
        if (!meetingKind)
            return fail(cmd,
                        CliTr::tr("--meeting takes monthly or quarterly, not \"%1\"")
                            .arg(args.value(QStringLiteral("meeting"))),
                        2);
        if (!period)
            return fail(cmd,
                        CliTr::tr("--meeting needs the period it reviews: --period 2026-09 (monthly) or "
                                  "--period 2026-Q3 (quarterly)"),
                        2);
        if (const QString refusal = agenda::refusal(*meetingKind, *period); !refusal.isEmpty())
            return fail(cmd, QStringLiteral("--meeting: ") + refusal, 2);
    } else if (args.has(QStringLiteral("slide")) || args.has(QStringLiteral("privacy")) ||
               args.has(QStringLiteral("presenter"))) {
        return fail(cmd, CliTr::tr("--slide, --privacy and --presenter go with --meeting monthly|quarterly"),
                    2);
    }
    if (args.has(QStringLiteral("slide"))) {
        bool ok = false;
        slideNumber = args.value(QStringLiteral("slide")).toInt(&ok);
        if (!ok || slideNumber < 1)
            return fail(cmd,
                        CliTr::tr("--slide takes a slide number from 1, not \"%1\"")
                            .arg(args.value(QStringLiteral("slide"))),
                        2);
        const int slides = int(agenda::items(*meetingKind).size());
        if (slideNumber > slides)
            return fail(cmd,
                        CliTr::tr("--slide %1: %2 has %3 slides (1 to %3)")
                            .arg(slideNumber)
                            .arg(agenda::title(*meetingKind))
                            .arg(slides),
                        2);
    }
    QSize size(1600, 1000);
    if (args.has(QStringLiteral("size"))) {
        const QStringList parts = args.value(QStringLiteral("size")).split(QLatin1Char('x'));
        const int w = parts.value(0).toInt();
        const int h = parts.size() == 2 ? parts.value(1).toInt() : 0;
        if (w < 320 || h < 240)
            return fail(cmd, CliTr::tr("--size takes WIDTHxHEIGHT in pixels, e.g. 1920x1080"), 2);
        size = QSize(w, h);
    }
    if (QLocale().language() == QLocale::C)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // grouped thousands

    // The company: --db, else the one open when the window last closed (if it is still
    // there), else the demo company in the user's data folder, made the first time
    // (docs/settings.md). Screenshots never read what the window remembers.
    const bool screenshot = args.has(QStringLiteral("screenshot"));
    const bool remembers = !screenshot && !args.has(QStringLiteral("size"));
    QString spec = args.value(QStringLiteral("db"));
    if (spec.isEmpty() && remembers) {
        for (const QString &recent : user::recentCompanies()) {
            if (user::stillThere(recent)) {
                spec = recent;
                break;
            }
        }
    }
    if (spec.isEmpty()) {
        spec = user::demoCompanyPath();
        if (!QFileInfo::exists(spec)) {
            QDir().mkpath(QFileInfo(spec).absolutePath());
            QTextStream(stderr) << CliTr::tr("accountable: creating the demo company in %1…")
                                       .arg(QDir::toNativeSeparators(spec))
                                << '\n';
            Database db;
            QString error;
            if (!db.open(spec, &error) || !demo::writeCompany(db, demo::Options{}, &error))
                return fail(cmd, error);
        }
    }
    // The period: --period, else the one this company was last shown at.
    if (!period && remembers)
        period = Period::parse(user::lastPeriod(spec));

    MetricsService service;
    service.setFitFolder(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                         QStringLiteral("/fits"));
    splittermemory::setEnabled(remembers);
    MainWindow window(&service);
    if (period)
        window.setInitialPeriod(*period);
    // The window's size: --size when given (screenshots are made at 1600x1000 without it);
    // otherwise where and how large it was when last closed, or, the first time, fitted
    // to the screen's free area (docs/settings.md).
    if (!remembers) {
        window.resize(size);
    } else if (!window.restoreRemembered()) {
        const QRect free = window.screen() ? window.screen()->availableGeometry() : QRect(0, 0, 1600, 1000);
        const QSize fitted(std::min(free.width() * 9 / 10, 1600), std::min(free.height() * 9 / 10, 1000));
        window.resize(fitted.expandedTo(QSize(std::min(free.width(), 1024), std::min(free.height(), 700))));
        window.move(free.center() - window.rect().center());
    }
    window.setRemembers(remembers);
    if (!viewName.isEmpty())
        window.showView(viewName);
    else if (remembers && views::find(user::lastView()))
        window.showView(user::lastView());
    window.show();
    // --customer ID: the Customers view on that customer, once the data is there.
    const QString customerId = args.value(QStringLiteral("customer"));
    auto openCustomer = [&service, &window, customerId]() {
        const auto snapshot = service.snapshot();
        if (customerId.isEmpty() || !snapshot)
            return false;
        const int customer = snapshot->data->findCustomer(customerId);
        if (customer >= 0)
            window.openCustomers(CustomerSelection{{}, {}, customer});
        return true;
    };
    if (!customerId.isEmpty() && !args.has(QStringLiteral("screenshot"))) {
        auto *once = new QObject(&window);
        QObject::connect(&service, &MetricsService::snapshotReady, once, [once, openCustomer] {
            if (openCustomer())
                once->deleteLater();
        });
    }
    const bool opened = window.openDatabase(spec);
    if (opened)
        window.setFilter(filterOption(args));
    if (opened && !dialogName.isEmpty() && !args.has(QStringLiteral("screenshot"))) {
        // Opens the dialog as soon as the figures are shown.
        auto *once = new QObject(&window);
        QObject::connect(&service, &MetricsService::snapshotReady, once, [&window, once, dialogName] {
            QMetaObject::invokeMethod(
                &window,
                [&window, dialogName] {
                    if (dialogName == QLatin1String("settings"))
                        window.editSettings();
                    else if (dialogName == QLatin1String("help"))
                        window.showHelp();
                    else if (dialogName == QLatin1String("connect"))
                        window.findChild<QAction *>(QStringLiteral("connectAction"))->trigger();
                    else
                        window.editCriteria();
                },
                Qt::QueuedConnection);
            once->deleteLater();
        });
    }

    if (opened && meetingKind && !screenshot) {
        // Meeting mode as soon as the figures are shown.
        auto *once = new QObject(&window);
        const bool masked = args.has(QStringLiteral("privacy"));
        QObject::connect(&service, &MetricsService::snapshotReady, once,
                         [&window, once, masked, slideNumber] {
                             QMetaObject::invokeMethod(
                                 &window,
                                 [&window, masked, slideNumber] {
                                     if (MeetingWindow *meeting = window.startMeeting()) {
                                         meeting->setPrivate(masked);
                                         if (slideNumber > 0)
                                             meeting->showSlide(slideNumber - 1);
                                     }
                                 },
                                 Qt::QueuedConnection);
                             once->deleteLater();
                         });
    }

    if (args.has(QStringLiteral("screenshot"))) {
        if (!opened || !waitUntilShown(service, window, 60000))
            return fail(cmd, CliTr::tr("the figures could not be shown"));
        openCustomer();
        settle();
        QWidget *shot = &window;
        std::unique_ptr<MeetingWindow> meeting;
        if (meetingKind) {
            meeting.reset(window.startMeeting(false));
            if (!meeting)
                return fail(cmd, CliTr::tr("the meeting could not be started"));
            meeting->setRemembered(false);
            meeting->setAttribute(Qt::WA_DeleteOnClose, false);
            meeting->resize(size);
            meeting->setPrivate(args.has(QStringLiteral("privacy")));
            meeting->showSlide(std::max(0, slideNumber - 1));
            meeting->show();
            QCoreApplication::processEvents();
            shot = meeting.get();
            if (args.has(QStringLiteral("presenter"))) {
                // The presenter's console instead of the slide.
                auto *console = new PresenterConsole(meeting.get());
                console->setAttribute(Qt::WA_DeleteOnClose, false);
                console->resize(size);
                console->show();
                QCoreApplication::processEvents();
                shot = console;
            }
        }
        if (!meetingKind && dialogName == QLatin1String("settings")) {
            SettingsDialog *dialog = window.editSettings();
            QCoreApplication::processEvents();
            shot = dialog;
        } else if (!meetingKind && dialogName == QLatin1String("help")) {
            window.showHelp();
            window.helpDialog()->resize(std::min(size.width(), 900), std::min(size.height(), 760));
            QCoreApplication::processEvents();
            shot = window.helpDialog();
        } else if (!meetingKind && dialogName == QLatin1String("connect")) {
            auto *dialog = new ConnectDialog(user::recentCompanies(), &window);
            dialog->show();
            QCoreApplication::processEvents();
            shot = dialog;
        } else if (!meetingKind && !dialogName.isEmpty()) {
            CriteriaDialog *dialog = window.editCriteria();
            if (!dialog)
                return fail(cmd, CliTr::tr("the criteria dialog could not be opened"));
            dialog->previewService()->waitForIdle();
            QCoreApplication::processEvents();
            shot = dialog;
        }
        settle();
        const QString path = args.value(QStringLiteral("screenshot"));
        if (!shot->grab().save(path))
            return fail(cmd, CliTr::tr("cannot write %1").arg(path));
        return 0;
    }
    return QApplication::exec(); // the window remembers itself as it closes
}

} // namespace acc::cli
