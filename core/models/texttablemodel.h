#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace acc {

// A table already formatted as text (a meeting section's table, report/meetingpack.h):
// headers, each column's alignment and the rows, shown read-only. The text is the models'
// Qt::DisplayRole text, copied once; tooltips repeat a cell's whole text; a title may have
// two lines ("Lost value\n(12 months)").
class TextTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setTable(const QStringList &headers, const QList<Qt::Alignment> &alignments,
                  const QList<QStringList> &rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<Qt::Alignment> m_alignments;
    QList<QStringList> m_rows;
};

} // namespace acc
