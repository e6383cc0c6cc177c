#pragma once

#include "money.h"

#include <QDate>
#include <QList>
#include <QString>

#include <limits>
#include <optional>
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

enum class ContactCategory { Rescue, Revenue, Request, Relationship };
constexpr int kContactCategoryCount = 4;
QString contactCategoryName(ContactCategory c);

// The seven loyalty stages of DATA.md, then "unknown" for an empty stage.
const QList<QString> &stageNames();

struct CustomerRecord
{
    QString customerId;
    QString name;
    QString segment;
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
    QString orderId;
    int customer = -1; // index into Dataset::customers
    Day orderedOn = kNoDay;
    Cents amount = 0; // negative: a refund or credit note
    QString category; // empty means "Unknown"
    QString channel;

    bool isRefund() const { return amount < 0; }
};

struct ContactRecord
{
    QString contactId;
    int customer = -1;
    Day occurredOn = kNoDay;
    ContactCategory category = ContactCategory::Request;
    QString touchpoint;
    QString channel;
    bool complaint = false;
    Day resolvedOn = kNoDay;
    QString handledBy;
};

struct FeedbackRecord
{
    QString responseId;
    int customer = -1;
    Day respondedOn = kNoDay;
    int score = 0;
    QString comment;
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

    struct Range
    {
        int begin = 0;
        int end = 0;
    };
    std::vector<Range> ordersOf;   // per customer, into orders
    std::vector<Range> contactsOf; // per customer, into contacts
    std::vector<Range> feedbackOf; // per customer, into feedback

    // Sorts the per-customer tables and fills the ranges. Call after filling the vectors.
    void finalize();

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
