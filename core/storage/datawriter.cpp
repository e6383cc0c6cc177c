#include "datawriter.h"
#include "translation.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlError>

namespace acc {

namespace {

QVariant dayValue(Day d)
{
    return dateValue(toDate(d));
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

} // namespace

DataWriter::DataWriter(Database &db)
    : m_db(db)
{}

bool DataWriter::prepare(QString *error)
{
    const QSqlDatabase conn = m_db.connection();
    m_customer = QSqlQuery(conn);
    m_order = QSqlQuery(conn);
    m_contact = QSqlQuery(conn);
    m_feedback = QSqlQuery(conn);
    m_spend = QSqlQuery(conn);
    const bool ok =
        m_customer.prepare(QStringLiteral(
            "INSERT INTO customers (customer_id, name, segment, region, account_owner, acquired_on, lost_on, "
            "loss_reason, won_back_on, stage) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (customer_id) DO UPDATE SET name = excluded.name, segment = excluded.segment, "
            "region = excluded.region, account_owner = excluded.account_owner, "
            "acquired_on = excluded.acquired_on, lost_on = excluded.lost_on, "
            "loss_reason = excluded.loss_reason, won_back_on = excluded.won_back_on, stage = excluded.stage "
            "RETURNING id")) &&
        m_order.prepare(QStringLiteral(
            "INSERT INTO orders (order_id, customer, ordered_on, amount_cents, category, channel) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (order_id) DO UPDATE SET customer = excluded.customer, "
            "ordered_on = excluded.ordered_on, amount_cents = excluded.amount_cents, "
            "category = excluded.category, channel = excluded.channel")) &&
        m_contact.prepare(QStringLiteral(
            "INSERT INTO contacts (contact_id, customer, occurred_on, category, touchpoint, channel, "
            "complaint, "
            "resolved_on, handled_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (contact_id) DO UPDATE "
            "SET customer = excluded.customer, occurred_on = excluded.occurred_on, "
            "category = excluded.category, touchpoint = excluded.touchpoint, channel = excluded.channel, "
            "complaint = excluded.complaint, resolved_on = excluded.resolved_on, "
            "handled_by = excluded.handled_by")) &&
        m_feedback.prepare(QStringLiteral(
            "INSERT INTO feedback (response_id, customer, responded_on, score, comment) VALUES (?, ?, ?, ?, "
            "?) "
            "ON CONFLICT (response_id) DO UPDATE SET customer = excluded.customer, "
            "responded_on = excluded.responded_on, score = excluded.score, comment = excluded.comment")) &&
        m_spend.prepare(QStringLiteral(
            "INSERT INTO spend (month, program, segment, amount_cents) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (month, program, segment) DO UPDATE SET amount_cents = excluded.amount_cents"));
    if (!ok) {
        *error = StorageTr::tr("cannot prepare the import: %1").arg(conn.lastError().text());
        return false;
    }
    m_customerKeys.clear();
    QSqlQuery q(conn);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, customer_id FROM customers"))) {
        *error = StorageTr::tr("cannot read the customers: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next())
        m_customerKeys.insert(q.value(1).toString(), q.value(0).toLongLong());
    return true;
}

bool DataWriter::clearAll(QString *error)
{
    QSqlQuery q(m_db.connection());
    for (const char *table : {"orders", "contacts", "feedback", "spend", "customers"}) {
        if (!q.exec(QStringLiteral("DELETE FROM ") + QLatin1String(table))) {
            *error = StorageTr::tr("cannot clear the data: %1").arg(q.lastError().text());
            return false;
        }
    }
    m_customerKeys.clear();
    return true;
}

bool DataWriter::run(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = StorageTr::tr("database error: %1").arg(q.lastError().text());
    return false;
}

std::optional<qint64> DataWriter::customerKey(const QString &customerId, QString *error) const
{
    const auto it = m_customerKeys.constFind(customerId);
    if (it != m_customerKeys.constEnd())
        return *it;
    *error = StorageTr::tr("unknown customer %1").arg(customerId);
    return std::nullopt;
}

bool DataWriter::writeCustomer(const CustomerRecord &c, QString *error)
{
    m_customer.bindValue(0, c.customerId);
    m_customer.bindValue(1, c.name);
    m_customer.bindValue(2, textOrNull(c.segment));
    m_customer.bindValue(3, textOrNull(c.region));
    m_customer.bindValue(4, textOrNull(c.accountOwner));
    m_customer.bindValue(5, dayValue(c.acquiredOn));
    m_customer.bindValue(6, dayValue(c.lostOn));
    m_customer.bindValue(7, textOrNull(c.lossReason));
    m_customer.bindValue(8, dayValue(c.wonBackOn));
    m_customer.bindValue(9, textOrNull(c.stage));
    if (!run(m_customer, error))
        return false;
    if (!m_customer.next()) {
        *error = StorageTr::tr("database error: no id returned for customer %1").arg(c.customerId);
        return false;
    }
    m_customerKeys.insert(c.customerId, m_customer.value(0).toLongLong());
    m_customer.finish();
    return true;
}

bool DataWriter::writeOrder(const Dataset &data, const OrderRecord &o, const QString &customerId,
                            QString *error)
{
    const auto key = customerKey(customerId, error);
    if (!key)
        return false;
    m_order.bindValue(0, data.text(o.orderId));
    m_order.bindValue(1, *key);
    m_order.bindValue(2, dayValue(o.orderedOn));
    m_order.bindValue(3, o.amount);
    m_order.bindValue(4, textOrNull(o.category));
    m_order.bindValue(5, textOrNull(o.channel));
    return run(m_order, error);
}

bool DataWriter::writeContact(const Dataset &data, const ContactRecord &c, const QString &customerId,
                              QString *error)
{
    const auto key = customerKey(customerId, error);
    if (!key)
        return false;
    m_contact.bindValue(0, data.text(c.contactId));
    m_contact.bindValue(1, *key);
    m_contact.bindValue(2, dayValue(c.occurredOn));
    m_contact.bindValue(3, contactCategoryName(c.category));
    m_contact.bindValue(4, c.touchpoint.toString());
    m_contact.bindValue(5, textOrNull(c.channel));
    m_contact.bindValue(6, c.complaint ? 1 : 0);
    m_contact.bindValue(7, dayValue(c.resolvedOn));
    m_contact.bindValue(8, textOrNull(c.handledBy));
    return run(m_contact, error);
}

bool DataWriter::writeFeedback(const Dataset &data, const FeedbackRecord &f, const QString &customerId,
                               QString *error)
{
    const auto key = customerKey(customerId, error);
    if (!key)
        return false;
    m_feedback.bindValue(0, data.text(f.responseId));
    m_feedback.bindValue(1, *key);
    m_feedback.bindValue(2, dayValue(f.respondedOn));
    m_feedback.bindValue(3, f.score);
    m_feedback.bindValue(4, textOrNull(data.text(f.comment)));
    return run(m_feedback, error);
}

bool DataWriter::writeSpend(const SpendRecord &s, QString *error)
{
    m_spend.bindValue(
        0,
        QStringLiteral("%1-%2").arg(s.year, 4, 10, QLatin1Char('0')).arg(s.month, 2, 10, QLatin1Char('0')));
    m_spend.bindValue(1, s.program);
    m_spend.bindValue(2, s.segment.isEmpty() ? QStringLiteral("") : s.segment); // never NULL: part of the key
    m_spend.bindValue(3, s.amount);
    return run(m_spend, error);
}

bool DataWriter::writeDataset(const Dataset &data, QString *error)
{
    for (const auto &c : data.customers) {
        if (!writeCustomer(c, error))
            return false;
    }
    auto idOf = [&data](int index) { return data.customers[static_cast<std::size_t>(index)].customerId; };
    for (const auto &o : data.orders) {
        if (!writeOrder(data, o, idOf(o.customer), error))
            return false;
    }
    for (const auto &c : data.contacts) {
        if (!writeContact(data, c, idOf(c.customer), error))
            return false;
    }
    for (const auto &f : data.feedback) {
        if (!writeFeedback(data, f, idOf(f.customer), error))
            return false;
    }
    for (const auto &s : data.spend) {
        if (!writeSpend(s, error))
            return false;
    }
    return true;
}

bool writeCompany(Database &db, const Dataset &data, QString *error)
{
    QSqlDatabase conn = db.connection();
    if (!conn.transaction()) {
        *error = StorageTr::tr("cannot start a transaction: %1").arg(conn.lastError().text());
        return false;
    }
    DataWriter writer(db);
    const bool written = writer.prepare(error) && writer.writeDataset(data, error) &&
                         db.setSetting(QStringLiteral("company_name"), data.companyName) &&
                         db.setSetting(QStringLiteral("currency"), data.currency);
    if (written && conn.commit())
        return true;
    if (error->isEmpty())
        *error = StorageTr::tr("database error: %1").arg(conn.lastError().text());
    conn.rollback();
    return false;
}

} // namespace acc
