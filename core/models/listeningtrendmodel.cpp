#include "listeningtrendmodel.h"

#include "format.h"
#include "metricsservice.h"
#include "roles.h"

#include <cmath>

namespace acc {

ListeningTrendModel::ListeningTrendModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ListeningTrendModel::setSnapshot(const MetricsSnapshot *snapshot)
{
    if (!snapshot || !snapshot->data) {
        setTrend({});
        return;
    }
    const MetricsReport &report = snapshot->report;
    // A month reads against its 13 months; a quarter or a year against 8 quarters.
    const bool months = report.days.period.kind() == Period::Kind::Month;
    const QList<AssetsFigures> &periods = months ? report.assets.trendMonths : report.assets.trendQuarters;
    setTrend(computeListeningTrend(*snapshot->data, periods, report.asOf));
}

void ListeningTrendModel::setTrend(const QList<ListeningTrendPoint> &trend)
{
    beginResetModel();
    m_trend = trend;
    endResetModel();
}

int ListeningTrendModel::rowOf(const Period &period) const
{
    for (qsizetype i = 0; i < m_trend.size(); ++i) {
        if (m_trend.at(i).period == period)
            return int(i);
    }
    return -1;
}

int ListeningTrendModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_trend.size());
}

int ListeningTrendModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ListeningTrendModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ListeningTrendPoint &p = m_trend.at(index.row());
    const ListeningFigures &f = p.figures;
    const bool raw = role == roleId(Role::Value) || role == roleId(Role::Sort);
    // The canonical text ("2026-Q3") for keys and exports.
    if (role == roleId(Role::PeriodText) || (role == roleId(Role::Text) && index.column() == PeriodColumn))
        return p.period.toString();
    if (role == Qt::TextAlignmentRole)
        return index.column() == PeriodColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && !raw)
        return {};
    const QLocale locale;
    auto count = [&](int n) { return raw ? QVariant(n) : QVariant(locale.toString(n)); };
    switch (static_cast<Column>(index.column())) {
    case PeriodColumn:
        return raw ? QVariant(toDay(p.period.start())) : QVariant(format::periodShort(p.period));
    case Responses:
        return count(f.responses);
    case Promoters:
        return count(f.promoters);
    case Passives:
        return count(f.passives);
    case Detractors:
        return count(f.detractors);
    case Nps:
        if (raw)
            return f.nps ? QVariant(*f.nps) : QVariant();
        // Rounded first, so a score just below zero reads 0.0, not -0.0.
        return f.nps ? QVariant(locale.toString(std::round(*f.nps * 10.0) / 10.0 + 0.0, 'f', 1))
                     : QVariant(tr("n/a"));
    case Complaints:
        return count(p.complaints);
    case ActiveStart:
        return count(p.activeStart);
    case ComplaintsPer100:
        if (raw)
            return f.complaintsPer100 ? QVariant(*f.complaintsPer100) : QVariant();
        return f.complaintsPer100 ? QVariant(locale.toString(*f.complaintsPer100, 'f', 2))
                                  : QVariant(tr("n/a"));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ListeningTrendModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != roleId(Role::Text)))
        return QAbstractTableModel::headerData(section, orientation, role);
    // On two lines where a table shows them, so the columns stay narrow on a projector;
    // Role::Text gives them on one line (exports).
    const bool oneLine = role == roleId(Role::Text);
    switch (static_cast<Column>(section)) {
    case PeriodColumn:
        return tr("Period");
    case Responses:
        return tr("Responses");
    case Promoters:
        return oneLine ? tr("Promoters (9-10)") : tr("Promoters\n9-10");
    case Passives:
        return oneLine ? tr("Passives (7-8)") : tr("Passives\n7-8");
    case Detractors:
        return oneLine ? tr("Detractors (0-6)") : tr("Detractors\n0-6");
    case Nps:
        return tr("NPS");
    case Complaints:
        return tr("Complaints");
    case ActiveStart:
        return oneLine ? tr("Customers at start") : tr("Customers\nat start");
    case ComplaintsPer100:
        return oneLine ? tr("Complaints per 100 customers") : tr("Complaints\nper 100");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace acc
