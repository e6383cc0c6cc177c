#include "criteriarulesmodel.h"

#include "criteria/criteriacheck.h"
#include "criteria/criteriatext.h"
#include "translation.h"

namespace acc {

namespace {

std::optional<CriteriaAttribute> toAttribute(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString)
        return criteria::attributeFromName(value.toString());
    bool ok = false;
    const int i = value.toInt(&ok);
    if (!ok || i < 0 || i > int(CriteriaAttribute::AccountOwner))
        return std::nullopt;
    return CriteriaAttribute(i);
}

std::optional<CriteriaOp> toOp(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString)
        return criteria::opFromName(value.toString());
    bool ok = false;
    const int i = value.toInt(&ok);
    if (!ok || i < 0 || i > int(CriteriaOp::TopPercent))
        return std::nullopt;
    return CriteriaOp(i);
}

} // namespace

CriteriaRulesModel::CriteriaRulesModel(const QLocale &locale, QObject *parent)
    : QAbstractTableModel(parent)
    , m_locale(locale)
{
    connect(this, &QAbstractItemModel::dataChanged, this, &CriteriaRulesModel::edited);
    connect(this, &QAbstractItemModel::rowsInserted, this, &CriteriaRulesModel::edited);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &CriteriaRulesModel::edited);
    connect(this, &QAbstractItemModel::modelReset, this, &CriteriaRulesModel::edited);
    connect(this, &CriteriaRulesModel::matchChanged, this, &CriteriaRulesModel::edited);
}

int CriteriaRulesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CriteriaRulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

CriteriaRulesModel::Row CriteriaRulesModel::newRow()
{
    return {CriteriaAttribute::Revenue12m, CriteriaOp::Ge, QString()};
}

CriteriaRulesModel::Checked CriteriaRulesModel::check(const Row &row) const
{
    Checked c;
    c.rule.attribute = row.attribute;
    c.rule.op = row.op;
    c.opProblem = criteria::opProblem(row.attribute, row.op);
    if (c.opProblem.isEmpty())
        c.valueProblem =
            criteria::readValue(criteria::typedValue(row.attribute, row.op, row.value, m_locale), &c.rule);
    return c;
}

void CriteriaRulesModel::recheck(int row)
{
    m_checked[row] = check(m_rows[row]);
}

QString CriteriaRulesModel::problem(int row, Column column) const
{
    if (row < 0 || row >= m_checked.size())
        return {};
    switch (column) {
    case Column::Operator:
        return m_checked[row].opProblem;
    case Column::Value:
        return m_checked[row].valueProblem;
    default:
        return {};
    }
}

int CriteriaRulesModel::problemCount() const
{
    int n = 0;
    for (const Checked &c : m_checked)
        n += (c.opProblem.isEmpty() ? 0 : 1) + (c.valueProblem.isEmpty() ? 0 : 1);
    return n;
}

QVariant CriteriaRulesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[index.row()];
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Attribute:
            return criteria::attributeLabel(r.attribute);
        case Column::Operator:
            return criteria::opLabel(r.op);
        default:
            return r.value;
        }
    case Qt::EditRole:
        switch (column) {
        case Column::Attribute:
            return criteria::attributeName(r.attribute);
        case Column::Operator:
            return criteria::opName(r.op);
        default:
            return r.value;
        }
    case Qt::ToolTipRole: {
        const QString p = problem(index.row(), column);
        return p.isEmpty() ? QVariant() : QVariant(p);
    }
    case int(ItemRole::Problem):
        return problem(index.row(), column);
    case int(ItemRole::Attribute):
        return int(r.attribute);
    case int(ItemRole::Operator):
        return int(r.op);
    default:
        return {};
    }
}

QVariant CriteriaRulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Attribute:
        return MetricsTr::tr("Attribute");
    case Column::Operator:
        return MetricsTr::tr("Operator");
    case Column::Value:
        return MetricsTr::tr("Value");
    default:
        return {};
    }
}

Qt::ItemFlags CriteriaRulesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool CriteriaRulesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row r = m_rows[index.row()];
    switch (Column(index.column())) {
    case Column::Attribute: {
        const auto attribute = toAttribute(value);
        if (!attribute)
            return false;
        r.attribute = *attribute;
        if (!criteria::takesOp(r.attribute, r.op))
            r.op = criteria::opsFor(r.attribute).constFirst();
        break;
    }
    case Column::Operator: {
        const auto op = toOp(value);
        if (!op || !criteria::takesOp(r.attribute, *op))
            return false;
        r.op = *op;
        break;
    }
    case Column::Value:
        r.value = value.toString();
        break;
    default:
        return false;
    }
    if (r == m_rows[index.row()])
        return true;
    m_rows[index.row()] = r;
    recheck(index.row());
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), int(Column::Count) - 1));
    return true;
}

bool CriteriaRulesModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > m_rows.size() || count < 1)
        return false;
    beginInsertRows({}, row, row + count - 1);
    for (int i = 0; i < count; ++i) {
        m_rows.insert(row + i, newRow());
        m_checked.insert(row + i, check(newRow()));
    }
    endInsertRows();
    return true;
}

bool CriteriaRulesModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_rows.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_rows.remove(row, count);
    m_checked.remove(row, count);
    endRemoveRows();
    return true;
}

CriteriaRulesModel::State CriteriaRulesModel::stateFor(const CriteriaSet &set) const
{
    State s;
    s.matchAll = set.matchAll;
    for (const CriteriaRule &rule : set.rules)
        s.rows.append({rule.attribute, rule.op, criteria::editText(rule, m_locale)});
    return s;
}

void CriteriaRulesModel::setCriteria(const CriteriaSet &set)
{
    setState(stateFor(set));
}

void CriteriaRulesModel::setState(const State &state)
{
    if (state.rows.size() == m_rows.size()) {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows[i] == state.rows[i])
                continue;
            m_rows[i] = state.rows[i];
            recheck(i);
            emit dataChanged(index(i, 0), index(i, int(Column::Count) - 1));
        }
    } else if (state.rows.size() == m_rows.size() + 1) {
        // One rule added (the usual case): find where, and insert just that row.
        int at = 0;
        while (at < m_rows.size() && m_rows[at] == state.rows[at])
            ++at;
        beginInsertRows({}, at, at);
        m_rows.insert(at, state.rows[at]);
        m_checked.insert(at, check(state.rows[at]));
        endInsertRows();
        setState(state); // any other difference, cell by cell
        return;
    } else if (state.rows.size() + 1 == m_rows.size()) {
        int at = 0;
        while (at < state.rows.size() && m_rows[at] == state.rows[at])
            ++at;
        removeRows(at, 1);
        setState(state);
        return;
    } else {
        beginResetModel();
        m_rows = state.rows;
        m_checked.clear();
        for (const Row &r : std::as_const(m_rows))
            m_checked.append(check(r));
        endResetModel();
    }
    setMatchAll(state.matchAll);
}

void CriteriaRulesModel::setMatchAll(bool all)
{
    if (all == m_matchAll)
        return;
    m_matchAll = all;
    emit matchChanged(all);
}

std::optional<CriteriaSet> CriteriaRulesModel::criteria(const QString &name) const
{
    if (!isValid())
        return std::nullopt;
    CriteriaSet set;
    set.name = name;
    set.matchAll = m_matchAll;
    for (const Checked &c : m_checked)
        set.rules.append(c.rule);
    return set;
}

} // namespace acc
