#include "importwizard.h"

#include "importpages.h"
#include "models/importfilesmodel.h"
#include "models/importjob.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QLineEdit>

namespace acc {

ImportWizard::ImportWizard(const QString &databaseSpec, QWidget *parent)
    : QWizard(parent)
    , m_spec(databaseSpec)
    , m_db(std::make_unique<Database>())
    , m_files(new ImportFilesModel(this))
{
    setWindowTitle(tr("Import customer data"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setMinimumSize(960, 640);
    QString error;
    if (!m_db->open(databaseSpec, &error))
        m_db.reset(); // mappings are not remembered; the import itself reports the problem
    setPage(FilesPage, new ImportFilesPage(this, m_files));
    setPage(MappingPage, new ImportMappingPage(this, m_files));
    setPage(ValidatePage, new ImportJobPage(this, m_files, true));
    setPage(RunPage, new ImportJobPage(this, m_files, false));
    setStartId(FilesPage);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::addFiles(const QStringList &paths)
{
    m_files->addFiles(paths, m_db.get());
}

ImportJob *ImportWizard::currentJob() const
{
    auto *page = qobject_cast<ImportJobPage *>(currentPage());
    return page ? page->job() : nullptr;
}

bool ImportWizard::replaceAll() const
{
    return static_cast<ImportFilesPage *>(page(FilesPage))->replaceBox()->isChecked();
}

QString ImportWizard::dateFormat() const
{
    return static_cast<ImportFilesPage *>(page(FilesPage))->dateFormatEdit()->text().trimmed();
}

void ImportWizard::reject()
{
    ImportJob *job = currentJob();
    if (job && job->isRunning()) {
        // Cancel means nothing is written: the worker rolls its transaction back.
        job->cancel();
        job->wait();
    }
    QWizard::reject();
}

} // namespace acc
