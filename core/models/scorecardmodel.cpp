#include "scorecardmodel.h"

#include "displaytext.h"
#include "figuretext.h"
#include "format.h"
#include "roles.h"
#include "viewguide.h"

namespace acc {

ScorecardModel::ScorecardModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString ScorecardModel::groupName(scorecard::Group group)
{
    switch (group) {
    case scorecard::Group::Assets:
        return tr("Customers as assets");
    case scorecard::Group::Service:
        return tr("Service performance");
    case scorecard::Group::Listening:
        return tr("Customer listening");
    case scorecard::Group::Operations:
        return tr("Operational metrics");
    case scorecard::Group::Other:
        return tr("Other figures with a target");
    }
    return {};
}

QString ScorecardModel::figureLabel(const QString &key)
{
    if (key == scorecard::contactsKey(ContactCategory::Rescue))
        return tr("Contacts: rescue");
    if (key == scorecard::contactsKey(ContactCategory::Revenue))
        return tr("Contacts: revenue");
    if (key == scorecard::contactsKey(ContactCategory::Request))
        return tr("Contacts: request");
    if (key == scorecard::contactsKey(ContactCategory::Relationship))
        return tr("Contacts: relationship");
    return figures::label(key);
}

QString ScorecardModel::statusText(TargetStatus status)
{
    // Written as well as coloured: a symbol and a word (as the Targets view writes them).
    switch (status) {
    case TargetStatus::Met:
        return tr("✓ Met");
    case TargetStatus::AtRisk:
        return tr("! At risk");
    case TargetStatus::Missed:
        return tr("✗ Missed");
    case TargetStatus::NoData:
        return tr("– No data");
    }
    return {};
}

QString ScorecardModel::statusSymbol(TargetStatus status)
{
    switch (status) {
    case TargetStatus::Met:
        return QStringLiteral("✓");
    case TargetStatus::AtRisk:
        return QStringLiteral("!");
    case TargetStatus::Missed:
        return QStringLiteral("✗");
    case TargetStatus::NoData:
        return QStringLiteral("–");
    }
    return {};
}

void ScorecardModel::setSnapshot(const std::shared_ptr<const MetricsSnapshot> &snapshot)
{
    beginResetModel();
    m_snapshot = snapshot;
    m_trend.reset();
    m_rows.clear();
    m_periods.clear();
    if (snapshot) {
        const MetricsReport &report = snapshot->report;
        m_periods = scorecard::trendPeriods(report.days.period);
        for (const scorecard::Row &r : scorecard::rows(report.targets)) {
            Row row;
            row.key = r.key;
            row.group = r.group;
            row.actual = scorecard::value(report, r.key);
            for (const TargetResult &t : report.targets) {
                if (t.target.metric == r.key) {
                    row.target = t.target;
                    row.status = t.status;
                }
            }
            m_rows.append(row);
        }
    }
    endResetModel();
}

void ScorecardModel::setTrend(const std::shared_ptr<const TrendSnapshot> &trend)
{
    if (!trend || !trend->belongsTo(m_snapshot) || trend->trend.periods != m_periods)
        return;
    m_trend = trend;
    for (Row &row : m_rows)
        row.trend = trend->trend.of(row.key);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Trend), index(int(m_rows.size()) - 1, columnCount() - 1));
}

int ScorecardModel::rowOf(const QString &key) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r].key == key)
            return r;
    }
    return -1;
}

ScorecardModel::GroupCounts ScorecardModel::counts(scorecard::Group group) const
{
    GroupCounts c;
    for (const Row &row : m_rows) {
        if (row.group != group)
            continue;
        ++c.figures;
        if (!row.target)
            continue;
        ++c.targets;
        switch (row.status) {
        case TargetStatus::Met:
            ++c.met;
            break;
        case TargetStatus::AtRisk:
            ++c.atRisk;
            break;
        case TargetStatus::Missed:
            ++c.missed;
            break;
        case TargetStatus::NoData:
            ++c.noData;
            break;
        }
    }
    return c;
}

int ScorecardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScorecardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstTrendPeriod + int(m_periods.size());
}

QString ScorecardModel::formatted(const QString &key, double value) const
{
    const QString currency = m_snapshot && m_snapshot->data ? m_snapshot->data->currency : QString();
    return figures::format(key, value, currency);
}

QString ScorecardModel::trendSummary(const Row &row) const
{
    if (!scorecard::hasTrend(row.key))
        return tr("no trend");
    if (!m_trend)
        return {};
    // From the first period with a value to the last one: "Q4 2024: 2.1 % → Q3 2026: 3.4 %".
    int first = -1, last = -1;
    for (int i = 0; i < row.trend.size(); ++i) {
        if (row.trend[i]) {
            if (first < 0)
                first = i;
            last = i;
        }
    }
    if (first < 0)
        return tr("no data");
    const auto point = [&](int i) {
        return tr("%1: %2").arg(format::periodShort(m_periods.value(i)), formatted(row.key, *row.trend[i]));
    };
    return first == last ? point(first) : tr("%1 → %2").arg(point(first), point(last));
}

