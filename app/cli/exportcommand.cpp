#include "args.h"
#include "cli.h"
#include "commonoptions.h"
#include "models/metricsservice.h"
#include "report/outputfile.h"
#include "storage/database.h"
#include "storage/datastore.h"
#include "storage/requeststore.h"
#include "theme/theme.h"
#include "translation.h"
#include "views/viewregistry.h"

#include <QLocale>

#include <memory>

namespace acc::cli {

// accountable export --db F --view NAME --period P [--criteria NAME|FILE.json] --out F.csv:
// the table the named view shows, written by the view itself (a view made offscreen,
// given the same snapshot the window computes), so the file and the screen cannot differ.
int runExport(const QStringList &arguments)
{
    const QString cmd = QStringLiteral("export");
    const Args args(arguments,
                    QSet<QString>{QStringLiteral("db"), QStringLiteral("view"), QStringLiteral("period"),
                                  QStringLiteral("criteria"), QStringLiteral("out")} |
                        filterOptionNames());
    if (const QString usage = args.usageError(Args::Positional::Refused, Args::Database::Required);
        !usage.isEmpty())
        return fail(cmd, usage, 2);
    const QString spec = args.value(QStringLiteral("db"));
    const QString viewName = args.value(QStringLiteral("view"));
    const ViewDescriptor *descriptor = views::find(viewName);
    if (!descriptor)
        return fail(cmd,
                    viewName.isEmpty() ? CliTr::tr("--view NAME is required (one of %1)")
                                             .arg(views::names().join(QStringLiteral(", ")))
                                       : CliTr::tr("--view takes one of %1, not \"%2\"")
                                             .arg(views::names().join(QStringLiteral(", ")), viewName),
                    2);
    QString error;
    const auto period = periodOption(args, &error);
    if (!period)
        return fail(cmd, error, 2);
    if (args.has(QStringLiteral("criteria")) && args.value(QStringLiteral("criteria")).isEmpty())
        return fail(cmd, CliTr::tr("--criteria takes a set's name or a FILE.json, not an empty name"), 2);
    const QString out = args.value(QStringLiteral("out"));
    if (out.isEmpty())
        return fail(cmd, CliTr::tr("--out FILE.csv is required"), 2);
    if (!databaseExists(spec, &error))
        return fail(cmd, error);
    // Never over the database (or its journals): checked before anything is opened.
    if (QString refusal; !checkOutputPath(out, spec, {}, &refusal))
        return fail(cmd, QStringLiteral("--out ") + refusal, 2);
    if (QLocale().language() == QLocale::C)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // grouped thousands

    Database db;
    if (!db.open(spec, &error, Database::Mode::ReadOnly))
        return fail(cmd, error);
    auto loaded = loadDataset(db, &error);
    if (!loaded)
        return fail(cmd, error);
    auto request = storedRequest(db, *period, &error);
    if (!request)
        return fail(cmd, error);
    if (args.has(QStringLiteral("criteria"))) {
        const auto set = criteriaOption(db, args.value(QStringLiteral("criteria")), &error);
        if (!set)
            return fail(cmd, error);
        request->criteria = *set;
    }
    const auto snapshot = MetricsService::compute(std::make_shared<const Dataset>(std::move(*loaded)), spec,
                                                  *request, filterOption(args));
    const std::unique_ptr<ReportView> view(descriptor->create(theme::Theme::standard(), nullptr));
    if (!view->canExportTable())
        return fail(cmd, CliTr::tr("the view %1 shows no table to export").arg(viewName), 2);
    view->setSnapshot(snapshot);
    if (view->usesTrend())
        view->setTrend(MetricsService::computeTrend(snapshot));
    if (!view->exportTableTo(out, &error))
        return fail(cmd, error);
    return 0;
}

} // namespace acc::cli
