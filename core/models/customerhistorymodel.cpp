#include "customerhistorymodel.h"

#include "displaytext.h"
#include "format.h"
#include "roles.h"

#include <QLocale>

namespace acc {

namespace {

QString none()
{
    return QStringLiteral("—");
}

// A text field: safe and short to read, whole in the tooltip, exact for exports.
QVariant textData(const QString &text, int role, const QString &shownWhenEmpty = {})
{
    switch (role) {
    case Qt::DisplayRole:
        return text.isEmpty() ? shownWhenEmpty : display::shorten(text, display::kCellChars);
    case Qt::ToolTipRole:
        return text.isEmpty() ? QVariant() : QVariant(display::shorten(text, display::kToolTipChars));
    default:
        break;
    }
    if (role == roleId(Role::Text) || role == roleId(Role::Value) || role == roleId(Role::Sort))
        return text;
    return {};
}

QVariant dateData(Day day, int role, const QString &shownWhenNone = {})
{
    if (role == Qt::DisplayRole)
        return hasDay(day) ? format::date(day) : shownWhenNone;
    if (role == roleId(Role::DayNumber) || role == roleId(Role::Value) || role == roleId(Role::Sort))
        return hasDay(day) ? QVariant(day) : QVariant();
    return {};
}

} // namespace

CustomerHistoryModel::CustomerHistoryModel(Kind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{}

void CustomerHistoryModel::setCustomer(std::shared_ptr<const Dataset> data, int customer, Day upTo)
{
    beginResetModel();
    m_data = std::move(data);
    m_records.clear();
    m_customer = m_data && customer >= 0 && std::size_t(customer) < m_data->customers.size() ? customer : -1;
    if (m_customer >= 0) {
        const std::vector<Dataset::Range> &ranges = m_kind == Kind::Orders     ? m_data->ordersOf
                                                    : m_kind == Kind::Contacts ? m_data->contactsOf
                                                                               : m_data->feedbackOf;
        const Dataset::Range range =
            std::size_t(m_customer) < ranges.size() ? ranges[std::size_t(m_customer)] : Dataset::Range{};
        // The rows are sorted by day within the customer: newest first is the range read
        // backwards, from the last row on or before upTo.
        for (int i = range.end - 1; i >= range.begin; --i) {
            const std::size_t r = std::size_t(i);
            const Day day = m_kind == Kind::Orders     ? m_data->orders[r].orderedOn
                            : m_kind == Kind::Contacts ? m_data->contacts[r].occurredOn
                                                       : m_data->feedback[r].respondedOn;
            if (!hasDay(upTo) || day <= upTo)
                m_records.push_back(i);
        }
    }
    endResetModel();
}

int CustomerHistoryModel::recordAt(int row) const
{
    return row >= 0 && std::size_t(row) < m_records.size() ? m_records[std::size_t(row)] : -1;
}

int CustomerHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int CustomerHistoryModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    switch (m_kind) {
    case Kind::Orders:
        return int(OrderColumn::Count);
    case Kind::Contacts:
        return int(ContactColumn::Count);
    case Kind::Feedback:
        return int(FeedbackColumn::Count);
    }
    return 0;
}

QVariant CustomerHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == roleId(Role::CustomerIndex))
        return m_customer;
    const std::size_t record = std::size_t(m_records[std::size_t(index.row())]);
    switch (m_kind) {
    case Kind::Orders:
        return orderData(m_data->orders[record], OrderColumn(index.column()), role);
    case Kind::Contacts:
        return contactData(m_data->contacts[record], ContactColumn(index.column()), role);
    case Kind::Feedback:
        return feedbackData(m_data->feedback[record], FeedbackColumn(index.column()), role);
    }
    return {};
}

