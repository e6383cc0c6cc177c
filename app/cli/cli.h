#pragma once

#include <QStringList>

namespace acc::cli {

// The single entry point of the `accountable` binary: the desktop app without a
// subcommand, otherwise one of the command-line tools (PRODUCT.md, "Command line").
int run(int argc, char *argv[]);

// Each subcommand receives its arguments after the subcommand's name, and runs inside an
// application object that run() has created. They print errors to stderr and return the
// process exit status.
int runDemo(const QStringList &args);
int runImport(const QStringList &args);
int runMetrics(const QStringList &args);
int runPack(const QStringList &args);
int runCriteria(const QStringList &args);
int runExport(const QStringList &args);
int runTargets(const QStringList &args);
int runCopy(const QStringList &args);
int runGrant(const QStringList &args);
int runGui(const QStringList &args);

// Shared by the subcommands: prints "accountable <command>: <message>" to stderr and
// returns the exit status for a usage or data error.
int fail(const QString &command, const QString &message, int status = 1);

} // namespace acc::cli
