#include "args.h"
#include "cli.h"
#include "commonoptions.h"
#include "criteria/criteria.h"
#include "engine/metrics.h"
#include "engine/metricsjson.h"
#include "inputfile.h"
#include "storage/criteriastore.h"
#include "storage/database.h"
#include "storage/datastore.h"
#include "storage/requeststore.h"
#include "storage/targetstore.h"
#include "translation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

namespace acc::cli {

int runMetrics(const QStringList &arguments)
{
    const QString cmd = QStringLiteral("metrics");
    const Args args(arguments,
                    QSet<QString>{QStringLiteral("db"), QStringLiteral("period"), QStringLiteral("format"),
                                  QStringLiteral("criteria"), QStringLiteral("targets")} |
                        filterOptionNames());
    if (const QString usage = args.usageError(Args::Positional::Refused, Args::Database::Required);
        !usage.isEmpty())
        return fail(cmd, usage, 2);
    const QString spec = args.value(QStringLiteral("db"));
    QString error;
    const auto period = periodOption(args, &error);
    if (!period)
        return fail(cmd, error, 2);
    const QString format = args.value(QStringLiteral("format"), QStringLiteral("text"));
    if (format != QLatin1String("json") && format != QLatin1String("text"))
        return fail(cmd, CliTr::tr("--format takes json or text, not \"%1\"").arg(format), 2);
    // An empty name ("--targets \"\"") is a slip, not a request for the default.
    if (args.has(QStringLiteral("criteria")) && args.value(QStringLiteral("criteria")).isEmpty())
        return fail(cmd, CliTr::tr("--criteria takes a set's name or a FILE.json, not an empty name"), 2);
    if (args.has(QStringLiteral("targets")) && args.value(QStringLiteral("targets")).isEmpty())
        return fail(cmd, CliTr::tr("--targets takes a FILE.json, not an empty name"), 2);
    if (!databaseExists(spec, &error))
        return fail(cmd, error);

    Database db;
    if (!db.open(spec, &error, Database::Mode::ReadOnly))
        return fail(cmd, error);
    auto data = loadDataset(db, &error);
    if (!data)
        return fail(cmd, error);
    if (const DataFilter filter = filterOption(args); !filter.isEmpty())
        data = filterDataset(*data, filter);

    // The request the window and `pack` compute with, then what the options replace in it.
    auto request = storedRequest(db, *period, &error);
    if (!request)
        return fail(cmd, error);
    if (args.has(QStringLiteral("criteria"))) {
        const auto criteriaSet = criteriaOption(db, args.value(QStringLiteral("criteria")), &error);
        if (!criteriaSet)
            return fail(cmd, error);
        request->criteria = *criteriaSet;
    }
    if (args.has(QStringLiteral("targets"))) {
        const QString path = args.value(QStringLiteral("targets"));
        QByteArray bytes;
        if (!readInputFile(path, kMaxJsonFileBytes, CliTr::tr("a targets file"), &bytes, &error))
            return fail(cmd, error);
        QString why;
        const auto fromFile = targets::parse(bytes, &why);
        if (!fromFile)
            return fail(cmd, CliTr::tr("%1: %2").arg(path, why));
        request->targets = *fromFile;
    }
    const MetricsReport report = computeMetrics(*data, *request);
    QTextStream out(stdout);
    if (format == QLatin1String("json"))
        out << QJsonDocument(metricsToJson(report, *data)).toJson(QJsonDocument::Indented);
    else
        out << metricsToText(report, *data);
    return 0;
}

} // namespace acc::cli
