#pragma once

#include "engine/dataset.h"

#include <QDate>
#include <QString>

namespace acc::test {

inline Day day(const char *iso)
{
    return iso && *iso ? toDay(QDate::fromString(QLatin1String(iso), Qt::ISODate)) : kNoDay;
}

// Builds small hand-worked data sets: dates as ISO strings, amounts as cents.
class DatasetBuilder
{
public:
    DatasetBuilder &customer(const char *id, const char *acquired, const char *lost = "",
                             const char *reason = "", const char *wonBack = "", const char *stage = "")
    {
        CustomerRecord c;
        c.customerId = QString::fromUtf8(id);
        c.name = QStringLiteral("Customer ") + c.customerId;
        c.acquiredOn = day(acquired);
        c.lostOn = day(lost);
        c.lossReason = QString::fromUtf8(reason);
        c.wonBackOn = day(wonBack);
        c.stage = QString::fromUtf8(stage);
        m_data.customers.push_back(c);
        return *this;
    }
    CustomerRecord &last() { return m_data.customers.back(); }

    DatasetBuilder &order(const char *customerId, const char *on, Cents amount, const char *category = "")
    {
        OrderRecord o;
        o.orderId = m_data.addText(QStringLiteral("O%1").arg(m_data.orders.size() + 1));
        o.customer = indexOf(customerId);
        o.orderedOn = day(on);
        o.amount = amount;
        o.category = QString::fromUtf8(category);
        m_data.orders.push_back(o);
        return *this;
    }

    DatasetBuilder &contact(const char *customerId, const char *on, ContactCategory category,
                            const char *touchpoint, bool complaint = false, const char *resolved = "")
    {
        ContactRecord c;
        c.contactId = m_data.addText(QStringLiteral("K%1").arg(m_data.contacts.size() + 1));
        c.customer = indexOf(customerId);
        c.occurredOn = day(on);
        c.category = category;
        c.touchpoint = QString::fromUtf8(touchpoint);
        c.complaint = complaint;
        c.resolvedOn = day(resolved);
        m_data.contacts.push_back(c);
        return *this;
    }

    DatasetBuilder &answer(const char *customerId, const char *on, int score,
                           const char *responseId = nullptr)
    {
        FeedbackRecord f;
        f.responseId = m_data.addText(responseId ? QString::fromUtf8(responseId)
                                                 : QStringLiteral("F%1").arg(m_data.feedback.size() + 1));
        f.customer = indexOf(customerId);
        f.respondedOn = day(on);
        f.score = score;
        m_data.feedback.push_back(f);
        return *this;
    }

    DatasetBuilder &spend(int year, int month, const char *program, Cents amount, const char *segment = "")
    {
        m_data.spend.push_back({year, month, QString::fromUtf8(program), QString::fromUtf8(segment), amount});
        return *this;
    }

    Dataset build()
    {
        Dataset d = m_data;
        d.finalize();
        return d;
    }

private:
    int indexOf(const char *customerId) const
    {
        const int i = m_data.findCustomer(QString::fromUtf8(customerId));
        Q_ASSERT_X(i >= 0, "DatasetBuilder", customerId);
        return i;
    }

    Dataset m_data;
};

} // namespace acc::test
