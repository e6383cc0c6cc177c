#pragma once

#include "models/criteriarulesmodel.h"

#include <QUndoCommand>

#include <functional>

namespace acc {

// One undoable edit of the criteria dialog's rules: a rule added, removed or changed, the
// match, a version restored. It runs an edit on the model once, remembers the state
// before and after, and from then on undo and redo restore those states. Edits with the
// same merge key in a row (typing in one value field) merge into one step; a step that
// ends where it began (a character typed and deleted) is dropped.
class RulesCommand final : public QUndoCommand
{
public:
    using Edit = std::function<void(CriteriaRulesModel &)>;

    RulesCommand(CriteriaRulesModel *model, const QString &text, Edit edit, int mergeKey = -1);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    // Merge keys: typing in the value field of a rule (by row).
    static int valueKey(int row) { return row; }

private:
    CriteriaRulesModel *m_model = nullptr;
    Edit m_edit;
    int m_mergeKey = -1;
    bool m_done = false;
    CriteriaRulesModel::State m_before;
    CriteriaRulesModel::State m_after;
};

} // namespace acc
