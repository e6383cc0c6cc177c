// Times computeMetrics for a quarter on a synthetic company held in memory, shaped like
// the import benchmark's (per 1M orders: 100k customers, 300k contacts, 200k answers),
// or on a database. Prints the time of every group, of all quarterly figures without the
// customer-base model fit, and of the fit.
#include "engine/assets.h"
#include "engine/best.h"
#include "engine/followthrough.h"
#include "engine/listening.h"
#include "engine/metrics.h"
#include "engine/metricsjson.h"
#include "engine/operations.h"
#include "engine/service.h"
#include "engine/spend.h"
#include "storage/database.h"
#include "storage/datastore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <random>

#include <time.h>

using namespace acc;

namespace {

const QStringList kCategories{QStringLiteral("Tools"),    QStringLiteral("Parts"),
                              QStringLiteral("Services"), QStringLiteral("Consumables"),
                              QStringLiteral("Training"), QString()};
const QStringList kReasons{QStringLiteral("Price"), QStringLiteral("Service failure"),
                           QStringLiteral("Product gap"), QStringLiteral("Moved to competitor"), QString()};
const QStringList kSegments{QStringLiteral("Enterprise"), QStringLiteral("SMB"), QStringLiteral("Consumer")};

// A company of `orders` orders over 2024-01-01 .. 2026-10-31 with heavy-tailed customers.
Dataset synthetic(int orders)
{
    std::mt19937_64 rng(20261031);
    const int customers = std::max(10, orders / 10);
    const int contacts = orders * 3 / 10;
    const int answers = orders / 5;
    const Day first = toDay(QDate(2024, 1, 1));
    const Day last = toDay(QDate(2026, 10, 31));
    std::uniform_int_distribution<int> anyDay(first, last);
    Dataset d;
    d.customers.reserve(std::size_t(customers));
    std::vector<double> weight(static_cast<std::size_t>(customers));
    std::lognormal_distribution<double> spread(0.0, 1.0);
    for (int i = 0; i < customers; ++i) {
        CustomerRecord c;
        c.customerId = QStringLiteral("C%1").arg(i, 7, 10, QLatin1Char('0'));
        c.name = c.customerId;
        c.segment = kSegments[i % kSegments.size()];
        c.region = QStringLiteral("R%1").arg(i % 5);
        c.accountOwner = QStringLiteral("Owner %1").arg(i % 40);
        c.acquiredOn = anyDay(rng) - 200;
        if (rng() % 4 == 0) {
            c.lostOn = std::min(last, c.acquiredOn + 30 + int(rng() % 700));
            c.lossReason = kReasons[int(rng() % std::uint64_t(kReasons.size()))];
            if (rng() % 5 == 0 && c.lostOn + 10 < last)
                c.wonBackOn = c.lostOn + 10 + int(rng() % std::uint64_t(last - c.lostOn - 10));
        }
        c.stage = stageNames()[int(rng() % 8)];
        if (c.stage == QLatin1String("unknown"))
            c.stage.clear();
        d.customers.push_back(c);
        weight[std::size_t(i)] = spread(rng);
    }
    std::discrete_distribution<int> whom(weight.begin(), weight.end());
    std::lognormal_distribution<double> amount(4.0, 1.0);
    d.orders.reserve(std::size_t(orders));
    for (int i = 0; i < orders; ++i) {
        OrderRecord o;
        o.orderId = d.addText(QStringLiteral("O%1").arg(i));
        o.customer = whom(rng);
        o.orderedOn = std::max(d.customers[std::size_t(o.customer)].acquiredOn, anyDay(rng));
        o.orderedOn = std::min(o.orderedOn, last);
        o.amount = money::fromUnits(amount(rng));
        if (rng() % 50 == 0)
            o.amount = -o.amount;
        o.category = kCategories[int(rng() % std::uint64_t(kCategories.size()))];
        d.orders.push_back(o);
    }
    std::uniform_int_distribution<int> anyCustomer(0, customers - 1);
    d.contacts.reserve(std::size_t(contacts));
    for (int i = 0; i < contacts; ++i) {
        ContactRecord c;
        c.contactId = d.addText(QStringLiteral("K%1").arg(i));
        c.customer = anyCustomer(rng);
        c.occurredOn = anyDay(rng);
        c.category = ContactCategory(int(rng() % 4));
        c.touchpoint = QStringLiteral("Touchpoint %1").arg(int(rng() % 25));
        c.complaint = rng() % 6 == 0;
        if (c.complaint && rng() % 5 != 0)
            c.resolvedOn = std::min(last, c.occurredOn + int(rng() % 7));
        d.contacts.push_back(c);
    }
    d.feedback.reserve(std::size_t(answers));
    for (int i = 0; i < answers; ++i) {
        FeedbackRecord f;
        f.responseId = d.addText(QStringLiteral("F%1").arg(i));
        f.customer = anyCustomer(rng);
        f.respondedOn = anyDay(rng);
        f.score = int(rng() % 11);
        d.feedback.push_back(f);
    }
    for (int y = 2024; y <= 2026; ++y) {
        for (int m = 1; m <= 12; ++m)
            d.spend.push_back({y, m, QStringLiteral("Program %1").arg(m % 4), QString(), 100000});
    }
    d.finalize();
    return d;
}

struct Timing
{
    double wall = 0; // ms
    double cpu = 0;  // ms of this thread's CPU time (what the work costs on a machine shared with others)
};

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// The best of `repeat` runs.
Timing measure(const std::function<void()> &work, int repeat = 3)
{
    Timing best{1e300, 1e300};
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        const double cpu0 = threadCpuMs();
        t.start();
        work();
        best.wall = std::min(best.wall, double(t.nsecsElapsed()) / 1e6);
        best.cpu = std::min(best.cpu, threadCpuMs() - cpu0);
    }
    return best;
}

