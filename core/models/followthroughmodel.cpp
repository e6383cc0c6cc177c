#include "followthroughmodel.h"

#include "followthroughdrilldown.h"
#include "format.h"
#include "roles.h"

namespace acc {

FollowThroughModel::FollowThroughModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void FollowThroughModel::setSnapshot(std::shared_ptr<const MetricsSnapshot> snapshot)
{
    beginResetModel();
    m_snapshot = snapshot && snapshot->data ? std::move(snapshot) : nullptr;
    endResetModel();
}

std::optional<double> FollowThroughModel::rate(int row) const
{
    if (!m_snapshot)
        return std::nullopt;
    const FollowThroughFigures &f = m_snapshot->report.followThrough;
    switch (row) {
    case FeedbackAfterSale:
        return f.feedbackAfterSale;
    case FollowedUp:
        return f.followedUp;
    case ReEngaged:
        return f.reEngageRate;
    default:
        return std::nullopt;
    }
}

int FollowThroughModel::numerator(int row) const
{
    if (!m_snapshot)
        return 0;
    const FollowThroughFigures &f = m_snapshot->report.followThrough;
    switch (row) {
    case FeedbackAfterSale:
        return f.answeredAfterSale;
    case FollowedUp:
        return f.followedUpCustomers;
    case ReEngaged:
        return f.reEngaged;
    default:
        return 0;
    }
}

int FollowThroughModel::denominator(int row) const
{
    if (!m_snapshot)
        return 0;
    const FollowThroughFigures &f = m_snapshot->report.followThrough;
    switch (row) {
    case FeedbackAfterSale:
        return f.orderingCustomers;
    case FollowedUp:
        return f.activeCustomers;
    case ReEngaged:
        return f.revenueContacts;
    default:
        return 0;
    }
}

QString FollowThroughModel::figureLabel(int row)
{
    switch (row) {
    case FeedbackAfterSale:
        return tr("Feedback right after the sale");
    case FollowedUp:
        return tr("Followed up down the line");
    case ReEngaged:
        return tr("Re-engaged into a new order");
    default:
        return {};
    }
}

QString FollowThroughModel::note(int row) const
{
    const QLocale locale;
    const QString count = locale.toString(numerator(row));
    const QString of = locale.toString(denominator(row));
    switch (row) {
    case FeedbackAfterSale:
        return tr("%1 of %2 customers who ordered").arg(count, of);
    case FollowedUp:
        return tr("%1 of %2 active customers").arg(count, of);
    case ReEngaged:
        return tr("%1 of %2 revenue contacts").arg(count, of);
    default:
        return {};
    }
}

QString FollowThroughModel::customersTitle(int row, bool met)
{
    switch (row) {
    case FeedbackAfterSale:
        return met ? tr("Customers who ordered and answered within 30 days")
                   : tr("Customers who ordered and did not answer within 30 days");
    case FollowedUp:
        return met ? tr("Active customers with a relationship contact in the last 180 days")
                   : tr("Active customers not followed up in the last 180 days");
    case ReEngaged:
        return met ? tr("Customers re-engaged: a revenue contact led to an order within 60 days")
                   : tr("Customers whose revenue contacts led to no order within 60 days");
    default:
        return {};
    }
}

QList<int> FollowThroughModel::customers(int row, bool met) const
{
    if (!m_snapshot || row < 0 || row >= RowCount)
        return {};
    const FollowThroughCustomers c =
        followThroughCustomers(*m_snapshot->data, m_snapshot->report.days, m_snapshot->facts.get());
    switch (row) {
    case FeedbackAfterSale:
        return met ? c.answered : c.notAnswered;
    case FollowedUp:
        return met ? c.followedUp : c.notFollowedUp;
    case ReEngaged:
        return met ? c.reEngaged : c.notReEngaged;
    default:
        return {};
    }
}

int FollowThroughModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_snapshot ? 0 : RowCount;
}

int FollowThroughModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FollowThroughModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::TextAlignmentRole)
        return column == Figure || column == Counted ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                     : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    const bool raw = role == roleId(Role::Value) || role == roleId(Role::Sort);
    if (!raw && role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (column) {
    case Figure:
        return raw ? QVariant(row) : QVariant(figureLabel(row));
    case Rate: {
        const std::optional<double> r = rate(row);
        if (raw)
            return r ? QVariant(*r) : QVariant();
        return r ? format::percent(r, 1) : QStringLiteral("\u2014");
    }
    case Count:
        return raw ? QVariant(numerator(row)) : QVariant(locale.toString(numerator(row)));
    case OutOf:
        return raw ? QVariant(denominator(row)) : QVariant(locale.toString(denominator(row)));
    case Counted:
        if (raw)
            return {};
        switch (row) {
        case FeedbackAfterSale:
            return tr("Customers who ordered in the period, and of them those who answered within 30 days");
        case FollowedUp:
            return tr(
                "Active customers at the end, and of them those with a relationship contact in 180 days");
        case ReEngaged:
            return tr(
                "Revenue contacts in the period, and of them those followed by an order within 60 days");
        default:
            return {};
        }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant FollowThroughModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != roleId(Role::Text)))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Figure:
        return tr("Accountability");
    case Rate:
        return tr("Rate");
    case Count:
        return tr("Count");
    case OutOf:
        return tr("Out of");
    case Counted:
        return tr("What is counted");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace acc
