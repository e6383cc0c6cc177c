#include "schema.h"

namespace acc::schema {

const QList<Migration> &migrations()
{
    static const QList<Migration> all{
        {1,
         "customer data, criteria, targets, actions",
         {
             QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE customers ("
                            " id {pk},"
                            " customer_id TEXT NOT NULL UNIQUE,"
                            " name TEXT NOT NULL,"
                            " segment TEXT, region TEXT, account_owner TEXT,"
                            " acquired_on {date} NOT NULL,"
                            " lost_on {date}, loss_reason TEXT, won_back_on {date},"
                            " stage TEXT)"),
             QStringLiteral("CREATE TABLE orders ("
                            " id {pk},"
                            " order_id TEXT NOT NULL UNIQUE,"
                            " customer {bigint} NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
                            " ordered_on {date} NOT NULL,"
                            " amount_cents {bigint} NOT NULL,"
                            " category TEXT, channel TEXT)"),
             QStringLiteral("CREATE TABLE contacts ("
                            " id {pk},"
                            " contact_id TEXT NOT NULL UNIQUE,"
                            " customer {bigint} NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
                            " occurred_on {date} NOT NULL,"
                            " category TEXT NOT NULL,"
                            " touchpoint TEXT NOT NULL,"
                            " channel TEXT, complaint INTEGER NOT NULL DEFAULT 0,"
                            " resolved_on {date}, handled_by TEXT)"),
             QStringLiteral("CREATE TABLE feedback ("
                            " id {pk},"
                            " response_id TEXT NOT NULL UNIQUE,"
                            " customer {bigint} NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
                            " responded_on {date} NOT NULL,"
                            " score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),"
                            " comment TEXT)"),
             QStringLiteral("CREATE TABLE spend ("
                            " id {pk},"
                            " month TEXT NOT NULL,"
                            " program TEXT NOT NULL,"
                            " segment TEXT NOT NULL DEFAULT '',"
                            " amount_cents {bigint} NOT NULL,"
                            " UNIQUE (month, program, segment))"),
             QStringLiteral("CREATE INDEX orders_customer ON orders(customer)"),
             QStringLiteral("CREATE INDEX contacts_customer ON contacts(customer)"),
             QStringLiteral("CREATE INDEX feedback_customer ON feedback(customer)"),
             QStringLiteral("CREATE TABLE criteria ("
                            " id {pk},"
                            " name TEXT NOT NULL,"
                            " version INTEGER NOT NULL,"
                            " definition TEXT NOT NULL,"
                            " created_at TEXT NOT NULL,"
                            " UNIQUE (name, version))"),
             QStringLiteral("CREATE TABLE targets ("
                            " id {pk},"
                            " metric TEXT NOT NULL,"
                            " period TEXT NOT NULL,"
                            " value {real} NOT NULL,"
                            " owner TEXT NOT NULL DEFAULT '',"
                            " UNIQUE (metric, period))"),
             QStringLiteral("CREATE TABLE actions ("
                            " id {pk},"
                            " title TEXT NOT NULL,"
                            " owner TEXT NOT NULL DEFAULT '',"
                            " due_on {date},"
                            " status TEXT NOT NULL DEFAULT 'open',"
                            " created_on {date} NOT NULL,"
                            " meeting TEXT,"
                            " notes TEXT)"),
             QStringLiteral("CREATE TABLE import_mappings ("
                            " header_signature TEXT PRIMARY KEY,"
                            " kind TEXT NOT NULL,"
                            " mapping TEXT NOT NULL)"),
         }},
        {2,
         "the default best-customer criteria set",
         {
             QStringLiteral("INSERT INTO criteria (name, version, definition, created_at) VALUES ("
                            "'Best customers (default)', 1, "
                            "'{\"name\":\"Best customers (default)\",\"version\":1,\"match\":\"all\","
                            "\"rules\":[{\"attribute\":\"revenue_12m\",\"op\":\"top-percent\",\"value\":20},"
                            "{\"attribute\":\"orders_12m\",\"op\":\">=\",\"value\":3}]}', "
                            "CURRENT_TIMESTAMP)"),
         }},
        {3,
         "no customer indexes on orders, contacts and feedback",
         {
             // Every read of these tables is a full scan into the engine's in-memory data set,
             // and no customer is ever deleted on its own; the indexes only cost time on import
             // (0.9 s per million orders). docs/performance.md#import.
             QStringLiteral("DROP INDEX IF EXISTS orders_customer"),
             QStringLiteral("DROP INDEX IF EXISTS contacts_customer"),
             QStringLiteral("DROP INDEX IF EXISTS feedback_customer"),
         }},
    };
    return all;
}

QString render(const QString &statement, bool postgres)
{
    QString s = statement;
    s.replace(QLatin1String("{pk}"),
              postgres ? QLatin1String("BIGSERIAL PRIMARY KEY") : QLatin1String("INTEGER PRIMARY KEY"));
    s.replace(QLatin1String("{date}"), postgres ? QLatin1String("DATE") : QLatin1String("TEXT"));
    s.replace(QLatin1String("{bigint}"), postgres ? QLatin1String("BIGINT") : QLatin1String("INTEGER"));
    s.replace(QLatin1String("{real}"), postgres ? QLatin1String("DOUBLE PRECISION") : QLatin1String("REAL"));
    return s;
}

} // namespace acc::schema
