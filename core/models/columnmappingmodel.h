#pragma once

#include "import/filespec.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

namespace acc {

class CsvPreviewModel;

// How the columns of one export map onto the fields of its DATA.md file: one row per field
// (required ones marked), the header cell it is read from (editable), and sample values.
class ColumnMappingModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Field, SourceColumn, Samples, ColumnCount };

    explicit ColumnMappingModel(QObject *parent = nullptr);

    // Starts from the automatic match by name, then applies a remembered mapping.
    void setFile(import::FileKind kind, const QStringList &header,
                 const QHash<QString, QString> &remembered = {});
    void setSamples(const QList<QStringList> &samplesPerHeaderColumn);

    import::FileKind kind() const { return m_kind;
} const QStringList &header() const
{
    return m_header;
}
// field -> header cell, for every mapped field.
QHash<QString, QString> mapping() const;
// Required fields with no column, by name.
QStringList missingRequired() const;
// Header cells chosen for more than one field.
QStringList usedTwice() const;
bool isComplete() const
{
    return missingRequired().isEmpty() && usedTwice().isEmpty();
}

int rowCount(const QModelIndex &parent = {}) const override;
int columnCount(const QModelIndex &parent = {}) const override;
QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
Qt::ItemFlags flags(const QModelIndex &index) const override;
QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
void mappingChanged();

private:
import::FileKind m_kind = import::FileKind::Customers;
QStringList m_header;
QList<int> m_columnOf; // per field: header index or -1
QList<QStringList> m_samples;
}; // namespace acc

} // namespace acc
