#include "lostcustomersmodel.h"

#include "displaytext.h"
#include "format.h"
#include "roles.h"

namespace acc {

LostCustomersModel::LostCustomersModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void LostCustomersModel::setLostCustomers(std::shared_ptr<const Dataset> data, std::vector<LostCustomer> lost)
{
    beginResetModel();
    m_data = std::move(data);
    m_lost = std::move(lost);
    matchCalls();
    endResetModel();
}

void LostCustomersModel::matchCalls()
{
    m_callOfRow.assign(m_lost.size(), -1);
    m_callCount = 0;
    if (!m_data || m_calls.isEmpty())
        return;
    QMultiHash<QString, int> byCustomer; // customer_id -> index in m_calls
    for (qsizetype i = 0; i < m_calls.size(); ++i)
        byCustomer.insert(m_calls.at(i).customerId, int(i));
    for (std::size_t row = 0; row < m_lost.size(); ++row) {
        const LostCustomer &l = m_lost[row];
        const QString &id = m_data->customers.at(std::size_t(l.customer)).customerId;
        for (auto it = byCustomer.constFind(id); it != byCustomer.cend() && it.key() == id; ++it) {
            if (m_calls.at(*it).lostOn == toDate(l.lostOn)) {
                m_callOfRow[row] = *it;
                ++m_callCount;
                break;
            }
        }
    }
}

void LostCustomersModel::setExitCalls(const QList<ExitCall> &calls)
{
    const std::vector<int> before = m_callOfRow;
    const QList<ExitCall> previous = m_calls;
    m_calls = calls;
    matchCalls();
    // Only the rows whose call changed are repainted: a dataChanged over every row costs
    // the sorted proxy a pass over tens of thousands of rows.
    int first = -1;
    int last = -1;
    for (std::size_t row = 0; row < m_callOfRow.size(); ++row) {
        const int was = before.size() == m_callOfRow.size() ? before[row] : -1;
        const int now = m_callOfRow[row];
        const bool same =
            (was < 0 && now < 0) || (was >= 0 && now >= 0 && previous.at(was) == m_calls.at(now));
        if (!same) {
            if (first < 0)
                first = int(row);
            last = int(row);
        }
    }
    if (first >= 0)
        emit dataChanged(index(first, ExitCallReason), index(last, ExitCallReason));
}

std::optional<ExitCall> LostCustomersModel::exitCallAt(int row) const
{
    if (row < 0 || std::size_t(row) >= m_callOfRow.size() || m_callOfRow[std::size_t(row)] < 0)
        return std::nullopt;
    return m_calls.at(m_callOfRow[std::size_t(row)]);
}

int LostCustomersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_data ? 0 : static_cast<int>(m_lost.size());
}

int LostCustomersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LostCustomersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LostCustomer &l = m_lost.at(std::size_t(index.row()));
    const CustomerRecord &c = m_data->customers.at(std::size_t(l.customer));
    if (role == roleId(Role::CustomerIndex))
        return l.customer;
    if (role == roleId(Role::DayNumber))
        return l.lostOn;
    if (role == Qt::TextAlignmentRole)
        return index.column() == LostValue ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    // The exit call's word on the reason: the customer's own reason where the call
    // corrected it, "✓ confirmed", or who is to call by when; empty without a call.
    QString callText;
    if (index.column() == ExitCallReason) {
        if (const auto call = exitCallAt(index.row())) {
            QString chance;
            if (!call->winback.isEmpty())
                chance = tr(" · win-back %1").arg(exitcalls::winbackLabel(call->winback).toLower());
            if (call->outcome == QLatin1String("corrected"))
                callText = tr("✎ %1%2").arg(call->correctedReason, chance);
            else if (call->outcome == QLatin1String("confirmed"))
                callText = tr("✓ confirmed%1").arg(chance);
            else
                callText = call->due.isValid()
                               ? tr("☎ %1 to call by %2").arg(call->caller, call->due.toString(Qt::ISODate))
                               : tr("☎ %1 to call").arg(call->caller);
        }
    }
    // The text columns: exact for sorting and exports, safe and short for a person.
    const QString *text = nullptr;
    switch (static_cast<Column>(index.column())) {
    case CustomerId:
        text = &c.customerId;
        break;
    case Name:
        text = &c.name;
        break;
    case Segment:
        text = &c.segment;
        break;
    case Region:
        text = &c.region;
        break;
    case Owner:
        text = &c.accountOwner;
        break;
    case Reason:
        text = &l.reason;
        break;
    case ExitCallReason:
        text = &callText;
        break;
    default:
        break;
    }
    if (text && role == roleId(Role::Text))
        return *text;
    if (text && role == Qt::ToolTipRole)
        return display::shorten(*text, display::kToolTipChars);
    const bool sort = role == roleId(Role::Sort) || role == roleId(Role::Value);
    if (role != Qt::DisplayRole && !sort)
        return {};
    if (text)
        return sort ? *text : display::shorten(*text, display::kCellChars);
    switch (static_cast<Column>(index.column())) {
    case CustomerId:
    case Name:
    case Segment:
    case Region:
    case Owner:
    case Reason:
    case ExitCallReason:
        break;
    case LostOn:
        return sort ? QVariant(l.lostOn) : QVariant(format::date(l.lostOn));
    case LostValue:
        return sort ? QVariant(money::toUnits(l.value)) : QVariant(format::money(l.value, m_data->currency));
    case WonBackOn:
        return sort ? QVariant(hasDay(c.wonBackOn) ? c.wonBackOn : 0) : QVariant(format::date(c.wonBackOn));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LostCustomersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case CustomerId:
        return tr("Customer ID");
    case Name:
        return tr("Name");
    case Segment:
        return tr("Segment");
    case Region:
        return tr("Region");
    case Owner:
        return tr("Account owner");
    case LostOn:
        return tr("Lost on");
    case Reason:
        return tr("Reason");
    case ExitCallReason:
        return tr("Reason (exit call)");
    case LostValue:
        return tr("Lost value (12 months)");
    case WonBackOn:
        return tr("Won back on");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace acc
