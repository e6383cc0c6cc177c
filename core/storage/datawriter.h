#pragma once

#include "engine/dataset.h"

#include <QHash>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace acc {

class Database;

// Writes customer data rows. Customers, orders, contacts and feedback are updated by
// their CRM id and added when new; spend rows by (month, program, segment).
// The caller owns the transaction: begin it, write, then commit or roll back.
class DataWriter final
{
    Q_DISABLE_COPY_MOVE(DataWriter)
public:
    explicit DataWriter(Database &db);

    // Prepares the statements and reads the known customer ids. False on a database error.
    bool prepare(QString *error);

    // Deletes every data row (customers, orders, contacts, feedback, spend): a full replace.
    bool clearAll(QString *error);

    bool writeCustomer(const CustomerRecord &c, QString *error);
    // Rows that reference a customer name it by CRM id; it must be written or known.
    bool writeOrder(const Dataset &data, const OrderRecord &o, const QString &customerId, QString *error);
    bool writeContact(const Dataset &data, const ContactRecord &c, const QString &customerId, QString *error);
    bool writeFeedback(const Dataset &data, const FeedbackRecord &f, const QString &customerId,
                       QString *error);
    bool writeSpend(const SpendRecord &s, QString *error);

    // Whether a customer with this CRM id is in the database or was written.
    bool knowsCustomer(const QString &customerId) const { return m_customerKeys.contains(customerId); }

    // Writes a whole data set (demo company, tests). Transaction is the caller's.
    bool writeDataset(const Dataset &data, QString *error);

private:
    bool run(QSqlQuery &q, QString *error);
    std::optional<qint64> customerKey(const QString &customerId, QString *error) const;

    Database &m_db;
    QSqlQuery m_customer;
    QSqlQuery m_order;
    QSqlQuery m_contact;
    QSqlQuery m_feedback;
    QSqlQuery m_spend;
    QHash<QString, qint64> m_customerKeys;
};

// Writes a whole company (its data set, name and currency) in one transaction of its own:
// all of it, or nothing. For the demo company and tests.
bool writeCompany(Database &db, const Dataset &data, QString *error);

} // namespace acc
