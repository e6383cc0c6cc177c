#include "csvreader.h"

#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace acc::import {

bool CsvRecord::hasFatalIssue() const
{
    return std::any_of(m_issues.begin(), m_issues.end(), [](const CsvIssue &i) { return i.isFatal(); });
}

Utf8Check checkUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *const end = p + bytes.size();
    Utf8Check result;
    while (p < end) {
        // ASCII fast path, eight bytes at a time.
        while (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            // any high bit set, or any zero byte
            const bool zero = ((word - 0x0101010101010101ULL) & ~word & 0x8080808080808080ULL) != 0;
            if ((word & 0x8080808080808080ULL) != 0 || zero)
                break;
            p += 8;
        }
        if (p >= end)
            break;
        const unsigned char c = *p;
        if (c == 0) {
            result.ok = false;
            result.nul = true;
            return result;
        }
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra;
        unsigned min;
        unsigned cp;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1F;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0F;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07;
            min = 0x10000;
        } else {
            result.ok = false;
            result.byte = c;
            return result;
        }
        if (end - p <= extra) {
            result.ok = false;
            result.byte = c;
            return result;
        }
        for (int k = 1; k <= extra; ++k) {
            const unsigned char cc = p[k];
            if ((cc & 0xC0) != 0x80) {
                result.ok = false;
                result.byte = c;
                return result;
            }
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            result.ok = false;
            result.byte = c;
            return result;
        }
        p += extra + 1;
    }
    return result;
}

char CsvReader::detectDelimiter(QByteArrayView headerLine)
{
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    bool quoted = false;
    for (const char c : headerLine) {
        if (c == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == ',')
            ++comma;
        else if (c == ';')
            ++semicolon;
        else if (c == '\t')
            ++tab;
    }
    if (semicolon > comma && semicolon >= tab)
        return ';';
    if (tab > comma && tab > semicolon)
        return '\t';
    return ',';
}

CsvReader::CsvReader(QIODevice *device, char delimiter, qsizetype bufferBytes)
    : m_device(device)
    , m_buffer(static_cast<std::size_t>(qMax<qsizetype>(bufferBytes, 4)))
    , m_bufferBytes(qMax<qsizetype>(bufferBytes, 4))
    , m_delimiter(delimiter)
{}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    m_pos = 0;
    m_end = 0;
    const qint64 n = m_device->read(m_buffer.data(), m_bufferBytes);
    if (n <= 0) {
        m_readError = n < 0;
        m_eof = true;
        return false;
    }
    m_end = static_cast<qsizetype>(n);
    m_bytesRead += n;
    return true;
}

// Reads enough of the input to see the first line, skips a byte-order mark and picks
// the delimiter.
void CsvReader::start()
{
    m_started = true;
    // Fill the buffer (a byte-order mark needs its first bytes together); a header line
    // longer than the buffer is detected on what was read.
    fill();
    while (!m_eof && m_end < m_bufferBytes) {
        const qint64 n = m_device->read(m_buffer.data() + m_end, m_bufferBytes - m_end);
        if (n <= 0)
            break;
        m_end += static_cast<qsizetype>(n);
        m_bytesRead += n;
    }
    if (m_end >= 3 && std::memcmp(m_buffer.data(), "\xEF\xBB\xBF", 3) == 0)
        m_pos = 3;
    if (m_delimiter == 0) {
        const char *begin = m_buffer.data() + m_pos;
        const char *end = m_buffer.data() + m_end;
        // the first line outside quotes
        bool quoted = false;
        const char *p = begin;
        for (; p < end; ++p) {
            if (*p == '"')
                quoted = !quoted;
            else if (!quoted && (*p == '\n' || *p == '\r'))
                break;
        }
        m_delimiter = detectDelimiter(QByteArrayView(begin, p - begin));
    }
    m_special[static_cast<unsigned char>(m_delimiter)] = 1;
    m_special[static_cast<unsigned char>('\n')] = 1;
    m_special[static_cast<unsigned char>('\r')] = 1;
}

void CsvReader::finishField(CsvRecord &rec)
{
    const qsizetype begin = rec.m_ends.empty() ? 0 : rec.m_ends.back();
    const QByteArrayView bytes(rec.m_data.constData() + begin, rec.m_data.size() - begin);
    const Utf8Check check = checkUtf8(bytes);
    if (!check.ok) {
        CsvIssue issue;
        issue.kind = check.nul ? CsvIssue::Kind::NulByte : CsvIssue::Kind::InvalidUtf8;
        issue.field = static_cast<int>(rec.m_ends.size());
        issue.byte = check.byte;
        rec.m_issues.push_back(issue);
    }
    rec.m_ends.push_back(rec.m_data.size());
}

