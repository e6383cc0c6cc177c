#pragma once

#include <QLabel>

class QAbstractButton;
class QUndoStack;
class QWidget;

namespace acc {

namespace theme {
class Theme;
}

// The line under an editor where a refused value says why ("⚠ …"): bold, in the warning
// colour, hidden while there is nothing to say. Targets, Actions & ideas, Reality check.
class MessageLine final : public QLabel
{
    Q_OBJECT
public:
    MessageLine(const theme::Theme &theme, QWidget *parent = nullptr);

    // Shows "⚠ text"; an empty text hides the line.
    void say(const QString &text);
    // What the line says, empty while hidden.
    QString said() const;
};

namespace editor {

// Undo (Ctrl+Z) and redo (Ctrl+Shift+Z, Ctrl+Y) of `stack` while the focus is in `view`,
// and the two buttons, enabled while there is something to undo or redo.
void bindUndo(QWidget *view, QUndoStack *stack, QAbstractButton *undoButton, QAbstractButton *redoButton);

} // namespace editor

} // namespace acc
