#include "customersproxy.h"

#include "customersmodel.h"

namespace acc {

CustomersProxy::CustomersProxy(QObject *parent)
    : QAbstractProxyModel(parent)
{}

void CustomersProxy::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_customers = qobject_cast<CustomersModel *>(source);
    QAbstractProxyModel::setSourceModel(m_customers);
    if (m_customers) {
        // The model only ever resets (a new snapshot); anything else is taken as one.
        m_connections << connect(m_customers, &QAbstractItemModel::modelAboutToBeReset, this,
                                 [this] { beginResetModel(); });
        m_connections << connect(m_customers, &QAbstractItemModel::modelReset, this, [this] {
            computeRows();
            endResetModel();
        });
        m_connections << connect(m_customers, &QAbstractItemModel::layoutChanged, this,
                                 [this] { relayout(); });
        m_connections << connect(m_customers, &QAbstractItemModel::dataChanged, this,
                                 [this](const QModelIndex &from, const QModelIndex &to) {
                                     if (!m_rows.empty())
                                         emit dataChanged(index(0, from.column()),
                                                          index(rowCount() - 1, to.column()));
                                 });
        m_connections << connect(m_customers, &QAbstractItemModel::headerDataChanged, this,
                                 [this](Qt::Orientation orientation, int first, int last) {
                                     if (orientation == Qt::Horizontal)
                                         emit headerDataChanged(orientation, first, last);
                                 });
    }
    computeRows();
    endResetModel();
}

void CustomersProxy::setQuery(const QString &query)
{
    CustomerFilter next = m_filter;
    next.setQuery(query);
    const bool same = next.words() == m_filter.words();
    const bool narrower = next.narrows(m_filter);
    m_filter = std::move(next);
    if (same)
        return;
    relayout(narrower);
    emit filterChanged();
}

void CustomersProxy::restrictTo(const QList<int> &customers)
{
    m_filter.restrictTo(customers, m_customers ? m_customers->rowCount() : 0);
    relayout();
    emit filterChanged();
}

void CustomersProxy::clearRestriction()
{
    if (!m_filter.isRestricted())
        return;
    m_filter.clearRestriction();
    relayout();
    emit filterChanged();
}

void CustomersProxy::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= kCustomerColumnCount)
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    relayout();
}

int CustomersProxy::customerAt(int row) const
{
    return row >= 0 && std::size_t(row) < m_rows.size() ? m_rows[std::size_t(row)] : -1;
}

int CustomersProxy::rowOf(int customer) const
{
    return customer >= 0 && std::size_t(customer) < m_rowOf.size() ? m_rowOf[std::size_t(customer)] : -1;
}

void CustomersProxy::computeRows(bool narrower)
{
    if (narrower && m_customers && m_customers->dataset()) {
        // Only the customers listed can still match, already in order; their texts are
        // read in the customers' own order, as they lie in memory.
        const SearchTexts &texts = m_customers->searchTexts();
        std::vector<bool> passes(m_rowOf.size());
        for (std::size_t c = 0; c < m_rowOf.size(); ++c)
            passes[c] = m_rowOf[c] >= 0 && m_filter.accepts(int(c), texts.at(int(c)));
        std::vector<int> kept;
        kept.reserve(m_rows.size());
        for (const int c : m_rows) {
            if (passes[std::size_t(c)])
                kept.push_back(c);
        }
        m_rows = std::move(kept);
        std::fill(m_rowOf.begin(), m_rowOf.end(), -1);
        for (std::size_t r = 0; r < m_rows.size(); ++r)
            m_rowOf[std::size_t(m_rows[r])] = int(r);
        return;
    }
    m_rows.clear();
    m_rowOf.clear();
    if (!m_customers || !m_customers->dataset())
        return;
    const int n = m_customers->rowCount();
    const CustomerOrder::Sorted &sorted =
        m_customers->order().sorted(static_cast<CustomerColumn>(m_sortColumn));
    const std::vector<int> &all = sorted.customers;
    m_rows.reserve(std::size_t(m_filter.restrictedCount(n)));
    // Who passes, worked out in the customers' own order (their texts lie in that order
    // in memory), then listed in the column's order.
    std::vector<bool> passes;
    if (m_filter.isFiltered()) {
        const SearchTexts *texts = m_filter.words().isEmpty() ? nullptr : &m_customers->searchTexts();
        passes.resize(std::size_t(n));
        for (int c = 0; c < n; ++c)
            passes[std::size_t(c)] = m_filter.accepts(c, texts ? texts->at(c) : QStringView());
    }
    auto consider = [&](int c) {
        if (passes.empty() || passes[std::size_t(c)])
            m_rows.push_back(c);
    };
    if (m_sortOrder == Qt::AscendingOrder) {
        for (const int c : all)
            consider(c);
    } else {
        // Reversed, but the customers without a value stay last.
        for (int i = sorted.valued - 1; i >= 0; --i)
            consider(all[std::size_t(i)]);
        for (std::size_t i = std::size_t(sorted.valued); i < all.size(); ++i)
            consider(all[i]);
    }
    m_rowOf.assign(std::size_t(n), -1);
    for (std::size_t r = 0; r < m_rows.size(); ++r)
        m_rowOf[std::size_t(m_rows[r])] = int(r);
}

void CustomersProxy::relayout(bool narrower)
{
    // Only rows change (the columns never do): the sort hint keeps the views' columns, their
    // widths and hidden ones, as they are.
    const auto hint = QAbstractItemModel::VerticalSortHint;
    emit layoutAboutToBeChanged({}, hint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> customers;
    customers.reserve(std::size_t(before.size()));
    for (const QModelIndex &i : before)
        customers.push_back(customerAt(i.row()));
    computeRows(narrower);
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = rowOf(customers[std::size_t(i)]);
        after.append(row >= 0 ? index(row, before[i].column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, hint);
}

QModelIndex CustomersProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex CustomersProxy::parent(const QModelIndex &child) const
{
    Q_UNUSED(child);
    return {};
}

int CustomersProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomersProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_customers ? 0 : m_customers->columnCount();
}

bool CustomersProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

QVariant CustomersProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_customers || orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractProxyModel::headerData(section, orientation, role);
    QString title = m_customers->headerData(section, orientation, role).toString();
    const qsizetype at = title.indexOf(QStringLiteral(" ("));
    if (at > 0)
        title[at] = QLatin1Char('\n');
    return title;
}

QModelIndex CustomersProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_customers || !proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    return m_customers->index(customerAt(proxyIndex.row()), proxyIndex.column());
}

QModelIndex CustomersProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_customers || !sourceIndex.isValid() || sourceIndex.model() != m_customers)
        return {};
    const int row = rowOf(sourceIndex.row());
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

} // namespace acc
