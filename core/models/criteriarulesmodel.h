#pragma once

#include "criteria/criteria.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

#include <optional>

namespace acc {

// The rules of a criteria set being edited, one row per rule: attribute, operator and the
// value as typed (read with the user's locale, criteriacheck.h). Every cell knows what is
// wrong with it, in the words `accountable criteria save --file` uses (Qt::ToolTipRole and
// ItemRole::Problem); the edited set exists only while no cell has a problem. Also holds
// whether all or any of the rules must hold.
class CriteriaRulesModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column : int { Attribute, Operator, Value, Count };
    enum class ItemRole : int {
        Problem = Qt::UserRole + 64, // what is wrong with the cell; empty when nothing
        Attribute,                   // the row's CriteriaAttribute as an int
        Operator,                    // the row's CriteriaOp as an int
    };

    struct Row
    {
        CriteriaAttribute attribute = CriteriaAttribute::Revenue12m;
        CriteriaOp op = CriteriaOp::Ge;
        QString value; // as typed
        bool operator==(const Row &) const = default;
    };
    // Everything an edit can change: what an undo step restores.
    struct State
    {
        bool matchAll = true;
        QList<Row> rows;
        bool operator==(const State &) const = default;
    };

    explicit CriteriaRulesModel(const QLocale &locale = QLocale(), QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Attribute and Operator take a CriteriaAttribute / CriteriaOp as an int or its name
    // ("revenue_12m", ">="); Value takes the text as typed. A new attribute that does not
    // take the row's operator moves the operator to its first (>= or =). An operator the
    // attribute does not take is refused.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    // New rows hold newRow().
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    // The rule a new row starts with: revenue_12m >= (no value yet).
    static Row newRow();
    const Row &row(int r) const { return m_rows.at(r); }

    // Loads a set's rules and match (as setState(stateFor(set))).
    void setCriteria(const CriteriaSet &set);
    // The state that shows a set's rules, values written in the model's locale.
    State stateFor(const CriteriaSet &set) const;
    State state() const { return {m_matchAll, m_rows}; }
    // Changes the model to the state, telling views only about what changed.
    void setState(const State &state);
    bool matchAll() const { return m_matchAll; }
    void setMatchAll(bool all);

    // What is wrong with a cell (empty when nothing).
    QString problem(int row, Column column) const;
    int problemCount() const;
    bool isValid() const { return problemCount() == 0; }
    // The rules as a set named name, or std::nullopt while a cell has a problem.
    std::optional<CriteriaSet> criteria(const QString &name) const;

    const QLocale &locale() const { return m_locale; }

signals:
    void matchChanged(bool all);
    // Any change: a cell, a row added or removed, a reset, the match.
    void edited();

private:
    struct Checked
    {
        CriteriaRule rule;
        QString opProblem;
        QString valueProblem;
    };
    Checked check(const Row &row) const;
    void recheck(int row);

    QLocale m_locale;
    bool m_matchAll = true;
    QList<Row> m_rows;
    QList<Checked> m_checked; // by row
};

} // namespace acc
