#include "bestcustomersmodel.h"

#include "displaytext.h"
#include "engine/best.h"
#include "format.h"
#include "roles.h"

namespace acc {

BestCustomersModel::BestCustomersModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void BestCustomersModel::setSnapshot(std::shared_ptr<const MetricsSnapshot> snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_rows = m_snapshot && m_snapshot->data ? &m_snapshot->report.best.bestCustomers : nullptr;
    endResetModel();
}

int BestCustomersModel::customerAt(int row) const
{
    return m_rows && row >= 0 && row < rowCount() ? (*m_rows)[std::size_t(row)] : -1;
}

int BestCustomersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_rows ? 0 : int(m_rows->size());
}

int BestCustomersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BestCustomersModel::stageLabel(int stage)
{
    switch (stage) {
    case 0:
        return tr("Suspect");
    case 1:
        return tr("Prospect");
    case 2:
        return tr("First-time buyer");
    case 3:
        return tr("Repeat buyer");
    case 4:
        return tr("Client");
    case 5:
        return tr("Advocate");
    case 6:
        return tr("Lapsed");
    default:
        return tr("Unknown");
    }
}

QString BestCustomersModel::widestText(int column, int sampleRows) const
{
    const int rows = rowCount();
    const CustomerFacts *facts = m_snapshot ? m_snapshot->facts.get() : nullptr;
    const QLocale locale;
    switch (static_cast<Column>(column)) {
    case Rank:
        return locale.toString(rows);
    case LifetimeValue:
    case Revenue12m: {
        if (!facts)
            return {};
        Cents high = 0;
        Cents low = 0;
        for (int row = 0; row < rows; ++row) {
            const std::size_t c = std::size_t((*m_rows)[std::size_t(row)]);
            if (c >= facts->rows.size())
                continue;
            const Cents v =
                column == LifetimeValue ? facts->rows[c].lifetimeValue : facts->rows[c].revenue12m;
            high = std::max(high, v);
            low = std::min(low, v);
        }
        const QString a = format::moneyShort(high, m_snapshot->data->currency);
        const QString b = format::moneyShort(low, m_snapshot->data->currency);
        return a.size() >= b.size() ? a : b;
    }
    case Orders12m: {
        int high = 0;
        for (int row = 0; facts && row < rows; ++row) {
            const std::size_t c = std::size_t((*m_rows)[std::size_t(row)]);
            if (c < facts->rows.size())
                high = std::max(high, facts->rows[c].orders12m);
        }
        return locale.toString(high);
    }
    case LastOrder:
        return format::date(toDay(QDate(2000, 12, 28)));
    case PAlive:
        return format::percent(1.0, 0);
    case Stage: {
        QString widest;
        for (int stage = 0; stage < stageNames().size(); ++stage) {
            const QString label = stageLabel(stage);
            if (label.size() > widest.size())
                widest = label;
        }
        return widest;
    }
    case CustomerId:
    case Name:
    case Segment:
    case Region:
    case Owner: {
        QString widest;
        for (int row = 0; row < rows && row < sampleRows; ++row) {
            const QString text = data(index(row, column)).toString();
            if (text.size() > widest.size())
                widest = text;
        }
        return widest;
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant BestCustomersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int customer = (*m_rows)[std::size_t(index.row())];
    const Dataset &data = *m_snapshot->data;
    const CustomerRecord &c = data.customers.at(std::size_t(customer));
    const CustomerFacts *facts = m_snapshot->facts.get();
    const CustomerFact *f =
        facts && std::size_t(customer) < facts->rows.size() ? &facts->rows[std::size_t(customer)] : nullptr;
    const auto column = static_cast<Column>(index.column());
    if (role == roleId(Role::CustomerIndex))
        return customer;
    if (role == Qt::TextAlignmentRole) {
        switch (column) {
        case Rank:
        case LifetimeValue:
        case Revenue12m:
        case Orders12m:
        case PAlive:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    // The text columns: exact for sorting and exports, safe and short for a person.
    const QString *text = nullptr;
    switch (column) {
    case CustomerId:
        text = &c.customerId;
        break;
    case Name:
        text = &c.name;
        break;
    case Segment:
        text = &c.segment;
        break;
    case Region:
        text = &c.region;
        break;
    case Owner:
        text = &c.accountOwner;
        break;
    default:
        break;
    }
    if (text && role == roleId(Role::Text))
        return *text;
    if (text && role == Qt::ToolTipRole)
        return display::shorten(*text, display::kToolTipChars);
    if (column == Stage && role == roleId(Role::Text))
        return c.stage;
    if (f && role == Qt::ToolTipRole && (column == LifetimeValue || column == Revenue12m))
        return format::money(column == LifetimeValue ? f->lifetimeValue : f->revenue12m, data.currency);
    const bool sort = role == roleId(Role::Sort);
    const bool value = role == roleId(Role::Value);
    if (role != Qt::DisplayRole && !sort && !value)
        return {};
    if (text)
        return sort || value ? *text : display::shorten(*text, display::kCellChars);
    switch (column) {
    case Rank:
        return sort || value ? QVariant(index.row() + 1) : QVariant(QLocale().toString(index.row() + 1));
    case Stage: {
        const int stage = stageIndex(c.stage);
        return sort ? QVariant(stage) : QVariant(stageLabel(stage));
    }
    case LifetimeValue:
    case Revenue12m: {
        if (!f)
            return {};
        const Cents cents = column == LifetimeValue ? f->lifetimeValue : f->revenue12m;
        if (sort)
            return QVariant(qlonglong(cents));
        // Whole currency units on show (the list is read from a projector), cents in the
        // tooltip and the export.
        return value ? QVariant(money::toUnits(cents)) : QVariant(format::moneyShort(cents, data.currency));
    }
    case Orders12m:
        if (!f)
            return {};
        return sort || value ? QVariant(f->orders12m) : QVariant(QLocale().toString(f->orders12m));
    case LastOrder:
        if (!f)
            return {};
        if (sort || value)
            return QVariant(hasDay(f->lastOrder) ? f->lastOrder : 0);
        return format::date(f->lastOrder);
    case PAlive:
        if (!f || !f->pAlive) // no order up to the state day: no model figure
            return sort ? QVariant(-1.0) : value ? QVariant() : QVariant(QStringLiteral("\u2014"));
        return sort || value ? QVariant(*f->pAlive) : QVariant(format::percent(f->pAlive, 0));
    case CustomerId:
    case Name:
    case Segment:
    case Region:
    case Owner:
    case ColumnCount:
        break;
    }
    return {};
}

QVariant BestCustomersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (static_cast<Column>(section)) {
        case Rank:
            return tr("By lifetime value, highest first (ties: customer ID)");
        case LifetimeValue:
            return tr("Every order and refund up to the period's end");
        case Revenue12m:
            return tr("Orders and refunds in the 12 months up to the period's end");
        case Orders12m:
            return tr("Orders (not refunds) in the 12 months up to the period's end");
        case PAlive:
            return tr("Probability that the customer is still buying (BG/NBD model)");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != roleId(Role::Text))
        return QAbstractTableModel::headerData(section, orientation, role);
    // On show, the long titles take two lines so the columns stay as narrow as their
    // figures; Role::Text gives them on one line (exports).
    const bool oneLine = role == roleId(Role::Text);
    switch (static_cast<Column>(section)) {
    case Rank:
        return tr("Rank");
    case CustomerId:
        return tr("Customer ID");
    case Name:
        return tr("Name");
    case Segment:
        return tr("Segment");
    case Region:
        return tr("Region");
    case Owner:
        return oneLine ? tr("Account owner") : tr("Account\nowner");
    case Stage:
        return tr("Stage");
    case LifetimeValue:
        return oneLine ? tr("Lifetime value") : tr("Lifetime\nvalue");
    case Revenue12m:
        return oneLine ? tr("Revenue (12 months)") : tr("Revenue\n12 months");
    case Orders12m:
        return oneLine ? tr("Orders (12 months)") : tr("Orders\n12 months");
    case LastOrder:
        return tr("Last order");
    case PAlive:
        return tr("P(alive)");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace acc
