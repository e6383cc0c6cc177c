#include "datastore.h"
#include "translation.h"

#include "database.h"
#include "settingsstore.h"

#include "rowcursor.h"

#include <QCoreApplication>

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace acc {

namespace {

std::optional<ContactCategory> categoryFromName(QByteArrayView name)
{
    for (int i = 0; i < kContactCategoryCount; ++i) {
        const auto c = static_cast<ContactCategory>(i);
        if (contactCategoryName(c).toUtf8() == name)
            return c;
    }
    return std::nullopt;
}

struct Utf8Hash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

// The labels of one load, looked up without the process table's lock; a run of one text
// (rows in the order they were imported) costs one comparison.
class Labels
{
public:
    Label operator()(QByteArrayView utf8)
    {
        if (utf8.isEmpty())
            return {};
        const std::string_view key(utf8.data(), std::size_t(utf8.size()));
        if (key == m_lastKey)
            return m_last;
        auto it = m_labels.find(key);
        if (it == m_labels.end())
            it = m_labels.emplace(std::string(key), Label::fromUtf8(utf8)).first;
        m_lastKey = it->first;
        m_last = it->second;
        return m_last;
    }

private:
    std::unordered_map<std::string, Label, Utf8Hash, std::equal_to<>> m_labels;
    std::string_view m_lastKey; // points into a key of m_labels, which never moves
    Label m_last;
};

// A row the schema forbids (a missing required date, a reference to no customer) can only
// come from a damaged file or one edited by hand: reported as damaged, never computed on.
QString damaged(const Database &db, const QString &what)
{
    return StorageTr::tr("%1 is damaged: %2; restore it from a backup or import the company again")
        .arg(db.spec(), what);
}

QString text(QByteArrayView utf8)
{
    return QString::fromUtf8(utf8);
}

// The key of each customer row, ascending (the customers are read ORDER BY id), to find a
// row's customer: by arithmetic when the keys are consecutive, as the importer gives them,
// else by binary search.
class CustomerKeys
{
public:
    void add(qint64 key) { m_keys.push_back(key); }
    void seal()
    {
        m_consecutive = !m_keys.empty() && m_keys.back() - m_keys.front() == qint64(m_keys.size()) - 1;
    }
    int indexOf(qint64 key) const
    {
        if (m_keys.empty())
            return -1;
        if (m_consecutive) {
            const qint64 i = key - m_keys.front();
            return i >= 0 && i < qint64(m_keys.size()) ? int(i) : -1;
        }
        const auto it = std::lower_bound(m_keys.begin(), m_keys.end(), key);
        return it != m_keys.end() && *it == key ? int(it - m_keys.begin()) : -1;
    }

private:
    std::vector<qint64> m_keys;
    bool m_consecutive = false;
};

// Reads one table: every row through read(cursor), which returns false (with *error set)
// for a row that cannot be used.
template <typename Read>
bool readTable(Database &db, const QString &sql, QString *error, Read read,
               const std::atomic_bool *cancel = nullptr)
{
    const auto cursor = RowCursor::open(db, sql, error);
    if (!cursor)
        return false;
    for (unsigned n = 1; cursor->next(); ++n) {
        if (!read(*cursor))
            return false;
        if (cancel && n % 8192 == 0 && cancel->load(std::memory_order_relaxed)) {
            error->clear();
            return false;
        }
    }
    return cursor->finished(error);
}

} // namespace

std::optional<Dataset> loadDataset(Database &db, QString *error, const std::atomic_bool *cancel)
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

    // Sized before reading, so the vectors are filled without moving (and without twice the
    // memory at the moment they grow): on SQLite the largest row key, a bound found without
    // a scan (rows are numbered 1, 2, ... by the importer).
    auto expected = [&](const char *table) -> std::size_t {
        if (db.backend() != Database::Backend::SQLite)
            return 0;
        qint64 n = 0;
        QString ignored;
        readTable(db, QStringLiteral("SELECT max(rowid) FROM ") + QLatin1String(table), &ignored,
                  [&n](RowCursor &row) {
                      n = row.integer(0).value_or(0);
                      return true;
                  });
        return std::size_t(std::clamp<qint64>(n, 0, 100'000'000));
    };
    data.customers.reserve(expected("customers"));
    data.orders.reserve(expected("orders"));
    data.contacts.reserve(expected("contacts"));
    data.feedback.reserve(expected("feedback"));
    TextPool &pool = *data.texts;
    // Ids of about a dozen bytes; the comments grow it past that when they come.
    pool.reserve((data.orders.capacity() + data.contacts.capacity() + data.feedback.capacity()) * 12);
    Labels labels;
    CustomerKeys keys;

    if (!readTable(
            db,
            QStringLiteral("SELECT id, customer_id, name, segment, region, account_owner, acquired_on, "
                           "lost_on, loss_reason, won_back_on, stage FROM customers ORDER BY id"),
            error,
            [&](RowCursor &row) {
                CustomerRecord c;
                c.customerId = text(row.text(1));
                c.name = text(row.text(2));
                c.segment = labels(row.text(3)).toString();
                c.region = labels(row.text(4)).toString();
                c.accountOwner = labels(row.text(5)).toString();
                c.acquiredOn = row.day(6);
                c.lostOn = row.day(7);
                c.lossReason = labels(row.text(8)).toString();
                c.wonBackOn = row.day(9);
                c.stage = labels(row.text(10)).toString();
                const auto key = row.integer(0);
                if (!key || !hasDay(c.acquiredOn) || hasDay(c.lostOn) == row.isNull(7) ||
                    hasDay(c.wonBackOn) == row.isNull(9)) {
                    *error = damaged(
                        db, StorageTr::tr("customer %1 has a date that is not a date").arg(c.customerId));
                    return false;
                }
                keys.add(*key);
                data.customers.push_back(std::move(c));
                return true;
            },
            cancel))
        return std::nullopt;
    keys.seal();

    // The pool holds at most 4 GB of ids and comments; a company past that is refused whole.
    auto fits = [&](QByteArrayView text) {
        if (pool.canHold(std::size_t(text.size()) + 65536))
            return true;
        *error = StorageTr::tr("%1 holds more text (ids and comments) than Accountable can hold in memory "
                               "(%2 bytes)")
                     .arg(db.spec())
                     .arg(TextPool::kMaxBytes);
        return false;
    };

    // A row's customer and day (columns 1 and 2), which every order, contact and answer
    // must have, and its id (column 0) in the pool; false with *error naming the row.
    auto head = [&](RowCursor &row, const QString &kind, TextRef *id, int *customer, Day *day) {
        const QByteArrayView idText = row.text(0);
        if (!fits(idText))
            return false;
        *id = pool.add(idText);
        const auto key = row.integer(1);
        *customer = key ? keys.indexOf(*key) : -1;
        if (*customer < 0) {
            *error = damaged(
                db, StorageTr::tr("%1 %2 names a customer that is not in it").arg(kind, text(idText)));
            return false;
        }
        *day = row.day(2);
        if (!hasDay(*day)) {
            *error = damaged(db, StorageTr::tr("%1 %2 has no valid date").arg(kind, text(idText)));
            return false;
        }
        return true;
    };

    const QString order = StorageTr::tr("order");
    if (!readTable(
            db,
            QStringLiteral("SELECT order_id, customer, ordered_on, amount_cents, category, channel "
                           "FROM orders"),
            error,
            [&](RowCursor &row) {
                OrderRecord o;
                if (!head(row, order, &o.orderId, &o.customer, &o.orderedOn))
                    return false;
                const auto amount = row.integer(3);
                if (!amount) {
                    *error = damaged(db, StorageTr::tr("order %1 has an amount that is not a number")
                                             .arg(data.text(o.orderId)));
                    return false;
                }
                o.amount = *amount;
                o.category = labels(row.text(4));
                o.channel = labels(row.text(5));
                data.orders.push_back(o);
                return true;
            },
            cancel))
        return std::nullopt;

    const QString contact = StorageTr::tr("contact");
    if (!readTable(
            db,
            QStringLiteral("SELECT contact_id, customer, occurred_on, category, touchpoint, channel, "
                           "complaint, resolved_on, handled_by FROM contacts"),
            error,
            [&](RowCursor &row) {
                ContactRecord c;
                if (!head(row, contact, &c.contactId, &c.customer, &c.occurredOn))
                    return false;
                const auto category = categoryFromName(row.text(3));
                if (!category) {
                    *error = damaged(db, StorageTr::tr("contact %1 has the unknown category \"%2\"")
                                             .arg(data.text(c.contactId), text(row.text(3)).left(40)));
                    return false;
                }
                c.category = *category;
                c.touchpoint = labels(row.text(4));
                c.channel = labels(row.text(5));
                c.complaint = row.integer(6).value_or(0) != 0;
                c.resolvedOn = row.day(7);
                c.handledBy = labels(row.text(8));
                data.contacts.push_back(c);
                return true;
            },
            cancel))
        return std::nullopt;

    const QString answer = StorageTr::tr("answer");
    if (!readTable(
            db, QStringLiteral("SELECT response_id, customer, responded_on, score, comment FROM feedback"),
            error,
            [&](RowCursor &row) {
                FeedbackRecord f;
                if (!head(row, answer, &f.responseId, &f.customer, &f.respondedOn))
                    return false;
                const auto score = row.integer(3);
                if (!score || *score < 0 || *score > 10) {
                    *error = damaged(
                        db,
                        StorageTr::tr("answer %1 has a score outside 0 to 10").arg(data.text(f.responseId)));
                    return false;
                }
                f.score = int(*score);
                const QByteArrayView comment = row.text(4);
                if (!fits(comment))
                    return false;
                f.comment = pool.add(comment);
                data.feedback.push_back(f);
                return true;
            },
            cancel))
        return std::nullopt;

    if (!readTable(
            db,
            QStringLiteral("SELECT month, program, segment, amount_cents FROM spend ORDER BY month, program"),
            error, [&](RowCursor &row) {
                SpendRecord s;
                const QString month = text(row.text(0));
                s.year = month.left(4).toInt();
                s.month = month.mid(5, 2).toInt();
                s.program = text(row.text(1));
                s.segment = text(row.text(2));
                const auto amount = row.integer(3);
                if (!amount || s.month < 1 || s.month > 12) {
                    *error =
                        damaged(db, StorageTr::tr("a spend row of %1 is not readable").arg(month.left(20)));
                    return false;
                }
                s.amount = *amount;
                data.spend.push_back(std::move(s));
                return true;
            }))
        return std::nullopt;

    data.finalize();
    if (auto why = data.checkMoneyBounds()) {
        *error = *why;
        return std::nullopt;
    }
    return data;
}

} // namespace acc
