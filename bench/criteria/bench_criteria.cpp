// Times the criteria dialog's live preview (issue 9): the company is loaded and its
// figures computed as the window does, the dialog opened offscreen on them, and values
// typed into its rules key by key with a person's pace (120 ms between keys). For each
// edit: the time from the last keystroke to the preview showing the figures of the rules
// as they stand. Meanwhile a 10 ms timer on the GUI thread records how late it fires:
// the longest lateness is the longest the window could not answer.
#include "criteria/criteriapreview.h"
#include "dialogs/criteria/criteriadialog.h"
#include "dialogs/criteria/ruleseditor.h"
#include "models/criteriapreviewservice.h"
#include "models/criteriarulesmodel.h"
#include "models/metricsservice.h"
#include "storage/database.h"
#include "storage/datastore.h"
#include "storage/requeststore.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTextStream>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

#include <algorithm>

using namespace acc;

namespace {

QTextStream out(stdout);

// Turns the event loop for ms milliseconds.
void idle(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

struct StallWatch
{
    QTimer timer;
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 worst = 0;
    StallWatch()
    {
        timer.setTimerType(Qt::PreciseTimer);
        timer.setInterval(10);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            const qint64 now = clock.elapsed();
            worst = std::max(worst, now - last - 10);
            last = now;
        });
    }
    void start()
    {
        clock.start();
        last = 0;
        worst = 0;
        timer.start();
    }
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n == 0 ? 0 : (n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QStringList args = app.arguments();
    const QString spec = args.value(args.indexOf(QStringLiteral("--db")) + 1);
    const qsizetype p = args.indexOf(QStringLiteral("--period"));
    const qsizetype e = args.indexOf(QStringLiteral("--edits"));
    const int edits = e > 0 ? args.value(e + 1).toInt() : 20;
    if (args.indexOf(QStringLiteral("--db")) < 0 || spec.isEmpty()) {
        QTextStream(stderr) << "usage: bench_criteria --db FILE [--period P] [--edits N]\n";
        return 2;
    }

    QElapsedTimer t;
    t.start();
    Database db;
    QString error;
    if (!db.open(spec, &error, Database::Mode::ReadOnly)) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    auto data = loadDataset(db, &error);
    if (!data) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    const Day asOf = data->asOf();
    const Period period =
        p > 0 ? *Period::parse(args.value(p + 1)) : Period::containing(Period::Kind::Quarter, toDate(asOf));
    auto request = storedRequest(db, period, &error);
    db.close();
    out << "company: " << data->customers.size() << " customers, " << data->orders.size()
        << " orders; period " << period.toString() << ", loaded in " << t.elapsed() << " ms\n";
    t.restart();
    auto shared = std::make_shared<const Dataset>(std::move(*data));
    const auto snapshot = MetricsService::compute(shared, spec, *request);
    out << "figures computed in " << t.elapsed() << " ms; in force: " << snapshot->report.best.criteria.name
        << " v" << snapshot->report.best.criteria.version << ", "
        << snapshot->report.best.bestCustomers.size() << " best customers\n";

    // The preview engine alone, for reference: first set (per-customer values computed),
    // then the same set again (cached).
    {
        CriteriaPreview preview(shared, snapshot->report.days.stateDay, snapshot->report.best.bestCustomers);
        QElapsedTimer c;
        c.start();
        preview.compute(snapshot->report.best.criteria);
        const qint64 cold = c.nsecsElapsed();
        c.restart();
        preview.compute(snapshot->report.best.criteria);
        out << "CriteriaPreview::compute: first " << cold / 1000000.0 << " ms, again "
            << c.nsecsElapsed() / 1e6 << " ms (worker thread)\n";
    }

    StallWatch watch;
    watch.start();
    t.restart();
    CriteriaDialog dialog(snapshot, spec);
    dialog.resize(1280, 720);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QElapsedTimer shown;
    bool previewShown = false;
    QObject::connect(&dialog, &CriteriaDialog::previewShown, [&] { previewShown = true; });
    if (!QTest::qWaitForWindowExposed(&dialog))
        return 1;
    while (!previewShown)
        idle(1);
    out << "dialog opened and its first preview shown in " << t.elapsed()
        << " ms (GUI stall while opening: " << watch.worst << " ms)\n";

    // The edits: a rule on revenue_12m top-percent first (the default set), then other
    // values; each typed key by key after selecting the field's text.
    RulesEditor *editor = dialog.rulesEditor();
    const QStringList values{QStringLiteral("15"), QStringLiteral("25"),   QStringLiteral("10"),
                             QStringLiteral("30"), QStringLiteral("12.5"), QStringLiteral("35"),
                             QStringLiteral("5"),  QStringLiteral("40"),   QStringLiteral("22"),
                             QStringLiteral("18")};
    std::vector<double> latencies;
    idle(300);
    watch.start();
    for (int i = 0; i < edits; ++i) {
        // Even edits change rule 1 (top percent), odd ones rule 2 (orders_12m >= n) when there
        // is one.
        const int row = (i % 2 == 1 && editor->rowCount() > 1) ? 1 : 0;
        // Each value differs from the one before it in its field (the default rule 2 is 3).
        const QStringList orders{QStringLiteral("4"), QStringLiteral("2"), QStringLiteral("5"),
                                 QStringLiteral("3")};
        const QString value = row == 0 ? values[(i / 2) % values.size()] : orders[(i / 2) % orders.size()];
        QLineEdit *edit = editor->valueEdit(row);
        edit->setFocus();
        edit->selectAll();
        QElapsedTimer last;
        for (qsizetype k = 0; k < value.size(); ++k) {
            if (k > 0)
                idle(120); // a person's pace
            previewShown = false;
            QTest::keyClick(edit, value.at(k).toLatin1());
            last.start();
        }
        const quint64 wanted = dialog.previewService()->generation();
        while (!(previewShown && dialog.previewService()->figuresGeneration() == wanted)) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
            if (last.elapsed() > 20000)
                break;
        }
        const double ms = last.nsecsElapsed() / 1e6;
        latencies.push_back(ms);
        out << "  edit " << (i + 1) << ": rule " << (row + 1) << " := " << value << "  -> " << ms << " ms  ("
            << dialog.previewService()->figures()->count << " best, "
            << dialog.previewService()->figures()->joining.size() << " join, "
            << dialog.previewService()->figures()->leaving.size() << " leave)\n";
        idle(250);
    }
    out << "last keystroke to preview shown over " << latencies.size() << " edits: median "
        << median(latencies) << " ms, max " << *std::max_element(latencies.begin(), latencies.end())
        << " ms (debounce " << CriteriaPreviewService::kDebounceMs << " ms included)\n";
    out << "longest GUI-thread stall while editing (10 ms timer, lateness): " << watch.worst << " ms\n";

    // A new attribute: its values are computed once, on the worker.
    watch.start();
    QComboBox *attribute = editor->attributeBox(0);
    attribute->setFocus();
    previewShown = false;
    QTest::keyClick(attribute, Qt::Key_Up); // revenue_12m -> lifetime_value
    QElapsedTimer change;
    change.start();
    while (!previewShown && change.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    out << "attribute changed to a new one (values computed once): " << change.elapsed()
        << " ms to the preview; GUI stall " << watch.worst << " ms\n";
    dialog.undoStack()->clear();
    return 0;
}
