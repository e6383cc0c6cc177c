#pragma once

#include "metricsservice.h"
#include "storage/actionstore.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

#include <memory>
#include <optional>

namespace acc {

// PRODUCT.md §8, the accountability log: one row per stored action. Every cell but the
// author is edited in place; an edit is written to the company database at once (one
// transaction) and a refused one (empty title, unknown status, bad date, unknown figure
// or customer) changes nothing and says why (lastError, refused()). Every accepted change
// is announced with edited(before, after) so the view can undo it with apply(after, before).
// An action still to do whose due date has passed shows "⚠ 2026-10-31 · 12 days late".
class ActionsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Title, Owner, Due, Status, Source, Link, Notes, Author, ColumnCount };

    struct Counts
    {
        int total = 0;
        int open = 0;
        int inProgress = 0;
        int done = 0;
        int dropped = 0;
        int overdue = 0;
    };

    explicit ActionsModel(QObject *parent = nullptr);

    // The company (snapshot->spec) whose actions are shown, and its customers' names; the
    // actions are read from its database unless load is false (setActions() gives them).
    void setSnapshot(const std::shared_ptr<const MetricsSnapshot> &snapshot, bool load = true);
    // Shows these actions, read elsewhere (a pack reads them from a read-only database).
    void setActions(QList<Action> actions);
    // Reads the actions again from the database; false with lastError() when it cannot.
    bool reload();
    // The day "overdue" is counted on (default: today).
    void setToday(QDate today);
    QDate today() const { return m_today; }
    // The author written on new actions (user::authorName()).
    void setAuthor(const QString &author) { m_author = author; }

    const Action &actionAt(int row) const { return m_rows.at(row); }
    int rowOfId(qint64 id) const;
    Counts counts() const;
    // The owners named on the actions, sorted, without duplicates (empty one left out).
    QStringList owners() const;

    // Stores a new action (its author and creation day filled in) and shows it: its row,
    // or std::nullopt with *error. Emits edited(nullopt, stored).
    std::optional<int> addAction(Action draft, QString *error);
    // Deletes the action of the row. Emits edited(action, nullopt).
    bool deleteAction(int row, QString *error);
    // Moves the database from `from` to `to`: an insert (no from), a delete (no to) or an
    // update, and shows it, only where the stored action is still `from` (else false and
    // lastConflicted()). For undo, redo and "keep mine"; emits no edited() or conflicted().
    bool apply(const std::optional<Action> &from, const std::optional<Action> &to, QString *error);
    bool lastConflicted() const { return m_conflicted; }

    const QString &lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void edited(const std::optional<acc::Action> &before, const std::optional<acc::Action> &after);
    void refused(const QString &message);
    // An edit or deletion found another desk's save on the action since it was shown:
    // nothing was written; theirs is what is stored now (none: deleted there), mine what
    // this desk wanted (none: deleted here). The view asks which to keep.
    void conflicted(const QString &message, const std::optional<acc::Action> &theirs,
                    const std::optional<acc::Action> &mine);

private:
    bool refuse(const QString &message);
    template <typename F> bool withStore(F &&f, QString *error) const;
    QString linkText(const Action &a) const;

    std::shared_ptr<const MetricsSnapshot> m_snapshot;
    QHash<QString, QString> m_customerNames; // customer_id -> name
    QList<Action> m_rows;
    bool m_conflicted = false; // the last apply() met another desk's save
    std::optional<Action> m_theirs;
    QDate m_today = QDate::currentDate();
    QString m_author;
    QString m_lastError;
};

} // namespace acc