void run(QTextStream &out, const Dataset &d, const Period &period, const QString &label)
{
    const PeriodDays days = PeriodDays::of(period, d.asOf());
    out << label << ": " << d.customers.size() << " customers, " << d.orders.size() << " orders, "
        << d.contacts.size() << " contacts, " << d.feedback.size() << " answers; period " << period.toString()
        << "\n";
    out << "  " << QStringLiteral("ms (best of 3; model fit: 1 run)").leftJustified(36)
        << "     wall       cpu\n";
    auto line = [&out](const char *name, Timing t) {
        out << "  " << QString::fromLatin1(name).leftJustified(36)
            << QString::number(t.wall, 'f', 1).rightJustified(9)
            << QString::number(t.cpu, 'f', 1).rightJustified(10) << "\n";
    };
    line("as-of date", measure([&] { (void)d.asOf(); }));
    line("assets (with 13 + 8 trend periods)", measure([&] { (void)computeAssets(d, period); }));
    line("service (without the model)", measure([&] { (void)computeServiceFigures(d, days); }));
    line("listening", measure([&] { (void)computeListeningFigures(d, days, 0, 1, {}); }));
    line("operations", measure([&] { (void)computeOperationsFigures(d, days); }));
    line("follow-through", measure([&] { (void)computeFollowThroughFigures(d, days); }));
    line("best customers (default criteria)",
         measure([&] { (void)computeBestFigures(d, days, criteria::defaultSet()); }));
    line("spend", measure([&] { (void)computeSpendFigures(d, days, 1, 0); }));
    MetricsRequest request{period};
    request.withModel = false;
    line("ALL quarterly figures, no model fit", measure([&] { (void)computeMetrics(d, request); }));
    line("model fit (BG/NBD + Gamma-Gamma)",
         measure([&] { (void)computeCustomerBaseFigures(d, days.stateDay); }, 1));
    request.withModel = true;
    MetricsReport report;
    line("ALL with the model", measure([&] { report = computeMetrics(d, request); }, 1));
    line("JSON of the report", measure([&] { (void)metricsToJson(report, d); }, 1));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList args = app.arguments().mid(1);
    Period period = *Period::parse(QStringLiteral("2026-Q3"));
    if (const auto i = args.indexOf(QStringLiteral("--period")); i >= 0 && i + 1 < args.size()) {
        const auto p = Period::parse(args[i + 1]);
        if (!p) {
            out << "bad --period " << args[i + 1] << "\n";
            return 2;
        }
        period = *p;
        args.remove(i, 2);
    }
    if (const auto i = args.indexOf(QStringLiteral("--db")); i >= 0 && i + 1 < args.size()) {
        Database db;
        QString error;
        QElapsedTimer t;
        t.start();
        if (!db.open(args[i + 1], &error)) {
            out << error << "\n";
            return 1;
        }
        const auto data = loadDataset(db, &error);
        if (!data) {
            out << error << "\n";
            return 1;
        }
        out << "loaded " << args[i + 1] << " in " << t.elapsed() << " ms\n";
        run(out, *data, period, args[i + 1]);
        return 0;
    }
    QList<int> sizes;
    for (const QString &a : args)
        sizes << a.toInt();
    if (sizes.isEmpty())
        sizes = {10000, 100000, 1000000};
    for (int n : sizes) {
        QElapsedTimer t;
        t.start();
        const Dataset d = synthetic(n);
        out << "generated in " << t.elapsed() << " ms\n";
        run(out, d, period, QStringLiteral("synthetic %1 orders").arg(n));
        out.flush();
    }
    return 0;
}
