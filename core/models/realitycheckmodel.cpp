#include "realitycheckmodel.h"

#include "displaytext.h"
#include "format.h"
#include "roles.h"
#include "storage/database.h"

#include <QLocale>

namespace acc {

RealityCheckModel::RealityCheckModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    for (const QString &d : reality::dimensions())
        m_rows.append(Row{RealityScore{d, 0, {}, {}}, RealityScore{d, 0, {}, {}}});
}

void RealityCheckModel::setSnapshot(const std::shared_ptr<const MetricsSnapshot> &snapshot)
{
    beginResetModel();
    m_snapshot = snapshot;
    m_quarter = snapshot ? reality::quarterOf(snapshot->report.days.period,
                                              snapshot->data ? snapshot->data->fiscalYearStart : 1)
                         : Period();
    for (Row &row : m_rows) {
        row.current = {row.current.dimension, 0, {}, {}};
        row.previous = {row.current.dimension, 0, {}, {}};
    }
    m_lastError.clear();
    if (snapshot && m_quarter.isValid()) {
        Database db;
        QString error;
        if (db.open(snapshot->spec, &error, Database::Mode::ReadOnly)) {
            RealityCheckStore store(db);
            const auto now = store.forQuarter(m_quarter, &error);
            const auto before = now ? store.forQuarter(m_quarter.previous(), &error) : std::nullopt;
            if (now && before) {
                for (const RealityScore &s : *now)
                    m_rows[reality::dimensions().indexOf(s.dimension)].current = s;
                for (const RealityScore &s : *before)
                    m_rows[reality::dimensions().indexOf(s.dimension)].previous = s;
            }
        }
        m_lastError = error;
    }
    endResetModel();
}

std::optional<int> RealityCheckModel::previousScore(int row) const
{
    const int s = m_rows.at(row).previous.score;
    return s > 0 ? std::optional<int>(s) : std::nullopt;
}

std::optional<double> RealityCheckModel::average(bool previous) const
{
    double sum = 0;
    for (const Row &row : m_rows) {
        const int s = previous ? row.previous.score : row.current.score;
        if (s <= 0)
            return std::nullopt;
        sum += s;
    }
    return sum / double(m_rows.size());
}

int RealityCheckModel::scoredCount() const
{
    int n = 0;
    for (const Row &row : m_rows)
        n += row.current.score > 0 ? 1 : 0;
    return n;
}

bool RealityCheckModel::apply(const QString &dimension, const std::optional<RealityScore> &score,
                              QString *error)
{
    const int r = int(reality::dimensions().indexOf(dimension));
    if (r < 0) {
        *error = reality::refusal({dimension, 1, {}, {}});
        return false;
    }
    if (!m_snapshot || !m_quarter.isValid()) {
        *error = tr("no company is open");
        return false;
    }
    Database db;
    if (!db.open(m_snapshot->spec, error, Database::Mode::ReadWrite))
        return false;
    RealityCheckStore store(db);
    if (!(score ? store.set(m_quarter, *score, error) : store.remove(m_quarter, dimension, error)))
        return false;
    m_rows[r].current = score ? *score : RealityScore{dimension, 0, {}, {}};
    emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
    return true;
}

bool RealityCheckModel::refuse(const QString &message)
{
    m_lastError = message;
    emit refused(message);
    return false;
}

bool RealityCheckModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !m_snapshot)
        return false;
    const Row &row = m_rows.at(index.row());
    const std::optional<RealityScore> before =
        row.current.score > 0 ? std::optional<RealityScore>(row.current) : std::nullopt;
    std::optional<RealityScore> after = before;
    if (index.column() == Score) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty()) {
            after.reset(); // cleared: not scored (its note goes with it)
        } else {
            bool ok = false;
            const int n =
                value.metaType().id() == QMetaType::Int ? value.toInt(&ok) : QLocale().toInt(text, &ok);
            if (!ok || n < 1 || n > 10)
                return refuse(tr("A score is a whole number from 1 to 10; \"%1\" is not")
                                  .arg(display::shorten(text, display::kMessageChars)));
            after = before.value_or(RealityScore{row.current.dimension, 0, {}, {}});
            after->score = n;
            after->author = m_author;
        }
    } else if (index.column() == Note) {
        if (!before)
            return refuse(tr("Score %1 from 1 to 10 first, then write its note")
                              .arg(reality::dimensionLabel(row.current.dimension)));
        after->note = value.toString();
        after->author = m_author;
    } else {
        return false;
    }
    if (after == before)
        return true;
    QString error;
    if (!apply(row.current.dimension, after, &error))
        return refuse(error);
    m_lastError.clear();
    emit edited(row.current.dimension, before, after);
    return true;
}

int RealityCheckModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RealityCheckModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags RealityCheckModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_snapshot && (index.column() == Score || index.column() == Note))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant RealityCheckModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    const bool scored = row.current.score > 0;
    const bool scoredBefore = row.previous.score > 0;
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Dimension:
            return reality::dimensionLabel(row.current.dimension);
        case Score:
            return scored ? QLocale().toString(row.current.score) : tr("–");
        case Note:
            return display::shorten(row.current.note, display::kCellChars);
        case Previous:
            return scoredBefore ? QLocale().toString(row.previous.score) : tr("–");
        case Change:
            if (!scored || !scoredBefore)
                return QString();
            if (row.current.score == row.previous.score)
                return tr("±0");
            return row.current.score > row.previous.score
                       ? tr("▲ +%1").arg(row.current.score - row.previous.score)
                       : tr("▼ −%1").arg(row.previous.score - row.current.score);
        }
    } else if (role == Qt::EditRole) {
        if (column == Score)
            return scored ? QLocale().toString(row.current.score) : QString();
        if (column == Note)
            return row.current.note;
    } else if (role == Qt::ToolTipRole) {
        if (column == Score)
            return row.current.note.isEmpty()
                       ? tr("Type a whole number from 1 to 10 and press Enter; clear it to remove the score")
                       : display::shorten(row.current.note, display::kToolTipChars);
        if (column == Note)
            return display::shorten(row.current.note, display::kToolTipChars);
        if (column == Previous && scoredBefore)
            return display::shorten(row.previous.note, display::kToolTipChars);
    } else if (role == Qt::TextAlignmentRole) {
        if (column == Score || column == Previous || column == Change)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    } else if (role == roleId(Role::Value)) {
        if (column == Score && scored)
            return row.current.score;
        if (column == Previous && scoredBefore)
            return row.previous.score;
        if (column == Change && scored && scoredBefore)
            return row.current.score - row.previous.score;
    } else if (role == roleId(Role::Text)) {
        if (column == Note)
            return row.current.note;
        if (column == Dimension)
            return reality::dimensionLabel(row.current.dimension);
    }
    return {};
}

QVariant RealityCheckModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Dimension:
        return tr("Dimension");
    case Score:
        return m_quarter.isValid() ? format::periodShort(m_quarter) : tr("Score");
    case Note:
        return tr("Note");
    case Previous:
        return m_quarter.isValid() ? format::periodShort(m_quarter.previous()) : tr("Last quarter");
    case Change:
        return tr("Change");
    }
    return {};
}

} // namespace acc
