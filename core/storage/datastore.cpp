#include "datastore.h"
#include "translation.h"

#include "database.h"
#include "settingsstore.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>
#include <utility>

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

bool select(Database &db, QSqlQuery &q, const QString &sql, QString *error)
{
    q.setForwardOnly(true);
    if (q.exec(sql))
        return true;
    *error = StorageTr::tr("cannot read the data: %1").arg(db.describe(q.lastError()));
    return false;
}

// A row the schema forbids (a missing required date, a reference to no customer) can only
// come from a damaged file or one edited by hand: reported as damaged, never computed on.
QString damaged(const Database &db, const QString &what)
{
    return StorageTr::tr("%1 is damaged: %2; restore it from a backup or import the company again")
        .arg(db.spec(), what);
}

} // namespace

std::optional<Dataset> loadDataset(Database &db, QString *error)
{
    // One snapshot for every table: a re-import committed meanwhile is seen whole or not at
    // all, never one company's orders beside another's feedback.
    ReadTransaction snapshot(db);
    if (!snapshot.begin(error))
        return std::nullopt;
    Dataset data;
    const auto settings = settings::read(db, error);
    if (!settings)
        return std::nullopt;
    data.companyName = settings->companyName;
    data.currency = settings->currency;
    data.slaDays = settings->slaDays;
    data.fiscalYearStart = std::clamp(settings->fiscalYearStart, 1, 12);

    QSqlQuery q(db.connection());
    QHash<qint64, int> indexOfKey;
    if (!select(db, q,
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
        if (!hasDay(c.acquiredOn) || (hasDay(c.lostOn) != !q.value(7).isNull()) ||
            (hasDay(c.wonBackOn) != !q.value(9).isNull())) {
            *error =
                damaged(db, StorageTr::tr("customer %1 has a date that is not a date").arg(c.customerId));
            return std::nullopt;
        }
        indexOfKey.insert(q.value(0).toLongLong(), static_cast<int>(data.customers.size()));
        data.customers.push_back(std::move(c));
    }
    if (!db.finished(q, error))
        return std::nullopt;

    // A row's customer: its index, or a message naming the row.
    auto customerOf = [&](const QVariant &key, const QString &kind, const QString &id) -> std::optional<int> {
        const auto it = indexOfKey.constFind(key.toLongLong());
        if (key.isNull() || it == indexOfKey.constEnd()) {
            *error = damaged(db, StorageTr::tr("%1 %2 names a customer that is not in it").arg(kind, id));
            return std::nullopt;
        }
        return *it;
    };
    // The customer and the day every order, contact and answer must have (columns 1 and 2).
    auto customerAndDay = [&](const QString &kind, const QString &id) -> std::optional<std::pair<int, Day>> {
        const auto customer = customerOf(q.value(1), kind, id);
        if (!customer)
            return std::nullopt;
        const Day d = readDay(q.value(2));
        if (!hasDay(d)) {
            *error = damaged(db, StorageTr::tr("%1 %2 has no valid date").arg(kind, id));
            return std::nullopt;
        }
        return std::pair{*customer, d};
    };

    if (!select(db, q,
                QStringLiteral("SELECT order_id, customer, ordered_on, amount_cents, category, channel "
                               "FROM orders"),
                error))
        return std::nullopt;
    const QString order = StorageTr::tr("order");
    while (q.next()) {
        OrderRecord o;
        o.orderId = q.value(0).toString();
        const auto head = customerAndDay(order, o.orderId);
        if (!head)
            return std::nullopt;
        std::tie(o.customer, o.orderedOn) = *head;
        bool isNumber = false;
        o.amount = q.value(3).toLongLong(&isNumber);
        if (!isNumber) {
            *error = damaged(db, StorageTr::tr("order %1 has an amount that is not a number").arg(o.orderId));
            return std::nullopt;
        }
        o.category = q.value(4).toString();
        o.channel = q.value(5).toString();
        data.orders.push_back(std::move(o));
    }
    if (!db.finished(q, error))
        return std::nullopt;

    if (!select(db, q,
                QStringLiteral("SELECT contact_id, customer, occurred_on, category, touchpoint, channel, "
                               "complaint, resolved_on, handled_by FROM contacts"),
                error))
        return std::nullopt;
    const QString contact = StorageTr::tr("contact");
    while (q.next()) {
        ContactRecord c;
        c.contactId = q.value(0).toString();
        const auto head = customerAndDay(contact, c.contactId);
        if (!head)
            return std::nullopt;
        std::tie(c.customer, c.occurredOn) = *head;
        const auto category = categoryFromName(q.value(3).toString());
        if (!category) {
            *error = damaged(db, StorageTr::tr("contact %1 has the unknown category \"%2\"")
                                     .arg(c.contactId, q.value(3).toString().left(40)));
            return std::nullopt;
        }
        c.category = *category;
        c.touchpoint = q.value(4).toString();
        c.channel = q.value(5).toString();
        c.complaint = q.value(6).toInt() != 0;
        c.resolvedOn = readDay(q.value(7));
        c.handledBy = q.value(8).toString();
        data.contacts.push_back(std::move(c));
    }
    if (!db.finished(q, error))
        return std::nullopt;

    if (!select(db, q,
                QStringLiteral("SELECT response_id, customer, responded_on, score, comment FROM feedback"),
                error))
        return std::nullopt;
    const QString answer = StorageTr::tr("answer");
    while (q.next()) {
        FeedbackRecord f;
        f.responseId = q.value(0).toString();
        const auto head = customerAndDay(answer, f.responseId);
        if (!head)
            return std::nullopt;
        std::tie(f.customer, f.respondedOn) = *head;
        bool isNumber = false;
        f.score = q.value(3).toInt(&isNumber);
        if (!isNumber || f.score < 0 || f.score > 10) {
            *error = damaged(db, StorageTr::tr("answer %1 has a score outside 0 to 10").arg(f.responseId));
            return std::nullopt;
        }
        f.comment = q.value(4).toString();
        data.feedback.push_back(std::move(f));
    }
    if (!db.finished(q, error))
        return std::nullopt;

    if (!select(
            db, q,
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
        bool isNumber = false;
        s.amount = q.value(3).toLongLong(&isNumber);
        if (!isNumber || s.month < 1 || s.month > 12) {
            *error = damaged(db, StorageTr::tr("a spend row of %1 is not readable").arg(month.left(20)));
            return std::nullopt;
        }
        data.spend.push_back(std::move(s));
    }
    if (!db.finished(q, error))
        return std::nullopt;
    q = QSqlQuery();

    data.finalize();
    if (auto why = data.checkMoneyBounds()) {
        *error = *why;
        return std::nullopt;
    }
    return data;
}

} // namespace acc
