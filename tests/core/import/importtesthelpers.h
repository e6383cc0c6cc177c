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

// The baseline company: two customers (C2 lost), two orders, a contact, an answer and a
// month of spend.
inline const QByteArray kCustomers =
    "customer_id,name,segment,region,account_owner,acquired_on,lost_on,loss_reason,"
    "won_back_on,stage\n"
    "C1,Acme,Enterprise,North,Ann,2023-01-10,,,,client\n"
    "C2,Beta,SMB,South,Bob,2023-02-01,2024-01-15,Price,,lapsed\n";
inline const QByteArray kOrders = "order_id,customer_id,ordered_on,amount,category,channel\n"
                                  "O1,C1,2023-03-01,120.50,Hardware,web\n"
                                  "O2,C2,2023-04-01,-4.99,,store\n";
inline const QByteArray kContacts =
    "contact_id,customer_id,occurred_on,category,touchpoint,channel,complaint,"
    "resolved_on,handled_by\n"
    "K1,C1,2023-05-01,rescue,Delivery problem,phone,yes,2023-05-03,Service desk\n";
inline const QByteArray kFeedback =
    "response_id,customer_id,responded_on,score,comment\nR1,C1,2023-06-01,9,\"Great, thanks\"\n";
inline const QByteArray kSpend = "month,program,amount,segment\n2023-01,Loyalty program,1500.00,\n";

// Opens a new database dir/db<serial>.sqlite holding the baseline company.
inline bool openBaseline(Database &db, const QTemporaryDir &dir, int serial)
{
    QString error;
    if (!db.open(dir.filePath(QStringLiteral("db%1.sqlite").arg(serial)), &error))
        return false;
    const ImportReport r = importTexts(db, dir,
                                       {{QStringLiteral("customers.csv"), kCustomers},
                                        {QStringLiteral("orders.csv"), kOrders},
                                        {QStringLiteral("contacts.csv"), kContacts},
                                        {QStringLiteral("feedback.csv"), kFeedback},
                                        {QStringLiteral("spend.csv"), kSpend}});
    return r.committed && !r.hasErrors();
}

inline QStringList messages(const QList<ImportMessage> &list)
{
    QStringList out;
    for (const ImportMessage &m : list)
        out.append(m.toString());
    return out;
}

} // namespace acc::import::testing
