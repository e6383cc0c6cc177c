#pragma once

#include "import/importer.h"
#include "storage/database.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTemporaryDir>

#include <utility>

namespace acc::import::testing {

// Every data row of the database as text, in a fixed order: two snapshots are equal
// exactly when the data did not change.
inline QString snapshot(Database &db)
{
    QString out;
    QSqlQuery q(db.connection());
    for (const char *table : {"customers", "orders", "contacts", "feedback", "spend", "settings"}) {
        const bool hasId = qstrcmp(table, "settings") != 0;
        q.exec(QStringLiteral("SELECT * FROM ") + QLatin1String(table) +
               (hasId ? QStringLiteral(" ORDER BY id") : QStringLiteral(" ORDER BY key")));
        out += QLatin1String(table) + QLatin1Char('\n');
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells.append(q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            out += cells.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return out;
}

inline qint64 count(Database &db, const char *table)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
    q.next();
    return q.value(0).toLongLong();
}

inline QVariant value(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    q.exec(sql);
    if (!q.next())
        return {};
    return q.value(0);
}

// Writes the named files into dir and imports them.
inline ImportReport importTexts(Database &db, const QTemporaryDir &dir,
                                const QList<std::pair<QString, QByteArray>> &files,
                                ImportOptions options = {})
{
    QList<ImportFile> list;
    for (const auto &[name, content] : files) {
        const QString path = dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(content);
        f.close();
        list.append({path, {}, std::nullopt, {}});
    }
    Importer importer(db);
    return importer.run(list, options);
}

inline QStringList messages(const QList<ImportMessage> &list)
{
    QStringList out;
    for (const ImportMessage &m : list)
        out.append(m.toString());
    return out;
}

} // namespace acc::import::testing
