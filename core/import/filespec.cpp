#include "filespec.h"

namespace acc::import {

namespace {

using L = QLatin1StringView;

std::vector<FileSpec> makeSpecs()
{
    const std::vector<QByteArrayView> stages{"suspect", "prospect", "first_time", "repeat",
                                             "client",  "advocate", "lapsed"};
    const std::vector<QByteArrayView> categories{"rescue", "revenue", "request", "relationship"};
    std::vector<FileSpec> specs;
    specs.push_back({FileKind::Customers,
                     L("customers"),
                     L("customers"),
                     {
                         {L("customer_id"), FieldType::Text, true, L("customer_id"), {}},
                         {L("name"), FieldType::Text, true, L("name"), {}},
                         {L("segment"), FieldType::Text, false, L("segment"), {}},
                         {L("region"), FieldType::Text, false, L("region"), {}},
                         {L("account_owner"), FieldType::Text, false, L("account_owner"), {}},
                         {L("acquired_on"), FieldType::Date, true, L("acquired_on"), {}},
                         {L("lost_on"), FieldType::Date, false, L("lost_on"), {}},
                         {L("loss_reason"), FieldType::Text, false, L("loss_reason"), {}},
                         {L("won_back_on"), FieldType::Date, false, L("won_back_on"), {}},
                         {L("stage"), FieldType::Enum, false, L("stage"), stages},
                     },
                     {customers::Id}});
    specs.push_back({FileKind::Orders,
                     L("orders"),
                     L("orders"),
                     {
                         {L("order_id"), FieldType::Text, true, L("order_id"), {}},
                         {L("customer_id"), FieldType::CustomerRef, true, L("customer"), {}},
                         {L("ordered_on"), FieldType::Date, true, L("ordered_on"), {}},
                         {L("amount"), FieldType::Money, true, L("amount_cents"), {}},
                         {L("category"), FieldType::Text, false, L("category"), {}},
                         {L("channel"), FieldType::Text, false, L("channel"), {}},
                     },
                     {orders::Id}});
    specs.push_back({FileKind::Contacts,
                     L("contacts"),
                     L("contacts"),
                     {
                         {L("contact_id"), FieldType::Text, true, L("contact_id"), {}},
                         {L("customer_id"), FieldType::CustomerRef, true, L("customer"), {}},
                         {L("occurred_on"), FieldType::Date, true, L("occurred_on"), {}},
                         {L("category"), FieldType::Enum, true, L("category"), categories},
                         {L("touchpoint"), FieldType::Text, true, L("touchpoint"), {}},
                         {L("channel"), FieldType::Text, false, L("channel"), {}},
                         {L("complaint"), FieldType::Bool, false, L("complaint"), {}},
                         {L("resolved_on"), FieldType::Date, false, L("resolved_on"), {}},
                         {L("handled_by"), FieldType::Text, false, L("handled_by"), {}},
                     },
                     {contacts::Id}});
    specs.push_back({FileKind::Feedback,
                     L("feedback"),
                     L("feedback"),
                     {
                         {L("response_id"), FieldType::Text, true, L("response_id"), {}},
                         {L("customer_id"), FieldType::CustomerRef, true, L("customer"), {}},
                         {L("responded_on"), FieldType::Date, true, L("responded_on"), {}},
                         {L("score"), FieldType::Score, true, L("score"), {}},
                         {L("comment"), FieldType::Text, false, L("comment"), {}},
                     },
                     {feedback::Id}});
    specs.push_back({FileKind::Spend,
                     L("spend"),
                     L("spend"),
                     {
                         {L("month"), FieldType::Month, true, L("month"), {}},
                         {L("program"), FieldType::Text, true, L("program"), {}},
                         {L("amount"), FieldType::Money, true, L("amount_cents"), {}},
                         {L("segment"), FieldType::Text, false, L("segment"), {}, true},
                     },
                     {spend::Month, spend::Program, spend::Segment}});
    return specs;
}

} // namespace

const std::vector<FileSpec> &FileSpec::all()
{
    static const std::vector<FileSpec> specs = makeSpecs();
    return specs;
}

const FileSpec &FileSpec::of(FileKind kind)
{
    return all()[static_cast<std::size_t>(kind)];
}

std::optional<FileKind> FileSpec::kindNamed(QStringView name)
{
    for (const FileSpec &s : all()) {
        if (name.compare(s.name, Qt::CaseInsensitive) == 0)
            return s.kind;
    }
    return std::nullopt;
}

int FileSpec::indexOf(QStringView fieldName) const
{
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (fieldName == fields[i].name)
            return static_cast<int>(i);
    }
    return -1;
}

QString normalizedHeader(QStringView cell)
{
    return cell.trimmed().toString().toLower();
}

std::optional<FileKind> recognizeKind(const QStringList &header)
{
    QStringList cells;
    cells.reserve(header.size());
    for (const QString &h : header)
        cells.append(normalizedHeader(h));
    std::optional<FileKind> best;
    int bestMatches = -1;
    bool tie = false;
    for (const FileSpec &spec : FileSpec::all()) {
        int matches = 0;
        bool complete = true;
        for (const FieldSpec &f : spec.fields) {
            const bool present = cells.contains(QString(f.name));
            matches += present ? 1 : 0;
            if (f.required && !present)
                complete = false;
        }
        if (!complete)
            continue;
        if (matches > bestMatches) {
            best = spec.kind;
            bestMatches = matches;
            tie = false;
        } else if (matches == bestMatches) {
            tie = true;
        }
    }
    if (tie)
        return std::nullopt;
    return best;
}

ColumnMapping ColumnMapping::automatic(const FileSpec &spec, const QStringList &header)
{
    return fromNames(spec, header, {});
}

ColumnMapping ColumnMapping::fromNames(const FileSpec &spec, const QStringList &header,
                                       const QHash<QString, QString> &fieldToHeader)
{
    ColumnMapping m;
    m.columnOf.assign(spec.fields.size(), -1);
    QList<bool> used(header.size(), false);
    QStringList cells;
    cells.reserve(header.size());
    for (const QString &h : header)
        cells.append(normalizedHeader(h));
    // Explicit choices first.
    for (std::size_t f = 0; f < spec.fields.size(); ++f) {
        const auto it = fieldToHeader.constFind(QString(spec.fields[f].name));
        if (it == fieldToHeader.constEnd())
            continue;
        const QString wanted = normalizedHeader(*it);
        for (qsizetype c = 0; c < header.size(); ++c) {
            if (!used[c] && cells[c] == wanted) {
                m.columnOf[f] = static_cast<int>(c);
                used[c] = true;
                break;
            }
        }
    }
    // Then the fields whose own name is a header cell.
    for (std::size_t f = 0; f < spec.fields.size(); ++f) {
        if (m.columnOf[f] >= 0 || fieldToHeader.contains(QString(spec.fields[f].name)))
            continue;
        for (qsizetype c = 0; c < header.size(); ++c) {
            if (!used[c] && cells[c] == spec.fields[f].name) {
                m.columnOf[f] = static_cast<int>(c);
                used[c] = true;
                break;
            }
        }
    }
    for (qsizetype c = 0; c < header.size(); ++c) {
        if (!used[c])
            m.unknownColumns.append(static_cast<int>(c));
    }
    return m;
}

} // namespace acc::import
