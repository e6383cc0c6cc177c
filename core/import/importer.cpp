#include "importer.h"

#include "csvreader.h"
#include "fieldparsers.h"
#include "importwriter.h"
#include "validator.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <memory>

namespace acc::import {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Import", text);
}

constexpr int kBatchRows = 4096;
constexpr qsizetype kBatchBytes = qsizetype(1) << 20;

QStringList headerCells(const CsvRecord &rec)
{
    QStringList cells;
    cells.reserve(rec.size());
    for (int i = 0; i < rec.size(); ++i)
        cells.append(QString::fromUtf8(rec.field(i)));
    return cells;
}

QString kindList()
{
    QStringList parts;
    for (const FileSpec &s : FileSpec::all()) {
        QStringList req;
        for (const FieldSpec &f : s.fields) {
            if (f.required)
                req.append(QString(f.name));
        }
        parts.append(s.fileName() + QLatin1String(" (") + req.join(QLatin1String(", ")) + QLatin1Char(')'));
    }
    return parts.join(QLatin1String("; "));
}

// One file on its way through the import.
struct OpenFile
{
    ImportFile source;
    QString name;
    std::unique_ptr<QFile> file;
    std::unique_ptr<CsvReader> reader;
    QStringList header;
    const FileSpec *spec = nullptr;
    ColumnMapping mapping;
    bool readable = false; // header fine: rows can be read
    qint64 size = 0;
};

} // namespace

HeaderInfo readHeader(const QString &path)
{
    HeaderInfo info;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        info.error = tr("cannot open %1: %2").arg(path, file.errorString());
        return info;
    }
    CsvReader reader(&file);
    CsvRecord rec;
    if (!reader.readRecord(rec)) {
        info.error = tr("the file is empty; expected a header row naming the columns");
        return info;
    }
    if (!rec.issues().empty()) {
        info.error = tr("the header row cannot be read: it is not UTF-8 text");
        return info;
    }
    info.columns = headerCells(rec);
    info.delimiter = reader.delimiter();
    info.kind = recognizeKind(info.columns);
    return info;
}

Importer::Importer(Database &db)
    : m_db(db)
{}

