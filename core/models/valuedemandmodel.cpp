#include "valuedemandmodel.h"

#include "bestviewfigures.h"
#include "format.h"
#include "roles.h"

#include <QLocale>

namespace acc {

ValueDemandModel::ValueDemandModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ValueDemandModel::setSnapshot(std::shared_ptr<const MetricsSnapshot> snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    if (m_snapshot && m_snapshot->bestView)
        m_grid = m_snapshot->bestView->grid; // computed on the service's worker
    else if (m_snapshot && m_snapshot->data && m_snapshot->facts)
        m_grid = ValueDemandGrid::compute(*m_snapshot->data, *m_snapshot->facts);
    else
        m_grid = ValueDemandGrid();
    m_currency = m_snapshot && m_snapshot->data ? m_snapshot->data->currency : QString();
    m_maxCount = 0;
    for (int r = 0; r < m_grid.rowCount(); ++r) {
        for (int c = 0; c < m_grid.columnCount(); ++c)
            m_maxCount = std::max(m_maxCount, m_grid.cell(r, c).customers);
    }
    endResetModel();
}

QList<int> ValueDemandModel::customers(int row, int column) const
{
    if (!m_snapshot || !m_snapshot->data || !m_snapshot->facts)
        return {};
    return m_grid.customersIn(*m_snapshot->data, *m_snapshot->facts, row, column);
}

QList<int> ValueDemandModel::cornerCustomers() const
{
    if (!m_snapshot || !m_snapshot->data || !m_snapshot->facts)
        return {};
    return m_grid.cornerCustomers(*m_snapshot->data, *m_snapshot->facts);
}

QString ValueDemandModel::bandName(int row) const
{
    switch (row) {
    case ValueDemandGrid::Top5:
        return tr("Top 5 %");
    case ValueDemandGrid::Top20:
        return tr("Top 5–20 %");
    case ValueDemandGrid::Top50:
        return tr("Top 20–50 %");
    case ValueDemandGrid::Lower:
        return tr("Lower 50 %");
    case ValueDemandGrid::NoRevenue:
        return tr("No revenue");
    default:
        return {};
    }
}

QString ValueDemandModel::bandRange(int row) const
{
    const QString floor = format::moneyShort(m_grid.bandFloor(row), m_currency);
    switch (row) {
    case ValueDemandGrid::Top5:
        return tr("%1 and more").arg(floor);
    case ValueDemandGrid::Top20:
    case ValueDemandGrid::Top50: {
        // "1,202 to 8,272 EUR": the currency once (floors are at least a cent, so the
        // whole units round half up).
        const QString low = QLocale().toString(qlonglong((m_grid.bandFloor(row) + 50) / 100));
        return tr("%1 to %2").arg(low, format::moneyShort(m_grid.bandFloor(row - 1), m_currency));
    }
    case ValueDemandGrid::Lower:
        return tr("under %1").arg(format::moneyShort(m_grid.bandFloor(ValueDemandGrid::Top50), m_currency));
    default:
        return {}; // no revenue: the name says it all
    }
}

QString ValueDemandModel::contactsLabel(int column) const
{
    const QLocale locale;
    const int from = m_grid.contactsFrom(column);
    const int to = m_grid.contactsTo(column);
    if (to < 0)
        return tr("%1+").arg(locale.toString(from));
    if (to == from)
        return locale.toString(from);
    return tr("%1–%2").arg(locale.toString(from), locale.toString(to));
}

QString ValueDemandModel::cellTitle(int row, int column) const
{
    const int to = m_grid.contactsTo(column);
    const QString contacts = to == m_grid.contactsFrom(column) && to == 1
                                 ? tr("1 contact")
                                 : tr("%1 contacts").arg(contactsLabel(column));
    if (row == ValueDemandGrid::NoRevenue)
        return tr("No revenue · %1 · last 12 months").arg(contacts);
    return tr("%1 by revenue · %2 · last 12 months").arg(bandName(row), contacts);
}

int ValueDemandModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_grid.rowCount();
}

int ValueDemandModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_grid.columnCount();
}

QVariant ValueDemandModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ValueDemandCell &c = m_grid.cell(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return QLocale().toString(c.customers);
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignCenter);
    case Qt::ToolTipRole:
        return tr("%1\n%2 customers, %3 of them best customers\n%4 revenue in the last 12 months")
            .arg(cellTitle(index.row(), index.column()), QLocale().toString(c.customers),
                 QLocale().toString(c.best), format::moneyShort(c.revenue, m_currency));
    default:
        break;
    }
    if (role == roleId(Role::Value) || role == roleId(Role::Sort))
        return c.customers;
    if (role == roleId(CellRole::Best))
        return c.best;
    if (role == roleId(CellRole::Revenue))
        return money::toUnits(c.revenue);
    if (role == roleId(CellRole::InCorner))
        return m_grid.inCorner(index.row(), index.column());
    return {};
}

QVariant ValueDemandModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return QAbstractTableModel::headerData(section, orientation, role);
        if (role == Qt::DisplayRole)
            return contactsLabel(section);
        if (role == Qt::ToolTipRole)
            return tr("Contacts in the last 12 months: %1").arg(contactsLabel(section));
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignCenter);
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section < 0 || section >= rowCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        const QString range = bandRange(section);
        return range.isEmpty() ? bandName(section) : tr("%1\n%2").arg(bandName(section), range);
    }
    if (role == Qt::ToolTipRole)
        return QString(
            tr("Revenue in the last 12 months: %1 of active customers").arg(bandName(section)) +
            (bandRange(section).isEmpty() ? QString() : QStringLiteral(" (%1)").arg(bandRange(section))));
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace acc
