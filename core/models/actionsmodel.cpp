#include "actionsmodel.h"

#include "displaytext.h"
#include "engine/targets.h"
#include "figuretext.h"
#include "roles.h"
#include "storage/database.h"

#include <QLocale>

#include <algorithm>
#include <limits>

namespace acc {

ActionsModel::ActionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ActionsModel::setActions(QList<Action> actions)
{
    beginResetModel();
    m_rows = std::move(actions);
    endResetModel();
}

void ActionsModel::setSnapshot(const std::shared_ptr<const MetricsSnapshot> &snapshot, bool load)
{
    m_snapshot = snapshot;
    m_customerNames.clear();
    if (snapshot && snapshot->data) {
        for (const CustomerRecord &c : snapshot->data->customers)
            m_customerNames.insert(c.customerId, c.name);
    }
    if (!load || !reload()) {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    }
}

template <typename F> bool ActionsModel::withStore(F &&f, QString *error) const
{
    if (!m_snapshot) {
        *error = tr("no company is open");
        return false;
    }
    Database db;
    if (!db.open(m_snapshot->spec, error, Database::Mode::ReadWrite))
        return false;
    ActionStore store(db);
    return f(store);
}

bool ActionsModel::reload()
{
    QList<Action> rows;
    QString error;
    const bool ok = withStore(
        [&](ActionStore &store) {
            auto all = store.all(&error);
            if (all)
                rows = std::move(*all);
            return all.has_value();
        },
        &error);
    if (!ok) {
        m_lastError = error;
        return false;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return true;
}

void ActionsModel::setToday(QDate today)
{
    m_today = today;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ActionsModel::rowOfId(qint64 id) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r].id == id)
            return r;
    }
    return -1;
}

ActionsModel::Counts ActionsModel::counts() const
{
    Counts c;
    for (const Action &a : m_rows) {
        ++c.total;
        if (a.status == QLatin1String("open"))
            ++c.open;
        else if (a.status == QLatin1String("in_progress"))
            ++c.inProgress;
        else if (a.status == QLatin1String("done"))
            ++c.done;
        else if (a.status == QLatin1String("dropped"))
            ++c.dropped;
        if (actions::overdueDays(a, m_today) > 0)
            ++c.overdue;
    }
    return c;
}

QStringList ActionsModel::owners() const
{
    QStringList out;
    for (const Action &a : m_rows) {
        if (!a.owner.isEmpty() && !out.contains(a.owner))
            out.append(a.owner);
    }
    std::sort(out.begin(), out.end(),
              [](const QString &x, const QString &y) { return QString::localeAwareCompare(x, y) < 0; });
    return out;
}

std::optional<int> ActionsModel::addAction(Action draft, QString *error)
{
    draft.id = 0;
    if (!draft.created.isValid())
        draft.created = m_today.isValid() ? m_today : QDate::currentDate();
    if (draft.author.isEmpty())
        draft.author = m_author;
    std::optional<qint64> id;
    if (!withStore(
            [&](ActionStore &store) {
                id = store.insert(draft, error);
                return id.has_value();
            },
            error))
        return std::nullopt;
    draft.id = *id;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(draft);
    endInsertRows();
    emit edited(std::nullopt, draft);
    return row;
}

bool ActionsModel::deleteAction(int row, QString *error)
{
    if (row < 0 || row >= m_rows.size()) {
        *error = tr("no action is chosen");
        return false;
    }
    const Action before = m_rows.at(row);
    if (!apply(before, std::nullopt, error)) {
        if (m_conflicted)
            emit conflicted(*error, m_theirs, std::nullopt);
        return false;
    }
    emit edited(before, std::nullopt);
    return true;
}

bool ActionsModel::apply(const std::optional<Action> &from, const std::optional<Action> &to, QString *error)
{
    if (!from && !to)
        return true;
    // Over the action as this desk saw it (from): another desk's save since is never
    // overwritten (issue 14); keepMine() writes over theirs when the user says so.
    bool conflict = false;
    std::optional<Action> theirs;
    m_conflicted = false;
    m_theirs.reset();
    const bool ok = withStore(
        [&](ActionStore &store) {
            if (!to)
                return store.removeOver(*from, &conflict, &theirs, error);
            if (!from)
                return store.insert(*to, error).has_value();
            return store.updateOver(*from, *to, &conflict, &theirs, error);
        },
        error);
    if (!ok) {
        if (conflict) {
            m_conflicted = true;
            m_theirs = theirs;
            *error =
                theirs
                    ? tr("Another desk saved this action after you opened it: now \"%1\", owner %2, "
                         "due %3, %4. Your change was not saved.")
                          .arg(display::shorten(display::safe(theirs->title), 80),
                               theirs->owner.isEmpty() ? tr("none") : display::safe(theirs->owner),
                               theirs->due.isValid() ? theirs->due.toString(Qt::ISODate) : tr("none"),
                               actions::statusLabel(theirs->status))
                    : tr("Another desk deleted this action after you opened it. Your change was not saved.");
        }
        return false;
    }
    const int row = rowOfId(from ? from->id : to->id);
    if (!to) {
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    } else if (row < 0) {
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at);
        m_rows.append(*to);
        endInsertRows();
    } else {
        m_rows[row] = *to;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    return true;
}

bool ActionsModel::refuse(const QString &message)
{
    m_lastError = message;
    emit refused(message);
    return false;
}

