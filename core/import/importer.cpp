#include "importer.h"
#include "translation.h"

#include "csvreader.h"
#include "fieldparsers.h"
#include "importwriter.h"
#include "validator.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

namespace acc::import {

namespace {

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

// Batches from the reader thread to the writer, at most kInFlight at a time; written
// batches come back to be refilled.
class BatchQueue
{
public:
    static constexpr std::size_t kInFlight = 4;

    std::unique_ptr<RowBatch> takeFree(int width)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_full.size() < kInFlight; });
        std::unique_ptr<RowBatch> b;
        if (!m_free.empty()) {
            b = std::move(m_free.back());
            m_free.pop_back();
        } else {
            b = std::make_unique<RowBatch>();
        }
        b->reset(width);
        return b;
    }
    void push(std::unique_ptr<RowBatch> b)
    {
        std::lock_guard lock(m_mutex);
        m_full.push_back(std::move(b));
        m_changed.notify_all();
    }
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }
    // The next batch, or null when the reader is done and everything was taken.
    std::unique_ptr<RowBatch> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_full.empty() || m_closed; });
        if (m_full.empty())
            return nullptr;
        std::unique_ptr<RowBatch> b = std::move(m_full.front());
        m_full.pop_front();
        m_changed.notify_all();
        return b;
    }
    void giveBack(std::unique_ptr<RowBatch> b)
    {
        std::lock_guard lock(m_mutex);
        m_free.push_back(std::move(b));
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<RowBatch>> m_full;
    std::vector<std::unique_ptr<RowBatch>> m_free;
    bool m_closed = false;
};

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

// Refuses an import after which the absolute values of a table's amounts would add up
// to more than money::kMaxTotal, naming the files that wrote to it.
void checkMoneyTotals(const std::vector<OpenFile> &open, ImportWriter &writer, ImportReport &report)
{
    for (const FileSpec &spec : FileSpec::all()) {
        QStringList names;
        for (const OpenFile &f : open) {
            if (f.readable && f.spec == &spec)
                names.append(f.name);
        }
        if (names.isEmpty())
            continue;
        QString error;
        const auto within = writer.moneyWithinBound(spec, &error);
        if (!within) {
            report.addError({names.join(QLatin1String(", ")), 0, {}, {}, error});
        } else if (!*within) {
            report.addError(
                {names.join(QLatin1String(", ")),
                 0,
                 {},
                 {},
                 ImportTr::tr("with this import, the amounts of all %1 in the database would add up to more "
                              "than %2 (negative amounts counted as positive), the largest total Accountable "
                              "can add up exactly")
                     .arg(QString(spec.table), money::toGroupedString(money::kMaxTotal))});
        }
    }
}

} // namespace

