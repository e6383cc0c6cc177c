#include "contactcategorymodel.h"

#include "format.h"
#include "operationsdrilldown.h"
#include "roles.h"

#include <numeric>

namespace acc {

ContactCategoryModel::ContactCategoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ContactCategoryModel::setSnapshot(std::shared_ptr<const MetricsSnapshot> snapshot)
{
    beginResetModel();
    m_snapshot = snapshot && snapshot->data ? std::move(snapshot) : nullptr;
    m_customers = m_snapshot
                      ? operationsdrilldown::customersByCategory(*m_snapshot->data, m_snapshot->report.days)
                      : std::array<int, kContactCategoryCount>{};
    endResetModel();
}

QString ContactCategoryModel::categoryLabel(ContactCategory category)
{
    switch (category) {
    case ContactCategory::Rescue:
        return tr("Rescue");
    case ContactCategory::Revenue:
        return tr("Revenue");
    case ContactCategory::Request:
        return tr("Request");
    case ContactCategory::Relationship:
        return tr("Relationship");
    }
    return {};
}

int ContactCategoryModel::contactsAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return 0;
    return m_snapshot->report.operations.contactsByCategory[std::size_t(row)];
}

int ContactCategoryModel::totalContacts() const
{
    if (!m_snapshot)
        return 0;
    const auto &c = m_snapshot->report.operations.contactsByCategory;
    return std::accumulate(c.begin(), c.end(), 0);
}

QList<int> ContactCategoryModel::customers(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return operationsdrilldown::categoryCustomers(*m_snapshot->data, m_snapshot->report.days, categoryAt(row),
                                                  m_snapshot->facts.get());
}

int ContactCategoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_snapshot ? 0 : kContactCategoryCount;
}

int ContactCategoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactCategoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::TextAlignmentRole)
        return column == Category ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                  : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (column == Category && role == roleId(Role::Text))
        return contactCategoryName(categoryAt(row));
    const bool raw = role == roleId(Role::Value) || role == roleId(Role::Sort);
    if (!raw && role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    const int total = totalContacts();
    const std::optional<double> share =
        total > 0 ? std::optional<double>(double(contactsAt(row)) / double(total)) : std::nullopt;
    switch (column) {
    case Category:
        return raw ? QVariant(row) : QVariant(categoryLabel(categoryAt(row)));
    case Contacts:
        return raw ? QVariant(contactsAt(row)) : QVariant(locale.toString(contactsAt(row)));
    case Share:
        if (raw)
            return share ? QVariant(*share) : QVariant();
        return share ? format::percent(share, 1) : QStringLiteral("\u2014");
    case Customers:
        return raw ? QVariant(m_customers[std::size_t(row)])
                   : QVariant(locale.toString(m_customers[std::size_t(row)]));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ContactCategoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != roleId(Role::Text)))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Category:
        return tr("Category");
    case Contacts:
        return tr("Contacts");
    case Share:
        return role == roleId(Role::Text) ? tr("Share of contacts") : tr("Share of\ncontacts");
    case Customers:
        return tr("Customers");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace acc