QVariant CustomerHistoryModel::orderData(const OrderRecord &o, OrderColumn column, int role) const
{
    switch (column) {
    case OrderColumn::Date:
        return dateData(o.orderedOn, role);
    case OrderColumn::OrderId:
        return textData(m_data->text(o.orderId), role);
    case OrderColumn::Type:
        if (role == Qt::DisplayRole)
            return o.isRefund() ? tr("Refund") : tr("Order");
        if (role == roleId(Role::Value) || role == roleId(Role::Sort))
            return o.isRefund() ? 1 : 0;
        return {};
    case OrderColumn::Amount:
        if (role == Qt::DisplayRole)
            return format::money(o.amount, m_data->currency);
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (role == roleId(Role::Value))
            return money::toUnits(o.amount);
        if (role == roleId(Role::Sort))
            return qint64(o.amount);
        return {};
    case OrderColumn::Category:
        return textData(o.category, role, tr("Unknown"));
    case OrderColumn::Channel:
        return textData(o.channel, role);
    case OrderColumn::Count:
        break;
    }
    return {};
}

QVariant CustomerHistoryModel::contactData(const ContactRecord &c, ContactColumn column, int role) const
{
    switch (column) {
    case ContactColumn::Date:
        return dateData(c.occurredOn, role);
    case ContactColumn::Category:
        if (role == Qt::DisplayRole) {
            switch (c.category) {
            case ContactCategory::Rescue:
                return tr("Rescue");
            case ContactCategory::Revenue:
                return tr("Revenue");
            case ContactCategory::Request:
                return tr("Request");
            case ContactCategory::Relationship:
                return tr("Relationship");
            }
        }
        if (role == roleId(Role::Value) || role == roleId(Role::Text))
            return contactCategoryName(c.category);
        if (role == roleId(Role::Sort))
            return int(c.category);
        return {};
    case ContactColumn::Touchpoint:
        return textData(c.touchpoint, role);
    case ContactColumn::Channel:
        return textData(c.channel, role);
    case ContactColumn::Complaint:
        if (role == Qt::DisplayRole)
            return c.complaint ? tr("Complaint") : none();
        if (role == roleId(Role::Value) || role == roleId(Role::Sort))
            return c.complaint;
        return {};
    case ContactColumn::Resolved:
        // A complaint without a resolution is open; any other contact without one has
        // nothing to resolve.
        return dateData(c.resolvedOn, role, c.complaint ? tr("Open") : none());
    case ContactColumn::Count:
        break;
    }
    return {};
}

QVariant CustomerHistoryModel::feedbackData(const FeedbackRecord &f, FeedbackColumn column, int role) const
{
    switch (column) {
    case FeedbackColumn::Date:
        return dateData(f.respondedOn, role);
    case FeedbackColumn::Score:
        if (role == Qt::DisplayRole)
            return QLocale().toString(f.score);
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (role == roleId(Role::Value) || role == roleId(Role::Sort))
            return f.score;
        return {};
    case FeedbackColumn::Comment:
        return textData(m_data->text(f.comment), role);
    case FeedbackColumn::Count:
        break;
    }
    return {};
}

QVariant CustomerHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (m_kind) {
    case Kind::Orders:
        switch (OrderColumn(section)) {
        case OrderColumn::Date:
            return tr("Date");
        case OrderColumn::OrderId:
            return tr("Order ID");
        case OrderColumn::Type:
            return tr("Type");
        case OrderColumn::Amount:
            return tr("Amount");
        case OrderColumn::Category:
            return tr("Category");
        case OrderColumn::Channel:
            return tr("Channel");
        case OrderColumn::Count:
            break;
        }
        break;
    case Kind::Contacts:
        switch (ContactColumn(section)) {
        case ContactColumn::Date:
            return tr("Date");
        case ContactColumn::Category:
            return tr("Category");
        case ContactColumn::Touchpoint:
            return tr("Touchpoint");
        case ContactColumn::Channel:
            return tr("Channel");
        case ContactColumn::Complaint:
            return tr("Complaint");
        case ContactColumn::Resolved:
            return tr("Resolved");
        case ContactColumn::Count:
            break;
        }
        break;
    case Kind::Feedback:
        switch (FeedbackColumn(section)) {
        case FeedbackColumn::Date:
            return tr("Date");
        case FeedbackColumn::Score:
            return tr("Score");
        case FeedbackColumn::Comment:
            return tr("Comment");
        case FeedbackColumn::Count:
            break;
        }
        break;
    }
    return {};
}

} // namespace acc
