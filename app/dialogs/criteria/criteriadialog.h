#pragma once

#include "criteria/criteria.h"
#include "theme/theme.h"

#include <QDialog>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class QToolButton;
class QUndoStack;

namespace acc {

class CriteriaPreviewService;
class CriteriaRulesModel;
class Database;
struct StoredCriteria;
class HistoryPage;
class PreviewPanel;
class RulesEditor;
struct MetricsSnapshot;

// Where the executives debate what makes a best customer (PRODUCT.md, issue 9): the rules
// of the set in force to edit, checked as typed; a live preview of how many customers
// they select and their share of revenue, and who would join or leave, against the set
// in force; the stored versions of the name with the differences in words, one to
// restore; every edit undoable (Ctrl+Z, Ctrl+Shift+Z); "Save as new version" stores the
// rules as the next version of the name with its author, puts that name in force and
// tells the window (saved()) to compute again. It opens its own connection to the
// company database for reading the versions and writing.
class CriteriaDialog final : public QDialog
{
    Q_OBJECT
public:
    // snapshot: the figures the window shows (data, state day, the set in force and whom
    // it selects); spec: the window's company database.
    CriteriaDialog(std::shared_ptr<const MetricsSnapshot> snapshot, const QString &spec,
                   const theme::Theme &theme = theme::Theme::standard(), QWidget *parent = nullptr);
    ~CriteriaDialog() override;

    // The rules as they stand, named as the name field says; std::nullopt while a rule has
    // a problem.
    std::optional<CriteriaSet> editedCriteria() const;
    // Stores the rules as a new version (never over an old one) and puts the name in
    // force. False, with the reason shown in the dialog, when it could not.
    bool saveNewVersion();
    // Loads a set's rules into the editor as one undoable step.
    void restore(const CriteriaSet &set);

    CriteriaRulesModel *rulesModel() const { return m_rules; }
    RulesEditor *rulesEditor() const { return m_editor; }
    PreviewPanel *previewPanel() const { return m_preview; }
    HistoryPage *historyPage() const { return m_history; }
    CriteriaPreviewService *previewService() const { return m_service; }
    QUndoStack *undoStack() const { return m_undo; }
    QTabWidget *tabs() const { return m_tabs; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *authorEdit() const { return m_author; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *messageLabel() const { return m_message; }

public slots:
    void reject() override;

protected:
    void showEvent(QShowEvent *event) override;

signals:
    void saved(const QString &name, int version);
    // The preview shows the figures of the rules as they now stand.
    void previewShown();

private:
    void onEdited();
    void updateSaveButton();
    void reloadHistory();
    void showMessage(const QString &text);
    // Another desk saved `theirs` over the version these rules started from: says what it
    // changed and asks. Keep mine saves over it (true with *version); Reload theirs puts
    // its rules in the editor as one undoable step (false).
    bool resolveConflict(const StoredCriteria &theirs, int *version);

    std::shared_ptr<const MetricsSnapshot> m_snapshot;
    std::unique_ptr<Database> m_db;         // for reading the versions and saving
    std::unique_ptr<Database> m_readOnlyDb; // for the history when the database cannot be written
    QString m_dbError;
    QString m_currency;
    CriteriaRulesModel *m_rules = nullptr;
    QUndoStack *m_undo = nullptr;
    CriteriaPreviewService *m_service = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_split = nullptr;
    bool m_sized = false;
    RulesEditor *m_editor = nullptr;
    PreviewPanel *m_preview = nullptr;
    HistoryPage *m_history = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_author = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_message = nullptr;
    // The version of m_baseName the rules started from (the one in force, or the newest the
    // history showed when the name changed or a version was restored): a save over any
    // other is another desk's, and asks first.
    QString m_baseName;
    int m_baseVersion = 0;
    int m_newestSeen = 0; // of the name the history shows
};

} // namespace acc
