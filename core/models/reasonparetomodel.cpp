#include "reasonparetomodel.h"

#include "displaytext.h"
#include "format.h"
#include "roles.h"

namespace acc {

ReasonParetoModel::ReasonParetoModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReasonParetoModel::setReasons(const QList<ReasonFigure> &reasons, const QString &currency)
{
    beginResetModel();
    m_reasons = reasons;
    m_currency = currency;
    m_cumulative.clear();
    m_total = 0;
    QStringList keys;
    keys.reserve(reasons.size());
    for (const ReasonFigure &r : reasons) {
        keys.append(r.reason);
        m_total += r.value;
        m_cumulative.append(m_total);
    }
    m_labels = display::uniqueLabels(keys, display::kCellChars);
    endResetModel();
}

std::optional<double> ReasonParetoModel::share(int row) const
{
    if (m_total <= 0)
        return std::nullopt;
    return double(m_reasons.at(row).value) / double(m_total);
}

std::optional<double> ReasonParetoModel::cumulativeShare(int row) const
{
    if (m_total <= 0)
        return std::nullopt;
    return double(m_cumulative.at(row)) / double(m_total);
}

int ReasonParetoModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_reasons.size());
}

int ReasonParetoModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReasonParetoModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReasonFigure &r = m_reasons.at(index.row());
    const bool raw = role == roleId(Role::Value) || role == roleId(Role::Sort);
    if (role == Qt::TextAlignmentRole)
        return index.column() == Reason ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (index.column() == Reason && role == roleId(Role::Text))
        return r.reason;
    if (index.column() == Reason && role == Qt::ToolTipRole)
        return display::shorten(r.reason, display::kToolTipChars);
    if (role != Qt::DisplayRole && !raw)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Reason:
        return raw ? r.reason : m_labels.at(index.row());
    case Count:
        return r.count;
    case Value:
        return raw ? QVariant(money::toUnits(r.value)) : QVariant(format::money(r.value, m_currency));
    case Share: {
        const auto s = share(index.row());
        return raw ? (s ? QVariant(*s) : QVariant()) : QVariant(format::percent(s));
    }
    case CumulativeShare: {
        const auto s = cumulativeShare(index.row());
        return raw ? (s ? QVariant(*s) : QVariant()) : QVariant(format::percent(s));
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ReasonParetoModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Reason:
        return tr("Reason");
    case Count:
        return tr("Customers");
    case Value:
        return tr("Lost value");
    case Share:
        return tr("Share");
    case CumulativeShare:
        return tr("Cumulative share");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace acc
