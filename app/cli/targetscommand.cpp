#include "args.h"
#include "cli.h"
#include "commonoptions.h"
#include "engine/targets.h"
#include "inputfile.h"
#include "models/displaytext.h"
#include "report/outputfile.h"
#include "storage/database.h"
#include "storage/targetstore.h"
#include "translation.h"

#include <QIODevice>
#include <QSet>
#include <QTextStream>

namespace acc::cli {

namespace {

QString usage()
{
    return CliTr::tr("targets takes list [--period P], import FILE.json, or export FILE.json [--period P]");
}

// The stored targets, of one period when --period is given.
std::optional<QList<Target>> stored(Database &db, const Args &args, QString *error)
{
    TargetStore store(db);
    if (!args.has(QStringLiteral("period")))
        return store.all(error);
    const auto period = periodOption(args, error);
    if (!period)
        return std::nullopt;
    return store.forPeriod(*period, error);
}

int list(const QString &cmd, Database &db, const Args &args)
{
    QString error;
    const auto targets = stored(db, args, &error);
    if (!targets)
        return fail(cmd, error, args.has(QStringLiteral("period")) ? 2 : 1);
    QTextStream out(stdout);
    if (targets->isEmpty()) {
        out << CliTr::tr("no targets are set") << '\n';
        return 0;
    }
    qsizetype metricWidth = 0;
    for (const Target &t : *targets)
        metricWidth = std::max(metricWidth, t.metric.size());
    for (const Target &t : *targets) {
        out << t.period.toString().leftJustified(8) << "  " << t.metric.leftJustified(metricWidth) << "  "
            << QString::number(t.value, 'g', 15).rightJustified(12) << "  "
            << (targets::lowerIsBetter(t.metric) ? CliTr::tr("lower is better")
                                                 : CliTr::tr("higher is better"));
        if (!t.owner.isEmpty())
            out << "  " << CliTr::tr("owner: %1").arg(display::safe(t.owner));
        out << '\n';
    }
    return 0;
}

int importFile(const QString &cmd, Database &db, const QString &path)
{
    QByteArray bytes;
    QString error;
    if (!readInputFile(path, kMaxJsonFileBytes, CliTr::tr("a targets file"), &bytes, &error))
        return fail(cmd, error);
    QString why;
    const auto targets = targets::parse(bytes, &why);
    if (!targets)
        return fail(cmd, CliTr::tr("%1: %2; nothing was imported").arg(path, why));
    if (!TargetStore(db).setAll(*targets, &error))
        return fail(cmd, CliTr::tr("%1: %2; nothing was imported").arg(path, error));
    QSet<QString> periods;
    for (const Target &t : *targets)
        periods.insert(t.period.toString());
    QTextStream(stderr) << CliTr::tr("accountable targets: %1 targets set for %2 periods (a target on the "
                                     "same metric and period is replaced)")
                               .arg(targets->size())
                               .arg(periods.size())
                        << '\n';
    return 0;
}

int exportFile(const QString &cmd, Database &db, const Args &args, const QString &path)
{
    QString error;
    if (!checkOutputPath(path, args.value(QStringLiteral("db")), {}, &error))
        return fail(cmd, error, 2);
    const auto targets = stored(db, args, &error);
    if (!targets)
        return fail(cmd, error, args.has(QStringLiteral("period")) ? 2 : 1);
    const QByteArray json = targets::serialise(*targets);
    const bool written = writeOutputFile(
        path,
        [&json](QIODevice &device, QString *why) {
            if (device.write(json) == json.size())
                return true;
            *why = device.errorString();
            return false;
        },
        &error);
    return written ? 0 : fail(cmd, error);
}

} // namespace

// accountable targets --db F list [--period P] | import F.json | export F.json [--period P]:
// the targets kept in the database (METRICS.md's targets file), with the same rules as
// `metrics --targets`: a metric the engine does not know, a value that is not a number, a
// malformed period is refused, and an import is all or nothing.
int runTargets(const QStringList &arguments)
{
    const QString cmd = QStringLiteral("targets");
    const Args args(arguments, {QStringLiteral("db"), QStringLiteral("period")});
    if (const QString problem = args.usageError(Args::Positional::Allowed, Args::Database::Required);
        !problem.isEmpty())
        return fail(cmd, problem, 2);
    const QStringList words = args.positional();
    const QString action = words.value(0);
    const bool takesFile = action == QLatin1String("import") || action == QLatin1String("export");
    if ((!takesFile && action != QLatin1String("list")) || words.size() != (takesFile ? 2 : 1))
        return fail(cmd, usage(), 2);
    if (action == QLatin1String("import") && args.has(QStringLiteral("period")))
        return fail(cmd, CliTr::tr("import takes the periods from the file; --period is for list and export"),
                    2);
    const QString spec = args.value(QStringLiteral("db"));
    QString error;
    if (!databaseExists(spec, &error))
        return fail(cmd, error);
    const bool writes = action == QLatin1String("import");
    Database db;
    if (!db.open(spec, &error, writes ? Database::Mode::ReadWrite : Database::Mode::ReadOnly))
        return fail(cmd, error);
    if (action == QLatin1String("list"))
        return list(cmd, db, args);
    if (action == QLatin1String("import"))
        return importFile(cmd, db, words[1]);
    return exportFile(cmd, db, args, words[1]);
}

} // namespace acc::cli