ImportReport Importer::run(const QList<ImportFile> &files, const ImportOptions &options)
{
    ImportReport report;
    report.validateOnly = options.validateOnly;

    DateFormat dates;
    if (!options.dateFormat.isEmpty()) {
        QString error;
        const auto f = DateFormat::compile(options.dateFormat, &error);
        if (!f) {
            report.addError({{}, 0, {}, {}, error});
            return report;
        }
        dates = *f;
    }
    if (files.isEmpty()) {
        report.addError({{}, 0, {}, {}, tr("no files to import")});
        return report;
    }

    // Open every file and read its header.
    std::vector<OpenFile> open;
    open.reserve(static_cast<std::size_t>(files.size()));
    qint64 totalBytes = 0;
    for (const ImportFile &source : files) {
        OpenFile f;
        f.source = source;
        f.name = source.displayName.isEmpty() ? QFileInfo(source.path).fileName() : source.displayName;
        f.file = std::make_unique<QFile>(source.path);
        if (!f.file->open(QIODevice::ReadOnly)) {
            report.addError({f.name, 0, {}, {}, tr("cannot open the file: %1").arg(f.file->errorString())});
            open.push_back(std::move(f));
            continue;
        }
        f.size = f.file->size();
        totalBytes += f.size;
        f.reader = std::make_unique<CsvReader>(f.file.get());
        CsvRecord rec;
        if (!f.reader->readRecord(rec)) {
            report.addError(
                {f.name, 0, {}, {}, tr("the file is empty; expected a header row naming the columns")});
            open.push_back(std::move(f));
            continue;
        }
        if (!rec.issues().empty()) {
            // Report the header's bytes the same way as a row's.
            IdHash<qint64> none;
            FileValidator v(FileSpec::of(FileKind::Customers), {}, ColumnMapping{}, dates, f.name, report,
                            none, false);
            RowBatch scratch;
            v.validate(rec, scratch);
            open.push_back(std::move(f));
            continue;
        }
        f.header = headerCells(rec);
        std::optional<FileKind> kind = source.kind;
        if (!kind)
            kind = recognizeKind(f.header);
        if (!kind)
            kind = FileSpec::kindNamed(QFileInfo(source.path).completeBaseName());
        if (!kind) {
            report.addError({f.name,
                             1,
                             {},
                             {},
                             tr("cannot tell which file this is: its header has the required columns of none "
                                "of %1")
                                 .arg(kindList())});
            open.push_back(std::move(f));
            continue;
        }
        f.spec = &FileSpec::of(*kind);
        f.mapping = ColumnMapping::fromNames(*f.spec, f.header, source.mapping);
        f.readable = checkHeader(*f.spec, f.header, f.mapping, f.name, report);
        open.push_back(std::move(f));
    }

    // Customers first, so every reference can be checked; otherwise the given order.
    std::stable_sort(open.begin(), open.end(), [](const OpenFile &a, const OpenFile &b) {
        const bool ac = a.spec && a.spec->kind == FileKind::Customers;
        const bool bc = b.spec && b.spec->kind == FileKind::Customers;
        return ac && !bc;
    });
    // A customers file whose header failed would turn every reference into an error.
    bool checkReferences = true;
    for (const OpenFile &f : open) {
        const bool namedCustomers =
            FileSpec::kindNamed(QFileInfo(f.source.path).completeBaseName()) == FileKind::Customers;
        if ((f.spec && f.spec->kind == FileKind::Customers && !f.readable) || (!f.spec && namedCustomers))
            checkReferences = false;
    }

    ImportWriter writer(m_db);
    QString error;
    if (!writer.begin(options.replace, &error)) {
        report.addError({{}, 0, {}, {}, error});
        writer.rollback();
        return report;
    }

    qint64 bytesBefore = 0;
    qint64 rowsRead = 0;
    auto progress = [&](const OpenFile &f) {
        if (options.progress)
            options.progress(
                {bytesBefore + (f.reader ? f.reader->bytesRead() : 0), totalBytes, f.name, rowsRead});
    };
    auto cancelled = [&] { return options.cancel && options.cancel->load(std::memory_order_relaxed); };

    for (OpenFile &f : open) {
        FileSummary summary;
        summary.file = f.name;
        if (f.spec)
            summary.kind = f.spec->kind;
        if (!f.readable) {
            report.files.append(summary);
            bytesBefore += f.size;
            continue;
        }
        bool writing = !options.validateOnly && !report.hasErrors();
        if (writing && !writer.beginFile(*f.spec, &error)) {
            report.addError({f.name, 0, {}, {}, error});
            writing = false;
        }
        FileValidator validator(*f.spec, f.header, f.mapping, dates, f.name, report, writer.customerKeys(),
                                checkReferences);
        RowBatch batch(static_cast<int>(f.spec->fields.size()));
        qint64 written = 0;
        auto flush = [&] {
            if (writing && report.hasErrors())
                writing = false;
            if (writing && batch.rows() > 0) {
                qint64 line = 0;
                if (!writer.write(batch, &line, &error)) {
                    report.addError({f.name, line, {}, {}, error});
                    writing = false;
                }
                written += batch.rows();
            }
            batch.clear();
        };
        CsvRecord rec;
        int sinceProgress = 0;
        while (f.reader->readRecord(rec)) {
            validator.validate(rec, batch);
            ++rowsRead;
            if (batch.rows() >= kBatchRows || batch.textBytes() >= kBatchBytes)
                flush();
            if (++sinceProgress == kBatchRows) {
                sinceProgress = 0;
                if (cancelled()) {
                    report.cancelled = true;
                    break;
                }
                progress(f);
            }
        }
        if (report.cancelled)
            break;
        flush();
        summary.rows = validator.rows();
        if (writing) {
            qint64 added = 0;
            if (writer.endFile(&added, &error)) {
                summary.added = added;
                summary.updated = written - added;
            } else {
                report.addError({f.name, 0, {}, {}, error});
            }
        }
        report.files.append(summary);
        progress(f);
        bytesBefore += f.size;
        f.reader.reset();
        f.file.reset();
    }

    if (report.cancelled || report.hasErrors() || options.validateOnly) {
        writer.rollback();
        return report;
    }
    if (!writer.commit(&error)) {
        report.addError({{}, 0, {}, {}, error});
        return report;
    }
    report.committed = true;
    return report;
}

} // namespace acc::import
