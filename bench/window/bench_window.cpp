// The window on a company database, offscreen, as a CCO uses it: open, first painted view,
// every view of the registry in turn, a few periods back and forth. A 10 ms timer on the
// GUI thread records how late each tick fires: a late tick is a stall the user feels.
// Prints the time to the first painted view and the worst stall of each step; then meeting
// mode on the period's agenda at 1024x768: the start, and each slide change.
//   bench_window --db FILE [--period P] [--size WxH]
#include "mainwindow.h"
#include "meeting/meetingwindow.h"
#include "models/metricsservice.h"
#include "views/reportview.h"
#include "widgets/periodselector.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QtTest/QTest>

#include <cstdio>

using namespace acc;

namespace {

// Records the largest gap between ticks of a 10 ms timer (the stall), since reset().
class StallMeter final : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_worst = std::max(m_worst, now - m_last);
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    void reset()
    {
        m_worst = 0;
        m_last = m_clock.nsecsElapsed();
    }
    double worstMs() const { return double(m_worst) / 1e6 - 10.0; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
};

// Turns the event loop until the service is idle with figures of the chosen period shown.
bool settle(MetricsService &service, const MainWindow &window, int timeoutMs = 120000)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        const auto s = service.snapshot();
        if (!service.isBusy() && s && s->report.days.period == window.periodSelector()->period())
            return true;
        QThread::msleep(1);
    }
    return false;
}

void spin(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto value = [&](const char *name, const QString &fallback) {
        const auto i = args.indexOf(QString::fromLatin1(name));
        return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
    };
    const QString db = value("--db", QString());
    if (db.isEmpty()) {
        std::fprintf(stderr, "usage: bench_window --db FILE [--period P] [--size WxH]\n");
        return 2;
    }
    const auto period = Period::parse(value("--period", QStringLiteral("2026-Q3")));
    const QStringList size = value("--size", QStringLiteral("1280x720")).split(QLatin1Char('x'));
    QTextStream out(stdout);

    StallMeter meter;
    QElapsedTimer total;
    total.start();
    MetricsService service;
    MainWindow window(&service);
    if (period)
        window.setInitialPeriod(*period);
    window.resize(size.value(0).toInt(), size.value(1).toInt());
    window.show();
    meter.reset();
    window.openDatabase(db);
    if (!settle(service, window))
        return 1;
    window.grab(); // the first paint
    out << "first painted view: " << total.elapsed() << " ms, worst GUI stall " << meter.worstMs() << " ms\n";
    out.flush();

    for (int i = 0; i < window.views().size(); ++i) {
        meter.reset();
        QElapsedTimer t;
        t.start();
        window.showView(i);
        window.grab();
        const qint64 shown = t.elapsed();
        spin(50);
        out << "view " << window.views()[i]->title() << ": shown in " << shown << " ms, worst GUI stall "
            << meter.worstMs() << " ms\n";
        out.flush();
    }
    // Period switches on the view on show: the figures (first delivery, without the
    // customer-base model), then the model's fit, then the scorecard's trend.
    for (const QString &name : {QStringLiteral("scorecard"), QStringLiteral("loss-review")}) {
        if (!window.showView(name))
            continue;
        for (int step = 0; step < 4; ++step) {
            meter.reset();
            QElapsedTimer t;
            t.start();
            step < 2 ? window.periodSelector()->stepBack() : window.periodSelector()->stepForward();
            const Period wanted = window.periodSelector()->period();
            while (!(service.snapshot() && service.snapshot()->report.days.period == wanted) &&
                   t.elapsed() < 120000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
            QCoreApplication::processEvents(); // the window hands it to the view
            window.grab();
            const qint64 shown = t.elapsed();
            const double shownStall = meter.worstMs();
            if (!settle(service, window))
                return 1;
            window.grab();
            const qint64 model = t.elapsed();
            while (!(service.trend() && service.trend()->belongsTo(service.snapshot())) &&
                   t.elapsed() < 120000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            window.grab();
            out << name << " " << wanted.toString() << ": figures shown in " << shown << " ms (stall "
                << shownStall << " ms), with the model " << model << " ms, trend " << t.elapsed()
                << " ms, worst GUI stall " << meter.worstMs() << " ms\n";
            out.flush();
        }
    }
    // Meeting mode on the period's agenda at the projector's size: the pack built, each
    // slide shown the first time (built, laid out, painted), then every slide again.
    {
        window.resize(1024, 768);
        QElapsedTimer t;
        t.start();
        std::unique_ptr<MeetingWindow> meeting(window.startMeeting(false));
        if (!meeting)
            return 1;
        meeting->setRemembered(false);
        meeting->setAttribute(Qt::WA_DeleteOnClose, false);
        meeting->resize(1024, 768);
        meeting->show();
        meeting->grab();
        out << "meeting (" << meeting->slideCount() << " slides): started in " << t.elapsed() << " ms\n";
        for (int pass = 0; pass < 2; ++pass) {
            qint64 worst = 0;
            for (int i = 0; i < meeting->slideCount(); ++i) {
                QElapsedTimer step;
                step.start();
                QTest::keyClick(meeting.get(), i == 0 ? Qt::Key_Home : Qt::Key_Right);
                meeting->grab();
                worst = std::max(worst, step.elapsed());
                out << (pass == 0 ? "  slide " : "  again ") << i + 1 << ": " << step.elapsed() << " ms\n";
            }
            out << (pass == 0 ? "slide change, first show: worst " : "slide change, shown before: worst ")
                << worst << " ms\n";
            out.flush();
        }
        t.restart();
        meeting->setPrivate(true);
        meeting->grab();
        out << "privacy mask on: " << t.elapsed() << " ms\n";
    }
    return 0;
}
