#pragma once

#include <QLabel>
#include <QList>

class QAbstractButton;
class QAbstractItemView;
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

// Another desk saved over what this desk was changing (nothing was written): asks, with
// `message` saying theirs and this desk's, whether to keep this desk's change ("Keep mine",
// true) or reload theirs (the default, and Esc: false).
bool keepMine(QWidget *parent, const QString &title, const QString &message);

// A company this desk cannot change (MetricsSnapshot::readOnly, the reason; empty: it
// can): `table` stays readable but opens no editor, `controls` are disabled with the reason
// as their tooltip, and `line` says "Read-only: reason". Called again with an empty reason,
// everything is as it was. The database refuses the writes anyway (issue 14).
void allowEdits(const QString &readOnly, QAbstractItemView *table, const QList<QWidget *> &controls,
                MessageLine *line);

} // namespace editor

} // namespace acc
