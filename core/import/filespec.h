#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QLatin1StringView>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace acc::import {

// The five files of DATA.md.
enum class FileKind { Customers, Orders, Contacts, Feedback, Spend };
constexpr int kFileKindCount = 5;

enum class FieldType {
    Text,        // free text, stored as written
    Date,        // DATA.md date (or the user's format)
    Money,       // DATA.md money, stored as cents
    Score,       // whole number 0-10
    Bool,        // true/false, yes/no, 1/0, y/n
    Enum,        // one of FieldSpec::words, stored in lower case
    Month,       // YYYY-MM
    CustomerRef, // a customer_id that must exist in customers
};

// One column of a DATA.md file and where it goes in the database.
struct FieldSpec
{
    QLatin1StringView name; // DATA.md column name
    FieldType type;
    bool required;
    QLatin1StringView dbColumn;        // column in the table (not user text)
    std::vector<QByteArrayView> words; // Enum: the accepted words, lower case
    bool emptyIsText = false;          // stored as '' rather than NULL when empty
};

struct FileSpec
{
    FileKind kind;
    QLatin1StringView name;  // "customers"
    QLatin1StringView table; // database table
    std::vector<FieldSpec> fields;
    std::vector<int> key; // fields identifying a row within the file and in the database

    int indexOf(QStringView fieldName) const;
    QString fileName() const { return QString(name) + QLatin1String(".csv"); }

    static const FileSpec &of(FileKind kind);
    static const std::vector<FileSpec> &all();
    // "customers", "orders", ... to a kind.
    static std::optional<FileKind> kindNamed(QStringView name);
};

// Field indices, in the order of DATA.md's tables.
namespace customers {
enum { Id, Name, Segment, Region, AccountOwner, AcquiredOn, LostOn, LossReason, WonBackOn, Stage };
}
namespace orders {
enum { Id, Customer, OrderedOn, Amount, Category, Channel };
}
namespace contacts {
enum { Id, Customer, OccurredOn, Category, Touchpoint, Channel, Complaint, ResolvedOn, HandledBy };
}
namespace feedback {
enum { Id, Customer, RespondedOn, Score, Comment };
}
namespace spend {
enum { Month, Program, Amount, Segment };
}

// A header cell as matched: surrounding spaces removed, lower case.
QString normalizedHeader(QStringView cell);

// Which file a header describes: the kind whose required columns are all present; when
// several are, the one matching most columns. Nothing when no kind (or a tie) fits.
std::optional<FileKind> recognizeKind(const QStringList &header);

// Where each field of a file's kind is found in its header.
struct ColumnMapping
{
    std::vector<int> columnOf; // per field of the FileSpec: index in the header, or -1
    QList<int> unknownColumns; // header columns no field uses

    // Header cells matched by name (case-insensitive, ignoring surrounding spaces).
    static ColumnMapping automatic(const FileSpec &spec, const QStringList &header);
    // A user's mapping: field name -> header cell as written in the file. Fields left out
    // are matched automatically when their name is a header cell nobody else took.
    static ColumnMapping fromNames(const FileSpec &spec, const QStringList &header,
                                   const QHash<QString, QString> &fieldToHeader);
};

} // namespace acc::import
