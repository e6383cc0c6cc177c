#include "validator.h"
#include "translation.h"

#include "models/displaytext.h"

#include <QCoreApplication>

namespace acc::import {

namespace {

QString wordList(const std::vector<QByteArrayView> &words)
{
    QStringList out;
    for (const QByteArrayView w : words)
        out.append(QString::fromLatin1(w));
    return out.join(QLatin1String(", "));
}

} // namespace

QString shownValue(QByteArrayView bytes)
{
    // Only the first bytes are decoded: a character takes at most 4 of them, so a longer
    // value still decodes to more than kMessageChars characters and is cut with "…" (a
    // character split at the byte cut lies past the ellipsis).
    constexpr qsizetype kBytes = 4 * (display::kMessageChars + 8);
    return display::shorten(QString::fromUtf8(bytes.first(std::min(bytes.size(), kBytes))),
                            display::kMessageChars);
}

bool checkHeader(const FileSpec &spec, const QStringList &header, const ColumnMapping &mapping,
                 const QString &fileName, ImportReport &report)
{
    bool ok = true;
    for (std::size_t f = 0; f < spec.fields.size(); ++f) {
        const FieldSpec &field = spec.fields[f];
        if (field.required && mapping.columnOf[f] < 0) {
            report.addError({fileName,
                             1,
                             QString(field.name),
                             {},
                             ImportTr::tr("the required column %1 is missing; %2 needs %3")
                                 .arg(QString(field.name), spec.fileName(), [&spec] {
                                     QStringList req;
                                     for (const FieldSpec &g : spec.fields) {
                                         if (g.required)
                                             req.append(QString(g.name));
                                     }
                                     return req.join(QLatin1String(", "));
                                 }())});
            ok = false;
        }
    }
    for (const int c : mapping.unknownColumns) {
        const QString name = normalizedHeader(header[c]);
        const int f = spec.indexOf(name);
        if (f >= 0 && mapping.columnOf[static_cast<std::size_t>(f)] >= 0 &&
            normalizedHeader(header[mapping.columnOf[static_cast<std::size_t>(f)]]) == name) {
            report.addError(
                {fileName,
                 1,
                 name,
                 {},
                 ImportTr::tr("the column %1 appears more than once in the header (columns %2 and %3)")
                     .arg(name)
                     .arg(mapping.columnOf[static_cast<std::size_t>(f)] + 1)
                     .arg(c + 1)});
            ok = false;
        } else if (header[c].trimmed().isEmpty()) {
            report.addWarning(
                {fileName, 1, {}, {}, ImportTr::tr("column %1 has no name and is ignored").arg(c + 1)});
        } else {
            report.addWarning({fileName,
                               1,
                               header[c].trimmed(),
                               {},
                               ImportTr::tr("unknown column \"%1\" ignored").arg(header[c].trimmed())});
        }
    }
    return ok;
}

FileValidator::FileValidator(const FileSpec &spec, const QStringList &header, const ColumnMapping &mapping,
                             const DateFormat &dates, const QString &fileName, ImportReport &report,
                             IdHash<qint64> &customers, bool checkReferences)
    : m_spec(spec)
    , m_header(header)
    , m_mapping(mapping)
    , m_dates(dates)
    , m_fileName(fileName)
    , m_report(report)
    , m_customers(customers)
    , m_checkReferences(checkReferences)
    , m_width(static_cast<int>(header.size()))
{}

void FileValidator::error(qint64 line, const QString &column, const QString &value, const QString &text)
{
    m_report.addError({m_fileName, line, column, value, text});
}

QString FileValidator::columnName(int recordField) const
{
    for (std::size_t f = 0; f < m_mapping.columnOf.size(); ++f) {
        if (m_mapping.columnOf[f] == recordField)
            return QString(m_spec.fields[f].name);
    }
    if (recordField >= 0 && recordField < m_header.size() && !m_header[recordField].trimmed().isEmpty())
        return m_header[recordField].trimmed();
    return ImportTr::tr("column %1").arg(recordField + 1);
}

QString FileValidator::valueOf(const CsvRecord &record, int field) const
{
    const int c = m_mapping.columnOf[static_cast<std::size_t>(field)];
    return c < 0 ? QString() : shownValue(record.field(c));
}

bool FileValidator::validate(const CsvRecord &record, RowBatch &batch)
{
    const qint64 line = record.line();
    bool valid = true;
    std::vector<bool> badField; // fields whose bytes cannot be read
    for (const CsvIssue &issue : record.issues()) {
        const QString column = issue.field >= 0 ? columnName(issue.field) : QString();
        switch (issue.kind) {
        case CsvIssue::Kind::InvalidUtf8:
            error(line, column, {},
                  ImportTr::tr("%1 holds a byte that is not UTF-8 (0x%2); save the file as UTF-8")
                      .arg(column,
                           QString::number(issue.byte, 16).toUpper().rightJustified(2, QLatin1Char('0'))));
            break;
        case CsvIssue::Kind::NulByte:
            error(line, column, {}, ImportTr::tr("%1 holds a NUL byte, which no text contains").arg(column));
            break;
        case CsvIssue::Kind::TextAfterQuote:
            error(line, column, {},
                  ImportTr::tr(
                      "%1 has text after its closing quote; a quote inside a quoted field is written \"\"")
                      .arg(column));
            break;
        case CsvIssue::Kind::UnclosedQuote:
            error(line, column, {}, ImportTr::tr("a quoted field starting on this line is never closed"));
            break;
        case CsvIssue::Kind::RecordTooLong:
            error(line, {}, {},
                  ImportTr::tr(
                      "the record is longer than %1 MB (a quote never closed?); the rest of the file was not "
                      "read")
                      .arg(CsvReader::kMaxRecordBytes >> 20));
            break;
        case CsvIssue::Kind::Utf16:
            error(line, {}, {}, ImportTr::tr("the file is UTF-16; save it as UTF-8"));
            break;
        case CsvIssue::Kind::ReadError:
            error(line, {}, {}, ImportTr::tr("the file cannot be read to its end"));
            break;
        }
        if (issue.isFatal())
            m_stopped = true;
        if (issue.field >= 0) {
            badField.resize(static_cast<std::size_t>(record.size()) + 1, false);
            badField[static_cast<std::size_t>(issue.field)] = true;
        }
        valid = false;
    }
    if (m_stopped)
        return false;
    ++m_rows;
    if (record.size() != m_width) {
        error(line, {}, {},
              ImportTr::tr("the row has %1 fields; the header has %2").arg(record.size()).arg(m_width));
        return false;
    }

    Cell *cells = batch.addRow(line);
    const int fields = static_cast<int>(m_spec.fields.size());
    for (int f = 0; f < fields; ++f) {
        const FieldSpec &spec = m_spec.fields[static_cast<std::size_t>(f)];
        const int column = m_mapping.columnOf[static_cast<std::size_t>(f)];
        if (column < 0) {
            if (spec.type == FieldType::Bool) {
                cells[f].number = 0; // an absent flag is false, like an empty one
                cells[f].size = 0;
            }
            continue; // optional and absent: null
        }
        if (!badField.empty() && badField[static_cast<std::size_t>(column)])
            continue;
        const QByteArrayView raw = record.field(column);
        Cell &cell = cells[f];
        // Only an error needs the name as a QString: not built for every field of every row.
        const auto name = [&spec] { return QString(spec.name); };
        if (raw.isEmpty() || (spec.type != FieldType::Bool && trimmed(raw).isEmpty())) {
            if (spec.required) {
                error(line, name(), shownValue(raw),
                      ImportTr::tr("%1 is empty; a value is required").arg(name()));
                valid = false;
            } else if (spec.type == FieldType::Bool) {
                cell.number = 0;
                cell.size = 0;
            }
            continue;
        }
        switch (spec.type) {
        case FieldType::Text:
        case FieldType::CustomerRef:
            batch.setText(cell, raw);
            break;
        case FieldType::Date:
            if (const auto d = m_dates.parse(raw)) {
                // Written out here as the database stores it, on the reader's thread rather
                // than the writer's.
                char text[10];
                formatDay(*d, text);
                batch.setText(cell, QByteArrayView(text, sizeof text));
                cell.number = *d;
            } else {
                error(line, name(), shownValue(raw),
                      ImportTr::tr("%1 \"%2\" is not a date written %3")
                          .arg(name(), shownValue(raw), m_dates.display()));
                valid = false;
            }
            break;
        case FieldType::Money:
            if (const auto m = parseMoney(raw); m && *m >= -money::kMaxAmount && *m <= money::kMaxAmount) {
                cell.number = *m;
                cell.size = 0;
            } else if (m || isMoneySyntax(raw)) {
                // Well written but beyond the bound (or beyond what money::parse reads).
                const bool negative = raw.startsWith('-');
                error(line, name(), shownValue(raw),
                      (negative ? ImportTr::tr("%1 \"%2\" is smaller than the smallest amount Accountable "
                                               "accepts (%3)")
                                : ImportTr::tr("%1 \"%2\" is larger than the largest amount Accountable "
                                               "accepts (%3)"))
                          .arg(name(), shownValue(raw),
                               money::toGroupedString(negative ? -money::kMaxAmount : money::kMaxAmount)));
                valid = false;
            } else {
                error(line, name(), shownValue(raw),
                      ImportTr::tr("%1 \"%2\" is not a decimal number").arg(name(), shownValue(raw)));
                valid = false;
            }
            break;
        case FieldType::Score:
            if (const auto s = parseWholeNumber(raw); s && *s >= 0 && *s <= 10) {
                cell.number = *s;
                cell.size = 0;
            } else {
                error(line, name(), shownValue(raw),
                      ImportTr::tr("%1 \"%2\" is not a whole number from 0 to 10")
                          .arg(name(), shownValue(raw)));
                valid = false;
            }
            break;
        case FieldType::Bool:
            if (const auto b = parseBool(raw)) {
                cell.number = *b ? 1 : 0;
                cell.size = 0;
            } else {
                error(line, name(), shownValue(raw),
                      ImportTr::tr("%1 \"%2\" is not a yes/no value (true/false, yes/no, 1/0 or y/n)")
                          .arg(name(), shownValue(raw)));
                valid = false;
            }
            break;
        case FieldType::Enum:
            if (const int w = parseEnum(raw, spec.words); w >= 0) {
                cell.number = w;
                cell.size = 0;
            } else {
                error(line, name(), shownValue(raw),
                      ImportTr::tr("%1 \"%2\" is not one of: %3")
                          .arg(name(), shownValue(raw), wordList(spec.words)));
                valid = false;
            }
            break;
        case FieldType::Month:
            if (parseMonth(raw)) {
                batch.setText(cell, raw);
            } else {
                error(line, name(), shownValue(raw),
                      ImportTr::tr("%1 \"%2\" is not a month written YYYY-MM").arg(name(), shownValue(raw)));
                valid = false;
            }
            break;
        }
    }
    if (!checkRules(line, record, cells, batch))
        valid = false;
    if (!valid)
        batch.dropRow();
    return valid;
}

bool FileValidator::checkRules(qint64 line, const CsvRecord &record, Cell *cells, RowBatch &batch)
{
    bool valid = true;
    // Unique key within the file.
    QByteArrayView key;
    bool keyKnown = true;
    if (m_spec.key.size() == 1) {
        const Cell &c = cells[m_spec.key.front()];
        keyKnown = !c.isNull();
        key = batch.text(c);
    } else {
        m_keyBuffer.resize(0);
        for (const int k : m_spec.key) {
            const Cell &c = cells[k];
            const bool emptyOk = m_spec.fields[static_cast<std::size_t>(k)].emptyIsText;
            if (c.isNull() && !emptyOk)
                keyKnown = false;
            m_keyBuffer.append(batch.text(c).data(), batch.text(c).size());
            m_keyBuffer.append('\x1f');
        }
        key = m_keyBuffer;
    }
    if (keyKnown) {
        const std::optional<quint32> first =
            m_seen.insert(key, static_cast<quint32>(std::min<qint64>(line, 0xFFFFFFFF)));
        if (first) {
            if (m_spec.kind == FileKind::Spend) {
                error(
                    line, {}, {},
                    ImportTr::tr(
                        "month \"%1\", program \"%2\" and segment \"%3\" appear more than once in this file "
                        "(first on line %4)")
                        .arg(valueOf(record, spend::Month), valueOf(record, spend::Program),
                             valueOf(record, spend::Segment))
                        .arg(*first));
            } else {
                const QString name(m_spec.fields[static_cast<std::size_t>(m_spec.key.front())].name);
                error(line, name, shownValue(key),
                      ImportTr::tr("%1 \"%2\" appears more than once in this file (first on line %3)")
                          .arg(name, shownValue(key))
                          .arg(*first));
            }
            valid = false;
        }
    }

    auto dateText = [&](int field) { return valueOf(record, field); };
    switch (m_spec.kind) {
    case FileKind::Customers: {
        using namespace customers;
        // Number the customer (or find the number it already has) for the writer.
        if (!cells[Id].isNull())
            cells[Id].number =
                *m_customers.insert(batch.text(cells[Id]), static_cast<qint64>(m_customers.size())).first;
        // The date rules apply to dates that were read; unreadable ones are already reported.
        const bool acquired = !cells[AcquiredOn].isNull();
        const bool lost = !cells[LostOn].isNull();
        const bool wonBack = !cells[WonBackOn].isNull();
        const int lostColumn = m_mapping.columnOf[LostOn];
        const bool lostWritten = lostColumn >= 0 && !trimmed(record.field(lostColumn)).isEmpty();
        if (acquired && lost && cells[LostOn].number < cells[AcquiredOn].number) {
            error(line, QStringLiteral("lost_on"), dateText(LostOn),
                  ImportTr::tr("lost_on \"%1\" is before acquired_on \"%2\"")
                      .arg(dateText(LostOn), dateText(AcquiredOn)));
            valid = false;
        }
        if (lost && wonBack && cells[WonBackOn].number <= cells[LostOn].number) {
            error(line, QStringLiteral("won_back_on"), dateText(WonBackOn),
                  ImportTr::tr("won_back_on \"%1\" is not after lost_on \"%2\"")
                      .arg(dateText(WonBackOn), dateText(LostOn)));
            valid = false;
        }
        if (wonBack && !lostWritten) {
            error(
                line, QStringLiteral("won_back_on"), dateText(WonBackOn),
                ImportTr::tr(
                    "won_back_on \"%1\" is set but lost_on is empty; a customer is won back only after being "
                    "lost")
                    .arg(dateText(WonBackOn)));
            valid = false;
        }
        Cell &reason = cells[LossReason];
        const QByteArrayView reasonText = trimmed(batch.text(reason));
        if (!reason.isNull() && !reasonText.isEmpty()) {
            // stored trimmed: point the cell at the trimmed bytes
            reason.offset += static_cast<qint32>(reasonText.data() - batch.text(reason).data());
            reason.size = static_cast<qint32>(reasonText.size());
        } else {
            reason.size = -1;
        }
        if (!reason.isNull() && !lostWritten) {
            error(
                line, QStringLiteral("loss_reason"), shownValue(reasonText),
                ImportTr::tr(
                    "loss_reason \"%1\" is set but lost_on is empty; a reason needs the day the customer was "
                    "lost")
                    .arg(shownValue(reasonText)));
            valid = false;
        }
        if (lost && reason.isNull() && valid) {
            m_report.addWarning(
                {m_fileName,
                 line,
                 QStringLiteral("loss_reason"),
                 {},
                 ImportTr::tr("lost_on \"%1\" has no loss_reason; imported with the reason \"Unknown\"")
                     .arg(dateText(LostOn))});
            batch.setText(reason, "Unknown");
        }
        break;
    }
    case FileKind::Contacts: {
        using namespace contacts;
        if (!cells[OccurredOn].isNull() && !cells[ResolvedOn].isNull() &&
            cells[ResolvedOn].number < cells[OccurredOn].number) {
            error(line, QStringLiteral("resolved_on"), dateText(ResolvedOn),
                  ImportTr::tr("resolved_on \"%1\" is before occurred_on \"%2\"")
                      .arg(dateText(ResolvedOn), dateText(OccurredOn)));
            valid = false;
        }
        break;
    }
    case FileKind::Orders:
    case FileKind::Feedback:
    case FileKind::Spend:
        break;
    }

    // Customer references.
    if (m_checkReferences && m_spec.kind != FileKind::Customers && m_spec.kind != FileKind::Spend) {
        Cell &ref = cells[1]; // customer_id is the second field of orders, contacts and feedback
        const qint64 *ordinal = ref.isNull() ? nullptr : m_customers.find(batch.text(ref));
        if (ordinal)
            ref.number = *ordinal;
        if (!ref.isNull() && !ordinal) {
            const QString id = shownValue(batch.text(ref));
            error(line, QStringLiteral("customer_id"), id,
                  ImportTr::tr("customer_id \"%1\" is neither in customers.csv nor in the database").arg(id));
            valid = false;
        }
    }
    return valid;
}

} // namespace acc::import
