#include "commonoptions.h"

#include "inputfile.h"
#include "storage/criteriastore.h"
#include "storage/database.h"
#include "translation.h"

#include <QFileInfo>

namespace acc::cli {

std::optional<Period> periodOption(const Args &args, QString *error)
{
    if (!args.has(QStringLiteral("period"))) {
        *error = CliTr::tr("--period is required: a month (2026-10), a quarter (2026-Q3) or a year (2026)");
        return std::nullopt;
    }
    const auto period = Period::parse(args.value(QStringLiteral("period")));
    if (!period)
        *error =
            CliTr::tr("--period takes a month (2026-10), a quarter (2026-Q3) or a year (2026), not \"%1\"")
                .arg(args.value(QStringLiteral("period")));
    return period;
}

bool databaseExists(const QString &spec, QString *error)
{
    if (Database::isPostgresSpec(spec) || QFileInfo(spec).isFile())
        return true;
    *error =
        CliTr::tr("no database at %1 (create one with accountable demo or accountable import)").arg(spec);
    return false;
}

std::optional<CriteriaSet> criteriaOption(Database &db, const QString &value, QString *error)
{
    CriteriaStore store(db);
    const QFileInfo info(value);
    if (info.isFile() || value.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        QByteArray bytes;
        if (!readInputFile(value, kMaxJsonFileBytes, CliTr::tr("a criteria file"), &bytes, error))
            return std::nullopt;
        QString why;
        auto set = criteria::parse(bytes, &why, info.completeBaseName());
        if (!set)
            *error = CliTr::tr("%1: %2").arg(value, why);
        return set;
    }
    auto stored = store.newest(value, error);
    if (!stored && error->isEmpty()) {
        const auto names = store.names(error);
        *error =
            CliTr::tr("no criteria set named \"%1\" in the database (stored: %2); give a name or a FILE.json")
                .arg(value, names ? names->join(QStringLiteral(", ")) : QString());
    }
    return stored;
}

QSet<QString> filterOptionNames()
{
    return {QStringLiteral("segment"), QStringLiteral("region"), QStringLiteral("owner")};
}

DataFilter filterOption(const Args &args)
{
    return {args.value(QStringLiteral("segment")), args.value(QStringLiteral("region")),
            args.value(QStringLiteral("owner"))};
}

} // namespace acc::cli
