#include "args.h"
#include "cli.h"
#include "demo/democompany.h"
#include "storage/database.h"
#include "storage/datastore.h"
#include "storage/datawriter.h"
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
    }
    options = demo::withDefaultLastDay(options); // three years up to the end of last month

    if (!Database::isPostgresSpec(spec) && QFileInfo::exists(spec))
        return fail(cmd,
                    CliTr::tr("%1 already exists; the demo company is written to a new database").arg(spec));

    QElapsedTimer timer;
    timer.start();
    Database db;
    QString error;
    if (!db.open(spec, &error))
        return fail(cmd, error);
    demo::Written written;
    if (!demo::writeCompany(db, options, &error, &written))
        return fail(cmd, error);
    QTextStream(stderr) << CliTr::tr("accountable demo: %1 customers, %2 orders, %3 contacts, %4 answers, "
                                     "%7 targets and %8 actions written to %5 in %6 s")
                               .arg(written.customers)
                               .arg(written.orders)
                               .arg(written.contacts)
                               .arg(written.answers)
                               .arg(spec)
                               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                               .arg(written.targets)
                               .arg(written.actions)
                        << '\n';
    return 0;
}

} // namespace acc::cli
