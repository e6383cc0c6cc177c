#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace acc {

class ColumnMappingModel;
class CsvPreviewModel;
class ImportFilesModel;
class ImportJob;
class ImportMessagesModel;
class ImportWizard;

// 1. Which files, what each holds, replace or update, date format.
class ImportFilesPage final : public QWizardPage
{
    Q_OBJECT
public:
    ImportFilesPage(ImportWizard *wizard, ImportFilesModel *files);

    bool isComplete() const override;
    int nextId() const override;

    QCheckBox *replaceBox() const { return m_replace; }
    QLineEdit *dateFormatEdit() const { return m_dateFormat; }
    QTableView *table() const { return m_table; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseFiles();
    void removeSelected();

    ImportWizard *m_wizard;
    ImportFilesModel *m_files;
    QTableView *m_table;
    QCheckBox *m_replace;
    QLineEdit *m_dateFormat;
};

// 2. Map the columns of exports whose headers differ, with a preview of the first rows.
class ImportMappingPage final : public QWizardPage
{
    Q_OBJECT
public:
    ImportMappingPage(ImportWizard *wizard, ImportFilesModel *files);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QComboBox *fileChooser() const { return m_file; }
    ColumnMappingModel *mappingModel() const { return m_mapping; }
    QCheckBox *rememberBox() const { return m_remember; }

private:
    void showFile(int row);
    void updateProblems();

    ImportWizard *m_wizard;
    ImportFilesModel *m_files;
    QComboBox *m_file;
    ColumnMappingModel *m_mapping;
    CsvPreviewModel *m_preview;
    QTableView *m_mappingTable;
    QTableView *m_previewTable;
    QLabel *m_problems;
    QCheckBox *m_remember;
    int m_row = -1;
};

// 3 and 4. Runs the job (validate only, or the import) and shows its outcome.
class ImportJobPage final : public QWizardPage
{
    Q_OBJECT
public:
    ImportJobPage(ImportWizard *wizard, ImportFilesModel *files, bool validateOnly);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    // Leaving the check for the import: a replace of the whole company is confirmed first.
    bool validatePage() override;

    ImportJob *job() const { return m_job; }
    QLabel *summary() const { return m_summary; }
    ImportMessagesModel *messages() const { return m_messages; }
    bool saveMessages(const QString &path, QString *error) const;

private:
    void finished();
    void saveMessagesAs();

    ImportWizard *m_wizard;
    ImportFilesModel *m_files;
    bool m_validateOnly;
    ImportJob *m_job;
    ImportMessagesModel *m_messages;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTableView *m_table;
    QPushButton *m_save;
    QPushButton *m_cancel;
    bool m_done = false;
};

} // namespace acc
