#include "importreport.h"

#include "csvfield.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace acc::import {

QString ImportMessage::toString() const
{
    if (file.isEmpty())
        return text;
    if (line <= 0)
        return file + QLatin1String(": ") + text;
    return file + QLatin1Char(':') + QString::number(line) + QLatin1String(": ") + text;
}

void ImportReport::addError(ImportMessage m)
{
    ++m_errorCount;
    if (m_errors.size() < kMaxKept)
        m_errors.append(std::move(m));
}

void ImportReport::addWarning(ImportMessage m)
{
    ++m_warningCount;
    if (m_warnings.size() < kMaxKept)
        m_warnings.append(std::move(m));
}

namespace {

void appendCsvField(QByteArray &out, const QString &s)
{
    out += csv::field(s).toUtf8(); // formulas neutralised (csvfield.h)
}

} // namespace

QByteArray ImportReport::messagesCsv() const
{
    QByteArray out("severity,file,line,column,value,message\r\n");
    auto add = [&out](const QList<ImportMessage> &list, const char *severity) {
        for (const ImportMessage &m : list) {
            out += severity;
            out += ',';
            appendCsvField(out, m.file);
            out += ',';
            if (m.line > 0)
                out += QByteArray::number(m.line);
            out += ',';
            appendCsvField(out, m.column);
            out += ',';
            appendCsvField(out, m.value);
            out += ',';
            appendCsvField(out, m.text);
            out += "\r\n";
        }
    };
    add(m_errors, "error");
    add(m_warnings, "warning");
    return out;
}

bool ImportReport::saveMessagesCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(messagesCsv()) < 0 || !file.commit()) {
        *error = QCoreApplication::translate("Import", "cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace acc::import
