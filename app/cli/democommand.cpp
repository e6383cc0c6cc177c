#include "args.h"
#include "cli.h"
#include "demo/demogenerator.h"
#include "demo/demomeeting.h"
#include "demo/demotargets.h"
#include "storage/actionstore.h"
#include "storage/database.h"
#include "storage/datastore.h"
#include "storage/datawriter.h"
#include "storage/realitycheckstore.h"
#include "storage/targetstore.h"
#include "translation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

namespace acc::cli {

int runDemo(const QStringList &arguments)
{
    const QString cmd = QStringLiteral("demo");
    const Args args(arguments, {QStringLiteral("db"), QStringLiteral("customers"), QStringLiteral("seed"),
                                QStringLiteral("last-day")});
    if (const QString usage = args.usageError(Args::Positional::Refused, Args::Database::Required);
        !usage.isEmpty())
        return fail(cmd, usage, 2);
    const QString spec = args.value(QStringLiteral("db"));

    demo::Options options;
    bool ok = true;
    if (args.has(QStringLiteral("customers"))) {
        options.customers = args.value(QStringLiteral("customers")).toInt(&ok);
        if (!ok || options.customers < 1 || options.customers > 5'000'000)
            return fail(cmd, CliTr::tr("--customers takes a whole number from 1 to 5000000"), 2);
    }
    if (args.has(QStringLiteral("seed"))) {
        options.seed = args.value(QStringLiteral("seed")).toUInt(&ok);
        if (!ok)
            return fail(cmd, CliTr::tr("--seed takes a whole number from 0 to 4294967295"), 2);
    }
    if (args.has(QStringLiteral("last-day"))) {
        options.lastDay = QDate::fromString(args.value(QStringLiteral("last-day")), Qt::ISODate);
        // Three years of history before it, every date with four digits.
        if (!options.lastDay.isValid() || options.lastDay < QDate(1900, 1, 1) ||
            options.lastDay > QDate(9999, 12, 31))
            return fail(
                cmd, CliTr::tr("--last-day takes a date written YYYY-MM-DD, from 1900-01-01 to 9999-12-31"),
                2);
    } else {
        // Three years up to last month: the demo ends on the last day of the previous month.
        const QDate today = QDate::currentDate();
        options.lastDay = QDate(today.year(), today.month(), 1).addDays(-1);
    }

    if (!Database::isPostgresSpec(spec) && QFileInfo::exists(spec))
        return fail(cmd,
                    CliTr::tr("%1 already exists; the demo company is written to a new database").arg(spec));

    QElapsedTimer timer;
    timer.start();
    const Dataset data = demo::generate(options);

    Database db;
    QString error;
    if (!db.open(spec, &error))
        return fail(cmd, error);
    // The company, the targets its leadership agreed (demo/demotargets.h), so the
    // scorecard has something to hold the figures to from the first start,
    // and what it recorded at its last meeting (demo/demomeeting.h).
    const QList<Target> targets = demo::sampleTargets(data);
    bool written = writeCompany(db, data, &error) && TargetStore(db).setAll(targets, &error);
    const QList<Action> actions = demo::sampleActions(data);
    for (const Action &action : actions)
        written = written && ActionStore(db).insert(action, &error).has_value();
    for (const demo::QuarterScores &quarter : demo::sampleRealityChecks(data)) {
        for (const RealityScore &score : quarter.scores)
            written = written && RealityCheckStore(db).set(quarter.quarter, score, &error);
    }
    if (!written) {
        db.discardIfCreated(); // no half-written company left behind
        return fail(cmd, error);
    }
    QTextStream(stderr) << CliTr::tr("accountable demo: %1 customers, %2 orders, %3 contacts, %4 answers, "
                                     "%7 targets and %8 actions written to %5 in %6 s")
                               .arg(data.customers.size())
                               .arg(data.orders.size())
                               .arg(data.contacts.size())
                               .arg(data.feedback.size())
                               .arg(spec)
                               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                               .arg(targets.size())
                               .arg(actions.size())
                        << '\n';
    return 0;
}

} // namespace acc::cli
