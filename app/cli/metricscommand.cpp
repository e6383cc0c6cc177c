#include "args.h"
#include "cli.h"
#include "engine/metrics.h"
#include "engine/metricsjson.h"
#include "storage/database.h"
#include "storage/datastore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

namespace acc::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}
} // namespace

int runMetrics(const QStringList &arguments)
{
    const QString cmd = QStringLiteral("metrics");
    const Args args(arguments, {QStringLiteral("db"), QStringLiteral("period"), QStringLiteral("format")});
    if (!args.ok())
        return fail(cmd, args.error(), 2);
    if (!args.positional().isEmpty())
        return fail(cmd, tr("unexpected argument \"%1\"").arg(args.positional().first()), 2);
    const QString spec = args.value(QStringLiteral("db"));
    if (spec.isEmpty())
        return fail(cmd, tr("--db FILE is required"), 2);
    const auto period = Period::parse(args.value(QStringLiteral("period")));
    if (!period)
        return fail(cmd, tr("--period takes a month (2026-10), a quarter (2026-Q3) or a year (2026), not \"%1\"")
                             .arg(args.value(QStringLiteral("period"))),
                    2);
    const QString format = args.value(QStringLiteral("format"), QStringLiteral("text"));
    if (format != QLatin1String("json") && format != QLatin1String("text"))
        return fail(cmd, tr("--format takes json or text, not \"%1\"").arg(format), 2);
    if (!Database::isPostgresSpec(spec) && !QFileInfo::exists(spec))
        return fail(cmd, tr("no database at %1 (create one with accountable demo or accountable import)").arg(spec));

    Database db;
    QString error;
    if (!db.open(spec, &error))
        return fail(cmd, error);
    const auto data = loadDataset(db, &error);
    if (!data)
        return fail(cmd, error);

    MetricsRequest request;
    request.period = *period;
    const MetricsReport report = computeMetrics(*data, request);
    QTextStream out(stdout);
    if (format == QLatin1String("json"))
        out << QJsonDocument(metricsToJson(report, *data)).toJson(QJsonDocument::Indented);
    else
        out << metricsToText(report, *data);
    return 0;
}

} // namespace acc::cli
