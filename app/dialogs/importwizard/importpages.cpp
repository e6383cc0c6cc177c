#include "importpages.h"

#include "choicedelegate.h"
#include "importwizard.h"
#include "models/columnmappingmodel.h"
#include "models/csvpreviewmodel.h"
#include "models/importfilesmodel.h"
#include "models/importjob.h"
#include "report/outputfile.h"
#include "storage/mappingstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace acc {

namespace {

QTableView *makeTable(QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::CurrentChanged | QAbstractItemView::SelectedClicked |
                           QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    return table;
}

QStringList csvPaths(const QMimeData *mime)
{
    QStringList paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

} // namespace

// ---------------------------------------------------------------------------------------
ImportFilesPage::ImportFilesPage(ImportWizard *wizard, ImportFilesModel *files)
    : m_wizard(wizard)
    , m_files(files)
    , m_table(makeTable(this))
    , m_replace(new QCheckBox(
          tr("&Replace the whole company with these files (data of kinds without a file is deleted)"), this))
    , m_dateFormat(new QLineEdit(this))
{
    setTitle(tr("Choose the files to import"));
    setSubTitle(tr("Customers, orders, contacts, feedback and spend exports (CSV). Drop files here or add "
                   "them; each file's kind is recognised from its header."));
    setAcceptDrops(true);

    m_table->setModel(files);
    m_table->setItemDelegateForColumn(
        ImportFilesModel::Kind,
        new ChoiceDelegate(
            [](const QModelIndex &) {
                ChoiceDelegate::Choices c;
                c.append({tr("(choose)"), -1});
                for (int k = 0; k < import::kFileKindCount; ++k)
                    c.append({ImportFilesModel::kindName(static_cast<import::FileKind>(k)), k});
                return c;
            },
            m_table));
    m_table->horizontalHeader()->setSectionResizeMode(ImportFilesModel::File, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(ImportFilesModel::Kind, 180);

    auto *add = new QPushButton(tr("&Add files…"), this);
    auto *remove = new QPushButton(tr("Re&move"), this);
    connect(add, &QPushButton::clicked, this, &ImportFilesPage::chooseFiles);
    connect(remove, &QPushButton::clicked, this, &ImportFilesPage::removeSelected);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();

    m_dateFormat->setPlaceholderText(tr("YYYY-MM-DD (ISO 8601)"));
    m_dateFormat->setToolTip(
        tr("Only for exports that write dates otherwise, e.g. dd.MM.yyyy or MM/dd/yyyy"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Date format:"), m_dateFormat);
    form->addRow(QString(), m_replace);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addLayout(form);

    connect(files, &ImportFilesModel::filesChanged, this, &QWizardPage::completeChanged);
    registerField(QStringLiteral("replace"), m_replace);
    registerField(QStringLiteral("dateFormat"), m_dateFormat);
}

bool ImportFilesPage::isComplete() const
{
    if (m_files->rowCount() == 0)
        return false;
    for (const auto &e : m_files->entries()) {
        if (!e.header.error.isEmpty() || !e.kind)
            return false;
    }
    return true;
}

int ImportFilesPage::nextId() const
{
    return m_files->allReady() ? ImportWizard::ValidatePage : ImportWizard::MappingPage;
}

void ImportFilesPage::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add files to import"), QString(),
                                                            tr("CSV files (*.csv *.txt);;All files (*)"));
    m_wizard->addFiles(paths);
}

void ImportFilesPage::removeSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        m_files->removeRow(current.row());
}

void ImportFilesPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!csvPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImportFilesPage::dropEvent(QDropEvent *event)
{
    m_wizard->addFiles(csvPaths(event->mimeData()));
    event->acceptProposedAction();
}

// ---------------------------------------------------------------------------------------
ImportMappingPage::ImportMappingPage(ImportWizard *wizard, ImportFilesModel *files)
    : m_wizard(wizard)
    , m_files(files)
    , m_file(new QComboBox(this))
    , m_mapping(new ColumnMappingModel(this))
    , m_preview(new CsvPreviewModel(this))
    , m_mappingTable(makeTable(this))
    , m_previewTable(makeTable(this))
    , m_problems(new QLabel(this))
    , m_remember(new QCheckBox(tr("R&emember this mapping for exports with the same columns"), this))
{
    setTitle(tr("Map the columns"));
    setSubTitle(tr("Tell Accountable which column of each export holds which field. Fields marked * are "
                   "required."));
    m_remember->setChecked(true);
    m_mappingTable->setModel(m_mapping);
    m_mappingTable->setItemDelegateForColumn(ColumnMappingModel::SourceColumn,
                                             new ChoiceDelegate(
                                                 [this](const QModelIndex &) {
                                                     ChoiceDelegate::Choices c;
                                                     c.append({tr("(not in this file)"), QString()});
                                                     for (const QString &cell : m_mapping->header())
                                                         c.append({cell, cell});
                                                     return c;
                                                 },
                                                 m_mappingTable));
    m_mappingTable->setColumnWidth(ColumnMappingModel::Field, 200);
    m_mappingTable->setColumnWidth(ColumnMappingModel::SourceColumn, 240);
    m_previewTable->setModel(m_preview);
    m_previewTable->verticalHeader()->setVisible(true);
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setWordWrap(true);

    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    auto *top = new QHBoxLayout;
    top->addWidget(fileLabel);
    top->addWidget(m_file, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_mappingTable, 3);
    layout->addWidget(m_problems);
    layout->addWidget(new QLabel(tr("First rows of the file:"), this));
    layout->addWidget(m_previewTable, 2);
    layout->addWidget(m_remember);

    connect(m_file, &QComboBox::currentIndexChanged, this,
            [this](int i) { showFile(m_file->itemData(i).toInt()); });
    connect(m_mapping, &ColumnMappingModel::mappingChanged, this, [this] {
        if (m_row >= 0 && m_row < m_files->rowCount())
            m_files->setMapping(m_row, m_mapping->mapping());
        updateProblems();
        emit completeChanged();
    });
}

void ImportMappingPage::initializePage()
{
    m_file->blockSignals(true);
    m_file->clear();
    int firstToMap = -1;
    for (int row = 0; row < m_files->rowCount(); ++row) {
        const auto &e = m_files->entries().at(row);
        if (!e.header.error.isEmpty() || !e.kind)
            continue;
        m_file->addItem(
            QStringLiteral("%1 (%2)").arg(m_files->index(row, ImportFilesModel::File).data().toString(),
                                          ImportFilesModel::kindName(*e.kind)),
            row);
        if (firstToMap < 0 && !m_files->isReady(row))
            firstToMap = m_file->count() - 1;
    }
    m_file->blockSignals(false);
    m_file->setCurrentIndex(std::max(firstToMap, 0));
    showFile(m_file->currentData().toInt());
}

void ImportMappingPage::showFile(int row)
{
    if (row < 0 || row >= m_files->rowCount())
        return;
    m_row = -1; // no write-back while the model resets
    const auto &e = m_files->entries().at(row);
    m_preview->load(e.path);
    m_mapping->setFile(*e.kind, e.header.columns, e.mapping);
    QList<QStringList> samples;
    for (int c = 0; c < m_preview->header().size(); ++c)
        samples.append(m_preview->samples(c));
    m_mapping->setSamples(samples);
    m_row = row;
    m_files->setMapping(row, m_mapping->mapping());
    updateProblems();
    emit completeChanged();
}

void ImportMappingPage::updateProblems()
{
    QStringList problems;
    const QStringList missing = m_mapping->missingRequired();
    if (!missing.isEmpty())
        problems.append(tr("Required fields without a column: %1").arg(missing.join(QLatin1String(", "))));
    const QStringList twice = m_mapping->usedTwice();
    if (!twice.isEmpty())
        problems.append(tr("Columns chosen for two fields: %1").arg(twice.join(QLatin1String(", "))));
    for (int row = 0; row < m_files->rowCount(); ++row) {
        if (row != m_row && !m_files->isReady(row))
            problems.append(tr("%1 still needs its columns mapped")
                                .arg(m_files->index(row, ImportFilesModel::File).data().toString()));
    }
    m_problems->setText(problems.isEmpty() ? tr("✔ Every required field has a column.")
                                           : QStringLiteral("✖ ") + problems.join(QStringLiteral("\n✖ ")));
}

bool ImportMappingPage::isComplete() const
{
    return m_files->allReady() && m_mapping->usedTwice().isEmpty();
}

bool ImportMappingPage::validatePage()
{
    if (!m_remember->isChecked() || !m_wizard->database())
        return true;
    for (const auto &e : m_files->entries()) {
        if (e.mapping.isEmpty() || !e.kind)
            continue;
        SavedMapping saved;
        saved.kind = import::FileSpec::of(*e.kind).name;
        saved.field = e.mapping;
        QString error;
        if (!mappingstore::save(*m_wizard->database(), e.header.columns, saved, &error))
            QMessageBox::warning(this, tr("Column mapping"), error);
    }
    return true;
}

// ---------------------------------------------------------------------------------------
ImportJobPage::ImportJobPage(ImportWizard *wizard, ImportFilesModel *files, bool validateOnly)
    : m_wizard(wizard)
    , m_files(files)
    , m_validateOnly(validateOnly)
    , m_job(new ImportJob(this))
    , m_messages(new ImportMessagesModel(this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_table(makeTable(this))
    , m_save(new QPushButton(tr("&Save the list as CSV…"), this))
    , m_cancel(new QPushButton(tr("&Cancel the import"), this))
{
    setTitle(validateOnly ? tr("Check the data") : tr("Import"));
    setSubTitle(validateOnly ? tr("Every row of every file is checked before anything is written.")
                             : tr("All files are written in one transaction: all of it, or nothing."));
    if (!validateOnly)
        setFinalPage(true);
    m_progress->setRange(0, 1000);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setModel(m_messages);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_save->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_job, &ImportJob::progress, this, [this](double fraction, const QString &file, qint64 rows) {
        m_progress->setValue(static_cast<int>(fraction * 1000.0));
        m_summary->setText(tr("Reading %1 … %2 rows").arg(file, QLocale().toString(rows)));
    });
    connect(m_job, &ImportJob::finished, this, &ImportJobPage::finished);
    connect(m_save, &QPushButton::clicked, this, &ImportJobPage::saveMessagesAs);
    connect(m_cancel, &QPushButton::clicked, m_job, &ImportJob::cancel);
}

void ImportJobPage::initializePage()
{
    m_done = false;
    m_messages->setReport({});
    m_save->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setValue(0);
    m_summary->setText(m_validateOnly ? tr("Checking …") : tr("Importing …"));
    import::ImportOptions options;
    options.validateOnly = m_validateOnly;
    options.replace = m_wizard->replaceAll() ? import::Replace::All : import::Replace::None;
    options.dateFormat = m_wizard->dateFormat();
    m_job->start(m_wizard->databaseSpec(), m_files->importFiles(), options);
    emit completeChanged();
}

bool ImportJobPage::validatePage()
{
    if (!m_validateOnly || !m_wizard->replaceAll())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Replace the whole company"),
                    tr("Every customer, order, contact, answer and spend row held now is deleted, and the "
                       "company becomes exactly these files: kinds of data without a file end empty.\n\n"
                       "Replace the whole company?"),
                    QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmReplaceAll"));
    QPushButton *replace = box.addButton(tr("&Replace"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == replace;
}

void ImportJobPage::cleanupPage()
{
    if (m_job->isRunning()) {
        m_job->cancel();
        m_job->wait();
    }
}

bool ImportJobPage::isComplete() const
{
    if (!m_done)
        return false;
    const auto &report = m_job->report();
    return m_validateOnly ? !report.hasErrors() && !report.cancelled : true;
}

void ImportJobPage::finished()
{
    m_done = true;
    m_cancel->setEnabled(false);
    m_progress->setValue(1000);
    const import::ImportReport &report = m_job->report();
    m_messages->setReport(report);
    m_save->setEnabled(report.errorCount() + report.warningCount() > 0);
    const QLocale locale;
    QStringList lines;
    if (report.cancelled) {
        lines.append(tr("Cancelled. Nothing was written; the data is exactly as before."));
    } else if (report.hasErrors()) {
        lines.append(tr("%n error(s) found. Nothing was written.", nullptr,
                        int(std::min<qint64>(report.errorCount(), INT_MAX))));
        if (report.errorCount() > 100)
            lines.append(tr("The first 100 are listed; save the list as CSV to see them all."));
        lines.append(tr("Fix the files and import again."));
    } else {
        for (const auto &f : report.files) {
            lines.append(m_validateOnly ? tr("%1: %2 rows, all valid").arg(f.file, locale.toString(f.rows))
                                        : tr("%1: %2 rows (%3 added, %4 updated)")
                                              .arg(f.file, locale.toString(f.rows), locale.toString(f.added),
                                                   locale.toString(f.updated)));
        }
        if (const QString deleted = report.deletionSummary(); !deleted.isEmpty() && !m_validateOnly)
            lines.append(tr("Replaced: %1.").arg(deleted));
        if (report.warningCount() > 0)
            lines.append(tr("%n warning(s): the rows were accepted; see the list below.", nullptr,
                            int(std::min<qint64>(report.warningCount(), INT_MAX))));
        if (!m_validateOnly && report.committed)
            lines.append(tr("Imported. Every view now shows the new data."));
    }
    m_summary->setText(lines.join(QLatin1Char('\n')));
    if (!m_validateOnly && report.committed)
        emit m_wizard->imported();
    emit completeChanged();
}

bool ImportJobPage::saveMessages(const QString &path, QString *error) const
{
    // Never over the company database or a file being imported.
    QStringList inputs;
    for (const ImportFilesModel::Entry &entry : m_files->entries())
        inputs.append(entry.path);
    if (!checkOutputPath(path, m_wizard->databaseSpec(), inputs, error))
        return false;
    const QByteArray csv = m_job->report().messagesCsv();
    return writeOutputFile(
        path, [&csv](QIODevice &device, QString *) { return device.write(csv) == csv.size(); }, error);
}

void ImportJobPage::saveMessagesAs()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the list of problems"),
                                     QStringLiteral("import-problems.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveMessages(path, &error))
        QMessageBox::warning(this, tr("Save the list of problems"), error);
}

} // namespace acc