namespace {

// A tooltip, then how the figure is computed (core's guide, METRICS.md's words).
QString withDefinition(const QString &tip, const QString &key)
{
    const QString definition = guide::definition(key);
    return definition.isEmpty() ? tip : tip + QLatin1Char('\n') + definition;
}

} // namespace

QVariant ScorecardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= columnCount())
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    const bool lower = targets::lowerIsBetter(row.key);
    switch (role) {
    case KeyRole:
        return row.key;
    case GroupRole:
        return int(row.group);
    case StatusRole:
        return row.target ? int(row.status) : -1;
    case ViewRole:
        return scorecard::viewOf(row.key);
    case TrendRole: {
        QVariantList list;
        for (const auto &v : row.trend)
            list.append(v ? QVariant(*v) : QVariant());
        return list;
    }
    case TrendTextRole: {
        QStringList list;
        for (const auto &v : row.trend)
            list.append(v ? formatted(row.key, *v) : tr("no data"));
        return list;
    }
    default:
        break;
    }
    if (role == CompactTextRole) {
        const QString currency = m_snapshot && m_snapshot->data ? m_snapshot->data->currency : QString();
        if (column == Actual && row.actual)
            return figures::formatCompact(row.key, *row.actual, currency);
        if (column == Target && row.target)
            return (lower ? tr("≤ %1") : tr("≥ %1"))
                .arg(figures::formatCompact(row.key, row.target->value, currency));
        if (column == Status && row.target)
            return statusSymbol(row.status);
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::DisplayRole) {
        if (column >= FirstTrendPeriod) {
            const auto &v = row.trend.value(column - FirstTrendPeriod);
            return v ? formatted(row.key, *v) : QString();
        }
        switch (column) {
        case Group:
            return groupName(row.group);
        case Figure:
            return figureLabel(row.key);
        case Actual:
            return row.actual ? formatted(row.key, *row.actual) : tr("no data");
        case Target:
            // "≤ 3 %" where lower is better, "≥ 35" where higher is.
            return row.target ? (lower ? tr("≤ %1") : tr("≥ %1")).arg(formatted(row.key, row.target->value))
                              : tr("no target");
        case Status:
            return row.target ? statusText(row.status) : QString();
        case Owner:
            return row.target ? display::shorten(display::safe(row.target->owner), 60) : QString();
        case Trend:
            return trendSummary(row);
        }
    } else if (role == roleId(Role::Value)) {
        if (column >= FirstTrendPeriod) {
            const auto &v = row.trend.value(column - FirstTrendPeriod);
            return v ? QVariant(*v) : QVariant();
        }
        if (column == Actual && row.actual)
            return *row.actual;
        if (column == Target && row.target)
            return row.target->value;
        if (column == Status)
            return row.target ? int(row.status) : -1;
    } else if (role == roleId(Role::Text)) {
        if (column == Owner && row.target)
            return row.target->owner;
    } else if (role == Qt::AccessibleTextRole && column == Figure) {
        // The whole row in words, for a screen reader (the view paints it).
        QStringList parts{figureLabel(row.key), data(index.siblingAtColumn(Actual)).toString(),
                          data(index.siblingAtColumn(Target)).toString()};
        if (row.target)
            parts << data(index.siblingAtColumn(Status)).toString() << tr("owner %1").arg(row.target->owner);
        if (const QString trend = trendSummary(row); !trend.isEmpty())
            parts << tr("trend %1").arg(trend);
        return parts.join(QStringLiteral(", "));
    } else if (role == Qt::ToolTipRole) {
        if (column == Figure) {
            const QString tip = tr("%1 (%2); %3")
                                    .arg(figureLabel(row.key), row.key,
                                         lower ? tr("lower is better") : tr("higher is better"));
            const QString trend = trendSummary(row);
            return withDefinition(trend.isEmpty() ? tip : tr("%1\nTrend: %2").arg(tip, trend), row.key);
        }
        if (column == Actual)
            return guide::definition(row.key);
        if (column == Owner && row.target)
            return display::safe(row.target->owner);
        if (column == Trend)
            return trendSummary(row);
    } else if (role == Qt::TextAlignmentRole) {
        if (column == Actual || column == Target || column >= FirstTrendPeriod)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    }
    return {};
}

QVariant ScorecardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section >= FirstTrendPeriod && section < columnCount())
        return m_periods.at(section - FirstTrendPeriod).toString();
    switch (section) {
    case Group:
        return tr("Target group");
    case Figure:
        return tr("Figure");
    case Actual:
        return tr("Actual");
    case Target:
        return tr("Target");
    case Status:
        return tr("Status");
    case Owner:
        return tr("Owner");
    case Trend:
        return tr("Trend");
    }
    return {};
}

} // namespace acc
