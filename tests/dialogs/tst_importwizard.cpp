// The import wizard driven as a person would: add files, choose what a file holds, map
// the columns of an export whose headers differ, validate, import; the mapping is
// remembered; a bad file writes nothing and its problems can be saved as CSV.
#include "dialogs/importwizard/importpages.h"
#include "dialogs/importwizard/importwizard.h"
#include "mainwindow.h"
#include "models/columnmappingmodel.h"
#include "models/importfilesmodel.h"
#include "models/importjob.h"
#include "models/metricsservice.h"
#include "storage/database.h"
#include "storage/datastore.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace acc;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

QAbstractButton *next(QWizard &w)
{
    return w.button(QWizard::NextButton);
}

bool jobDone(ImportWizard &w)
{
    return w.currentJob() && !w.currentJob()->isRunning() && w.currentPage()->isComplete();
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

    std::size_t customerCount()
    {
        Database db;
        QString error;
        if (!db.open(m_db, &error))
            return 0;
        const auto data = loadDataset(db, &error);
        return data ? data->customers.size() : 0;
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("company.sqlite"));
        writeFile(m_dir.filePath(QStringLiteral("customers.csv")),
                  "customer_id,name,segment,acquired_on\n"
                  "C1,Müller GmbH,SMB,2025-01-10\n"
                  "C2,東京トレーディング株式会社,Enterprise,2025-02-01\n"
                  "C3,Αθηνά Α.Ε.,SMB,2025-03-01\n");
        // An export from a till system: its own headers, semicolons.
        writeFile(m_dir.filePath(QStringLiteral("till-export.csv")),
                  "Order No;Client;Date;Total;Product group\n"
                  "T-1;C1;2025-04-01;120.50;Books\n"
                  "T-2;C2;2025-04-02;-20.00;Books\n");
    }

    void mapsValidatesAndImports()
    {
        ImportWizard wizard(m_db);
        QSignalSpy imported(&wizard, &ImportWizard::imported);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.addFiles({m_dir.filePath(QStringLiteral("customers.csv")),
                         m_dir.filePath(QStringLiteral("till-export.csv"))});
        ImportFilesModel *files = wizard.files();
        QCOMPARE(files->rowCount(), 2);
        QCOMPARE(files->entries()[0].kind, std::optional(import::FileKind::Customers));
        QVERIFY(!files->entries()[1].kind.has_value());
        QCOMPARE(files->statusText(1), QStringLiteral("Unknown kind of file: choose what it holds"));
        QVERIFY(!next(wizard)->isEnabled());

        // Say what the export holds, through the table's editor.
        auto *page = static_cast<ImportFilesPage *>(wizard.page(ImportWizard::FilesPage));
        const QModelIndex kindCell = files->index(1, ImportFilesModel::Kind);
        page->table()->setCurrentIndex(kindCell); // opens the editor (CurrentChanged)
        auto *kindCombo = page->table()->findChild<QComboBox *>();
        QVERIFY(kindCombo);
        kindCombo->setCurrentIndex(kindCombo->findText(QStringLiteral("orders.csv")));
        emit kindCombo->activated(kindCombo->currentIndex());
        QCOMPARE(files->entries()[1].kind, std::optional(import::FileKind::Orders));
        QCOMPARE(files->statusText(1), QStringLiteral("Columns to map"));
        QVERIFY(next(wizard)->isEnabled());

        QTest::mouseClick(next(wizard), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
        auto *mapping = static_cast<ImportMappingPage *>(wizard.page(ImportWizard::MappingPage));
        ColumnMappingModel *columns = mapping->mappingModel();
        QCOMPARE(columns->kind(), import::FileKind::Orders);
        QCOMPARE(columns->missingRequired(),
                 QStringList({QStringLiteral("order_id"), QStringLiteral("customer_id"),
                              QStringLiteral("ordered_on"), QStringLiteral("amount")}));
        QVERIFY(!next(wizard)->isEnabled());
        const QStringList fields{QStringLiteral("order_id"), QStringLiteral("customer_id"),
                                 QStringLiteral("ordered_on"), QStringLiteral("amount"),
                                 QStringLiteral("category")};
        const QStringList cells{QStringLiteral("Order No"), QStringLiteral("Client"), QStringLiteral("Date"),
                                QStringLiteral("Total"), QStringLiteral("Product group")};
        for (int i = 0; i < fields.size(); ++i)
            QVERIFY(columns->setData(columns->index(i, ColumnMappingModel::SourceColumn), cells[i]));
        QVERIFY(columns->isComplete());
        QCOMPARE(columns->index(3, ColumnMappingModel::Samples).data().toString(),
                 QStringLiteral("120.50 · -20.00"));
        QVERIFY(next(wizard)->isEnabled());

        QTest::mouseClick(next(wizard), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ImportWizard::ValidatePage));
        QTRY_VERIFY_WITH_TIMEOUT(jobDone(wizard), 10000);
        QCOMPARE(customerCount(), std::size_t(0)); // validation writes nothing

        QTest::mouseClick(next(wizard), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ImportWizard::RunPage));
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 10000);
        QCOMPARE(customerCount(), std::size_t(3));
        Database db;
        QString error;
        QVERIFY(db.open(m_db, &error));
        const auto data = loadDataset(db, &error);
        QCOMPARE(data->orders.size(), std::size_t(2));
        QCOMPARE(data->customers[1].name, QStringLiteral("東京トレーディング株式会社"));
        QCOMPARE(data->orders[0].category, QStringLiteral("Books"));
    }

    // Replacing the whole company is confirmed before anything is deleted: Cancel keeps the
    // wizard on the check and the data as it was; Replace imports and empties the rest.
    void replaceAllIsConfirmed()
    {
        const QString spec = m_dir.filePath(QStringLiteral("replace.sqlite"));
        {
            ImportWizard first(spec);
            first.addFiles({m_dir.filePath(QStringLiteral("customers.csv"))});
            first.show();
            QTest::mouseClick(next(first), Qt::LeftButton); // to the check
            QTRY_VERIFY_WITH_TIMEOUT(jobDone(first), 10000);
            QTest::mouseClick(next(first), Qt::LeftButton); // import
            QTRY_VERIFY_WITH_TIMEOUT(jobDone(first), 10000);
        }
        writeFile(m_dir.filePath(QStringLiteral("one.csv")),
                  "customer_id,name,acquired_on\nZ1,Zeta,2025-05-01\n");
        auto customersIn = [&spec] {
            Database db;
            QString error;
            const auto data = db.open(spec, &error) ? loadDataset(db, &error) : std::nullopt;
            return data ? data->customers.size() : std::size_t(99);
        };
        QCOMPARE(customersIn(), std::size_t(3));
        for (const bool confirm : {false, true}) {
            ImportWizard wizard(spec);
            wizard.addFiles({m_dir.filePath(QStringLiteral("one.csv"))});
            wizard.show();
            auto *page = static_cast<ImportFilesPage *>(wizard.page(ImportWizard::FilesPage));
            QTest::mouseClick(page->replaceBox(), Qt::LeftButton);
            QVERIFY(wizard.replaceAll());
            QTest::mouseClick(next(wizard), Qt::LeftButton);
            QCOMPARE(wizard.currentId(), int(ImportWizard::ValidatePage));
            QTRY_VERIFY_WITH_TIMEOUT(jobDone(wizard), 10000);
            // Answers the question once it is on screen: Escape, or a click on Replace.
            bool asked = false;
            QTimer answer;
            answer.setInterval(20);
            connect(&answer, &QTimer::timeout, this, [&] {
                for (QWidget *w : QApplication::topLevelWidgets()) {
                    auto *box = qobject_cast<QMessageBox *>(w);
                    if (!box || !box->isVisible() || box->objectName() != QLatin1String("confirmReplaceAll"))
                        continue;
                    asked = true;
                    answer.stop();
                    if (!confirm) {
                        QTest::keyClick(box, Qt::Key_Escape);
                        return;
                    }
                    for (QAbstractButton *b : box->buttons()) {
                        if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                            QTest::mouseClick(b, Qt::LeftButton);
                    }
                }
            });
            answer.start();
            QTest::mouseClick(next(wizard), Qt::LeftButton);
            QVERIFY(asked);
            if (!confirm) {
                QCOMPARE(wizard.currentId(), int(ImportWizard::ValidatePage));
                QCOMPARE(customersIn(), std::size_t(3));
                continue;
            }
            QCOMPARE(wizard.currentId(), int(ImportWizard::RunPage));
            QTRY_VERIFY_WITH_TIMEOUT(jobDone(wizard), 10000);
            QCOMPARE(customersIn(), std::size_t(1));
        }
    }

    void remembersTheMapping()
    {
        writeFile(m_dir.filePath(QStringLiteral("till-export-may.csv")),
                  "Order No;Client;Date;Total;Product group\n"
                  "T-3;C3;2025-05-01;99.00;Music\n");
        ImportWizard wizard(m_db);
        wizard.addFiles({m_dir.filePath(QStringLiteral("till-export-may.csv"))});
        QCOMPARE(wizard.files()->entries()[0].kind, std::optional(import::FileKind::Orders));
        QCOMPARE(wizard.files()->statusText(0), QStringLiteral("Ready (remembered column mapping)"));
        QVERIFY(wizard.files()->allReady());
    }

    void fromTheMainWindow()
    {
        // Files dropped on the window open the wizard with them; after the import every
        // view reloads from the database.
        MetricsService service;
        MainWindow window(&service);
        QVERIFY(window.openDatabase(m_db));
        QTRY_VERIFY_WITH_TIMEOUT(service.snapshot() != nullptr, 10000);
        QCOMPARE(service.snapshot()->data->customers.size(), std::size_t(3));
        writeFile(m_dir.filePath(QStringLiteral("customers-new.csv")),
                  "customer_id,name,acquired_on\nC4,Zoë's Café,2025-06-01\n");
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("customers-new.csv")))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        auto *wizard = window.findChild<ImportWizard *>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        QCOMPARE(wizard->files()->rowCount(), 1);
        QTest::mouseClick(next(*wizard), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(jobDone(*wizard), 10000);
        QTest::mouseClick(next(*wizard), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(jobDone(*wizard), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(service.snapshot() && service.snapshot()->data->customers.size() == 4,
                                 10000);
        wizard->accept();
    }

    void aBadFileWritesNothing()
    {
        writeFile(m_dir.filePath(QStringLiteral("customers-bad.csv")), "customer_id,name,acquired_on\n"
                                                                       "C9,Société Générale,2025-13-01\n");
        ImportWizard wizard(m_db);
        wizard.show();
        wizard.addFiles({m_dir.filePath(QStringLiteral("customers-bad.csv"))});
        QVERIFY(next(wizard)->isEnabled());
        QTest::mouseClick(next(wizard), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ImportWizard::ValidatePage)); // ready as it is: no mapping page
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentJob() && !wizard.currentJob()->isRunning(), 10000);
        QTest::qWait(50);
        QVERIFY(!wizard.currentPage()->isComplete());
        QVERIFY(!next(wizard)->isEnabled());
        auto *page = static_cast<ImportJobPage *>(wizard.currentPage());
        QVERIFY2(page->summary()->text().contains(QLatin1String("Nothing was written")),
                 qPrintable(page->summary()->text()));
        QCOMPARE(page->messages()->rowCount(), 1);
        const QString message = page->messages()->index(0, 5).data().toString();
        QVERIFY2(!message.isEmpty(), "the error says what is wrong");
        QCOMPARE(page->messages()->index(0, 2).data().toInt(), 2); // line 2
        const QString csv = m_dir.filePath(QStringLiteral("problems.csv"));
        QString error;
        QVERIFY2(page->saveMessages(csv, &error), qPrintable(error));
        QFile saved(csv);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray content = saved.readAll();
        QVERIFY(content.contains("customers-bad.csv"));
        QVERIFY(content.contains("2025-13-01"));
        // Never over a file being imported, nor over the company database (issue 8, defect 4).
        const QString input = m_dir.filePath(QStringLiteral("customers-bad.csv"));
        QVERIFY(!page->saveMessages(input, &error));
        QVERIFY2(error.contains(QLatin1String("input file")), qPrintable(error));
        QFile inputFile(input);
        QVERIFY(inputFile.open(QIODevice::ReadOnly));
        QCOMPARE(inputFile.readAll(),
                 QByteArray("customer_id,name,acquired_on\nC9,Société Générale,2025-13-01\n"));
        QVERIFY(!page->saveMessages(m_db, &error));
        QVERIFY2(error.contains(QLatin1String("company database")), qPrintable(error));
        QCOMPARE(customerCount(), std::size_t(4)); // unchanged
        wizard.reject();
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
