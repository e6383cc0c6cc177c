#include "spendtrendmodel.h"

#include "format.h"
#include "roles.h"

namespace acc {

namespace {

const QString kDash = QStringLiteral("\u2014");

} // namespace

SpendTrendModel::SpendTrendModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SpendTrendModel::setSnapshot(std::shared_ptr<const MetricsSnapshot> snapshot)
{
    beginResetModel();
    m_rows.clear();
    m_currency.clear();
    if (snapshot && snapshot->data) {
        m_rows = spendresults::quarters(*snapshot->data, snapshot->report);
        m_currency = snapshot->data->currency;
    }
    endResetModel();
}

QString SpendTrendModel::ratioText(const std::optional<double> &ratio, const QLocale &locale)
{
    return ratio ? locale.toString(*ratio, 'f', 2) : kDash;
}

int SpendTrendModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SpendTrendModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SpendTrendModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const spendresults::Quarter &q = m_rows[std::size_t(index.row())];
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::TextAlignmentRole)
        return column == Quarter ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                 : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (column == Quarter && role == roleId(Role::PeriodText))
        return q.period.toString();
    if (column == Quarter && role == roleId(Role::Text))
        return q.period.toString();
    const bool value = role == roleId(Role::Value);
    const bool sort = role == roleId(Role::Sort);
    if (!value && !sort && role != Qt::DisplayRole)
        return {};
    auto optional = [](const std::optional<double> &v) { return v ? QVariant(*v) : QVariant(); };
    switch (column) {
    case Quarter:
        return value || sort ? QVariant(index.row()) : QVariant(format::periodShort(q.period));
    case Spend:
        if (sort)
            return QVariant(q.spend);
        return value ? QVariant(money::toUnits(q.spend)) : QVariant(format::moneyShort(q.spend, m_currency));
    case Revenue:
        if (sort)
            return QVariant(q.revenue);
        return value ? QVariant(money::toUnits(q.revenue))
                     : QVariant(format::moneyShort(q.revenue, m_currency));
    case RevenuePerSpend:
        return value || sort ? optional(q.revenuePerSpend) : QVariant(ratioText(q.revenuePerSpend));
    case SpendPerActive:
        if (value || sort)
            return optional(q.spendPerActiveCustomer);
        return q.spendPerActiveCustomer
                   ? QVariant(format::money(money::fromUnits(*q.spendPerActiveCustomer), m_currency))
                   : QVariant(kDash);
    case Retention:
        return value || sort ? optional(q.retention)
                             : QVariant(q.retention ? format::percent(q.retention, 1) : kDash);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SpendTrendModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (static_cast<Column>(section)) {
        case RevenuePerSpend:
            return tr("Revenue of the quarter divided by its spend");
        case SpendPerActive:
            return tr("Spend of the quarter divided by the customers active at its end");
        case Retention:
            return tr("Customers active at the quarter's start that it did not lose (1 - churn rate)");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != roleId(Role::Text))
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool oneLine = role == roleId(Role::Text);
    switch (static_cast<Column>(section)) {
    case Quarter:
        return tr("Quarter");
    case Spend:
        return tr("Spend");
    case Revenue:
        return tr("Revenue");
    case RevenuePerSpend:
        return oneLine ? tr("Revenue per spend") : tr("Revenue\nper spend");
    case SpendPerActive:
        return oneLine ? tr("Spend per active customer") : tr("Spend per\nactive customer");
    case Retention:
        return tr("Retention");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace acc
