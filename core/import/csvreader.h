#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

class QIODevice;

namespace acc::import {

// Something wrong with the bytes of one record. Fatal issues end the file: nothing after
// them can be read reliably.
struct CsvIssue
{
    enum class Kind {
        InvalidUtf8,    // field holds bytes that are not UTF-8; byte names the first one
        NulByte,        // field holds a NUL byte
        TextAfterQuote, // "abc"def: text between a closing quote and the next delimiter
        UnclosedQuote,  // fatal: a quoted field runs to the end of the file
        RecordTooLong,  // fatal: a record larger than CsvReader::kMaxRecordBytes
        Utf16,          // fatal: the file starts with a UTF-16 byte-order mark
        ReadError,      // fatal: the device failed
    };
    Kind kind = Kind::InvalidUtf8;
    int field = -1; // index of the field concerned, -1 for the record
    unsigned char byte = 0;

    bool isFatal() const
    {
        return kind == Kind::UnclosedQuote || kind == Kind::RecordTooLong || kind == Kind::Utf16 ||
               kind == Kind::ReadError;
    }
};

// One record: its fields as raw (unquoted) UTF-8 bytes and the physical line it starts on.
class CsvRecord final
{
public:
    qint64 line() const { return m_line; }
    int size() const { return static_cast<int>(m_ends.size()); }
    QByteArrayView field(int i) const
    {
        const qsizetype begin = i == 0 ? 0 : m_ends[static_cast<std::size_t>(i - 1)];
        return {m_data.constData() + begin, m_ends[static_cast<std::size_t>(i)] - begin};
    }
    const std::vector<CsvIssue> &issues() const { return m_issues; }
    bool hasFatalIssue() const;

private:
    friend class CsvReader;
    void clear()
    {
        m_data.resize(0);
        m_ends.clear();
        m_issues.clear();
    }

    qint64 m_line = 0;
    QByteArray m_data;
    std::vector<qsizetype> m_ends;
    std::vector<CsvIssue> m_issues;
};

// A streaming RFC 4180 reader over a QIODevice. It holds one buffer of the input and one
// record at a time, so memory stays flat however large the file. It skips a UTF-8 byte
// order mark, detects the delimiter (comma, semicolon or tab) from the header row, takes
// LF, CRLF and CR line ends, counts physical lines (a quoted line break moves the count on),
// skips blank lines, and flags invalid UTF-8 and NUL bytes per field instead of mangling
// them.
class CsvReader final
{
public:
    static constexpr qsizetype kMaxRecordBytes = qsizetype(64) << 20;
    static constexpr qsizetype kBufferBytes = qsizetype(256) << 10;

    // delimiter 0: detect it from the first record (as far as the first buffer holds it).
    // bufferBytes is the read size (tests and the fuzzer use tiny ones to cross buffer
    // boundaries everywhere).
    explicit CsvReader(QIODevice *device, char delimiter = 0, qsizetype bufferBytes = kBufferBytes);

    // Reads the next record into rec. False at the end of the input, and after a record
    // that carried a fatal issue.
    bool readRecord(CsvRecord &rec);

    // The delimiter in use (known after the first readRecord()).
    char delimiter() const { return m_delimiter; }
    // Bytes taken from the device so far.
    qint64 bytesRead() const { return m_bytesRead; }
    // Bytes parsed into records so far.
    qint64 bytesConsumed() const { return m_bytesRead - (m_end - m_pos); }

    // The delimiter a header line uses: the most frequent of , ; and tab outside quotes,
    // comma when none occurs.
    static char detectDelimiter(QByteArrayView headerLine);

private:
    bool fill();
    int peek()
    {
        if (m_pos == m_end && !fill())
            return -1;
        return static_cast<unsigned char>(m_buffer[static_cast<std::size_t>(m_pos)]);
    }
    void start();
    void finishField(CsvRecord &rec);

    QIODevice *m_device;
    std::vector<char> m_buffer;
    qsizetype m_bufferBytes;
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    qint64 m_bytesRead = 0;
    qint64 m_line = 1;
    char m_delimiter = 0;
    bool m_started = false;
    bool m_eof = false;
    bool m_done = false;
    bool m_readError = false;
    unsigned char m_special[256] = {};
};

// Checks a field: 0 when it is valid UTF-8 without NUL bytes; otherwise the issue kind and
// the offending byte.
struct Utf8Check
{
    bool ok = true;
    bool nul = false;
    unsigned char byte = 0;
};
Utf8Check checkUtf8(QByteArrayView bytes);

} // namespace acc::import
