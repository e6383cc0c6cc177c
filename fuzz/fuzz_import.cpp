// libFuzzer target over the CSV reader and the DATA.md validator (docs/import.md).
//
// Input: one option byte, then the file's bytes. The option byte picks the read size
// (tiny reads cross buffer boundaries everywhere), whether the kind is recognized from
// the header or forced, and whether dates use a user format. Besides the sanitizers'
// findings, the target traps when an invariant breaks: records start on increasing lines,
// every message names a line within the file and says something, every valid row's
// text lies inside its batch.
#include "import/csvreader.h"
#include "import/fieldparsers.h"
#include "import/filespec.h"
#include "import/idhash.h"
#include "import/importreport.h"
#include "import/rowbatch.h"
#include "import/validator.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

using namespace acc::import;

namespace {

void check(bool ok)
{
    if (!ok)
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t options = data[0];
    QByteArray bytes(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    const qint64 lines = bytes.count('\n') + bytes.count('\r') + 1;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    static const qsizetype sizes[] = {4, 5, 7, 16, 64, 4096};
    CsvReader reader(&buffer, 0, sizes[options % 6]);

    static const DateFormat iso;
    static const DateFormat dotted = [] {
        QString error;
        return *DateFormat::compile(QStringLiteral("d.M.yyyy"), &error);
    }();
    const DateFormat &dates = (options & 0x40) ? dotted : iso;

    CsvRecord rec;
    if (!reader.readRecord(rec))
        return 0;
    check(rec.line() >= 1);
    if (!rec.issues().empty())
        return 0;
    QStringList header;
    for (int i = 0; i < rec.size(); ++i)
        header.append(QString::fromUtf8(rec.field(i)));
    std::optional<FileKind> kind = recognizeKind(header);
    if (!kind || (options & 0x80))
        kind = static_cast<FileKind>((options >> 3) % kFileKindCount);
    const FileSpec &spec = FileSpec::of(*kind);
    const ColumnMapping mapping = ColumnMapping::automatic(spec, header);
    ImportReport report;
    const bool readable = checkHeader(spec, header, mapping, QStringLiteral("f.csv"), report);

    IdHash<qint64> known;
    known.insert("C1", 1);
    known.insert("C2", 2);
    FileValidator validator(spec, header, mapping, dates, QStringLiteral("f.csv"), report, known, true);
    RowBatch batch(static_cast<int>(spec.fields.size()));
    qint64 lastLine = rec.line();
    while (readable && reader.readRecord(rec)) {
        check(rec.line() > lastLine && rec.line() <= lines);
        lastLine = rec.line();
        const int before = batch.rows();
        const bool valid = validator.validate(rec, batch);
        check(batch.rows() == before + (valid ? 1 : 0));
        if (batch.rows() >= 32) {
            for (int r = 0; r < batch.rows(); ++r) {
                for (int c = 0; c < batch.width(); ++c) {
                    const Cell &cell = batch.cell(r, c);
                    check(cell.size < 0 ||
                          (cell.offset >= 0 && cell.offset + cell.size <= batch.textBytes()));
                }
            }
            batch.clear();
        }
    }
    validator.finish();
    for (const ImportMessage &m : report.errors()) {
        check(!m.text.isEmpty());
        check(m.line >= 0 && m.line <= lines);
    }
    for (const ImportMessage &m : report.warnings())
        check(!m.text.isEmpty());
    (void)report.messagesCsv();
    return 0;
}
