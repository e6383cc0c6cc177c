#include "customersmodel.h"

#include "displaytext.h"
#include "engine/best.h"
#include "format.h"
#include "roles.h"

#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace acc {

namespace {

const QString &textOf(const CustomerRecord &c, CustomerColumn column)
{
    switch (column) {
    case CustomerColumn::Name:
        return c.name;
    case CustomerColumn::Segment:
        return c.segment;
    case CustomerColumn::Region:
        return c.region;
    case CustomerColumn::Owner:
        return c.accountOwner;
    default:
        return c.customerId;
    }
}

bool isMoney(CustomerColumn column)
{
    return column == CustomerColumn::Revenue12m || column == CustomerColumn::LifetimeValue ||
           column == CustomerColumn::ExpectedValue12m;
}

bool isNumber(CustomerColumn column)
{
    return isMoney(column) || column == CustomerColumn::Orders || column == CustomerColumn::PAlive;
}

QString none()
{
    return QStringLiteral("—");
}

} // namespace

CustomersModel::CustomersModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_foldTimer.setSingleShot(true);
    m_foldTimer.setInterval(250);
    connect(&m_foldTimer, &QTimer::timeout, this, &CustomersModel::startFolding);
}

void CustomersModel::startFolding() const
{
    if (m_data && !m_searchTextsReady && !m_folding.isValid())
        m_folding = QtConcurrent::run([data = m_data] { return SearchTexts::of(*data); });
}

QStringList CustomersModel::widestTexts(Column column) const
{
    if (!m_data || m_data->customers.empty())
        return {};
    const std::vector<CustomerRecord> &customers = m_data->customers;
    // The longest of a text column (in characters: a fair guess at the widest).
    auto longest = [&customers](const QString CustomerRecord::*field) {
        const auto it = std::max_element(customers.begin(), customers.end(),
                                         [field](const CustomerRecord &a, const CustomerRecord &b) {
                                             return (a.*field).size() < (b.*field).size();
                                         });
        return QStringList{display::shorten((*it).*field, display::kCellChars)};
    };
    // A figure column's smallest and largest values, as shown.
    auto extremes = [this, column](auto value) -> QStringList {
        if (!m_facts || m_facts->rows.empty())
            return {};
        const auto [low, high] = std::minmax_element(
            m_facts->rows.begin(), m_facts->rows.end(),
            [&value](const CustomerFact &a, const CustomerFact &b) { return value(a) < value(b); });
        const CustomerRecord &any = m_data->customers.front();
        return {display(any, *low, column).toString(), display(any, *high, column).toString()};
    };
    switch (column) {
    case Column::CustomerId:
        return longest(&CustomerRecord::customerId);
    case Column::Segment:
        return longest(&CustomerRecord::segment);
    case Column::Region:
        return longest(&CustomerRecord::region);
    case Column::Owner:
        return longest(&CustomerRecord::accountOwner);
    case Column::Stage: {
        QStringList out;
        for (const QString &stage : stageNames())
            out << stageText(stage);
        return out;
    }
    case Column::Status: {
        // Every form on a late day, the lost one with the longest reason.
        CustomerRecord sample;
        sample.acquiredOn = toDay(QDate(2000, 1, 1));
        sample.lostOn = sample.wonBackOn = toDay(QDate(2099, 12, 28));
        const Day day = sample.lostOn;
        const Reason reason = m_statusReasons ? Reason::Short : Reason::None;
        QStringList out{statusText(sample, day, reason), tr("Active")};
        sample.wonBackOn = kNoDay;
        for (const CustomerRecord &c : customers) {
            if (c.lossReason.size() > sample.lossReason.size())
                sample.lossReason = c.lossReason;
        }
        out << statusText(sample, day, reason);
        sample.acquiredOn = day + 1;
        out << statusText(sample, day, reason);
        return out;
    }
    case Column::Revenue12m:
        return extremes([](const CustomerFact &f) { return f.revenue12m; });
    case Column::LifetimeValue:
        return extremes([](const CustomerFact &f) { return f.lifetimeValue; });
    case Column::Orders:
        return extremes([](const CustomerFact &f) { return f.orders; });
    case Column::LastOrder:
        return {format::date(toDay(QDate(2099, 12, 28))), none()};
    case Column::Best:
        return {bestText(true), bestText(false)};
    case Column::PAlive:
        return {probabilityText(1.0), probabilityText(0.5)};
    case Column::ExpectedValue12m:
        return extremes([](const CustomerFact &f) {
            return f.expectedValue12m && std::isfinite(*f.expectedValue12m) ? *f.expectedValue12m : 0.0;
        });
    case Column::Name:
    case Column::Count:
        break;
    }
    return {};
}

