#pragma once

#include "models/targetsmodel.h"
#include "theme/theme.h"
#include "views/reportview.h"

class QCheckBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QUndoStack;

namespace acc {

class MessageLine;

class FitText;

// PRODUCT.md §7: the targets of the chosen period, one row per figure the engine can
// judge, edited in place (Enter saves to the database at once), with owners, statuses,
// undo and redo (Ctrl+Z, Ctrl+Shift+Z) and "copy last period's targets".
class TargetsView final : public ReportView
{
    Q_OBJECT
public:
    explicit TargetsView(QWidget *parent = nullptr, const theme::Theme &theme = theme::Theme::standard());
    ~TargetsView() override;
    static ViewDescriptor descriptor();

    QString title() const override;
    void setSnapshot(const std::shared_ptr<const MetricsSnapshot> &snapshot) override;
    bool canExportTable() const override { return true; }
    void exportTable() override;
    bool exportTableTo(const QString &path, QString *error) const override;

    // Copies the previous period's stored targets onto this period (one undoable step).
    void copyPreviousTargets();
    void setOnlyWithTargets(bool only);
    // Another desk saved over the targets this desk was changing (nothing was written):
    // shows theirs and this desk's and asks which to keep. "Keep mine" saves `mine` over
    // theirs (one undoable step); "Reload theirs" (the default) reads the figures again.
    void resolveConflict(const QString &message, const QList<TargetChange> &mine);

    TargetsModel &model() { return m_model; }
    QTableView *table() const { return m_table; }
    QUndoStack *undoStack() const { return m_undo; }
    // The refusal or failure on show under the table (empty when none).
    QString message() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitColumns();
    void showMessage(const QString &text);
    void updateSummary();

    std::shared_ptr<const MetricsSnapshot> m_snapshot;
    TargetsModel m_model;
    QSortFilterProxyModel *m_proxy = nullptr;
    QUndoStack *m_undo = nullptr;
    FitText *m_heading = nullptr;
    QLabel *m_summary = nullptr;
    MessageLine *m_message = nullptr;
    QPushButton *m_copyButton = nullptr;
    QCheckBox *m_onlySet = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace acc
