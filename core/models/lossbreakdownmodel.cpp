#include "lossbreakdownmodel.h"

#include "displaytext.h"
#include "format.h"
#include "lostcustomersmodel.h"
#include "roles.h"

#include <QCollator>
#include <QHash>

#include <algorithm>

namespace acc {

LossBreakdownModel::LossBreakdownModel(Dimension dimension, QObject *parent)
    : QAbstractTableModel(parent)
    , m_dimension(dimension)
{}

void LossBreakdownModel::setSource(const LostCustomersModel *source, const QString &currency)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    m_currency = currency;
    if (m_source) {
        connect(m_source, &QAbstractItemModel::modelReset, this, &LossBreakdownModel::rebuild);
        connect(m_source, &QAbstractItemModel::dataChanged, this, &LossBreakdownModel::rebuild);
    }
    rebuild();
}

void LossBreakdownModel::setFilter(const LossFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    rebuild();
}

QString LossBreakdownModel::groupOf(int sourceRow) const
{
    const Dataset *data = m_source->dataset();
    const int customer = m_source->lostAt(sourceRow).customer;
    if (!data || customer < 0 || customer >= int(data->customers.size()))
        return {};
    const CustomerRecord &c = data->customers[std::size_t(customer)];
    switch (m_dimension) {
    case Dimension::Segment:
        return c.segment.trimmed();
    case Dimension::Region:
        return c.region.trimmed();
    case Dimension::Owner:
        return c.accountOwner.trimmed();
    }
    return {};
}

void LossBreakdownModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    if (m_source) {
        QHash<QString, qsizetype> at;
        for (int r = 0; r < m_source->rowCount(); ++r) {
            const LostCustomer &lost = m_source->lostAt(r);
            if (!m_filter.accepts(lost.lostOn, lost.reason))
                continue;
            const QString group = groupOf(r);
            auto it = at.find(group);
            if (it == at.end()) {
                it = at.insert(group, m_rows.size());
                m_rows.append(Row{group, 0, 0});
            }
            Row &row = m_rows[*it];
            ++row.count;
            row.value += lost.value;
            m_total += lost.value;
        }
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::sort(m_rows.begin(), m_rows.end(), [&collator](const Row &a, const Row &b) {
            if (a.value != b.value)
                return a.value > b.value;
            if (a.count != b.count)
                return a.count > b.count;
            return collator.compare(a.group, b.group) < 0;
        });
    }
    endResetModel();
}

int LossBreakdownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LossBreakdownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LossBreakdownModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const bool raw = role == roleId(Role::Value) || role == roleId(Role::Sort);
    if (role == Qt::TextAlignmentRole)
        return index.column() == Group ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (index.column() == Group && !r.group.isEmpty() && role == roleId(Role::Text))
        return r.group;
    if (index.column() == Group && !r.group.isEmpty() && role == Qt::ToolTipRole)
        return display::shorten(r.group, display::kToolTipChars);
    if (role != Qt::DisplayRole && !raw)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Group:
        if (raw)
            return r.group;
        return r.group.isEmpty() ? tr("(not set)") : display::shorten(r.group, display::kCellChars);
    case Count:
        return r.count;
    case Value:
        return raw ? QVariant(money::toUnits(r.value)) : QVariant(format::money(r.value, m_currency));
    case Share: {
        const std::optional<double> s =
            m_total > 0 ? std::optional<double>(double(r.value) / double(m_total)) : std::nullopt;
        return raw ? (s ? QVariant(*s) : QVariant()) : QVariant(format::percent(s));
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LossBreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Group:
        switch (m_dimension) {
        case Dimension::Segment:
            return tr("Segment");
        case Dimension::Region:
            return tr("Region");
        case Dimension::Owner:
            return tr("Account owner");
        }
        return {};
    case Count:
        return tr("Lost customers");
    case Value:
        return tr("Lost value (12 months)");
    case Share:
        return tr("Share of lost value");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace acc
