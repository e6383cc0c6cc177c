#include "args.h"
#include "cli.h"
#include "storage/companycopy.h"
#include "storage/database.h"
#include "translation.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

namespace acc::cli {

// accountable copy --from DB --to DB [--replace]: a whole company from one database to
// another, SQLite or PostgreSQL either way, all or nothing (docs/sharing.md).
int runCopy(const QStringList &arguments)
{
    const QString cmd = QStringLiteral("copy");
    const Args args(arguments, {QStringLiteral("from"), QStringLiteral("to")}, {QStringLiteral("replace")});
    if (const QString usage = args.usageError(Args::Positional::Refused, Args::Database::Optional);
        !usage.isEmpty())
        return fail(cmd, usage, 2);
    const QString fromSpec = args.value(QStringLiteral("from"));
    const QString toSpec = args.value(QStringLiteral("to"));
    if (fromSpec.isEmpty() || toSpec.isEmpty())
        return fail(cmd, CliTr::tr("copy needs --from DB and --to DB"), 2);
    const auto same = [](const QString &a, const QString &b) {
        if (Database::isPostgresSpec(a) || Database::isPostgresSpec(b))
            return Database::displayName(a) == Database::displayName(b);
        return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath() ||
               (QFileInfo::exists(a) && QFileInfo(a).canonicalFilePath() == QFileInfo(b).canonicalFilePath());
    };
    if (same(fromSpec, toSpec))
        return fail(cmd, CliTr::tr("--from and --to name the same database"), 2);

    QElapsedTimer timer;
    timer.start();
    QString error;
    Database from;
    if (!from.open(fromSpec, &error, Database::Mode::ReadOnly))
        return fail(cmd, error);
    Database to;
    if (!to.open(toSpec, &error))
        return fail(cmd, error);
    QList<QPair<QString, qint64>> rows;
    if (!companycopy::copy(from, to, args.has(QStringLiteral("replace")), &rows, &error)) {
        to.discardIfCreated(); // a new file that holds nothing is not left behind
        return fail(cmd, error);
    }
    QTextStream out(stdout);
    const QLocale locale;
    QStringList parts;
    for (const auto &[table, count] : std::as_const(rows))
        parts << QStringLiteral("%1 %2").arg(locale.toString(count), table);
    out << CliTr::tr("accountable copy: %1 copied to %2 in %3 s (%4)")
               .arg(Database::displayName(fromSpec), Database::displayName(toSpec))
               .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
               .arg(parts.join(QStringLiteral(", ")))
        << '\n';
    return 0;
}

} // namespace acc::cli
