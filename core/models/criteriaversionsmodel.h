#pragma once

#include "storage/criteriastore.h"

#include <QAbstractTableModel>
#include <QList>

namespace acc {

// The stored versions of one criteria set, newest first: version, author, saved time.
class CriteriaVersionsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column : int { Version, Author, Saved, Count };

    explicit CriteriaVersionsModel(QObject *parent = nullptr);

    // versions as CriteriaStore::versions() gives them (oldest first).
    void setVersions(const QList<StoredCriteria> &versions);
    const StoredCriteria &versionAt(int row) const { return m_versions.at(row); }
    // The row of a version number, or -1.
    int rowOf(int version) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "ann", or "not recorded" for a version saved before authors were kept.
    static QString authorText(const StoredCriteria &stored);
    // The saved time in the user's time zone and locale ("2026-10-31 10:15"), or "unknown".
    static QString savedText(const StoredCriteria &stored);

private:
    QList<StoredCriteria> m_versions; // newest first
};

} // namespace acc
