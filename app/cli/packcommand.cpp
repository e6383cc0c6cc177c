#include "args.h"
#include "cli.h"
#include "commonoptions.h"
#include "models/metricsservice.h"
#include "report/outputfile.h"
#include "report/packbuilder.h"
#include "report/packpainter.h"
#include "storage/database.h"
#include "storage/datastore.h"
#include "storage/requeststore.h"
#include "translation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

namespace acc::cli {

int runPack(const QStringList &arguments)
{
    const QString cmd = QStringLiteral("pack");
    const Args args(arguments, QSet<QString>{QStringLiteral("db"), QStringLiteral("kind"),
                                             QStringLiteral("period"), QStringLiteral("out")} |
                                   filterOptionNames());
    if (const QString usage = args.usageError(Args::Positional::Refused, Args::Database::Required);
        !usage.isEmpty())
        return fail(cmd, usage, 2);
    const QString spec = args.value(QStringLiteral("db"));
    const QString kindText = args.value(QStringLiteral("kind"));
    PackKind kind = PackKind::Monthly;
    if (kindText == QLatin1String("monthly"))
        kind = PackKind::Monthly;
    else if (kindText == QLatin1String("quarterly"))
        kind = PackKind::Quarterly;
    else if (kindText.isEmpty())
        return fail(cmd, CliTr::tr("--kind monthly|quarterly is required"), 2);
    else
        return fail(cmd, CliTr::tr("--kind takes monthly or quarterly, not \"%1\"").arg(kindText), 2);
    QString error;
    const auto period = periodOption(args, &error);
    if (!period)
        return fail(cmd, error, 2);
    // A monthly pack covers a month, a quarterly one a quarter (an annual agenda is to come).
    if (period->kind() == Period::Kind::Year)
        return fail(cmd,
                    CliTr::tr("a pack covers a month (--kind monthly, e.g. 2026-09) or a quarter (--kind "
                              "quarterly, e.g. 2026-Q3); there is no pack for a whole year (%1) yet")
                        .arg(period->toString()),
                    2);
    if (kind == PackKind::Monthly && period->kind() != Period::Kind::Month)
        return fail(cmd,
                    CliTr::tr("a monthly pack covers a month, e.g. 2026-09; for %1 use --kind quarterly")
                        .arg(period->toString()),
                    2);
    if (kind == PackKind::Quarterly && period->kind() != Period::Kind::Quarter)
        return fail(cmd,
                    CliTr::tr("a quarterly pack covers a quarter, e.g. 2026-Q3; for %1 use --kind monthly")
                        .arg(period->toString()),
                    2);
    const QString out = args.value(QStringLiteral("out"));
    if (out.isEmpty())
        return fail(cmd, CliTr::tr("--out FILE.pdf is required"), 2);
    if (!databaseExists(spec, &error))
        return fail(cmd, error);
    // Never over the database (or its journals): checked before anything is opened.
    if (QString refusal; !checkOutputPath(out, spec, {}, &refusal))
        return fail(cmd, QStringLiteral("--out ") + refusal, 2);
    if (QLocale().language() == QLocale::C)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // grouped thousands

    QElapsedTimer timer;
    timer.start();
    Database db;
    if (!db.open(spec, &error, Database::Mode::ReadOnly))
        return fail(cmd, error);
    auto loaded = loadDataset(db, &error);
    if (!loaded)
        return fail(cmd, error);
    const auto data = std::make_shared<const Dataset>(std::move(*loaded));
    const auto request = storedRequest(db, *period, &error);
    if (!request)
        return fail(cmd, error);
    const qint64 loadMs = timer.elapsed();
    const auto snapshot = MetricsService::compute(data, spec, *request, filterOption(args));
    const qint64 figuresMs = timer.elapsed() - loadMs;
    const MeetingPack pack = PackBuilder::build(*snapshot, kind);
    const qint64 sectionsMs = timer.elapsed() - loadMs - figuresMs;
    const PackPainter painter(pack);
    if (!painter.writePdf(out, &error))
        return fail(cmd, error);
    const auto seconds = [](qint64 ms) { return QString::number(double(ms) / 1000.0, 'f', 2); };
    const qint64 total = timer.elapsed();
    QTextStream(stderr) << CliTr::tr(
                               "accountable pack: %1 pages written to %2 in %3 s (data %4 s, figures %5 s, "
                               "sections %6 s, pages %7 s)")
                               .arg(painter.pageCount())
                               .arg(out)
                               .arg(seconds(total), seconds(loadMs), seconds(figuresMs), seconds(sectionsMs),
                                    seconds(total - loadMs - figuresMs - sectionsMs))
                        << '\n';
    return 0;
}

} // namespace acc::cli
