#pragma once

#include "label.h"
#include "money.h"

#include <QDate>
#include <QList>
#include <QString>

#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace acc {

// A calendar day as its Julian day number: cheap to compare and subtract.
using Day = int;
constexpr Day kNoDay = std::numeric_limits<int>::min();

inline Day toDay(QDate d)
{
    return d.isValid() ? static_cast<Day>(d.toJulianDay()) : kNoDay;
}
inline QDate toDate(Day d)
{
    return d == kNoDay ? QDate() : QDate::fromJulianDay(d);
}
inline bool hasDay(Day d)
{
    return d != kNoDay;
}

enum class ContactCategory : quint8 { Rescue, Revenue, Request, Relationship };
constexpr int kContactCategoryCount = 4;
QString contactCategoryName(ContactCategory c);

// The seven loyalty stages of DATA.md, then "unknown" for an empty stage.
const QList<QString> &stageNames();

// A text of one row that does not repeat (an order's id, an answer's comment), held in its
// data set's TextPool: eight bytes in the row, the text itself end to end with the others.
struct TextRef
{
    quint32 offset = 0;
    quint32 size = 0;
};

// The row texts of one data set, as UTF-8 end to end in one buffer. Only ever appended to,
// so a TextRef stays valid for the pool's life; a filtered copy of a data set shares it.
class TextPool
{
public:
    // The most a pool holds (TextRef's offsets are 32 bits).
    static constexpr std::size_t kMaxBytes = std::numeric_limits<quint32>::max();

    // Appends a text; an empty reference when the pool would pass kMaxBytes (the load
    // refuses such a company before, see canHold()).
    TextRef add(QByteArrayView utf8);
    TextRef add(const QString &text) { return add(QByteArrayView(text.toUtf8())); }
    bool canHold(std::size_t more) const { return m_bytes.size() + more <= kMaxBytes; }
    QByteArrayView utf8(TextRef r) const { return QByteArrayView(m_bytes.data() + r.offset, r.size); }
    QString text(TextRef r) const { return QString::fromUtf8(utf8(r)); }
    std::size_t size() const { return m_bytes.size(); }
    void reserve(std::size_t bytes) { m_bytes.reserve(bytes); }

private:
    std::string m_bytes;
};

struct CustomerRecord
{
    QString customerId;
    QString name;
    QString segment; // these repeat from customer to customer: the load shares one QString each
    QString region;
    QString accountOwner;
    Day acquiredOn = kNoDay;
    Day lostOn = kNoDay;
    QString lossReason; // trimmed; empty means "Unknown"
    Day wonBackOn = kNoDay;
    QString stage; // lower case; empty means "unknown"

    bool isActiveOn(Day d) const { return acquiredOn <= d && !isLostOn(d); }
    bool isLostOn(Day d) const
    {
        return hasDay(lostOn) && lostOn <= d && !(hasDay(wonBackOn) && wonBackOn <= d);
    }
};

struct OrderRecord
{
    TextRef orderId;
    int customer = -1; // index into Dataset::customers
    Day orderedOn = kNoDay;
    Cents amount = 0; // negative: a refund or credit note
    Label category;   // empty means "Unknown"
    Label channel;

    bool isRefund() const { return amount < 0; }
};

struct ContactRecord
{
    TextRef contactId;
    int customer = -1;
    Day occurredOn = kNoDay;
    ContactCategory category = ContactCategory::Request;
    bool complaint = false;
    Label touchpoint;
    Label channel;
    Label handledBy;
    Day resolvedOn = kNoDay;
};

struct FeedbackRecord
{
    TextRef responseId;
    int customer = -1;
    Day respondedOn = kNoDay;
    int score = 0;
    TextRef comment;
};

struct SpendRecord
{
    int year = 0;
    int month = 0;
    QString program;
    QString segment; // empty: all segments
    Cents amount = 0;
};

// Everything the engine computes from, held in memory. Built by storage (or by a test),
// then finalize()d: orders, contacts and feedback are sorted by customer and day, and each
// customer knows the range of its rows.
struct Dataset
{
    QString companyName;
    QString currency = QStringLiteral("EUR");
    int slaDays = 2;
    // The first month of the fiscal year (1 = January): quarters and years follow it.
    int fiscalYearStart = 1;

    std::vector<CustomerRecord> customers;
    std::vector<OrderRecord> orders;
    std::vector<ContactRecord> contacts;
    std::vector<FeedbackRecord> feedback;
    std::vector<SpendRecord> spend;
    // The ids of orders, contacts and answers and the answers' comments (TextRef).
    std::shared_ptr<TextPool> texts = std::make_shared<TextPool>();

    QString text(TextRef r) const { return texts->text(r); }
    QByteArrayView utf8(TextRef r) const { return texts->utf8(r); }
    TextRef addText(const QString &text) { return texts->add(text); }

    struct Range
    {
        int begin = 0;
        int end = 0;
    };
    std::vector<Range> ordersOf;   // per customer, into orders
    std::vector<Range> contactsOf; // per customer, into contacts
    std::vector<Range> feedbackOf; // per customer, into feedback

    // Sorts the per-customer tables, fills the ranges and the fingerprint. Call after
    // filling the vectors.
    void finalize();
    // A hash of the customers, orders, contacts and answers (ids, dates, amounts, scores),
    // made by finalize(): two loads of an unchanged database have the same, so a figure
    // kept from the first (the customer-base model's fit) serves the second.
    quint64 fingerprint = 0;

    // Why the data set cannot be reported on, when the absolute values of its order
    // amounts, or of its spend amounts, add up to more than money::kMaxTotal (a database
    // written by hand or by an older version): every figure is a sum over some of these
    // rows, and must never wrap around. std::nullopt when it is fine.
    std::optional<QString> checkMoneyBounds() const;

    // The latest date in any date column (spend months aside); kNoDay when there is none.
    // A filtered data set (datafilter.h) keeps the whole company's as-of date.
    Day asOf() const;
    // Set on a filtered data set: the as-of date of the company it was cut from.
    std::optional<Day> companyAsOf;

    // Index of a customer by its CRM id, or -1.
    int findCustomer(const QString &customerId) const;
};

} // namespace acc
