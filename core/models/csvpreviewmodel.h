#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace acc {

// The first rows of a CSV file as the import wizard previews them: the header cells as
// column titles, up to maxRows records below. Reads only what it shows.
class CsvPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit CsvPreviewModel(QObject *parent = nullptr);

    // Loads the preview; false (and an empty model) when the file cannot be read.
    bool load(const QString &path, int maxRows = 8);
    void clear();
    const QString &error() const { return m_error; }
    const QStringList &header() const { return m_header; }
    // The previewed values of one header column, for showing what a field would receive.
    QStringList samples(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
    QList<qint64> m_lines;
    QString m_error;
};

} // namespace acc
