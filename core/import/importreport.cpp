#include "importreport.h"

#include "csvfield.h"
#include "models/displaytext.h"
#include "translation.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSaveFile>

namespace acc::import {

QString ImportMessage::toString() const
{
    // As a person reads it (terminal, window): no control or bidi-override characters
    // from the file's name or cells, and bounded however long a header cell was.
    const QString shown = display::shorten(text, display::kToolTipChars);
    if (file.isEmpty())
        return shown;
    const QString where = display::safe(file);
    if (line <= 0)
        return where + QLatin1String(": ") + shown;
    return where + QLatin1Char(':') + QString::number(line) + QLatin1String(": ") + shown;
}

namespace {

// "orders: 1,200" (a label and a number: no plural forms to get wrong).
QString rowsOf(FileKind kind, qint64 n)
{
    QString label;
    switch (kind) {
    case FileKind::Customers:
        label = ImportTr::tr("customers");
        break;
    case FileKind::Orders:
        label = ImportTr::tr("orders");
        break;
    case FileKind::Contacts:
        label = ImportTr::tr("contacts");
        break;
    case FileKind::Feedback:
        label = ImportTr::tr("answers");
        break;
    case FileKind::Spend:
        label = ImportTr::tr("spend rows");
        break;
    }
    return ImportTr::tr("%1: %2").arg(label, QLocale().toString(n));
}

} // namespace

QString ImportReport::deletionSummary() const
{
    QStringList parts;
    for (const FileSummary &f : files) {
        if (f.deleted <= 0 || !f.kind)
            continue;
        parts.append(f.replacedWhole ? ImportTr::tr("%1 replaced what was held before (%2)")
                                           .arg(f.file, rowsOf(*f.kind, f.deleted))
                                     : ImportTr::tr("%1 left out customers held before, deleted (%2)")
                                           .arg(f.file, rowsOf(*f.kind, f.deleted)));
    }
    QStringList emptied;
    for (const ClearedKind &c : cleared) {
        if (c.rows > 0)
            emptied.append(rowsOf(c.kind, c.rows));
    }
    if (!emptied.isEmpty())
        parts.append(ImportTr::tr("deleted with no file given: %1").arg(emptied.join(QLatin1String(", "))));
    return parts.join(QLatin1String("; "));
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
