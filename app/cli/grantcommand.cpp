#include "args.h"
#include "cli.h"
#include "storage/database.h"
#include "storage/roles.h"
#include "translation.h"

#include <QTextStream>

namespace acc::cli {

// accountable grant --db postgresql://… --read-only ROLE | --read-write ROLE: what a
// database role may do with the shared company (docs/sharing.md).
int runGrant(const QStringList &arguments)
{
    const QString cmd = QStringLiteral("grant");
    const Args args(arguments, {QStringLiteral("read-only"), QStringLiteral("read-write")}, {});
    if (const QString usage = args.usageError(Args::Positional::Refused, Args::Database::Required);
        !usage.isEmpty())
        return fail(cmd, usage, 2);
    const bool readOnly = args.has(QStringLiteral("read-only"));
    if (readOnly == args.has(QStringLiteral("read-write")))
        return fail(cmd, CliTr::tr("grant needs one of --read-only ROLE or --read-write ROLE"), 2);
    const QString role = args.value(readOnly ? QStringLiteral("read-only") : QStringLiteral("read-write"));
    const QString spec = args.value(QStringLiteral("db"));
    if (!Database::isPostgresSpec(spec))
        return fail(cmd,
                    CliTr::tr("grant works on a PostgreSQL company (postgresql://…); an SQLite file is "
                              "made read-only with its file permissions"),
                    2);
    QString error;
    Database db;
    if (!db.open(spec, &error))
        return fail(cmd, error);
    if (!roles::grant(db, role, readOnly ? roles::Access::ReadOnly : roles::Access::ReadWrite, &error))
        return fail(cmd, error);
    QTextStream(stdout) << (readOnly ? CliTr::tr(
                                           "accountable grant: %1 may now open and present %2, not change it")
                                     : CliTr::tr("accountable grant: %1 may now open and change %2"))
                               .arg(role, Database::displayName(spec))
                        << '\n';
    return 0;
}

} // namespace acc::cli
