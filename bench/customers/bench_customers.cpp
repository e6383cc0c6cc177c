// Times the Customers view on a company database (the 100,000-customer demo: `accountable
// demo --db /tmp/customers-100k.sqlite --customers 100000`): setSnapshot, sorting by name
// and by revenue, the search, and typing into the search box while a 10 ms timer records
// how late it fires (the GUI thread's worst stall). Every time includes the repaint that
// follows (the events are processed before the clock stops).
#include "models/customersmodel.h"
#include "models/customersproxy.h"
#include "models/metricsservice.h"
#include "storage/database.h"
#include "storage/datastore.h"
#include "storage/requeststore.h"
#include "views/customers/customersview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTableView>
#include <QTextStream>
#include <QTimer>
#include <QtTest>

#include <algorithm>

using namespace acc;

namespace {

// Fires every 10 ms and records how late each tick came: a tick 80 ms late means the
// GUI thread was busy for about 90 ms.
class StallMeter final
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.elapsed();
            m_worst = std::max(m_worst, now - m_last - 10);
            m_last = now;
        });
    }
    void start()
    {
        m_worst = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        return m_worst;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
};

// Runs the event loop for ms milliseconds.
void spin(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

template <typename F> double timed(F &&f)
{
    QElapsedTimer t;
    t.start();
    f();
    QCoreApplication::processEvents();
    return double(t.nsecsElapsed()) / 1e6;
}

// Types text into the box a key every intervalMs, the event loop running in between,
// then waits for the search to apply; returns the worst stall seen meanwhile.
qint64 typeInto(QLineEdit *box, const QString &text, int intervalMs, StallMeter &meter)
{
    box->clear();
    spin(400);
    meter.start();
    for (const QChar c : text) {
        QTest::keyClick(box, c.toLatin1());
        spin(intervalMs);
    }
    spin(500);
    return meter.stop();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const auto dbAt = args.indexOf(QStringLiteral("--db"));
    if (dbAt < 0 || dbAt + 1 >= args.size()) {
        out << "usage: bench_customers --db FILE [--period P]\n";
        return 2;
    }
    const auto periodAt = args.indexOf(QStringLiteral("--period"));
    const Period period = *Period::parse(
        periodAt >= 0 && periodAt + 1 < args.size() ? args[periodAt + 1] : QStringLiteral("2026-Q3"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    QElapsedTimer t;
    t.start();
    Database db;
    QString error;
    if (!db.open(args[dbAt + 1], &error, Database::Mode::ReadOnly)) {
        out << error << '\n';
        return 1;
    }
    auto loaded = loadDataset(db, &error);
    const auto request = loaded ? storedRequest(db, period, &error) : std::nullopt;
    if (!loaded || !request) {
        out << error << '\n';
        return 1;
    }
    auto data = std::make_shared<const Dataset>(std::move(*loaded));
    const auto snapshot = MetricsService::compute(data, args[dbAt + 1], *request);
    out << "customers " << data->customers.size() << ", orders " << data->orders.size()
        << " (loaded and computed off the GUI thread's clock in " << t.elapsed() << " ms)\n";

    {
        // The core alone: the model and the proxy, no widget.
        CustomersModel model;
        CustomersProxy proxy;
        proxy.setSourceModel(&model);
        QElapsedTimer c;
        c.start();
        model.setCustomers(snapshot->data, snapshot->facts);
        out << "core: model reset and the id order: " << double(c.nsecsElapsed()) / 1e6 << " ms; ";
        c.restart();
        model.searchTexts();
        out << "folding every customer's search text: " << double(c.nsecsElapsed()) / 1e6 << " ms; ";
        c.restart();
        proxy.sort(columnId(CustomerColumn::Name));
        out << "sort by name: " << double(c.nsecsElapsed()) / 1e6 << " ms; ";
        c.restart();
        proxy.setQuery(QStringLiteral("zzzz"));
        out << "search \"zzzz\": " << double(c.nsecsElapsed()) / 1e6 << " ms\n";
    }

    CustomersView view;
    view.resize(1600, 1000);
    view.show();
    spin(200);
    StallMeter meter;
    QTableView *table = view.table();

    out << "setSnapshot (model reset, id order, column widths, paint): "
        << timed([&] { view.setSnapshot(snapshot); }) << " ms\n";
    out << "setSnapshot again (a new period, same data): "
        << timed([&] { view.setSnapshot(std::make_shared<MetricsSnapshot>(*snapshot)); }) << " ms\n";

    const int name = columnId(CustomerColumn::Name);
    const int revenue = columnId(CustomerColumn::Revenue12m);
    out << "sort by name, first time (keys and ranks built): "
        << timed([&] { table->sortByColumn(name, Qt::AscendingOrder); }) << " ms\n";
    out << "sort by name, descending: " << timed([&] { table->sortByColumn(name, Qt::DescendingOrder); })
        << " ms\n";
    out << "sort by id: " << timed([&] { table->sortByColumn(0, Qt::AscendingOrder); }) << " ms\n";
    out << "sort by name again: " << timed([&] { table->sortByColumn(name, Qt::AscendingOrder); }) << " ms\n";
    out << "sort by revenue, first time: "
        << timed([&] { table->sortByColumn(revenue, Qt::DescendingOrder); }) << " ms\n";
    out << "sort by revenue again (ascending): "
        << timed([&] { table->sortByColumn(revenue, Qt::AscendingOrder); }) << " ms\n";
    for (const int c :
         {int(CustomerColumn::Segment), int(CustomerColumn::Status), int(CustomerColumn::PAlive)})
        out << "sort by column " << c
            << ", first time: " << timed([&] { table->sortByColumn(c, Qt::DescendingOrder); }) << " ms\n";
    table->sortByColumn(name, Qt::AscendingOrder);

    const QStringList queries{QStringLiteral("a"),
                              QStringLiteral("an"),
                              QStringLiteral("and"),
                              QStringLiteral("gmbh"),
                              QStringLiteral("c0999"),
                              QStringLiteral("zzzz"),
                              QString()};
    // --repeat N runs the searches N times (for a profiler); the times of the last run.
    const auto repeatAt = args.indexOf(QStringLiteral("--repeat"));
    const int repeat =
        repeatAt >= 0 && repeatAt + 1 < args.size() ? std::max(1, args[repeatAt + 1].toInt()) : 1;
    out << "search (applied at once; the first one folds every customer's text):\n";
    for (int run = 0; run < repeat; ++run) {
        for (const QString &q : queries) {
            const double ms = timed([&] { view.setSearch(q); });
            if (run + 1 == repeat)
                out << "  \"" << q << "\" -> " << table->model()->rowCount() << " rows in " << ms << " ms\n";
        }
    }

    out << "typing \"schmidt\" a key every 80 ms, worst stall: "
        << typeInto(view.searchBox(), QStringLiteral("schmidt"), 80, meter) << " ms\n";
    out << "typing \"schmidt\" a key every 250 ms (a search after every key), worst stall: "
        << typeInto(view.searchBox(), QStringLiteral("schmidt"), 250, meter) << " ms\n";
    out << "typing \"e\" then erasing it (a search of most customers), worst stall: ";
    view.searchBox()->clear();
    spin(400);
    meter.start();
    QTest::keyClick(view.searchBox(), 'e');
    spin(400);
    QTest::keyClick(view.searchBox(), Qt::Key_Backspace);
    spin(400);
    out << meter.stop() << " ms\n";
    return 0;
}
