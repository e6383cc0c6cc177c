#pragma once

#include "models/metricsservice.h"

#include <QAbstractTableModel>

#include <memory>

namespace acc {

// The priority contacts of a snapshot (METRICS.md group 4, `priority_contacts`): the 15
// touchpoints with most contacts in the period, ranked by contacts desc, ties by
// touchpoint asc, as the engine gives them. Counts give ints in Role::Value, shares
// fractions; the touchpoint column shows safe, shortened text and holds the exact text in
// Role::Text. Two-line titles on show, one-line titles in Role::Text (exports).
class TouchpointModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Rank,
        Touchpoint,
        Contacts,
        Customers,
        Complaints,
        ComplaintShare,
        LostCustomers,
        LossShare,
        ColumnCount
    };

    explicit TouchpointModel(QObject *parent = nullptr);

    void setSnapshot(std::shared_ptr<const MetricsSnapshot> snapshot);
    // The exact touchpoint text of a row (empty outside the rows).
    QString touchpointAt(int row) const;
    // All contacts of the period, at any touchpoint.
    int totalContacts() const { return m_totalContacts; }
    // The customers behind a row (drill-down order): with a contact there in the period;
    // lost: those of them lost within 180 days after one of those contacts.
    QList<int> customers(int row) const;
    QList<int> lostCustomers(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const MetricsSnapshot> m_snapshot;
    int m_totalContacts = 0;
};

} // namespace acc
