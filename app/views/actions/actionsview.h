#pragma once

#include "models/actionsmodel.h"
#include "theme/theme.h"
#include "views/reportview.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QUndoStack;

namespace acc {

class MessageLine;

class ActionsProxy;
class FitText;

// PRODUCT.md §8: the accountability log. Every action is edited in place (Enter saves to
// the database at once; a date editor for the due date, lists for status and source),
// "New action" (Ctrl+N) and Delete, undo and redo (Ctrl+Z, Ctrl+Shift+Z), a filter by
// owner and status. An action still to do past its due date shows "⚠ 2026-10-31 · 12 days late"
// in bold.
class ActionsView final : public ReportView
{
    Q_OBJECT
public:
    explicit ActionsView(QWidget *parent = nullptr, const theme::Theme &theme = theme::Theme::standard());
    ~ActionsView() override;
    static ViewDescriptor descriptor();

    QString title() const override;
    void setSnapshot(const std::shared_ptr<const MetricsSnapshot> &snapshot) override;
    bool usesModel() const override { return false; }
    bool canExportTable() const override { return true; }
    void exportTable() override;
    bool exportTableTo(const QString &path, QString *error) const override;

    // Stores a new action (owner: the one filtered on) and opens its title for typing.
    void newAction();
    // Deletes the current row's action (undoable).
    void deleteCurrent();
    void setOwnerFilter(const QString &owner);
    void setStatusFilter(const QString &status);

    // Another desk saved over the action this desk was changing (nothing was written):
    // asks which to keep. "Keep mine" saves `mine` over `theirs` (one undoable step);
    // "Reload theirs" (the default) reads the list again.
    void resolveConflict(const QString &message, const std::optional<Action> &theirs,
                         const std::optional<Action> &mine);

    ActionsModel &model() { return m_model; }
    ActionsProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QUndoStack *undoStack() const { return m_undo; }
    QComboBox *ownerFilter() const { return m_owner; }
    QComboBox *statusFilter() const { return m_status; }
    QString message() const;
    QString summary() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitColumns();
    void showMessage(const QString &text);
    void updateSummary();
    void updateOwners();
    void applyFilter();

    std::shared_ptr<const MetricsSnapshot> m_snapshot;
    ActionsModel m_model;
    ActionsProxy *m_proxy = nullptr;
    QUndoStack *m_undo = nullptr;
    FitText *m_heading = nullptr;
    QLabel *m_summary = nullptr;
    MessageLine *m_message = nullptr;
    // Why the company cannot be changed from here (the snapshot's), or empty.
    QString readOnly() const;
    QComboBox *m_owner = nullptr;
    QComboBox *m_status = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_newButton = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace acc
