#include "previewcustomersmodel.h"

#include "displaytext.h"
#include "format.h"
#include "roles.h"
#include "translation.h"

namespace acc {

PreviewCustomersModel::PreviewCustomersModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PreviewCustomersModel::setCustomers(std::vector<PreviewCustomer> customers, const QString &currency)
{
    beginResetModel();
    m_customers = std::move(customers);
    m_currency = currency;
    endResetModel();
}

int PreviewCustomersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_customers.size());
}

int PreviewCustomersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant PreviewCustomersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PreviewCustomer &c = m_customers[std::size_t(index.row())];
    if (role == roleId(Role::CustomerIndex))
        return c.customer;
    if (Column(index.column()) == Column::Name) {
        switch (role) {
        case Qt::DisplayRole:
            return display::shorten(c.name, display::kCellChars);
        case Qt::ToolTipRole:
            return display::shorten(c.name, display::kToolTipChars);
        case int(Role::Text):
        case int(Role::Sort):
            return c.name;
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return format::money(c.lifetimeValue, m_currency);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case int(Role::Value):
    case int(Role::Sort):
        return double(c.lifetimeValue) / 100.0;
    default:
        return {};
    }
}

QVariant PreviewCustomersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Name:
        return MetricsTr::tr("Customer");
    case Column::LifetimeValue:
        return MetricsTr::tr("Lifetime value");
    default:
        return {};
    }
}

} // namespace acc
