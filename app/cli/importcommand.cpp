#include "args.h"
#include "cli.h"
#include "import/importer.h"
#include "report/outputfile.h"
#include "storage/database.h"
#include "translation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QIODevice>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace acc::cli {

namespace {

constexpr int kShown = 100;

void printMessages(QTextStream &err, const QList<import::ImportMessage> &messages, const QString &prefix)
{
    int shown = 0;
    for (const import::ImportMessage &m : messages) {
        if (shown++ == kShown)
            break;
        err << prefix << m.toString() << '\n';
    }
}

} // namespace

int runImport(const QStringList &arguments)
{
    const QString cmd = QStringLiteral("import");
    const Args args(
        arguments, {QStringLiteral("db"), QStringLiteral("date-format"), QStringLiteral("problems")},
        {QStringLiteral("replace"), QStringLiteral("replace-all"), QStringLiteral("validate-only")});
    if (const QString usage = args.usageError(Args::Positional::Allowed, Args::Database::Required);
        !usage.isEmpty())
        return fail(cmd, usage, 2);
    const QString spec = args.value(QStringLiteral("db"));
    if (args.positional().isEmpty())
        return fail(cmd, CliTr::tr("name at least one CSV file to import"), 2);

    QList<import::ImportFile> files;
    for (const QString &path : args.positional())
        files.append({path, {}, std::nullopt, {}});
    // --problems FILE.csv: every error and warning as CSV, as the wizard saves them.
    const QString problems = args.value(QStringLiteral("problems"));
    if (args.has(QStringLiteral("problems"))) {
        if (problems.isEmpty())
            return fail(cmd, CliTr::tr("--problems takes the name of a CSV file to write"), 2);
        if (QString refusal; !checkOutputPath(problems, spec, args.positional(), &refusal))
            return fail(cmd, refusal, 2);
    }

    import::ImportOptions options;
    if (args.has(QStringLiteral("replace")) && args.has(QStringLiteral("replace-all")))
        return fail(cmd,
                    CliTr::tr("--replace (the kinds of data given) and --replace-all (the whole company) "
                              "exclude each other"),
                    2);
    options.replace = args.has(QStringLiteral("replace-all")) ? import::Replace::All
                      : args.has(QStringLiteral("replace"))   ? import::Replace::GivenKinds
                                                              : import::Replace::None;
    options.validateOnly = args.has(QStringLiteral("validate-only"));
    options.dateFormat = args.value(QStringLiteral("date-format"));

    QTextStream err(stderr);
    const bool terminal = isatty(fileno(stderr)) != 0;
    QElapsedTimer sinceDraw;
    sinceDraw.start();
    bool drawn = false;
    if (terminal) {
        options.progress = [&](const import::ImportProgress &p) {
            if (drawn && sinceDraw.elapsed() < 100 && p.bytesDone < p.bytesTotal)
                return;
            sinceDraw.restart();
            drawn = true;
            const int percent = p.bytesTotal > 0 ? int(p.bytesDone * 100 / p.bytesTotal) : 100;
            err << '\r' << CliTr::tr("importing %1: %2%, %3 rows").arg(p.file).arg(percent).arg(p.rows)
                << "\x1b[K";
            err.flush();
        };
    }

    Database db;
    QString error;
    if (!db.open(spec, &error))
        return fail(cmd, error);
    QElapsedTimer timer;
    timer.start();
    import::Importer importer(db);
    const import::ImportReport report = importer.run(files, options);
    if (drawn)
        err << '\r' << "\x1b[K";

    if (!problems.isEmpty()) {
        QString why;
        const QByteArray csv = report.messagesCsv();
        if (!writeOutputFile(
                problems, [&csv](QIODevice &device, QString *) { return device.write(csv) == csv.size(); },
                &why))
            return fail(cmd, why);
    }
    printMessages(err, report.errors(), QString());
    if (report.errorCount() > kShown)
        err << CliTr::tr("... %1 errors in all; the first %2 are shown").arg(report.errorCount()).arg(kShown)
            << '\n';
    printMessages(err, report.warnings(), CliTr::tr("warning: "));
    if (report.warningCount() > kShown)
        err << CliTr::tr("... %1 warnings in all; the first %2 are shown")
                   .arg(report.warningCount())
                   .arg(kShown)
            << '\n';

    if (report.hasErrors() || report.cancelled || options.validateOnly)
        db.discardIfCreated(); // an import that wrote nothing leaves no new file behind
    if (report.hasErrors()) {
        err.flush();
        return fail(cmd, report.errorCount() == 1
                             ? CliTr::tr("1 error; nothing was imported")
                             : CliTr::tr("%1 errors; nothing was imported").arg(report.errorCount()));
    }
    if (report.cancelled)
        return fail(cmd, CliTr::tr("cancelled; nothing was imported"));
    QStringList parts;
    for (const import::FileSummary &f : report.files) {
        if (options.validateOnly)
            parts.append(CliTr::tr("%1: %2 rows").arg(f.file).arg(f.rows));
        else
            parts.append(CliTr::tr("%1: %2 added, %3 updated").arg(f.file).arg(f.added).arg(f.updated));
    }
    if (const QString deleted = report.deletionSummary(); !deleted.isEmpty() && !options.validateOnly)
        parts.append(deleted);
    const QString seconds = QString::number(double(timer.elapsed()) / 1000.0, 'f', 1);
    if (options.validateOnly)
        err << CliTr::tr("accountable import: valid, nothing written (%1); %2 warnings; %3 s")
                   .arg(parts.join(QLatin1String(", ")))
                   .arg(report.warningCount())
                   .arg(seconds)
            << '\n';
    else
        err << CliTr::tr("accountable import: %1; %2 warnings; %3 s")
                   .arg(parts.join(QLatin1String(", ")))
                   .arg(report.warningCount())
                   .arg(seconds)
            << '\n';
    return 0;
}

} // namespace acc::cli
