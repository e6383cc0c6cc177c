#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QToolButton;
class QUndoStack;

namespace acc {

class CriteriaRulesModel;

// The rules of the criteria dialog as rows a person edits: attribute and operator
// (combo boxes, the operators limited to those the attribute takes), the value (a line
// edit: a number in the user's locale, a comma list for "is one of"), a remove button;
// whether all or any must hold; buttons to add and remove a rule (Insert adds one too).
// A value with a problem gets a red frame and an icon, and the problem is written under
// it. It is a view of a CriteriaRulesModel: every edit goes through the undo stack as a
// RulesCommand, and the rows follow the model (undo, redo, a restored version).
class RulesEditor final : public QWidget
{
    Q_OBJECT
public:
    RulesEditor(CriteriaRulesModel *model, QUndoStack *undo, const QString &currency,
                QWidget *parent = nullptr);

    int rowCount() const { return int(m_rows.size()); }
    QComboBox *attributeBox(int row) const { return m_rows.at(row).attribute; }
    QComboBox *operatorBox(int row) const { return m_rows.at(row).op; }
    QLineEdit *valueEdit(int row) const { return m_rows.at(row).value; }
    QLabel *problemLabel(int row) const { return m_rows.at(row).problem; }
    QToolButton *removeButton(int row) const { return m_rows.at(row).remove; }
    QRadioButton *allButton() const { return m_all; }
    QRadioButton *anyButton() const { return m_any; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeRuleButton() const { return m_removeRule; }

    // Adds a rule after the one last focused (at the end when none) and focuses it.
    void addRule();
    // Removes the rule last focused (the last one when none).
    void removeCurrentRule();
    void removeRule(int row);
    // The width the rows need to show whole.
    int rowsWidth() const;
    // The rule whose fields last had the focus, or -1.
    int currentRow() const { return m_current; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct RowWidgets
    {
        QLabel *number = nullptr;
        QComboBox *attribute = nullptr;
        QComboBox *op = nullptr;
        QLineEdit *value = nullptr;
        QLabel *unit = nullptr;
        QToolButton *remove = nullptr;
        QLabel *problem = nullptr;
        QAction *warning = nullptr;
    };
    void rebuild();
    void updateRow(int row);
    void fillOperators(QComboBox *box, int attribute);
    void watch(QWidget *widget, int row);
    void focusRow(int row);
    void updateEmpty();

    CriteriaRulesModel *m_model = nullptr;
    QUndoStack *m_undo = nullptr;
    QString m_currency;
    QRadioButton *m_all = nullptr;
    QRadioButton *m_any = nullptr;
    QWidget *m_rowsWidget = nullptr;
    QGridLayout *m_grid = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_removeRule = nullptr;
    QList<RowWidgets> m_rows;
    int m_current = -1;
    int m_widestOperator = 0;
};

} // namespace acc
