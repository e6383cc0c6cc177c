#include "lossselection.h"

namespace acc {

void LossSelection::reset(const AssetsResult *assets, const Period &period)
{
    m_assets = assets;
    m_period = period;
    m_month = -1;
    m_reason.clear();
}

void LossSelection::selectMonth(int row)
{
    if (!m_assets || row < 0 || row >= m_assets->trendMonths.size())
        row = -1;
    else if (m_assets->trendMonths.at(row).period == m_period)
        row = -1;
    m_month = row;
    if (!m_reason.isEmpty() && highlightedReason() < 0)
        m_reason.clear();
}

void LossSelection::selectReason(const QString &reason)
{
    m_reason = reason;
    if (!m_reason.isEmpty() && highlightedReason() < 0)
        m_reason.clear();
}

void LossSelection::clear()
{
    m_month = -1;
    m_reason.clear();
}

const AssetsFigures *LossSelection::scopeFigures() const
{
    if (!m_assets)
        return nullptr;
    if (m_month >= 0)
        return &m_assets->trendMonths.at(m_month);
    return &m_assets->figures;
}

Period LossSelection::scope() const
{
    return m_month >= 0 && m_assets ? m_assets->trendMonths.at(m_month).period : m_period;
}

QList<ReasonFigure> LossSelection::reasons() const
{
    const AssetsFigures *f = scopeFigures();
    return f ? f->reasons : QList<ReasonFigure>();
}

QList<int> LossSelection::highlightedMonths() const
{
    QList<int> rows;
    if (!m_assets)
        return rows;
    if (m_month >= 0)
        return {m_month};
    const Period p = scope();
    for (int i = 0; i < m_assets->trendMonths.size(); ++i) {
        const Period &m = m_assets->trendMonths.at(i).period;
        if (m.start() >= p.start() && m.end() <= p.end())
            rows.append(i);
    }
    return rows;
}

int LossSelection::highlightedReason() const
{
    if (m_reason.isEmpty())
        return -1;
    const QList<ReasonFigure> all = reasons();
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).reason == m_reason)
            return i;
    }
    return -1;
}

LossFilter LossSelection::filter() const
{
    LossFilter f;
    const Period p = scope();
    if (p.isValid())
        f.setDays(toDay(p.start()), toDay(p.end()));
    if (!m_reason.isEmpty())
        f.setReason(m_reason);
    return f;
}

int LossSelection::count() const
{
    if (const int r = highlightedReason(); r >= 0)
        return reasons().at(r).count;
    const AssetsFigures *f = scopeFigures();
    return f ? f->lost : 0;
}

Cents LossSelection::value() const
{
    if (const int r = highlightedReason(); r >= 0)
        return reasons().at(r).value;
    const AssetsFigures *f = scopeFigures();
    return f ? f->lostValue : 0;
}

} // namespace acc
