#include "editorsupport.h"

#include "theme/theme.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>
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

void allowEdits(const QString &readOnly, QAbstractItemView *table, const QList<QWidget *> &controls,
                MessageLine *line)
{
    const bool editable = readOnly.isEmpty();
    const char *triggersKey = "acc-edit-triggers";
    if (!table->property(triggersKey).isValid())
        table->setProperty(triggersKey, int(table->editTriggers()));
    table->setEditTriggers(editable ? QAbstractItemView::EditTriggers(table->property(triggersKey).toInt())
                                    : QAbstractItemView::NoEditTriggers);
    const char *tipKey = "acc-editable-tooltip";
    for (QWidget *w : controls) {
        if (!w->property(tipKey).isValid())
            w->setProperty(tipKey, w->toolTip());
        w->setEnabled(editable);
        w->setToolTip(editable ? w->property(tipKey).toString()
                               : QCoreApplication::translate("Editor", "Read-only: %1").arg(readOnly));
    }
    const QString said = QCoreApplication::translate("Editor", "Read-only: %1").arg(readOnly);
    if (!editable)
        line->say(said);
    else if (line->property("acc-read-only").toBool())
        line->say({});
    line->setProperty("acc-read-only", !editable);
}

bool keepMine(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::NoButton, parent);
    box.setInformativeText(
        QCoreApplication::translate("Editor", "Keep yours (saved over theirs), or reload to see theirs?"));
    QPushButton *keep =
        box.addButton(QCoreApplication::translate("Editor", "&Keep mine"), QMessageBox::AcceptRole);
    QPushButton *reload =
        box.addButton(QCoreApplication::translate("Editor", "&Reload theirs"), QMessageBox::RejectRole);
    box.setDefaultButton(reload);
    box.setEscapeButton(reload);
    box.exec();
    return box.clickedButton() == keep;
}

} // namespace editor

} // namespace acc
