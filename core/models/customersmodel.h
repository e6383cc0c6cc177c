#pragma once

#include "customerfilter.h"
#include "customerorder.h"

#include <QAbstractTableModel>
#include <QFuture>
#include <QTimer>

#include <memory>
#include <vector>

namespace acc {

// Every customer of the data set, one row each in Dataset::customers' order, with its
// figures on the state day (CustomerFacts): the Customers view's table. Display text is
// formatted (format.h) and made safe and short (displaytext.h); Role::Text holds a text
// column's exact text, Role::Value the raw number (money in currency units), Role::Sort
// the column's sort key (CustomerOrder::key), Role::CustomerIndex the row.
class CustomersModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    using Column = CustomerColumn;

    explicit CustomersModel(QObject *parent = nullptr);

    void setCustomers(std::shared_ptr<const Dataset> data, std::shared_ptr<const CustomerFacts> facts);
    const std::shared_ptr<const Dataset> &dataset() const { return m_data; }
    const std::shared_ptr<const CustomerFacts> &facts() const { return m_facts; }
    // The state day the figures are read on (kNoDay without data).
    Day day() const { return m_facts ? m_facts->day : kNoDay; }
    QString currency() const;
    const CustomerOrder &order() const { return m_order; }
    // Whether the status column shows the day and a lost customer's reason ("Lost on
    // 2026-10-05 (Price)") or, for a narrow table, the status in a word ("Lost", "Won
    // back"; the tooltip has the rest); Role::Text (exports) always holds all of it.
    void setStatusReasonsShown(bool shown);
    bool statusReasonsShown() const { return m_statusReasons; }
    // The texts a search looks in: folded on a worker thread a moment after the customers
    // arrive (once the table is painted), so the first search finds them ready, or waits
    // for them, or folds them itself when it comes first.
    const SearchTexts &searchTexts() const;
    // Texts likely to be a column's widest, to size it without formatting every row: a
    // figure column's smallest and largest values, a text column's longest text, every
    // stage, the forms of the status (with the longest loss reason). None for the name.
    QStringList widestTexts(Column column) const;
    // The customer's figures (an empty one for a customer out of range).
    const CustomerFact &fact(int customer) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Texts the detail pane shares with the table.
    static QString stageText(const QString &stage);
    // The status on the day; the loss reason shortened to a chart label, exact, or left
    // out with the day ("Lost", "Won back").
    enum class Reason { Short, Exact, None };
    static QString statusText(const CustomerRecord &customer, Day day, Reason reason = Reason::Short);
    static QString bestText(bool best);
    static QString probabilityText(const std::optional<double> &p);
    // An expected value in currency units as cents (bounded by money::kMaxTotal), or none.
    static std::optional<Cents> expectedValueCents(const std::optional<double> &units);
    // An expected value in currency units, as money; "—" without one.
    static QString expectedValueText(const std::optional<double> &units, const QString &currency);

private:
    QVariant display(const CustomerRecord &c, const CustomerFact &f, Column column) const;
    QVariant value(const CustomerRecord &c, const CustomerFact &f, Column column) const;

    std::shared_ptr<const Dataset> m_data;
    std::shared_ptr<const CustomerFacts> m_facts;
    CustomerOrder m_order;
    void startFolding() const;

    mutable QTimer m_foldTimer;
    mutable QFuture<SearchTexts> m_folding;
    mutable SearchTexts m_searchTexts;
    mutable bool m_searchTextsReady = false;
    bool m_statusReasons = true;
};

} // namespace acc
