#include "editorsupport.h"

#include "theme/theme.h"

#include <QAbstractButton>
#include <QAction>
#include <QUndoStack>

namespace acc {

MessageLine::MessageLine(const theme::Theme &theme, QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setFont(theme.font(theme::Text::Body, true));
    setStyleSheet(QStringLiteral("color: #C04A00;"));
    setAccessibleName(tr("Message"));
    hide();
}

void MessageLine::say(const QString &text)
{
    setText(text.isEmpty() ? QString() : tr("⚠ %1").arg(text));
    setVisible(!text.isEmpty());
}

QString MessageLine::said() const
{
    return isVisible() ? text() : QString();
}

namespace editor {

void bindUndo(QWidget *view, QUndoStack *stack, QAbstractButton *undoButton, QAbstractButton *redoButton)
{
    QAction *undo = stack->createUndoAction(view);
    QAction *redo = stack->createRedoAction(view);
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    for (QAction *a : {undo, redo}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        view->addAction(a);
    }
    QObject::connect(undoButton, &QAbstractButton::clicked, stack, &QUndoStack::undo);
    QObject::connect(redoButton, &QAbstractButton::clicked, stack, &QUndoStack::redo);
    QObject::connect(stack, &QUndoStack::canUndoChanged, undoButton, &QWidget::setEnabled);
    QObject::connect(stack, &QUndoStack::canRedoChanged, redoButton, &QWidget::setEnabled);
    undoButton->setEnabled(stack->canUndo());
    redoButton->setEnabled(stack->canRedo());
}

} // namespace editor

} // namespace acc
