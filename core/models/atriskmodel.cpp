#include "atriskmodel.h"

#include "displaytext.h"
#include "format.h"
#include "metricsservice.h"
#include "roles.h"

namespace acc {

AtRiskModel::AtRiskModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AtRiskModel::setSnapshot(std::shared_ptr<const MetricsSnapshot> snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_list = m_snapshot && m_snapshot->data ? buildAtRiskList(*m_snapshot->data, m_snapshot->report)
                                            : AtRiskList();
    endResetModel();
}

int AtRiskModel::customerAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_list.rows[std::size_t(row)].customer : -1;
}

QString AtRiskModel::signalText(const AtRiskEntry &entry)
{
    if (entry.overdue && entry.unlikely)
        return tr("Overdue & unlikely");
    if (entry.overdue)
        return tr("Overdue");
    if (entry.unlikely)
        return tr("Unlikely to return");
    return {};
}

int AtRiskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_list.rows.size());
}

int AtRiskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AtRiskModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AtRiskEntry &e = m_list.rows[std::size_t(index.row())];
    const Dataset &data = *m_snapshot->data;
    const CustomerRecord &c = data.customers.at(std::size_t(e.customer));
    const auto column = static_cast<Column>(index.column());
    if (role == roleId(Role::CustomerIndex))
        return e.customer;
    if (role == roleId(Role::DayNumber) && column == LastOrder)
        return hasDay(e.lastOrder) ? QVariant(e.lastOrder) : QVariant();
    if (role == Qt::TextAlignmentRole) {
        switch (column) {
        case Rank:
        case ValueAtStake:
        case PAlive:
        case ExpectedValue12m:
        case DaysSinceLastOrder:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    // The text columns: exact for sorting and exports, safe and short for a person.
    const QString *text = nullptr;
    switch (column) {
    case CustomerId:
        text = &c.customerId;
        break;
    case Name:
        text = &c.name;
        break;
    case Owner:
        text = &c.accountOwner;
        break;
    case Segment:
        text = &c.segment;
        break;
    default:
        break;
    }
    if (text && role == roleId(Role::Text))
        return *text;
    if (text && role == Qt::ToolTipRole)
        return display::shorten(*text, display::kToolTipChars);
    if (role == Qt::ToolTipRole && column == ValueAtStake)
        return format::money(e.revenue12m, data.currency);
    const bool sort = role == roleId(Role::Sort);
    const bool value = role == roleId(Role::Value);
    if (role != Qt::DisplayRole && !sort && !value)
        return {};
    if (text)
        return sort || value ? *text : display::shorten(*text, display::kCellChars);
    const QString dash(QChar(0x2014));
    switch (column) {
    case Rank:
        return sort || value ? QVariant(index.row() + 1) : QVariant(QLocale().toString(index.row() + 1));
    case Signal:
        // Sorts overdue-only, unlikely-only, then both.
        if (sort || value)
            return (e.overdue ? 1 : 0) + (e.unlikely ? 2 : 0);
        return signalText(e);
    case ValueAtStake:
        if (sort)
            return qlonglong(e.revenue12m);
        if (value)
            return money::toUnits(e.revenue12m);
        return format::moneyShort(e.revenue12m, data.currency);
    case PAlive:
        if (sort)
            return e.pAlive ? QVariant(*e.pAlive) : QVariant(-1.0);
        if (value)
            return e.pAlive ? QVariant(*e.pAlive) : QVariant();
        return e.pAlive ? format::percent(e.pAlive, 0) : dash;
    case ExpectedValue12m:
        if (sort)
            return e.expectedValue12m ? QVariant(*e.expectedValue12m) : QVariant(-1.0e300);
        if (value)
            return e.expectedValue12m ? QVariant(*e.expectedValue12m) : QVariant();
        return e.expectedValue12m ? format::moneyShort(money::fromUnits(*e.expectedValue12m), data.currency)
                                  : dash;
    case LastOrder:
        if (sort)
            return hasDay(e.lastOrder) ? e.lastOrder : 0;
        if (value)
            return hasDay(e.lastOrder) ? QVariant(e.lastOrder) : QVariant();
        return hasDay(e.lastOrder) ? format::date(e.lastOrder) : dash;
    case DaysSinceLastOrder:
        if (sort)
            return e.daysSinceLastOrder.value_or(-1);
        if (value)
            return e.daysSinceLastOrder ? QVariant(*e.daysSinceLastOrder) : QVariant();
        return e.daysSinceLastOrder ? QLocale().toString(*e.daysSinceLastOrder) : dash;
    case CustomerId:
    case Name:
    case Owner:
    case Segment:
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AtRiskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != roleId(Role::Text)))
        return QAbstractTableModel::headerData(section, orientation, role);
    // On two lines where a table shows them; Role::Text gives them on one line (exports).
    const bool oneLine = role == roleId(Role::Text);
    switch (static_cast<Column>(section)) {
    case Rank:
        return tr("Rank");
    case CustomerId:
        return oneLine ? tr("Customer ID") : tr("Customer\nID");
    case Name:
        return tr("Name");
    case Signal:
        return tr("Why listed");
    case ValueAtStake:
        return oneLine ? tr("Value at stake (revenue 12 months)") : tr("Value\nat stake");
    case PAlive:
        return tr("P(alive)");
    case ExpectedValue12m:
        return oneLine ? tr("Expected value (next 12 months)") : tr("Expected\n12 months");
    case LastOrder:
        return oneLine ? tr("Last order") : tr("Last\norder");
    case DaysSinceLastOrder:
        return oneLine ? tr("Days since last order") : tr("Days since\nlast order");
    case Owner:
        return oneLine ? tr("Account owner") : tr("Account\nowner");
    case Segment:
        return tr("Segment");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace acc
