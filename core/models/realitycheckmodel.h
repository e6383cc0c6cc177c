#pragma once

#include "metricsservice.h"
#include "storage/realitycheckstore.h"

#include <QAbstractTableModel>

#include <memory>
#include <optional>

namespace acc {

// PRODUCT.md §11: the seven dimensions of customer leadership, one row each, with this
// quarter's score (1-10), last quarter's score, the change and this quarter's note. The quarter is
// the one holding the snapshot's period (reality::quarterOf). Score and note are edited
// in place and written to the database at once; a score outside 1..10, or a note on a
// dimension not yet scored, is refused with a message (lastError, refused()). Accepted
// edits are announced with edited(dimension, before, after) for undo (apply(after→before)).
class RealityCheckModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Dimension, Score, Previous, Change, Note, ColumnCount };

    explicit RealityCheckModel(QObject *parent = nullptr);

    void setSnapshot(const std::shared_ptr<const MetricsSnapshot> &snapshot);
    Period quarter() const { return m_quarter; }
    Period previousQuarter() const { return m_quarter.isValid() ? m_quarter.previous() : Period(); }
    void setAuthor(const QString &author) { m_author = author; }

    std::optional<int> score(int row) const
    {
        return m_rows.at(row).current.score > 0 ? std::optional<int>(m_rows.at(row).current.score)
                                                : std::nullopt;
    }
    std::optional<int> previousScore(int row) const;
    // The mean of this quarter's (or last quarter's) scores, when every dimension is scored.
    std::optional<double> average(bool previous = false) const;
    int scoredCount() const;

    // Writes the dimension's score of this quarter (std::nullopt: removes it) and shows it.
    // For undo and redo; emits no edited().
    bool apply(const QString &dimension, const std::optional<RealityScore> &score, QString *error);
    const QString &lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void edited(const QString &dimension, const std::optional<acc::RealityScore> &before,
                const std::optional<acc::RealityScore> &after);
    void refused(const QString &message);

private:
    struct Row
    {
        RealityScore current; // score 0: not scored
        RealityScore previous;
    };
    bool refuse(const QString &message);

    std::shared_ptr<const MetricsSnapshot> m_snapshot;
    Period m_quarter;
    QList<Row> m_rows;
    QString m_author;
    QString m_lastError;
};

} // namespace acc
