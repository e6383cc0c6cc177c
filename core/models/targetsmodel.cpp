#include "targetsmodel.h"

#include "displaytext.h"
#include "figuretext.h"
#include "format.h"
#include "roles.h"
#include "storage/database.h"
#include "viewguide.h"

#include <QCoreApplication>

namespace acc {

namespace {

QString statusText(TargetStatus status)
{
    // Written as well as coloured: a symbol and a word.
    switch (status) {
    case TargetStatus::Met:
        return TargetsModel::tr("✓ Met");
    case TargetStatus::AtRisk:
        return TargetsModel::tr("! At risk");
    case TargetStatus::Missed:
        return TargetsModel::tr("✗ Missed");
    case TargetStatus::NoData:
        return TargetsModel::tr("– No data");
    }
    return {};
}

} // namespace

TargetsModel::TargetsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TargetsModel::setSnapshot(const std::shared_ptr<const MetricsSnapshot> &snapshot)
{
    beginResetModel();
    m_snapshot = snapshot;
    m_rows.clear();
    if (snapshot) {
        for (const QString &key : targets::numericKeys()) {
            Row row;
            row.metric = key;
            row.actual = figureValue(snapshot->report, key);
            m_rows.append(row);
        }
        for (const TargetResult &t : snapshot->report.targets) {
            const int r = rowOf(t.target.metric);
            if (r >= 0) {
                m_rows[r].target = t.target.value;
                m_rows[r].owner = t.target.owner;
            }
        }
    }
    endResetModel();
}

Period TargetsModel::period() const
{
    return m_snapshot ? m_snapshot->report.days.period : Period();
}

int TargetsModel::rowOf(const QString &metric) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r].metric == metric)
            return r;
    }
    return -1;
}

std::optional<acc::Target> TargetsModel::targetOf(const QString &metric) const
{
    const int r = rowOf(metric);
    if (r < 0 || !m_rows[r].target)
        return std::nullopt;
    return acc::Target{metric, period(), *m_rows[r].target, m_rows[r].owner};
}

int TargetsModel::targetCount() const
{
    int n = 0;
    for (const Row &row : m_rows)
        n += row.target ? 1 : 0;
    return n;
}

bool TargetsModel::write(const QList<TargetChange> *seen, const QList<TargetChange> &changes, QString *error)
{
    m_conflicts.clear();
    if (!m_snapshot) {
        *error = tr("no company is open");
        return false;
    }
    Database db;
    if (!db.open(m_snapshot->spec, error, Database::Mode::ReadWrite))
        return false;
    TargetStore store(db);
    if (!seen)
        return store.apply(changes, error);
    if (store.applyOver(*seen, changes, &m_conflicts, error))
        return true;
    if (m_conflicts.isEmpty())
        return false;
    QStringList lines;
    for (const TargetConflict &c : std::as_const(m_conflicts))
        lines.append(tr("%1, %2: now %3; yours: %4")
                         .arg(figures::label(c.metric), format::periodShort(c.period),
                              targetText(c.metric, c.theirs), targetText(c.metric, c.mine)));
    *error = tr("Another desk saved these targets after you opened them:\n%1\nYour change was not saved.")
                 .arg(lines.join(QLatin1Char('\n')));
    return false;
}

QString TargetsModel::targetText(const QString &metric, const std::optional<acc::Target> &target) const
{
    if (!target)
        return tr("no target");
    const QString currency = m_snapshot && m_snapshot->data ? m_snapshot->data->currency : QString();
    const QString value = (targets::lowerIsBetter(metric) ? tr("≤ %1") : tr("≥ %1"))
                              .arg(figures::format(metric, target->value, currency));
    return target->owner.isEmpty()
               ? value
               : tr("%1 (owner: %2)").arg(value, display::shorten(display::safe(target->owner), 60));
}

bool TargetsModel::apply(const QList<TargetChange> &changes, QString *error)
{
    if (!write(nullptr, changes, error))
        return false;
    show(changes);
    return true;
}

bool TargetsModel::applyOver(const QList<TargetChange> &seen, const QList<TargetChange> &changes,
                             QString *error)
{
    if (!write(&seen, changes, error))
        return false;
    show(changes);
    return true;
}

void TargetsModel::show(const QList<TargetChange> &changes)
{
    for (const TargetChange &c : changes) {
        if (!(c.period == period()))
            continue; // stored; not shown in this period
        const int r = rowOf(c.metric);
        if (r < 0)
            continue;
        m_rows[r].target = c.target ? std::optional<double>(c.target->value) : std::nullopt;
        m_rows[r].owner = c.target ? c.target->owner : QString();
        emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
    }
}