HeaderInfo readHeader(const QString &path)
{
    HeaderInfo info;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        info.error = ImportTr::tr("cannot open %1: %2").arg(path, file.errorString());
        return info;
    }
    CsvReader reader(&file);
    CsvRecord rec;
    if (!reader.readRecord(rec)) {
        info.error = ImportTr::tr("the file is empty; expected a header row naming the columns");
        return info;
    }
    if (!rec.issues().empty()) {
        info.error = ImportTr::tr("the header row cannot be read: it is not UTF-8 text");
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
        report.addError({{}, 0, {}, {}, ImportTr::tr("no files to import")});
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
            report.addError(
                {f.name, 0, {}, {}, ImportTr::tr("cannot open the file: %1").arg(f.file->errorString())});
            open.push_back(std::move(f));
            continue;
        }
        f.size = f.file->size();
        totalBytes += f.size;
        f.reader = std::make_unique<CsvReader>(f.file.get());
        CsvRecord rec;
        if (!f.reader->readRecord(rec)) {
            report.addError({f.name,
                             0,
                             {},
                             {},
                             ImportTr::tr("the file is empty; expected a header row naming the columns")});
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
            report.addError(
                {f.name,
                 1,
                 {},
                 {},
                 ImportTr::tr("cannot tell which file this is: its header has the required columns of none "
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

    QList<FileKind> givenKinds;
    for (const OpenFile &f : open) {
        if (f.spec && !givenKinds.contains(f.spec->kind))
            givenKinds.append(f.spec->kind);
    }
    ImportWriter writer(m_db);
    QString error;
    if (!writer.begin(options.replace, givenKinds, &error)) {
        report.addError({{}, 0, {}, {}, error});
        writer.rollback();
        return report;
    }

    // Customer ids the validator knows: the database's, then each customers file's.
    IdHash<qint64> known = writer.customerOrdinals();
    qint64 bytesBefore = 0;
    std::atomic<qint64> rowsRead{0};
    auto cancelled = [&] { return options.cancel && options.cancel->load(std::memory_order_relaxed); };

    for (OpenFile &f : open) {
        FileSummary summary;
        summary.file = f.name;
        if (f.spec) {
            summary.kind = f.spec->kind;
            // The rows the replace deleted go with the first file of their kind.
            const bool first = std::none_of(report.files.cbegin(), report.files.cend(),
                                            [&](const FileSummary &s) { return s.kind == f.spec->kind; });
            if (first && !options.validateOnly) {
                summary.deleted = writer.deletedBefore(f.spec->kind);
                summary.replacedWhole = summary.deleted > 0;
            }
        }
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

        // Two threads per file: this one writes while a reader thread parses and validates
        // the next rows. Batches travel through a short queue and come back for reuse.
        BatchQueue queue;
        std::atomic<bool> stop{false};
        std::atomic<bool> errorsSeen{report.hasErrors()};
        std::atomic<qint64> bytesRead{0};
        const int width = static_cast<int>(f.spec->fields.size());
        FileValidator validator(*f.spec, f.header, f.mapping, dates, f.name, report, known, checkReferences);
        std::thread reader([&] {
            CsvRecord rec;
            std::unique_ptr<RowBatch> batch = queue.takeFree(width);
            int sinceCheck = 0;
            bool estimated = false;
            while (f.reader->readRecord(rec)) {
                validator.validate(rec, *batch);
                if (++sinceCheck == 1024) {
                    sinceCheck = 0;
                    if (!estimated && f.reader->bytesConsumed() > 0)
                        validator.expectRows(1024 * f.size / f.reader->bytesConsumed() * 11 / 10);
                    estimated = true;
                    rowsRead.fetch_add(1024, std::memory_order_relaxed);
                    bytesRead.store(f.reader->bytesRead(), std::memory_order_relaxed);
                    if (report.errorCount() > 0)
                        errorsSeen.store(true);
                    if (stop.load(std::memory_order_relaxed))
                        break;
                }
                if (batch->rows() >= kBatchRows || batch->textBytes() >= kBatchBytes) {
                    batch->setKeysAscending(validator.keysAscending());
                    queue.push(std::move(batch));
                    batch = queue.takeFree(width);
                }
            }
            rowsRead.fetch_add(sinceCheck, std::memory_order_relaxed);
            bytesRead.store(f.reader->bytesRead(), std::memory_order_relaxed);
            batch->setKeysAscending(validator.keysAscending());
            validator.finish();
            if (report.errorCount() > 0)
                errorsSeen.store(true);
            queue.push(std::move(batch));
            queue.close();
        });

        qint64 written = 0;
        QList<ImportMessage> writeErrors;
        while (std::unique_ptr<RowBatch> batch = queue.pop()) {
            if (writing && (errorsSeen.load() || report.cancelled))
                writing = false;
            if (writing && batch->rows() > 0) {
                qint64 line = 0;
                if (!writer.write(*batch, &line, &error)) {
                    writeErrors.append({f.name, line, {}, {}, error});
                    writing = false;
                }
                written += batch->rows();
            }
            queue.giveBack(std::move(batch));
            if (!report.cancelled && cancelled()) {
                report.cancelled = true;
                stop.store(true);
            }
            if (options.progress && !report.cancelled)
                options.progress({bytesBefore + bytesRead.load(), totalBytes, f.name, rowsRead.load()});
        }
        reader.join();
        for (ImportMessage &m : writeErrors)
            report.addError(std::move(m));
        if (report.cancelled)
            break;
        summary.rows = validator.rows();
        if (writing && !report.hasErrors()) {
            qint64 added = 0;
            if (writer.endFile(&added, &error)) {
                summary.added = added;
                summary.updated = written - added;
            } else {
                report.addError({f.name, 0, {}, {}, error});
            }
        }
        report.files.append(summary);
        bytesBefore += f.size;
        if (options.progress)
            options.progress({bytesBefore, totalBytes, f.name, rowsRead.load()});
        f.reader.reset();
        f.file.reset();
    }

    if (!report.cancelled && !report.hasErrors() && !options.validateOnly) {
        qint64 leftOut = 0;
        if (!writer.finishReplace(&leftOut, &error)) {
            report.addError({{}, 0, {}, {}, error});
        } else if (leftOut > 0) {
            for (FileSummary &summary : report.files) {
                if (summary.kind == FileKind::Customers) {
                    summary.deleted = leftOut;
                    summary.replacedWhole = false;
                    break;
                }
            }
        }
        if (options.replace == Replace::All) {
            for (int k = 0; k < kFileKindCount; ++k) {
                const auto kind = static_cast<FileKind>(k);
                if (!givenKinds.contains(kind) && writer.deletedBefore(kind) > 0)
                    report.cleared.append({kind, writer.deletedBefore(kind)});
            }
        }
        if (!report.hasErrors())
            checkMoneyTotals(open, writer, report);
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
