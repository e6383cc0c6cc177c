#pragma once

#include "models/metricsservice.h"

#include <QAbstractTableModel>

#include <array>
#include <memory>

namespace acc {

// Contacts of the period by category (METRICS.md `contacts_by_category`): a row each for
// rescue, revenue, request and relationship, in that order, with the contacts, their share
// of all contacts of the period, and the distinct customers with such a contact.
class ContactCategoryModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Category, Contacts, Share, Customers, ColumnCount };

    explicit ContactCategoryModel(QObject *parent = nullptr);

    void setSnapshot(std::shared_ptr<const MetricsSnapshot> snapshot);
    ContactCategory categoryAt(int row) const { return static_cast<ContactCategory>(row); }
    int contactsAt(int row) const;
    int totalContacts() const;
    // The customers with a contact of the row's category in the period (drill-down order).
    QList<int> customers(int row) const;
    // "Rescue", "Revenue", "Request", "Relationship" (translated).
    static QString categoryLabel(ContactCategory category);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const MetricsSnapshot> m_snapshot;
    std::array<int, kContactCategoryCount> m_customers{};
};

} // namespace acc
