#pragma once

// A PDF read back with poppler's tools (pdfinfo, pdftotext), for the pack tests.

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace acc::test {

// The program's standard output, or an empty string when it fails.
inline QString runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

inline int pdfPages(const QString &path)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), {path});
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// The text of one page (1-based), or of every page when page is 0.
inline QString pdfText(const QString &path, int page = 0)
{
    QStringList args;
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    args << path << QStringLiteral("-");
    return runTool(QStringLiteral("pdftotext"), args);
}

} // namespace acc::test