void CustomersModel::setCustomers(std::shared_ptr<const Dataset> data,
                                  std::shared_ptr<const CustomerFacts> facts)
{
    beginResetModel();
    // The same customers on another day (a new period) keep their search texts.
    const bool sameData = data && data == m_data;
    m_data = std::move(data);
    m_facts = m_data ? std::move(facts) : nullptr;
    m_order.reset(m_data, m_facts);
    if (!sameData) {
        m_searchTexts = {};
        m_searchTextsReady = false;
        // A folding still running for the data before finishes unseen.
        m_folding = {};
        if (m_data)
            m_foldTimer.start();
    }
    endResetModel();
}

void CustomersModel::setStatusReasonsShown(bool shown)
{
    if (shown == m_statusReasons)
        return;
    m_statusReasons = shown;
    if (rowCount() > 0) {
        const int status = columnId(Column::Status);
        emit dataChanged(index(0, status), index(rowCount() - 1, status), {Qt::DisplayRole});
    }
}

QString CustomersModel::currency() const
{
    return m_data ? m_data->currency : QString();
}

const SearchTexts &CustomersModel::searchTexts() const
{
    if (!m_searchTextsReady && m_data) {
        m_foldTimer.stop();
        m_searchTexts = m_folding.isValid() ? m_folding.takeResult() : SearchTexts::of(*m_data);
        m_folding = {};
        m_searchTextsReady = true;
    }
    return m_searchTexts;
}

const CustomerFact &CustomersModel::fact(int customer) const
{
    static const CustomerFact empty;
    if (!m_facts || customer < 0 || std::size_t(customer) >= m_facts->rows.size())
        return empty;
    return m_facts->rows[std::size_t(customer)];
}

int CustomersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_data ? 0 : int(m_data->customers.size());
}

int CustomersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kCustomerColumnCount;
}

QVariant CustomersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const auto column = static_cast<Column>(index.column());
    const CustomerRecord &c = m_data->customers[std::size_t(row)];
    const bool text = CustomerOrder::isText(column);
    switch (role) {
    case Qt::DisplayRole:
        return display(c, fact(row), column);
    case Qt::ToolTipRole:
        if (text)
            return display::shorten(textOf(c, column), display::kToolTipChars);
        return column == Column::Status ? statusText(c, day()) : QVariant();
    case Qt::TextAlignmentRole:
        return isNumber(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        break;
    }
    if (role == roleId(Role::CustomerIndex))
        return row;
    if (role == roleId(Role::Text)) {
        if (column == Column::Status) // the reason as given, for exports
            return statusText(c, day(), Reason::Exact);
        return text ? QVariant(textOf(c, column)) : QVariant();
    }
    if (role == roleId(Role::Sort))
        return m_order.key(column, row);
    if (role == roleId(Role::Value))
        return text ? QVariant(textOf(c, column)) : value(c, fact(row), column);
    if (role == roleId(Role::DayNumber)) {
        if (column == Column::LastOrder && hasDay(fact(row).lastOrder))
            return fact(row).lastOrder;
        return {};
    }
    return {};
}

QVariant CustomersModel::display(const CustomerRecord &c, const CustomerFact &f, Column column) const
{
    const QString &cur = m_data->currency;
    switch (column) {
    case Column::CustomerId:
    case Column::Name:
    case Column::Segment:
    case Column::Region:
    case Column::Owner:
        return display::shorten(textOf(c, column), display::kCellChars);
    case Column::Stage:
        return stageText(c.stage);
    case Column::Status:
        return statusText(c, day(), m_statusReasons ? Reason::Short : Reason::None);
    case Column::Revenue12m:
        return format::money(f.revenue12m, cur);
    case Column::LifetimeValue:
        return format::money(f.lifetimeValue, cur);
    case Column::Orders:
        return QLocale().toString(f.orders);
    case Column::LastOrder:
        return hasDay(f.lastOrder) ? format::date(f.lastOrder) : none();
    case Column::Best:
        return bestText(f.best);
    case Column::PAlive:
        return probabilityText(f.pAlive);
    case Column::ExpectedValue12m:
        return expectedValueText(f.expectedValue12m, cur);
    case Column::Count:
        break;
    }
    return {};
}

