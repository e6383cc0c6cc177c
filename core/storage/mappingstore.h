#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace acc {

class Database;

// Column mappings the import wizard remembers: the next export with the same header gets
// the same mapping without asking again.
struct SavedMapping
{
    QString kind;                  // "customers", "orders", ...
    QHash<QString, QString> field; // DATA.md field -> header cell as written
};

namespace mappingstore {

// The key a header is remembered by: its cells, trimmed and lower-cased, in order.
QString signature(const QStringList &header);

std::optional<SavedMapping> find(Database &db, const QStringList &header);
bool save(Database &db, const QStringList &header, const SavedMapping &mapping, QString *error);

} // namespace mappingstore
} // namespace acc
