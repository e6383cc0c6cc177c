#pragma once

#include "demo/democompany.h"
#include "storage/companycopy.h"
#include "storage/database.h"

#include <QDate>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace acc::test {

// Every row of every table a company copy moves, as text that reads the same whatever the
// database (dates as YYYY-MM-DD, numbers as written, NULL as NULL), table by table in key
// order, columns by name: two databases holding the same company dump the same.
// A demo company of `customers` customers with data up to 2026-09-30 in a new database.
inline bool writeDemoCompany(Database &db, int customers, QString *error)
{
    demo::Options options;
    options.customers = customers;
    options.lastDay = QDate(2026, 9, 30);
    return demo::writeCompany(db, options, error);
}

inline QStringList dumpCompany(const Database &db)
{
    QStringList out;
    for (const QString &table : companycopy::tables()) {
        QStringList columns;
        const QSqlRecord record = db.connection().record(table);
        for (int i = 0; i < record.count(); ++i)
            columns << record.fieldName(i);
        columns.sort();
        const QString key = table == QLatin1String("settings")          ? QStringLiteral("key")
                            : table == QLatin1String("import_mappings") ? QStringLiteral("header_signature")
                                                                        : QStringLiteral("id");
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                        .arg(columns.join(QLatin1Char(',')), table, key))) {
            out << table + QStringLiteral(": unreadable");
            continue;
        }
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < columns.size(); ++i) {
                const QVariant v = q.value(i);
                QString text;
                if (v.isNull())
                    text = QStringLiteral("NULL");
                else if (v.typeId() == QMetaType::QDate)
                    text = v.toDate().toString(Qt::ISODate);
                else if (v.typeId() == QMetaType::Double)
                    text = QString::number(v.toDouble(), 'g', 17);
                else
                    text = v.toString();
                cells << columns[i] + QLatin1Char('=') + text;
            }
            out << table + QStringLiteral(": ") + cells.join(QStringLiteral(" | "));
        }
    }
    return out;
}

} // namespace acc::test
