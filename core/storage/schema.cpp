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
         "import-friendly indexes on orders, contacts and feedback",
         {
             // No customer indexes on SQLite: every read of these tables is a full scan into
             // the engine's in-memory data set and no customer is deleted on its own, so they
             // only cost time on import (0.9 s per million orders). PostgreSQL keeps them:
             // deleting the customers after their rows (--replace) checks each customer's
             // cascade, which there scans the deleted rows too, still on disk until the
             // transaction ends; with the index it is a lookup.
             //
             // The unique id of each table becomes a named index instead of a UNIQUE
             // constraint, so an import into an empty table can drop it when the ids come
             // out of order and build it once at the end (a sort, instead of a random B-tree
             // insert per row). SQLite cannot drop a constraint: the tables are rebuilt.
             // Nothing references these tables. docs/performance.md#import.
             QStringLiteral("{sqlite} CREATE TABLE orders_v3 ("
                            " id INTEGER PRIMARY KEY,"
                            " order_id TEXT NOT NULL,"
                            " customer INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
                            " ordered_on TEXT NOT NULL,"
                            " amount_cents INTEGER NOT NULL,"
                            " category TEXT, channel TEXT)"),
             QStringLiteral("{sqlite} INSERT INTO orders_v3 SELECT * FROM orders"),
             QStringLiteral("{sqlite} DROP TABLE orders"),
             QStringLiteral("{sqlite} ALTER TABLE orders_v3 RENAME TO orders"),
             QStringLiteral("{sqlite} CREATE UNIQUE INDEX orders_order_id ON orders(order_id)"),
             QStringLiteral("{sqlite} CREATE TABLE contacts_v3 ("
                            " id INTEGER PRIMARY KEY,"
                            " contact_id TEXT NOT NULL,"
                            " customer INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
                            " occurred_on TEXT NOT NULL,"
                            " category TEXT NOT NULL,"
                            " touchpoint TEXT NOT NULL,"
                            " channel TEXT, complaint INTEGER NOT NULL DEFAULT 0,"
                            " resolved_on TEXT, handled_by TEXT)"),
             QStringLiteral("{sqlite} INSERT INTO contacts_v3 SELECT * FROM contacts"),
             QStringLiteral("{sqlite} DROP TABLE contacts"),
             QStringLiteral("{sqlite} ALTER TABLE contacts_v3 RENAME TO contacts"),
             QStringLiteral("{sqlite} CREATE UNIQUE INDEX contacts_contact_id ON contacts(contact_id)"),
             QStringLiteral("{sqlite} CREATE TABLE feedback_v3 ("
                            " id INTEGER PRIMARY KEY,"
                            " response_id TEXT NOT NULL,"
                            " customer INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
                            " responded_on TEXT NOT NULL,"
                            " score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),"
                            " comment TEXT)"),
             QStringLiteral("{sqlite} INSERT INTO feedback_v3 SELECT * FROM feedback"),
             QStringLiteral("{sqlite} DROP TABLE feedback"),
             QStringLiteral("{sqlite} ALTER TABLE feedback_v3 RENAME TO feedback"),
             QStringLiteral("{sqlite} CREATE UNIQUE INDEX feedback_response_id ON feedback(response_id)"),
         }},
        {4,
         "who saved each version of a criteria set",
         {
             // The saved time is the existing created_at (UTC, ISO 8601). Versions saved
             // before this migration have no recorded author: an empty text, shown as
             // "not recorded". docs/criteria.md.
             QStringLiteral("ALTER TABLE criteria ADD COLUMN author TEXT NOT NULL DEFAULT ''"),
         }},
        {5,
         "actions with source, link and author; exit calls; reality-check scores",
         {
             // Migration 1's actions table gains what PRODUCT.md §8 records: where the idea
             // came from, the figure (METRICS.md key) or customer (its customer_id, kept as
             // text so an import with --replace leaves the log intact) it is about, and who
             // wrote it. The old free-text meeting column stays, unused.
             QStringLiteral("ALTER TABLE actions ADD COLUMN source TEXT NOT NULL DEFAULT 'meeting'"),
             QStringLiteral("ALTER TABLE actions ADD COLUMN metric TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE actions ADD COLUMN customer_id TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE actions ADD COLUMN author TEXT NOT NULL DEFAULT ''"),
             // One exit call per loss of a customer (customer_id, lost_on): who calls, by
             // when, and the outcome once made (outcome empty until then).
             QStringLiteral("CREATE TABLE exit_calls ("
                            " id {pk},"
                            " customer_id TEXT NOT NULL,"
                            " lost_on {date} NOT NULL,"
                            " caller TEXT NOT NULL,"
                            " due_on {date},"
                            " assigned_on {date} NOT NULL,"
                            " author TEXT NOT NULL DEFAULT '',"
                            " outcome TEXT NOT NULL DEFAULT '',"
                            " corrected_reason TEXT NOT NULL DEFAULT '',"
                            " winback TEXT NOT NULL DEFAULT '',"
                            " note TEXT NOT NULL DEFAULT '',"
                            " UNIQUE (customer_id, lost_on))"),
             // The leadership team's score of itself, per quarter and dimension (§11).
             QStringLiteral("CREATE TABLE reality_checks ("
                            " id {pk},"
                            " quarter TEXT NOT NULL,"
                            " dimension TEXT NOT NULL,"
                            " score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 10),"
                            " note TEXT NOT NULL DEFAULT '',"
                            " author TEXT NOT NULL DEFAULT '',"
                            " UNIQUE (quarter, dimension))"),
         }},
        {6,
         "desks told of each other's changes (PostgreSQL: NOTIFY)",
         {
             // Every statement that changes a company's table tells the desks listening on
             // the channel "accountable" (core/storage/changelistener.h) which table changed
             // and who changed it: the payload is "TABLE APPLICATION_NAME", the name each
             // connection gives itself (Database::clientName()). PostgreSQL delivers it at
             // commit, once per table and writer however many rows (identical payloads in a
             // transaction fold into one). SQLite has no other desks: nothing to do there.
             QStringLiteral("{postgres} CREATE OR REPLACE FUNCTION accountable_notify() RETURNS trigger "
                            "LANGUAGE plpgsql AS $$ BEGIN "
                            "PERFORM pg_notify('accountable', TG_TABLE_NAME || ' ' || "
                            "current_setting('application_name')); RETURN NULL; END $$"),
             QStringLiteral("{postgres} CREATE TRIGGER settings_notify AFTER INSERT OR UPDATE OR DELETE OR "
                            "TRUNCATE ON settings "
                            "FOR EACH STATEMENT EXECUTE FUNCTION accountable_notify()"),
             QStringLiteral("{postgres} CREATE TRIGGER customers_notify AFTER INSERT OR UPDATE OR DELETE OR "
                            "TRUNCATE ON customers "
                            "FOR EACH STATEMENT EXECUTE FUNCTION accountable_notify()"),
             QStringLiteral("{postgres} CREATE TRIGGER orders_notify AFTER INSERT OR UPDATE OR DELETE OR "
                            "TRUNCATE ON orders "
                            "FOR EACH STATEMENT EXECUTE FUNCTION accountable_notify()"),
             QStringLiteral("{postgres} CREATE TRIGGER contacts_notify AFTER INSERT OR UPDATE OR DELETE OR "
                            "TRUNCATE ON contacts "
                            "FOR EACH STATEMENT EXECUTE FUNCTION accountable_notify()"),
             QStringLiteral("{postgres} CREATE TRIGGER feedback_notify AFTER INSERT OR UPDATE OR DELETE OR "
                            "TRUNCATE ON feedback "
                            "FOR EACH STATEMENT EXECUTE FUNCTION accountable_notify()"),
             QStringLiteral("{postgres} CREATE TRIGGER spend_notify AFTER INSERT OR UPDATE OR DELETE OR "
                            "TRUNCATE ON spend "
                            "FOR EACH STATEMENT EXECUTE FUNCTION accountable_notify()"),
             QStringLiteral("{postgres} CREATE TRIGGER criteria_notify AFTER INSERT OR UPDATE OR DELETE OR "
                            "TRUNCATE ON criteria "
                            "FOR EACH STATEMENT EXECUTE FUNCTION accountable_notify()"),
             QStringLiteral("{postgres} CREATE TRIGGER targets_notify AFTER INSERT OR UPDATE OR DELETE OR "
                            "TRUNCATE ON targets "
                            "FOR EACH STATEMENT EXECUTE FUNCTION accountable_notify()"),
             QStringLiteral("{postgres} CREATE TRIGGER actions_notify AFTER INSERT OR UPDATE OR DELETE OR "
                            "TRUNCATE ON actions "
                            "FOR EACH STATEMENT EXECUTE FUNCTION accountable_notify()"),
             QStringLiteral("{postgres} CREATE TRIGGER exit_calls_notify AFTER INSERT OR UPDATE OR DELETE OR "
                            "TRUNCATE ON exit_calls "
                            "FOR EACH STATEMENT EXECUTE FUNCTION accountable_notify()"),
             QStringLiteral("{postgres} CREATE TRIGGER reality_checks_notify AFTER INSERT OR UPDATE OR "
                            "DELETE OR TRUNCATE ON reality_checks "
                            "FOR EACH STATEMENT EXECUTE FUNCTION accountable_notify()"),
         }},
    };
    return all;
}

QString render(const QString &statement, bool postgres)
{
    const QLatin1String sqliteOnly("{sqlite} ");
    const QLatin1String postgresOnly("{postgres} ");
    QString s = statement;
    if (s.startsWith(sqliteOnly)) {
        if (postgres)
            return {};
        s.remove(0, sqliteOnly.size());
    } else if (s.startsWith(postgresOnly)) {
        if (!postgres)
            return {};
        s.remove(0, postgresOnly.size());
    }
    s.replace(QLatin1String("{pk}"),
              postgres ? QLatin1String("BIGSERIAL PRIMARY KEY") : QLatin1String("INTEGER PRIMARY KEY"));
    s.replace(QLatin1String("{date}"), postgres ? QLatin1String("DATE") : QLatin1String("TEXT"));
    s.replace(QLatin1String("{bigint}"), postgres ? QLatin1String("BIGINT") : QLatin1String("INTEGER"));
    s.replace(QLatin1String("{real}"), postgres ? QLatin1String("DOUBLE PRECISION") : QLatin1String("REAL"));
    return s;
}

} // namespace acc::schema