bool ActionsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_rows.size())
        return false;
    const Action before = m_rows.at(index.row());
    Action after = before;
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case Title:
        after.title = text;
        break;
    case Owner:
        after.owner = text;
        break;
    case Due:
        if (value.metaType().id() == QMetaType::QDate) {
            after.due = value.toDate();
        } else {
            QString why;
            const auto d = actions::parseDate(text, &why);
            if (!d)
                return refuse(why);
            after.due = *d;
        }
        break;
    case Status: {
        QString key = text;
        for (const QString &s : actions::statuses()) {
            if (actions::statusLabel(s).compare(text, Qt::CaseInsensitive) == 0)
                key = s;
        }
        after.status = key;
        break;
    }
    case Source: {
        QString key = text;
        for (const QString &s : actions::sources()) {
            if (actions::sourceLabel(s).compare(text, Qt::CaseInsensitive) == 0)
                key = s;
        }
        after.source = key;
        break;
    }
    case Link:
        // A METRICS.md key links the figure; anything else is taken for a customer id.
        after.metric.clear();
        after.customerId.clear();
        if (targets::isNumericKey(text))
            after.metric = text;
        else
            after.customerId = text;
        break;
    case Notes:
        after.notes = value.toString();
        break;
    default:
        return false;
    }
    if (after == before)
        return true;
    QString error;
    if (!apply(before, after, &error)) {
        if (m_conflicted) {
            m_lastError = error;
            emit conflicted(error, m_theirs, after);
            return false;
        }
        if (index.column() == Link && !after.customerId.isEmpty() &&
            error.contains(after.customerId.left(40)))
            error =
                tr("%1; link a figure by its key (such as churn_rate) or a customer by their id").arg(error);
        return refuse(error);
    }
    m_lastError.clear();
    emit edited(before, after);
    return true;
}

int ActionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags ActionsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != Author)
        f |= Qt::ItemIsEditable;
    return f;
}

QString ActionsModel::linkText(const Action &a) const
{
    if (!a.metric.isEmpty())
        return tr("Figure: %1").arg(figures::label(a.metric));
    if (!a.customerId.isEmpty()) {
        const QString name = m_customerNames.value(a.customerId);
        return name.isEmpty() ? tr("Customer %1").arg(a.customerId) : tr("%1 (%2)").arg(name, a.customerId);
    }
    return {};
}

QVariant ActionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Action &a = m_rows.at(index.row());
    const int column = index.column();
    const int overdue = actions::overdueDays(a, m_today);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Title:
            return display::shorten(a.title, display::kCellChars);
        case Owner:
            return a.owner.isEmpty() ? tr("(no owner)") : display::shorten(a.owner, 60);
        case Due:
            if (!a.due.isValid())
                return tr("no due date");
            if (overdue > 0)
                return overdue == 1 ? tr("⚠ %1 · 1 day late").arg(a.due.toString(Qt::ISODate))
                                    : tr("⚠ %1 · %2 days late").arg(a.due.toString(Qt::ISODate)).arg(overdue);
            return a.due.toString(Qt::ISODate);
        case Status:
            return actions::statusLabel(a.status);
        case Source:
            return actions::sourceLabel(a.source);
        case Link:
            return display::shorten(linkText(a), 60);
        case Notes:
            return display::shorten(a.notes, display::kCellChars);
        case Author:
            return display::shorten(a.author, 60);
        }
    } else if (role == Qt::EditRole) {
        switch (column) {
        case Title:
            return a.title;
        case Owner:
            return a.owner;
        case Due:
            return a.due.isValid() ? a.due : m_today;
        case Status:
            return a.status;
        case Source:
            return a.source;
        case Link:
            return a.metric.isEmpty() ? a.customerId : a.metric;
        case Notes:
            return a.notes;
        case Author:
            return a.author;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (column) {
        case Title:
            return a.notes.isEmpty() ? display::shorten(a.title, display::kToolTipChars)
                                     : display::shorten(QString(a.title + QStringLiteral("\n\n") + a.notes),
                                                        display::kToolTipChars);
        case Notes:
            return display::shorten(a.notes, display::kToolTipChars);
        case Due:
            return overdue > 0
                       ? tr("Overdue by %1 days on %2").arg(overdue).arg(m_today.toString(Qt::ISODate))
                       : tr("Press F2 to change the due date");
        case Link:
            return tr("Type a figure's key (such as churn_rate) or a customer's id");
        case Author:
            return a.created.isValid() ? tr("Written by %1 on %2")
                                             .arg(display::safe(a.author), a.created.toString(Qt::ISODate))
                                       : QString();
        }
    } else if (role == roleId(Role::Value)) {
        if (column == Due)
            return overdue; // days overdue, 0 when not
    } else if (role == roleId(Role::Sort)) {
        switch (column) {
        case Due:
            return a.due.isValid() ? a.due.toJulianDay() : std::numeric_limits<qint64>::max();
        case Status:
            return int(actions::statuses().indexOf(a.status));
        case Source:
            return int(actions::sources().indexOf(a.source));
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    } else if (role == roleId(Role::Text)) {
        // The exact text for exports: the stored text, dates as YYYY-MM-DD, the figure's key
        // or the customer's id; status and source as their labels (DisplayRole).
        switch (column) {
        case Title:
            return a.title;
        case Owner:
            return a.owner;
        case Due:
            return a.due.isValid() ? a.due.toString(Qt::ISODate) : QString();
        case Link:
            return a.metric.isEmpty() ? a.customerId : a.metric;
        case Notes:
            return a.notes;
        case Author:
            return a.author;
        }
    }
    return {};
}

QVariant ActionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Action");
    case Owner:
        return tr("Owner");
    case Due:
        return tr("Due");
    case Status:
        return tr("Status");
    case Source:
        return tr("Source");
    case Link:
        return tr("About");
    case Notes:
        return tr("Notes");
    case Author:
        return tr("Written by");
    }
    return {};
}

} // namespace acc
