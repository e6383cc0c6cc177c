#include "importfilesmodel.h"

#include "storage/mappingstore.h"

#include <QFileInfo>

namespace acc {

using import::FileKind;
using import::FileSpec;

ImportFilesModel::ImportFilesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString ImportFilesModel::kindName(FileKind kind)
{
    return FileSpec::of(kind).fileName();
}

void ImportFilesModel::addFiles(const QStringList &paths, Database *db)
{
    QList<Entry> added;
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        const bool known = std::any_of(m_entries.cbegin(), m_entries.cend(),
                                       [&absolute](const Entry &e) { return e.path == absolute; }) ||
                           std::any_of(added.cbegin(), added.cend(),
                                       [&absolute](const Entry &e) { return e.path == absolute; });
        if (known)
            continue;
        Entry e;
        e.path = absolute;
        e.header = import::readHeader(absolute);
        e.kind = e.header.kind;
        if (!e.kind && e.header.error.isEmpty())
            e.kind = FileSpec::kindNamed(QFileInfo(absolute).completeBaseName().toLower());
        if (e.header.error.isEmpty() && db) {
            const auto saved = mappingstore::find(*db, e.header.columns);
            const auto savedKind = saved ? FileSpec::kindNamed(saved->kind) : std::nullopt;
            if (savedKind) {
                e.kind = savedKind;
                e.mapping = saved->field;
                e.rememberedMapping = true;
            }
        }
        added.append(e);
    }
    if (added.isEmpty())
        return;
    beginInsertRows({}, static_cast<int>(m_entries.size()),
                    static_cast<int>(m_entries.size() + added.size() - 1));
    m_entries.append(added);
    endInsertRows();
    emit filesChanged();
}

void ImportFilesModel::removeRow(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    emit filesChanged();
}

void ImportFilesModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
    emit filesChanged();
}

void ImportFilesModel::setKind(int row, std::optional<FileKind> kind)
{
    Entry &e = m_entries[row];
    if (e.kind == kind)
        return;
    e.kind = kind;
    e.mapping.clear();
    e.rememberedMapping = false;
    emit dataChanged(index(row, Kind), index(row, Status));
    emit filesChanged();
}

void ImportFilesModel::setMapping(int row, const QHash<QString, QString> &mapping)
{
    m_entries[row].mapping = mapping;
    emit dataChanged(index(row, Status), index(row, Status));
    emit filesChanged();
}

bool ImportFilesModel::isReady(int row) const
{
    const Entry &e = m_entries.at(row);
    if (!e.header.error.isEmpty() || !e.kind)
        return false;
    const FileSpec &spec = FileSpec::of(*e.kind);
    const auto mapping = import::ColumnMapping::fromNames(spec, e.header.columns, e.mapping);
    for (std::size_t f = 0; f < spec.fields.size(); ++f) {
        if (spec.fields[f].required && mapping.columnOf[f] < 0)
            return false;
    }
    return true;
}

bool ImportFilesModel::allReady() const
{
    if (m_entries.isEmpty())
        return false;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (!isReady(i))
            return false;
    }
    return true;
}

QString ImportFilesModel::statusText(int row) const
{
    const Entry &e = m_entries.at(row);
    if (!e.header.error.isEmpty())
        return tr("Cannot be read: %1").arg(e.header.error);
    if (!e.kind)
        return tr("Unknown kind of file: choose what it holds");
    if (!isReady(row))
        return tr("Columns to map");
    if (e.rememberedMapping)
        return tr("Ready (remembered column mapping)");
    return tr("Ready");
}

QList<import::ImportFile> ImportFilesModel::importFiles() const
{
    QList<import::ImportFile> out;
    for (const Entry &e : m_entries) {
        import::ImportFile f;
        f.path = e.path;
        f.kind = e.kind;
        f.mapping = e.mapping;
        out.append(f);
    }
    return out;
}

int ImportFilesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int ImportFilesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportFilesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (static_cast<Column>(index.column())) {
    case File:
        if (role == Qt::DisplayRole)
            return QFileInfo(e.path).fileName();
        if (role == Qt::ToolTipRole)
            return e.path;
        break;
    case Kind:
        if (role == Qt::DisplayRole)
            return e.kind ? kindName(*e.kind) : tr("(choose)");
        if (role == Qt::EditRole)
            return e.kind ? QVariant(static_cast<int>(*e.kind)) : QVariant(-1);
        break;
    case Status:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return statusText(index.row());
        break;
    case ColumnCount:
        break;
    }
    return {};
}

bool ImportFilesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != Kind ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int k = value.toInt();
    if (k < -1 || k >= import::kFileKindCount)
        return false;
    setKind(index.row(), k < 0 ? std::nullopt : std::optional<FileKind>(static_cast<FileKind>(k)));
    return true;
}

Qt::ItemFlags ImportFilesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Kind && m_entries.at(index.row()).header.error.isEmpty())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ImportFilesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case File:
        return tr("File");
    case Kind:
        return tr("Holds");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

ImportMessagesModel::ImportMessagesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ImportMessagesModel::setReport(const import::ImportReport &report, int maxShown)
{
    beginResetModel();
    m_rows.clear();
    for (const auto &m : report.errors().mid(0, maxShown))
        m_rows.append({true, m});
    for (const auto &m : report.warnings().mid(0, maxShown))
        m_rows.append({false, m});
    endResetModel();
}

int ImportMessagesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ImportMessagesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportMessagesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == Qt::ToolTipRole)
        return r.message.toString();
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Severity:
        return r.error ? tr("Error") : tr("Warning");
    case File:
        return r.message.file;
    case Line:
        return r.message.line > 0 ? QVariant(r.message.line) : QVariant();
    case Column_:
        return r.message.column;
    case Value:
        return r.message.value;
    case Message:
        return r.message.text;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ImportMessagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Severity:
        return tr("Severity");
    case File:
        return tr("File");
    case Line:
        return tr("Line");
    case Column_:
        return tr("Column");
    case Value:
        return tr("Value");
    case Message:
        return tr("What is wrong");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace acc
