#include "rulescommand.h"

namespace acc {

namespace {
constexpr int kRulesCommandId = 0x4352; // "CR"
}

RulesCommand::RulesCommand(CriteriaRulesModel *model, const QString &text, Edit edit, int mergeKey)
    : QUndoCommand(text)
    , m_model(model)
    , m_edit(std::move(edit))
    , m_mergeKey(mergeKey)
    , m_before(model->state())
{}

void RulesCommand::redo()
{
    if (!m_done) {
        m_edit(*m_model);
        m_after = m_model->state();
        m_done = true;
        setObsolete(m_after == m_before); // an edit that changed nothing takes no undo step
        return;
    }
    m_model->setState(m_after);
}

void RulesCommand::undo()
{
    m_model->setState(m_before);
}

int RulesCommand::id() const
{
    return m_mergeKey >= 0 ? kRulesCommandId : -1;
}

bool RulesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const RulesCommand *>(other);
    if (!next || next->m_mergeKey != m_mergeKey || next->m_model != m_model)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace acc
