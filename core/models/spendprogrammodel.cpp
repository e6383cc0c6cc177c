#include "spendprogrammodel.h"

#include "displaytext.h"
#include "format.h"
#include "roles.h"

namespace acc {

SpendProgramModel::SpendProgramModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SpendProgramModel::setSnapshot(std::shared_ptr<const MetricsSnapshot> snapshot)
{
    beginResetModel();
    m_rows.clear();
    m_currency.clear();
    if (snapshot && snapshot->data) {
        m_rows = spendresults::programs(snapshot->report.spend);
        m_currency = snapshot->data->currency;
    }
    endResetModel();
}

int SpendProgramModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SpendProgramModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SpendProgramModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const spendresults::Program &p = m_rows[std::size_t(index.row())];
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::TextAlignmentRole)
        return column == Program ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                 : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (column == Program && role == roleId(Role::Text))
        return p.program;
    if (column == Program && role == Qt::ToolTipRole)
        return display::shorten(p.program, display::kToolTipChars);
    const bool value = role == roleId(Role::Value);
    const bool sort = role == roleId(Role::Sort);
    if (!value && !sort && role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Program:
        return value || sort ? QVariant(index.row())
                             : QVariant(display::shorten(p.program, display::kCellChars));
    case Spend:
        if (sort)
            return QVariant(p.spend);
        return value ? QVariant(money::toUnits(p.spend)) : QVariant(format::moneyShort(p.spend, m_currency));
    case Share:
        if (value || sort)
            return p.share ? QVariant(*p.share) : QVariant();
        return p.share ? format::percent(p.share, 1) : QStringLiteral("\u2014");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SpendProgramModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != roleId(Role::Text)))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Program:
        return tr("Program");
    case Spend:
        return tr("Spend");
    case Share:
        return tr("Share of spend");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace acc