QVariant CustomersModel::value(const CustomerRecord &c, const CustomerFact &f, Column column) const
{
    switch (column) {
    case Column::Stage:
        return c.stage;
    case Column::Status:
        return int(customerStatusOn(c, day()));
    case Column::Revenue12m:
        return money::toUnits(f.revenue12m);
    case Column::LifetimeValue:
        return money::toUnits(f.lifetimeValue);
    case Column::Orders:
        return f.orders;
    case Column::LastOrder:
        return hasDay(f.lastOrder) ? QVariant(f.lastOrder) : QVariant();
    case Column::Best:
        return f.best;
    case Column::PAlive:
        return f.pAlive && std::isfinite(*f.pAlive) ? QVariant(*f.pAlive) : QVariant();
    case Column::ExpectedValue12m:
        return f.expectedValue12m && std::isfinite(*f.expectedValue12m) ? QVariant(*f.expectedValue12m)
                                                                        : QVariant();
    default:
        return {};
    }
}

QVariant CustomersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= kCustomerColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto column = static_cast<Column>(section);
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Column::Status:
            return tr("Where the customer stands on %1").arg(format::date(day()));
        case Column::Revenue12m:
            return tr("Order amounts, refunds included, in the 365 days up to %1").arg(format::date(day()));
        case Column::LifetimeValue:
            return tr("Every order amount up to %1, refunds included").arg(format::date(day()));
        case Column::Orders:
            return tr("Orders (not refunds) up to %1").arg(format::date(day()));
        case Column::Best:
            return tr("In the best-customer list of the criteria in force");
        case Column::PAlive:
            return tr("Probability that the customer is still buying (BG/NBD model); none without an order");
        case Column::ExpectedValue12m:
            return tr("Expected revenue in the next 12 months (BG/NBD and Gamma-Gamma models)");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (column) {
    case Column::CustomerId:
        return tr("Customer ID");
    case Column::Name:
        return tr("Name");
    case Column::Segment:
        return tr("Segment");
    case Column::Region:
        return tr("Region");
    case Column::Owner:
        return tr("Account owner");
    case Column::Stage:
        return tr("Stage");
    case Column::Status:
        return tr("Status");
    case Column::Revenue12m:
        return tr("Revenue (12 months)");
    case Column::LifetimeValue:
        return tr("Lifetime value");
    case Column::Orders:
        return tr("Orders");
    case Column::LastOrder:
        return tr("Last order");
    case Column::Best:
        return tr("Best");
    case Column::PAlive:
        return tr("P(alive)");
    case Column::ExpectedValue12m:
        return tr("Expected value (12 months)");
    case Column::Count:
        break;
    }
    return {};
}

QString CustomersModel::stageText(const QString &stage)
{
    switch (stageIndex(stage)) {
    case 0:
        return tr("Suspect");
    case 1:
        return tr("Prospect");
    case 2:
        return tr("First-time customer");
    case 3:
        return tr("Repeat customer");
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

QString CustomersModel::statusText(const CustomerRecord &customer, Day day, Reason reason)
{
    switch (customerStatusOn(customer, day)) {
    case CustomerStatus::Active:
        return tr("Active");
    case CustomerStatus::WonBack:
        return reason == Reason::None ? tr("Won back")
                                      : tr("Won back on %1").arg(format::date(customer.wonBackOn));
    case CustomerStatus::Lost: {
        if (reason == Reason::None)
            return tr("Lost");
        const QString why = customer.lossReason.isEmpty() ? tr("Unknown")
                            : reason == Reason::Exact
                                ? customer.lossReason
                                : display::shorten(customer.lossReason, display::kChartChars);
        return tr("Lost on %1 (%2)").arg(format::date(customer.lostOn), why);
    }
    case CustomerStatus::NotYetAcquired:
        break;
    }
    return tr("Not yet acquired");
}

QString CustomersModel::bestText(bool best)
{
    return best ? tr("Yes") : none();
}

QString CustomersModel::probabilityText(const std::optional<double> &p)
{
    return p && std::isfinite(*p) ? format::percent(p) : none();
}

std::optional<Cents> CustomersModel::expectedValueCents(const std::optional<double> &units)
{
    if (!units || !std::isfinite(*units))
        return std::nullopt;
    // Bounded, so that no value can overflow the conversion.
    const double cents = std::clamp(*units * 100.0, -double(money::kMaxTotal), double(money::kMaxTotal));
    return Cents(std::llround(cents));
}

QString CustomersModel::expectedValueText(const std::optional<double> &units, const QString &currency)
{
    const std::optional<Cents> cents = expectedValueCents(units);
    return cents ? format::money(*cents, currency) : none();
}

} // namespace acc
