#include "args.h"
#include "cli.h"
#include "criteria/criteria.h"
#include "inputfile.h"
#include "models/displaytext.h"
#include "storage/criteriastore.h"
#include "storage/database.h"
#include "storage/requeststore.h"
#include "translation.h"
#include "usersettings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace acc::cli {

namespace {

QString usage()
{
    return CliTr::tr("criteria takes list, show NAME[@VERSION], save --name NAME --file FILE.json [--author "
                     "NAME], or use NAME[@VERSION]");
}

QString savedText(const StoredCriteria &stored)
{
    const QString author =
        stored.author.isEmpty() ? CliTr::tr("(author not recorded)") : display::safe(stored.author);
    const QString time =
        stored.savedAt.isValid() ? stored.savedAt.toString(Qt::ISODate) : CliTr::tr("(time unknown)");
    return CliTr::tr("saved %1 by %2").arg(time, author);
}

// list: every stored set with its versions, the one in force marked.
int list(const QString &cmd, Database &db)
{
    QString error;
    const auto inForce = criteriaInForce(db, &error);
    if (!inForce)
        return fail(cmd, error);
    CriteriaStore store(db);
    const auto names = store.names(&error);
    if (!names)
        return fail(cmd, error);
    QTextStream out(stdout);
    if (names->isEmpty())
        out << CliTr::tr("  %1 (built in; nothing stored yet)").arg(display::safe(inForce->name)) << '\n';
    for (const QString &name : *names) {
        const auto versions = store.versions(name, &error);
        if (!versions)
            return fail(cmd, error);
        const bool current = name == inForce->name;
        out << (current ? "* " : "  ") << display::safe(name) << "  "
            << CliTr::tr("versions 1 to %1").arg(versions->size());
        if (current)
            out << "  " << CliTr::tr("(in force: version %1)").arg(inForce->version);
        out << '\n';
        for (const StoredCriteria &stored : *versions)
            out << "    " << CliTr::tr("version %1").arg(stored.set.version) << "  " << savedText(stored)
                << '\n';
    }
    return 0;
}

// show: the version as JSON (a file `save --file` takes back), with "author" and
// "saved_at" added.
int show(const QString &cmd, Database &db, const QString &refText)
{
    const CriteriaRef ref = CriteriaRef::parse(refText);
    QString error;
    const auto versions = CriteriaStore(db).versions(ref.name, &error);
    if (!versions)
        return fail(cmd, error);
    const StoredCriteria *found = nullptr;
    for (const StoredCriteria &stored : *versions) {
        if (ref.version == 0 || stored.set.version == ref.version)
            found = &stored; // the newest, or the one asked for
    }
    if (!found)
        return fail(cmd, CliTr::tr("no criteria set %1 is stored").arg(ref.toString()));
    QJsonObject json = criteria::toJson(found->set);
    json.insert(QStringLiteral("author"), found->author);
    json.insert(QStringLiteral("saved_at"),
                found->savedAt.isValid() ? QJsonValue(found->savedAt.toString(Qt::ISODate)) : QJsonValue());
    QTextStream(stdout) << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << '\n';
    return 0;
}

int save(const QString &cmd, Database &db, const QString &name, const QString &path, const QString &author)
{
    if (author.trimmed().isEmpty())
        return fail(cmd, CliTr::tr("--author needs a name"), 2);
    if (name.trimmed().isEmpty())
        return fail(cmd, CliTr::tr("criteria save needs --name NAME"), 2);
    if (path.isEmpty())
        return fail(cmd, CliTr::tr("criteria save needs --file FILE.json"), 2);
    QByteArray bytes;
    QString error;
    if (!readInputFile(path, kMaxJsonFileBytes, CliTr::tr("a criteria file"), &bytes, &error))
        return fail(cmd, error);
    QString why;
    auto set = criteria::parse(bytes, &why, QFileInfo(path).completeBaseName());
    if (!set)
        return fail(cmd, CliTr::tr("%1: %2; nothing was saved").arg(path, why));
    set->name = name.trimmed();
    const int version = CriteriaStore(db).save(*set, author, &error);
    if (version == 0)
        return fail(cmd, error);
    QTextStream(stderr) << CliTr::tr("accountable criteria: saved %1 as version %2 by %3 (a new version; the "
                                     "earlier ones are kept)")
                               .arg(display::safe(set->name), QString::number(version),
                                    display::safe(author.trimmed()))
                        << '\n';
    return 0;
}

} // namespace

int runCriteria(const QStringList &arguments)
{
    const QString cmd = QStringLiteral("criteria");
    const Args args(arguments, {QStringLiteral("db"), QStringLiteral("name"), QStringLiteral("file"),
                                QStringLiteral("author")});
    if (const QString problem = args.usageError(Args::Positional::Allowed, Args::Database::Required);
        !problem.isEmpty())
        return fail(cmd, problem, 2);
    const QStringList words = args.positional();
    const QString action = words.value(0);
    const bool takesRef = action == QLatin1String("show") || action == QLatin1String("use");
    const bool known = takesRef || action == QLatin1String("list") || action == QLatin1String("save");
    if (!known || words.size() != (takesRef ? 2 : 1))
        return fail(cmd, usage(), 2);
    const QString spec = args.value(QStringLiteral("db"));
    const bool writes = action == QLatin1String("save") || action == QLatin1String("use");
    Database db;
    QString error;
    if (!db.open(spec, &error, writes ? Database::Mode::ReadWrite : Database::Mode::ReadOnly))
        return fail(cmd, error);
    if (action == QLatin1String("list"))
        return list(cmd, db);
    if (action == QLatin1String("show"))
        return show(cmd, db, words[1]);
    if (action == QLatin1String("save")) {
        // Without --author, the author name of the settings, else the login name (docs/criteria.md,
        // docs/settings.md).
        const QString author =
            args.has(QStringLiteral("author")) ? args.value(QStringLiteral("author")) : user::authorName();
        const int status =
            save(cmd, db, args.value(QStringLiteral("name")), args.value(QStringLiteral("file")), author);
        if (status != 0)
            db.discardIfCreated();
        return status;
    }
    const CriteriaRef ref = CriteriaRef::parse(words[1]);
    if (!useCriteria(db, ref, &error)) {
        db.discardIfCreated();
        return fail(cmd, error);
    }
    QTextStream(stderr) << CliTr::tr("accountable criteria: %1 is in force for the window, pack and metrics")
                               .arg(display::safe(ref.toString()))
                        << '\n';
    return 0;
}

} // namespace acc::cli
