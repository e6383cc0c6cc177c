#pragma once

#include "engine/dataset.h"

#include <QString>

namespace acc {

// Which lost customers the loss review's table shows: a range of loss dates (a month's
// bar, or the chosen period) and optionally one reason (a Pareto bar). A plain rule, so it
// is tested without a window; the proxy only calls it.
class LossFilter final
{
public:
    void setDays(Day from, Day to)
    {
        m_from = from;
        m_to = to;
    }
    void clearDays() { m_from = m_to = kNoDay; }
    void setReason(const QString &reason) { m_reason = reason; }
    void clearReason() { m_reason.clear(); }

    Day from() const { return m_from; }
    Day to() const { return m_to; }
    const QString &reason() const { return m_reason; }

    bool accepts(Day lostOn, const QString &reason) const
    {
        if (hasDay(m_from) && lostOn < m_from)
            return false;
        if (hasDay(m_to) && lostOn > m_to)
            return false;
        return m_reason.isEmpty() || reason == m_reason;
    }

    friend bool operator==(const LossFilter &, const LossFilter &) = default;

private:
    Day m_from = kNoDay;
    Day m_to = kNoDay;
    QString m_reason;
};

} // namespace acc
