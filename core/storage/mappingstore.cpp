#include "mappingstore.h"

#include "database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace acc::mappingstore {

QString signature(const QStringList &header)
{
    QStringList cells;
    cells.reserve(header.size());
    for (const QString &cell : header)
        cells.append(cell.trimmed().toLower());
    return cells.join(QChar(0x1F)); // the unit separator never appears in a header cell
}

std::optional<SavedMapping> find(Database &db, const QStringList &header)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT kind, mapping FROM import_mappings WHERE header_signature = ?"));
    q.addBindValue(signature(header));
    if (!q.exec() || !q.next())
        return std::nullopt;
    SavedMapping m;
    m.kind = q.value(0).toString();
    const QJsonObject o = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        m.field.insert(it.key(), it.value().toString());
    return m;
}

bool save(Database &db, const QStringList &header, const SavedMapping &mapping, QString *error)
{
    QJsonObject o;
    for (auto it = mapping.field.cbegin(); it != mapping.field.cend(); ++it)
        o.insert(it.key(), it.value());
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO import_mappings (header_signature, kind, mapping) VALUES (?, ?, ?) "
                             "ON CONFLICT (header_signature) DO UPDATE SET kind = excluded.kind, "
                             "mapping = excluded.mapping"));
    q.addBindValue(signature(header));
    q.addBindValue(mapping.kind);
    q.addBindValue(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    if (q.exec())
        return true;
    *error = QCoreApplication::translate("Storage", "cannot remember the column mapping: %1")
                 .arg(q.lastError().text());
    return false;
}

} // namespace acc::mappingstore