QList<TargetChange> TargetsModel::currentState(const QList<TargetChange> &changes) const
{
    QList<TargetChange> out;
    for (const TargetChange &c : changes)
        out.append({c.metric, c.period, c.period == period() ? targetOf(c.metric) : std::nullopt});
    return out;
}

std::optional<QList<TargetChange>> TargetsModel::copyFromPrevious(QString *error) const
{
    if (!m_snapshot) {
        *error = tr("no company is open");
        return std::nullopt;
    }
    Database db;
    if (!db.open(m_snapshot->spec, error, Database::Mode::ReadOnly))
        return std::nullopt;
    const auto previous = TargetStore(db).forPeriod(period().previous(), error);
    if (!previous)
        return std::nullopt;
    QList<TargetChange> out;
    for (acc::Target t : *previous) {
        t.period = period();
        out.append({t.metric, t.period, t});
    }
    return out;
}

bool TargetsModel::refuse(const QString &message)
{
    m_lastError = message;
    emit refused(message);
    return false;
}

bool TargetsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !m_snapshot)
        return false;
    const Row &row = m_rows.at(index.row());
    TargetChange change{row.metric, period(), targetOf(row.metric)};
    const QString text = value.toString().trimmed();
    if (index.column() == Target) {
        if (text.isEmpty()) {
            change.target.reset(); // cleared: no target on the figure
        } else {
            QString why;
            const auto number = figures::parse(row.metric, text, QLocale(), &why);
            if (!number)
                return refuse(why);
            change.target = acc::Target{row.metric, period(), *number, row.owner};
        }
    } else if (index.column() == Owner) {
        if (!change.target)
            return refuse(tr("Set a target on %1 first, then its owner").arg(figures::label(row.metric)));
        change.target->owner = text;
    } else {
        return false;
    }
    const QList<TargetChange> before = currentState({change});
    QString error;
    if (!applyOver(before, {change}, &error)) {
        if (m_conflicts.isEmpty())
            return refuse(error);
        m_lastError = error;
        emit conflicted(error, {change});
        return false;
    }
    m_lastError.clear();
    emit edited(before, {change});
    return true;
}

int TargetsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TargetsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags TargetsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == Target || index.column() == Owner))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant TargetsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const QString currency = m_snapshot ? m_snapshot->data->currency : QString();
    // -1 without a target, else the TargetStatus.
    const int status = row.target ? int(targets::status(row.metric, *row.target, row.actual)) : -1;
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Metric:
            return (targets::lowerIsBetter(row.metric) ? tr("↓ %1") : tr("↑ %1"))
                .arg(figures::label(row.metric));
        case Actual:
            return row.actual ? figures::format(row.metric, *row.actual, currency) : tr("no data");
        case Target:
            // "≤ 40" where lower is better, "≥ 9,000,000 EUR" where higher is.
            return row.target ? (targets::lowerIsBetter(row.metric) ? tr("≤ %1") : tr("≥ %1"))
                                    .arg(figures::format(row.metric, *row.target, currency))
                              : QString();
        case Owner:
            return display::shorten(display::safe(row.owner), 60);
        case Status:
            return status < 0 ? QString() : statusText(TargetStatus(status));
        }
    } else if (role == Qt::EditRole) {
        if (column == Target)
            return row.target ? figures::editText(row.metric, *row.target) : QString();
        if (column == Owner)
            return row.owner;
    } else if (role == Qt::ToolTipRole) {
        if (column == Metric || column == Actual) {
            const QString tip =
                tr("%1 (METRICS.md key: %2); %3")
                    .arg(figures::label(row.metric), row.metric,
                         targets::lowerIsBetter(row.metric) ? tr("lower is better") : tr("higher is better"));
            const QString definition = guide::definition(row.metric);
            return definition.isEmpty() ? tip : tip + QLatin1Char('\n') + definition;
        }
        if (column == Status)
            return targets::lowerIsBetter(row.metric) ? tr("Lower is better") : tr("Higher is better");
        if (column == Target)
            return tr("Type the target and press Enter; clear it to remove the target");
        if (column == Owner)
            return display::safe(row.owner);
    } else if (role == Qt::TextAlignmentRole) {
        if (column == Actual || column == Target)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    } else if (role == roleId(Role::Value)) {
        if (column == Actual && row.actual)
            return *row.actual;
        if (column == Target && row.target)
            return *row.target;
        if (column == Status)
            return status;
    } else if (role == roleId(Role::Text)) {
        if (column == Owner)
            return row.owner;
    }
    return {};
}

QVariant TargetsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Metric:
        return tr("Figure");
    case Actual:
        return tr("Actual");
    case Target:
        return tr("Target");
    case Owner:
        return tr("Owner");
    case Status:
        return tr("Status");
    }
    return {};
}

} // namespace acc
