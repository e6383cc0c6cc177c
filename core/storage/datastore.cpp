#include "datastore.h"
#include "translation.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace acc {

namespace {

Day readDay(const QVariant &v)
{
    return toDay(readDate(v));
}

std::optional<ContactCategory> categoryFromName(const QString &name)
{
    for (int i = 0; i < kContactCategoryCount; ++i) {
        const auto c = static_cast<ContactCategory>(i);
        if (contactCategoryName(c) == name)
            return c;
    }
    return std::nullopt;
}

bool select(QSqlQuery &q, const QString &sql, QString *error)
{
    q.setForwardOnly(true);
    if (q.exec(sql))
        return true;
    *error = StorageTr::tr("cannot read the data: %1").arg(q.lastError().text());
    return false;
}

} // namespace

std::optional<Dataset> loadDataset(Database &db, QString *error)
{
    Dataset data;
    data.companyName = db.setting(QStringLiteral("company_name"));
    data.currency = db.setting(QStringLiteral("currency"), QStringLiteral("EUR"));
    data.slaDays = db.setting(QStringLiteral("sla_days"), QStringLiteral("2")).toInt();

    QSqlQuery q(db.connection());
    QHash<qint64, int> indexOfKey;
    if (!select(q,
                QStringLiteral("SELECT id, customer_id, name, segment, region, account_owner, acquired_on, "
                               "lost_on, loss_reason, won_back_on, stage FROM customers ORDER BY id"),
                error))
        return std::nullopt;
    while (q.next()) {
        CustomerRecord c;
        c.customerId = q.value(1).toString();
        c.name = q.value(2).toString();
        c.segment = q.value(3).toString();
        c.region = q.value(4).toString();
        c.accountOwner = q.value(5).toString();
        c.acquiredOn = readDay(q.value(6));
        c.lostOn = readDay(q.value(7));
        c.lossReason = q.value(8).toString();
        c.wonBackOn = readDay(q.value(9));
        c.stage = q.value(10).toString();
        indexOfKey.insert(q.value(0).toLongLong(), static_cast<int>(data.customers.size()));
        data.customers.push_back(std::move(c));
    }

    if (!select(q,
                QStringLiteral("SELECT order_id, customer, ordered_on, amount_cents, category, channel "
                               "FROM orders"),
                error))
        return std::nullopt;
    while (q.next()) {
        OrderRecord o;
        o.orderId = q.value(0).toString();
        o.customer = indexOfKey.value(q.value(1).toLongLong(), -1);
        o.orderedOn = readDay(q.value(2));
        o.amount = q.value(3).toLongLong();
        o.category = q.value(4).toString();
        o.channel = q.value(5).toString();
        data.orders.push_back(std::move(o));
    }

    if (!select(q,
                QStringLiteral("SELECT contact_id, customer, occurred_on, category, touchpoint, channel, "
                               "complaint, resolved_on, handled_by FROM contacts"),
                error))
        return std::nullopt;
    while (q.next()) {
        ContactRecord c;
        c.contactId = q.value(0).toString();
        c.customer = indexOfKey.value(q.value(1).toLongLong(), -1);
        c.occurredOn = readDay(q.value(2));
        c.category = categoryFromName(q.value(3).toString()).value_or(ContactCategory::Request);
        c.touchpoint = q.value(4).toString();
        c.channel = q.value(5).toString();
        c.complaint = q.value(6).toInt() != 0;
        c.resolvedOn = readDay(q.value(7));
        c.handledBy = q.value(8).toString();
        data.contacts.push_back(std::move(c));
    }

    if (!select(q, QStringLiteral("SELECT response_id, customer, responded_on, score, comment FROM feedback"),
                error))
        return std::nullopt;
    while (q.next()) {
        FeedbackRecord f;
        f.responseId = q.value(0).toString();
        f.customer = indexOfKey.value(q.value(1).toLongLong(), -1);
        f.respondedOn = readDay(q.value(2));
        f.score = q.value(3).toInt();
        f.comment = q.value(4).toString();
        data.feedback.push_back(std::move(f));
    }

    if (!select(
            q,
            QStringLiteral("SELECT month, program, segment, amount_cents FROM spend ORDER BY month, program"),
            error))
        return std::nullopt;
    while (q.next()) {
        SpendRecord s;
        const QString month = q.value(0).toString();
        s.year = month.left(4).toInt();
        s.month = month.mid(5, 2).toInt();
        s.program = q.value(1).toString();
        s.segment = q.value(2).toString();
        s.amount = q.value(3).toLongLong();
        data.spend.push_back(std::move(s));
    }

    data.finalize();
    if (auto why = data.checkMoneyBounds()) {
        *error = *why;
        return std::nullopt;
    }
    return data;
}

} // namespace acc
