#pragma once

#include "engine/assets.h"
#include "models/lossfilter.h"

#include <QList>
#include <QString>

namespace acc {

// What the loss review is looking at: the chosen period or one of its 13 trend months (a
// month's bar), and optionally one reason (a Pareto bar). It reads the figures of the
// report (never adds them up itself) and gives the table's LossFilter. No widgets, so the
// drill-down rules are tested without a window.
class LossSelection final
{
public:
    // Starts over on a new report: the whole period, every reason. The report must outlive
    // the selection (the view keeps its snapshot).
    void reset(const AssetsResult *assets, const Period &period);

    // A row of trendMonths, or -1 for the whole period. The chosen month itself (when the
    // period is a month) is the whole period. Keeps the reason when the month has it.
    void selectMonth(int row);
    // A reason of reasons(), or empty for every reason.
    void selectReason(const QString &reason);
    void clear();

    const Period &period() const { return m_period; }
    int month() const { return m_month; }
    const QString &reason() const { return m_reason; }
    bool isFiltered() const { return m_month >= 0 || !m_reason.isEmpty(); }

    // The month of a drill-down, or the period.
    Period scope() const;
    // The scope's reasons, by value desc (the Pareto's bars).
    QList<ReasonFigure> reasons() const;
    // The trend rows inside the scope (the bars in the accent colour).
    QList<int> highlightedMonths() const;
    // The selected reason's row in reasons(), or -1.
    int highlightedReason() const;
    // Which lost customers the table shows.
    LossFilter filter() const;
    // How many customers were lost in the scope (for the reason), and their lost value.
    int count() const;
    Cents value() const;

private:
    const AssetsFigures *scopeFigures() const;

    const AssetsResult *m_assets = nullptr;
    Period m_period;
    int m_month = -1;
    QString m_reason;
};

} // namespace acc
