#include "touchpointmodel.h"

#include "displaytext.h"
#include "format.h"
#include "operationsdrilldown.h"
#include "roles.h"

#include <numeric>

namespace acc {

TouchpointModel::TouchpointModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TouchpointModel::setSnapshot(std::shared_ptr<const MetricsSnapshot> snapshot)
{
    beginResetModel();
    m_snapshot = snapshot && snapshot->data ? std::move(snapshot) : nullptr;
    const auto &byCategory = m_snapshot ? m_snapshot->report.operations.contactsByCategory
                                        : std::array<int, kContactCategoryCount>{};
    m_totalContacts = std::accumulate(byCategory.begin(), byCategory.end(), 0);
    endResetModel();
}

QString TouchpointModel::touchpointAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return m_snapshot->report.operations.priorityContacts[std::size_t(row)].touchpoint;
}

QList<int> TouchpointModel::customers(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return operationsdrilldown::touchpointCustomers(*m_snapshot->data, m_snapshot->report.days,
                                                    touchpointAt(row), m_snapshot->facts.get())
        .customers;
}

QList<int> TouchpointModel::lostCustomers(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return operationsdrilldown::touchpointCustomers(*m_snapshot->data, m_snapshot->report.days,
                                                    touchpointAt(row), m_snapshot->facts.get())
        .lost;
}

int TouchpointModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_snapshot ? 0 : int(m_snapshot->report.operations.priorityContacts.size());
}

int TouchpointModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TouchpointModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TouchpointFigures &t = m_snapshot->report.operations.priorityContacts[std::size_t(index.row())];
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::TextAlignmentRole)
        return column == Touchpoint ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                    : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (column == Touchpoint && role == roleId(Role::Text))
        return t.touchpoint;
    if (column == Touchpoint && role == Qt::ToolTipRole)
        return display::shorten(t.touchpoint, display::kToolTipChars);
    const bool raw = role == roleId(Role::Value) || role == roleId(Role::Sort);
    if (!raw && role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    auto count = [&](int n) { return raw ? QVariant(n) : QVariant(locale.toString(n)); };
    auto share = [&](double s) { return raw ? QVariant(s) : QVariant(format::percent(s, 1)); };
    switch (column) {
    case Rank:
        return count(index.row() + 1);
    case Touchpoint:
        return raw ? QVariant(index.row()) : QVariant(display::shorten(t.touchpoint, display::kCellChars));
    case Contacts:
        return count(t.contacts);
    case Customers:
        return count(t.customers);
    case Complaints:
        return count(t.complaints);
    case ComplaintShare:
        return share(t.complaintShare);
    case LostCustomers:
        return count(t.lostCustomers);
    case LossShare:
        return share(t.lossShare);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TouchpointModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (static_cast<Column>(section)) {
        case Contacts:
            return tr("Contacts at the touchpoint in the period");
        case Customers:
            return tr("Distinct customers with a contact there in the period");
        case ComplaintShare:
            return tr("Complaints as a share of the touchpoint's contacts");
        case LostCustomers:
            return tr("Customers lost within 180 days after one of their contacts there");
        case LossShare:
            return tr("Share of the touchpoint's customers lost within 180 days after a contact there");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != roleId(Role::Text))
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool oneLine = role == roleId(Role::Text);
    switch (static_cast<Column>(section)) {
    case Rank:
        return tr("Rank");
    case Touchpoint:
        return tr("Touchpoint");
    case Contacts:
        return tr("Contacts");
    case Customers:
        return tr("Customers");
    case Complaints:
        return tr("Complaints");
    case ComplaintShare:
        return oneLine ? tr("Complaint share") : tr("Complaint\nshare");
    case LostCustomers:
        return oneLine ? tr("Lost customers") : tr("Lost\ncustomers");
    case LossShare:
        return oneLine ? tr("Loss share") : tr("Loss\nshare");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace acc
