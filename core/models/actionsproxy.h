#pragma once

#include "storage/actionstore.h"

#include <QSortFilterProxyModel>

namespace acc {

// Which actions the log shows: one owner's (or everyone's) and one status, the ones still
// to do (open and in progress), or all. A plain rule, tested without a window.
struct ActionFilter
{
    static inline const QString kToDo = QStringLiteral("to_do");

    QString owner;  // empty: every owner
    QString status; // empty: every status; kToDo: open and in progress; else a status

    bool accepts(const Action &action) const;
};

// The actions model filtered by ActionFilter and sorted by Role::Sort.
class ActionsProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ActionsProxy(QObject *parent = nullptr);
    void setFilter(const ActionFilter &filter);
    const ActionFilter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    ActionFilter m_filter;
};

} // namespace acc
