#include "categorymixmodel.h"

#include "displaytext.h"
#include "engine/metricsutil.h"
#include "format.h"
#include "roles.h"

#include <QHash>

#include <algorithm>

namespace acc {

CategoryMixModel::CategoryMixModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CategoryMixModel::setSnapshot(std::shared_ptr<const MetricsSnapshot> snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_rows.clear();
    m_currency = m_snapshot && m_snapshot->data ? m_snapshot->data->currency : QString();
    if (m_snapshot) {
        const BestFigures &best = m_snapshot->report.best;
        QHash<QString, std::size_t> byKey;
        std::vector<Row> rows;
        auto rowOf = [&](const QString &key) -> Row & {
            const auto it = byKey.constFind(key);
            if (it != byKey.constEnd())
                return rows[*it];
            byKey.insert(key, rows.size());
            rows.push_back(Row{{key}, {}, 0, 0, 0, 0});
            return rows.back();
        };
        for (const CategoryShare &s : best.bestCategoryMix) {
            Row &r = rowOf(s.category);
            r.bestRevenue = s.revenue;
            r.bestShare = s.share;
        }
        for (const CategoryShare &s : best.restCategoryMix) {
            Row &r = rowOf(s.category);
            r.restRevenue = s.revenue;
            r.restShare = s.share;
        }
        std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            if (a.bestShare != b.bestShare)
                return a.bestShare > b.bestShare;
            if (a.restShare != b.restShare)
                return a.restShare > b.restShare;
            return metricsutil::lessUtf8(a.keys.front(), b.keys.front());
        });
        if (int(rows.size()) > kMaxRows) {
            Row other;
            for (std::size_t i = kMaxRows - 1; i < rows.size(); ++i) {
                other.keys += rows[i].keys;
                other.bestRevenue += rows[i].bestRevenue;
                other.restRevenue += rows[i].restRevenue;
                other.bestShare += rows[i].bestShare;
                other.restShare += rows[i].restShare;
            }
            other.label = tr("Other categories (%1)").arg(QLocale().toString(other.keys.size()));
            rows.resize(kMaxRows - 1);
            rows.push_back(other);
        }
        // Short, safe labels that differ (the last one may be "Other categories").
        QStringList keys;
        for (const Row &r : rows)
            keys.append(r.label.isEmpty() ? r.keys.front() : r.label);
        const QStringList labels = display::uniqueLabels(keys, display::kChartChars);
        for (std::size_t i = 0; i < rows.size(); ++i)
            rows[i].label = labels.at(qsizetype(i));
        m_rows = std::move(rows);
    }
    endResetModel();
}

QStringList CategoryMixModel::categoriesAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[std::size_t(row)].keys : QStringList();
}

QString CategoryMixModel::label(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[std::size_t(row)].label : QString();
}

QList<int> CategoryMixModel::customers(int row, bestdrilldown::Group group) const
{
    if (!m_snapshot || !m_snapshot->data || !m_snapshot->facts || row < 0 || row >= rowCount())
        return {};
    return bestdrilldown::categoryCustomers(*m_snapshot->data, *m_snapshot->facts, group,
                                            m_rows[std::size_t(row)].keys);
}

int CategoryMixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CategoryMixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CategoryMixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[std::size_t(index.row())];
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::TextAlignmentRole)
        return column == Category ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (column == Category) {
        if (role == roleId(Role::Text))
            return r.keys.size() == 1 ? r.keys.front() : r.label;
        if (role == Qt::ToolTipRole)
            return display::shorten(r.keys.join(QStringLiteral(", ")), display::kToolTipChars);
        if (role == Qt::DisplayRole || role == roleId(Role::Sort) || role == roleId(Role::Value))
            return r.label;
        return {};
    }
    const bool raw = role == roleId(Role::Value) || role == roleId(Role::Sort);
    if (!raw && role != Qt::DisplayRole)
        return {};
    switch (column) {
    case BestShare:
        return raw ? QVariant(r.bestShare) : QVariant(format::percent(r.bestShare, 1));
    case RestShare:
        return raw ? QVariant(r.restShare) : QVariant(format::percent(r.restShare, 1));
    case BestRevenue:
        return raw ? QVariant(money::toUnits(r.bestRevenue))
                   : QVariant(format::money(r.bestRevenue, m_currency));
    case RestRevenue:
        return raw ? QVariant(money::toUnits(r.restRevenue))
                   : QVariant(format::money(r.restRevenue, m_currency));
    default:
        break;
    }
    return {};
}

QVariant CategoryMixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Category:
        return tr("Category");
    case BestShare:
        return tr("Best customers' share");
    case RestShare:
        return tr("Other active customers' share");
    case BestRevenue:
        return tr("Best customers' revenue");
    case RestRevenue:
        return tr("Other active customers' revenue");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace acc
