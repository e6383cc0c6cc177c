#pragma once

#include "import/importer.h"

#include <QAbstractTableModel>

namespace acc {

class Database;

// The files chosen for one import, with what each is recognised as (from its header, or
// from a remembered mapping) and whether its columns still need mapping.
class ImportFilesModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { File, Kind, Status, ColumnCount };

    struct Entry
    {
        QString path;
        import::HeaderInfo header;
        std::optional<import::FileKind> kind;
        QHash<QString, QString> mapping; // field -> header cell; empty: by name
        bool rememberedMapping = false;
    };

    explicit ImportFilesModel(QObject *parent = nullptr);

    // Reads each file's header; mappings remembered in db (when given) for the same header
    // apply. A path already in the list is not added twice.
    void addFiles(const QStringList &paths, Database *db = nullptr);
    void removeRow(int row);
    void clear();

    const QList<Entry> &entries() const { return m_entries; }
    void setKind(int row, std::optional<import::FileKind> kind);
    void setMapping(int row, const QHash<QString, QString> &mapping);

    // A file can be imported as it is: readable, of a known kind, every required field found.
    bool isReady(int row) const;
    bool allReady() const;
    QString statusText(int row) const;
    QList<import::ImportFile> importFiles() const;

    static QString kindName(import::FileKind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void filesChanged();

private:
    QList<Entry> m_entries;
};

// The errors and warnings of an import report, errors first, for a table and CSV export.
class ImportMessagesModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Severity, File, Line, Column_, Value, Message, ColumnCount };

    explicit ImportMessagesModel(QObject *parent = nullptr);

    // Shows at most maxShown errors and maxShown warnings.
    void setReport(const import::ImportReport &report, int maxShown = 100);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        bool error;
        import::ImportMessage message;
    };
    QList<Row> m_rows;
};

} // namespace acc
