#include "cli.h"

#include "theme/theme.h"
#include "usersettings.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <memory>

#include <unistd.h>

namespace acc::cli {

namespace {

void installTranslator(QCoreApplication &app)
{
    // The language chosen in File > Settings wins over the system's (numbers and dates too).
    if (const QString chosen = user::language(); !chosen.isEmpty())
        QLocale::setDefault(QLocale(chosen));
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("accountable"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
}

QString usage()
{
    return QCoreApplication::translate(
        "Cli",
        "Usage:\n"
        "  accountable [--db FILE] [--period P] [--view NAME]       the desktop app\n"
        "  accountable --db FILE --view NAME --period P --size WxH --screenshot F.png\n"
        "                                                            one view, headless\n"
        "  accountable --db FILE --meeting monthly|quarterly --period P [--slide N] [--privacy]\n"
        "                                                            meeting mode (keys: docs/meeting.md)\n"
        "  accountable demo    --db FILE [--customers N] [--seed S]  a realistic demo company\n"
        "  accountable import  --db FILE [--replace|--replace-all] [--date-format FMT] [--validate-only]\n"
        "                      [--problems PROBLEMS.csv] FILE.csv...  DATA.md files, all or nothing;\n"
        "                      --replace: the kinds of data given are replaced, others kept;\n"
        "                      --replace-all: the whole company becomes these files\n"
        "  accountable metrics --db FILE --period P [--format json|text]\n"
        "                      [--criteria NAME|FILE.json] [--targets FILE.json]\n"
        "  accountable pack    --db FILE --kind monthly|quarterly --period P --out pack.pdf\n"
        "  accountable export  --db FILE --view NAME --period P [--criteria NAME|FILE.json]\n"
        "                      --out FILE.csv                         the table the view shows\n"
        "  accountable copy    --from DB --to DB [--replace]          a whole company, SQLite or PostgreSQL\n"
        "                      either way, all or nothing\n"
        "  accountable grant   --db postgresql://… --read-only ROLE | --read-write ROLE\n"
        "                      what a database role may do with a shared company\n"
        "  accountable criteria --db FILE list | show NAME[@VERSION] | use NAME[@VERSION]\n"
        "                      | save --name NAME --file FILE.json [--author NAME]\n"
        "                      best-customer criteria; save adds a version (author: --author,\n"
        "                      else the login name), list and show tell who saved each and when\n"
        "  accountable targets --db FILE list [--period P] | import FILE.json\n"
        "                      | export FILE.json [--period P]        targets and owners\n"
        "\n"
        "The window, metrics, pack and export also take --segment S, --region R and --owner O:\n"
        "the figures of those customers only (the window's Data > Filter customers).\n"
        "--db takes a SQLite file path or postgresql://user@host:port/dbname.\n");
}

} // namespace

int fail(const QString &command, const QString &message, int status)
{
    QTextStream err(stderr);
    err << "accountable";
    if (!command.isEmpty())
        err << ' ' << command;
    err << ": " << message << '\n';
    return status;
}

int run(int argc, char *argv[])
{
    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    // --help anywhere ("accountable import --help") shows the usage, without a display.
    bool wantsHelp = command == QLatin1String("help");
    for (int i = 1; i < argc; ++i)
        wantsHelp = wantsHelp || qstrcmp(argv[i], "--help") == 0 || qstrcmp(argv[i], "-h") == 0;
    const bool isInfo = wantsHelp || command == QLatin1String("--version");
    const bool needsGui = !isInfo && (command.isEmpty() || command.startsWith(QLatin1Char('-')) ||
                                      command == QLatin1String("pack") || command == QLatin1String("export"));
    const bool headless = command == QLatin1String("pack") || command == QLatin1String("export");
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // printing and exporting need no screen

    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // Qt warns on every start without one; give it a private folder of our own.
        const QByteArray dir = "/tmp/runtime-" + QByteArray::number(qulonglong(::getuid()));
        if (QDir().mkpath(QString::fromLocal8Bit(dir))) {
            QFile::setPermissions(QString::fromLocal8Bit(dir),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", dir);
        }
    }

    std::unique_ptr<QCoreApplication> app;
    if (needsGui)
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Accountable"));
    QCoreApplication::setOrganizationName(QStringLiteral("Accountable"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ACCOUNTABLE_VERSION));
    if (needsGui) {
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/accountable.svg")));
        // Ties the window to the installed desktop entry (its icon and name in docks).
        QGuiApplication::setDesktopFileName(QStringLiteral("org.accountable.Accountable"));
    }
    // Under the C locale numbers lose their thousands separators: read them as US English.
    if (QLocale().language() == QLocale::C)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    installTranslator(*app);
    if (needsGui)
        theme::setHighContrast(user::wantsHighContrast());

    QStringList args = QCoreApplication::arguments().mid(1);
    if (wantsHelp) {
        QTextStream(stdout) << usage();
        return 0;
    }
    if (command == QLatin1String("--version")) {
        QTextStream(stdout) << "accountable " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    if (needsGui && !headless)
        return runGui(args);
    args.removeFirst();
    if (command == QLatin1String("demo"))
        return runDemo(args);
    if (command == QLatin1String("import"))
        return runImport(args);
    if (command == QLatin1String("metrics"))
        return runMetrics(args);
    if (command == QLatin1String("pack"))
        return runPack(args);
    if (command == QLatin1String("criteria"))
        return runCriteria(args);
    if (command == QLatin1String("export"))
        return runExport(args);
    if (command == QLatin1String("targets"))
        return runTargets(args);
    if (command == QLatin1String("copy"))
        return runCopy(args);
    if (command == QLatin1String("grant"))
        return runGrant(args);
    fail({}, QCoreApplication::translate("Cli", "unknown command \"%1\"").arg(command));
    QTextStream(stderr) << usage();
    return 2;
}

} // namespace acc::cli