bool CsvReader::readRecord(CsvRecord &rec)
{
    rec.clear();
    if (m_done)
        return false;
    if (!m_started) {
        start();
        if (m_end >= 2 && m_pos == 0 &&
            ((m_buffer[0] == '\xFF' && m_buffer[1] == '\xFE') ||
             (m_buffer[0] == '\xFE' && m_buffer[1] == '\xFF'))) {
            m_done = true;
            rec.m_line = 1;
            rec.m_issues.push_back({CsvIssue::Kind::Utf16, -1, 0});
            return true;
        }
    }
    // Blank lines between records are skipped.
    for (;;) {
        const int c = peek();
        if (c == -1) {
            m_done = true;
            if (m_readError) {
                rec.m_line = m_line;
                rec.m_issues.push_back({CsvIssue::Kind::ReadError, -1, 0});
                return true;
            }
            return false;
        }
        if (c == '\n') {
            ++m_pos;
            ++m_line;
        } else if (c == '\r') {
            ++m_pos;
            if (peek() == '\n')
                ++m_pos;
            ++m_line;
        } else {
            break;
        }
    }
    rec.m_line = m_line;
    const char delimiter = m_delimiter;

    auto tooLong = [&]() {
        if (rec.m_data.size() <= kMaxRecordBytes)
            return false;
        rec.m_issues.push_back({CsvIssue::Kind::RecordTooLong, static_cast<int>(rec.m_ends.size()), 0});
        m_done = true;
        return true;
    };

    for (;;) { // one field per iteration
        int c = peek();
        bool literal = true;
        if (c == '"') {
            ++m_pos;
            bool closed = false;
            for (;;) {
                if (m_pos == m_end && !fill())
                    break;
                // copy up to the next quote or line break
                const char *p = m_buffer.data() + m_pos;
                const char *const end = m_buffer.data() + m_end;
                const char *q = p;
                while (q < end && *q != '"' && *q != '\n' && *q != '\r')
                    ++q;
                rec.m_data.append(p, q - p);
                m_pos += q - p;
                if (q == end)
                    continue;
                const char ch = *q;
                ++m_pos;
                if (ch == '\n') {
                    rec.m_data.append('\n');
                    ++m_line;
                } else if (ch == '\r') {
                    rec.m_data.append('\r');
                    if (peek() != '\n')
                        ++m_line;
                } else if (peek() == '"') {
                    rec.m_data.append('"');
                    ++m_pos;
                } else {
                    closed = true;
                    break;
                }
                if (tooLong())
                    return true;
            }
            if (tooLong())
                return true;
            if (!closed) {
                finishField(rec);
                rec.m_issues.push_back(
                    {CsvIssue::Kind::UnclosedQuote, static_cast<int>(rec.m_ends.size()) - 1, 0});
                m_done = true;
                return true;
            }
            c = peek();
            literal = c != -1 && c != delimiter && c != '\n' && c != '\r';
            // text after the closing quote is an error; the rest of the field is taken literally
            if (literal)
                rec.m_issues.push_back(
                    {CsvIssue::Kind::TextAfterQuote, static_cast<int>(rec.m_ends.size()), 0});
        }
        // unquoted (or the rest after a closing quote): up to the delimiter or line end
        for (; literal;) {
            if (m_pos == m_end && !fill())
                break;
            const char *p = m_buffer.data() + m_pos;
            const char *const end = m_buffer.data() + m_end;
            const char *q = p;
            while (q < end && !m_special[static_cast<unsigned char>(*q)])
                ++q;
            rec.m_data.append(p, q - p);
            m_pos += q - p;
            if (q < end)
                break;
            if (tooLong())
                return true;
        }
        if (tooLong())
            return true;
        finishField(rec);
        c = peek();
        if (c == delimiter) {
            ++m_pos;
            continue;
        }
        if (c == '\n') {
            ++m_pos;
            ++m_line;
        } else if (c == '\r') {
            ++m_pos;
            if (peek() == '\n')
                ++m_pos;
            ++m_line;
        }
        return true;
    }
}

} // namespace acc::import
