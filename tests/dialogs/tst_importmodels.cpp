// The import wizard's models, checked by QAbstractItemModelTester and by hand.
#include "models/columnmappingmodel.h"
#include "models/csvpreviewmodel.h"
#include "models/importfilesmodel.h"
#include "storage/database.h"
#include "storage/mappingstore.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QtTest>

using namespace acc;

namespace {
QString writeFile(const QTemporaryDir &dir, const char *name, const QByteArray &content)
{
    const QString path = dir.filePath(QLatin1String(name));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
    return path;
}
} // namespace

class TestImportModels : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void preview()
    {
        // A quoted field with a line break: the next record starts on physical line 4.
        const QString path =
            writeFile(m_dir, "p.csv", "\xEF\xBB\xBFid;name\r\n1;\"Zoë's\r\nCafé\"\r\n2;Ørsted\r\n3;x\r\n");
        CsvPreviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.load(path, 2));
        QCOMPARE(model.header(), QStringList({QStringLiteral("id"), QStringLiteral("name")}));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("Zoë's\r\nCafé"));
        QCOMPARE(model.headerData(1, Qt::Vertical).toString(), QStringLiteral("line 4"));
        QCOMPARE(model.samples(1), QStringList({QStringLiteral("Zoë's\r\nCafé"), QStringLiteral("Ørsted")}));
        QVERIFY(!model.load(m_dir.filePath(QStringLiteral("missing.csv"))));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.error().isEmpty());
    }

    void columnMapping()
    {
        ColumnMappingModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList header{QStringLiteral("Month"), QStringLiteral("Programme"),
                                 QStringLiteral("Cost")};
        model.setFile(import::FileKind::Spend, header);
        // spend: month* matched by name; program* and amount* missing; segment optional.
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.missingRequired(), QStringList({QStringLiteral("program"), QStringLiteral("amount")}));
        QVERIFY(!model.isComplete());
        QVERIFY(model.setData(model.index(1, ColumnMappingModel::SourceColumn), QStringLiteral("Programme")));
        QVERIFY(model.setData(model.index(2, ColumnMappingModel::SourceColumn), QStringLiteral("Cost")));
        QVERIFY(!model.setData(model.index(2, ColumnMappingModel::SourceColumn),
                               QStringLiteral("No such column")));
        QVERIFY(model.isComplete());
        QCOMPARE(model.mapping().value(QStringLiteral("amount")), QStringLiteral("Cost"));
        // The same column for two fields is refused as incomplete.
        QVERIFY(model.setData(model.index(3, ColumnMappingModel::SourceColumn), QStringLiteral("Cost")));
        QCOMPARE(model.usedTwice(), QStringList({QStringLiteral("Cost")}));
        QVERIFY(!model.isComplete());
        QVERIFY(model.setData(model.index(3, ColumnMappingModel::SourceColumn), QString()));
        QVERIFY(model.isComplete());
        QCOMPARE(model.index(0, ColumnMappingModel::Field).data().toString(), QStringLiteral("month *"));
    }

    void filesAndRememberedMappings()
    {
        Database db;
        QString error;
        QVERIFY2(db.open(m_dir.filePath(QStringLiteral("m.sqlite")), &error), qPrintable(error));
        const QString canonical = writeFile(m_dir, "customers.csv", "customer_id,name,acquired_on\n");
        const QString other = writeFile(m_dir, "crm.csv", "Kundennr,Firma,Kunde seit\n");
        const QString empty = writeFile(m_dir, "empty.csv", "");
        ImportFilesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addFiles({canonical, other, empty, canonical}, &db);
        QCOMPARE(model.rowCount(), 3); // the same file once
        QVERIFY(model.isReady(0));
        QVERIFY(!model.isReady(1));
        QVERIFY(!model.isReady(2));
        QVERIFY(model.statusText(2).startsWith(QLatin1String("Cannot be read")));
        QVERIFY(!model.allReady());

        SavedMapping saved;
        saved.kind = QStringLiteral("customers");
        saved.field = {{QStringLiteral("customer_id"), QStringLiteral("Kundennr")},
                       {QStringLiteral("name"), QStringLiteral("Firma")},
                       {QStringLiteral("acquired_on"), QStringLiteral("Kunde seit")}};
        // Remembered by the header's cells, whatever their case and surrounding spaces.
        QVERIFY(mappingstore::save(
            db, {QStringLiteral(" KUNDENNR"), QStringLiteral("Firma "), QStringLiteral("kunde seit")}, saved,
            &error));
        ImportFilesModel again;
        again.addFiles({other}, &db);
        QCOMPARE(again.entries()[0].kind, std::optional(import::FileKind::Customers));
        QVERIFY(again.isReady(0));
        QCOMPARE(again.importFiles()[0].mapping.value(QStringLiteral("name")), QStringLiteral("Firma"));
        model.removeRow(2);
        QCOMPARE(model.rowCount(), 2);
    }

    void messages()
    {
        import::ImportReport report;
        report.addError({QStringLiteral("orders.csv"), 1834, QStringLiteral("amount"),
                         QStringLiteral("12,5O"), QStringLiteral("is not a decimal number")});
        report.addWarning({QStringLiteral("customers.csv"), 7, QStringLiteral("loss_reason"), QString(),
                           QStringLiteral("lost without a reason: imported as Unknown")});
        ImportMessagesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReport(report);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ImportMessagesModel::Severity).data().toString(), QStringLiteral("Error"));
        QCOMPARE(model.index(0, ImportMessagesModel::Line).data().toInt(), 1834);
        QCOMPARE(model.index(1, ImportMessagesModel::Severity).data().toString(), QStringLiteral("Warning"));
    }
};

QTEST_GUILESS_MAIN(TestImportModels)
#include "tst_importmodels.moc"
