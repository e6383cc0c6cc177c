#pragma once

#include <QStringList>
#include <QWizard>

#include <memory>

namespace acc {

class Database;
class ImportFilesModel;
class ImportJob;

// The import wizard: choose files (or drop them), see what each is recognised as, map the
// columns of exports whose headers differ from DATA.md (remembered for the next export with
// the same header), validate everything before anything is written, then import on a
// worker thread with a working Cancel. Nothing is written unless every row of every file
// is valid.
class ImportWizard final : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilesPage, MappingPage, ValidatePage, RunPage };

    explicit ImportWizard(const QString &databaseSpec, QWidget *parent = nullptr);
    ~ImportWizard() override;

    void addFiles(const QStringList &paths);

    ImportFilesModel *files() const { return m_files; }
    Database *database() const { return m_db.get(); }
    const QString &databaseSpec() const { return m_spec; }
    // The job of the page on show (validation or import); for tests.
    ImportJob *currentJob() const;

    bool replaceAll() const;
    QString dateFormat() const;

signals:
    // The data was written: every view should reload.
    void imported();

public slots:
    void reject() override;

private:
    QString m_spec;
    std::unique_ptr<Database> m_db;
    ImportFilesModel *m_files = nullptr;
};

} // namespace acc
