#include "loyaltystagemodel.h"

#include "bestcustomersmodel.h"
#include "bestdrilldown.h"
#include "bestviewfigures.h"
#include "engine/best.h"
#include "format.h"
#include "roles.h"

namespace acc {

LoyaltyStageModel::LoyaltyStageModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void LoyaltyStageModel::setSnapshot(std::shared_ptr<const MetricsSnapshot> snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_rows.clear();
    if (m_snapshot && m_snapshot->data) {
        const auto &stages = m_snapshot->report.best.stages;
        std::array<int, 8> best{};
        if (m_snapshot->bestView) {
            best = m_snapshot->bestView->bestByStage;
        } else {
            for (int c : m_snapshot->report.best.bestCustomers)
                ++best[std::size_t(stageIndex(m_snapshot->data->customers[std::size_t(c)].stage))];
        }
        const int unknown = int(stages.size()) - 1;
        for (int s = 0; s <= unknown; ++s) {
            if (s == unknown && stages[std::size_t(s)] == 0 && best[std::size_t(s)] == 0)
                break;
            m_rows.push_back({s, stages[std::size_t(s)], best[std::size_t(s)]});
        }
    }
    endResetModel();
}

int LoyaltyStageModel::stageAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[std::size_t(row)].stage : -1;
}

int LoyaltyStageModel::activeAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[std::size_t(row)].active : 0;
}

int LoyaltyStageModel::bestAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[std::size_t(row)].best : 0;
}

QList<int> LoyaltyStageModel::customers(int row) const
{
    if (!m_snapshot || !m_snapshot->data || !m_snapshot->facts || row < 0 || row >= rowCount())
        return {};
    return bestdrilldown::stageCustomers(*m_snapshot->data, *m_snapshot->facts, stageAt(row));
}

int LoyaltyStageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LoyaltyStageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LoyaltyStageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[std::size_t(index.row())];
    const std::optional<double> share =
        r.active > 0 ? std::optional<double>(double(r.best) / double(r.active)) : std::nullopt;
    const bool raw = role == roleId(Role::Value) || role == roleId(Role::Sort);
    if (role == Qt::TextAlignmentRole)
        return index.column() == Stage ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (index.column() == Stage && role == roleId(Role::Text))
        return stageNames().at(r.stage);
    if (!raw && role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Stage:
        return raw ? QVariant(r.stage) : QVariant(BestCustomersModel::stageLabel(r.stage));
    case Active:
        return raw ? QVariant(r.active) : QVariant(QLocale().toString(r.active));
    case Best:
        return raw ? QVariant(r.best) : QVariant(QLocale().toString(r.best));
    case BestShare:
        if (raw)
            return share ? QVariant(*share) : QVariant();
        if (!share)
            return QStringLiteral("\u2014");
        // Whole percent, one decimal below 10 %; a stage with a best customer never reads 0.
        if (r.best > 0 && *share < 0.0005)
            return tr("under %1").arg(format::percent(0.001, 1));
        return format::percent(share, *share < 0.095 ? 1 : 0);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LoyaltyStageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Stage:
        return tr("Stage");
    case Active:
        return tr("Active customers");
    case Best:
        return tr("Best customers");
    case BestShare:
        return tr("Best customers' share");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace acc
