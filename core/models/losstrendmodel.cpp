#include "losstrendmodel.h"

#include "format.h"
#include "roles.h"

namespace acc {

LossTrendModel::LossTrendModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void LossTrendModel::setTrend(const QList<AssetsFigures> &trend, const QString &currency)
{
    beginResetModel();
    m_trend = trend;
    m_currency = currency;
    endResetModel();
}

int LossTrendModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_trend.size());
}

int LossTrendModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LossTrendModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AssetsFigures &f = m_trend.at(index.row());
    const bool raw = role == roleId(Role::Value) || role == roleId(Role::Sort);
    if (role == roleId(Role::PeriodText))
        return f.period.toString();
    if (role == Qt::TextAlignmentRole)
        return index.column() == PeriodColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && !raw)
        return {};
    switch (static_cast<Column>(index.column())) {
    case PeriodColumn:
        if (raw)
            return toDay(f.period.start());
        return format::periodShort(f.period);
    case Lost:
        return f.lost;
    case LostValue:
        return raw ? QVariant(money::toUnits(f.lostValue)) : QVariant(format::money(f.lostValue, m_currency));
    case Gained:
        return f.gained;
    case WonBack:
        return f.wonBack;
    case Net:
        return f.net;
    case ChurnRate:
        if (raw)
            return f.churnRate ? QVariant(*f.churnRate) : QVariant();
        return format::percent(f.churnRate, 2);
    case Revenue:
        return raw ? QVariant(money::toUnits(f.revenue)) : QVariant(format::money(f.revenue, m_currency));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LossTrendModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case PeriodColumn:
        return tr("Period");
    case Lost:
        return tr("Lost customers");
    case LostValue:
        return tr("Lost value");
    case Gained:
        return tr("Gained");
    case WonBack:
        return tr("Won back");
    case Net:
        return tr("Net");
    case ChurnRate:
        return tr("Churn rate");
    case Revenue:
        return tr("Revenue");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace acc
