// The table export's CSV (issue 8, defect 9): text a spreadsheet would run as a formula is
// neutralised with a leading ' and quotes, numbers stay numbers, raw columns stay raw;
// and the file is written whole or not at all.
#include "models/roles.h"
#include "report/csvwriter.h"

#include <QBuffer>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QtTest>

using namespace acc;

namespace {

QStandardItem *item(const QString &text, const QVariant &value = {})
{
    auto *i = new QStandardItem(text);
    if (value.isValid())
        i->setData(value, roleId(Role::Value));
    return i;
}

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT
private slots:
    void neutralisesFormulas()
    {
        QStandardItemModel model(0, 3);
        model.setHorizontalHeaderLabels(
            {QStringLiteral("Name"), QStringLiteral("Note"), QStringLiteral("Value")});
        model.appendRow({item(QStringLiteral("=HYPERLINK(\"http://evil\",\"click\")")),
                         item(QStringLiteral("-4.99")), item(QStringLiteral("-1,234.50"), -1234.5)});
        model.appendRow({item(QStringLiteral("@SUM(A1:A9)")), item(QStringLiteral("+cmd|' /C calc'!A0")),
                         item(QStringLiteral("12.00"), 12.0)});
        model.appendRow({item(QStringLiteral("Müller GmbH")), item(QStringLiteral("\tx")), item(QString())});
        CsvWriter writer;
        writer.setRawColumn(2, 2);
        writer.setHeader(0, QStringLiteral("-Name"));
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY2(writer.write(model, buffer, &error), qPrintable(error));
        const QByteArray expected = "\xEF\xBB\xBF"
                                    "\"'-Name\",Note,Value\r\n"
                                    "\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\",-4.99,-1234.50\r\n"
                                    "\"'@SUM(A1:A9)\",\"'+cmd|' /C calc'!A0\",12.00\r\n"
                                    "Müller GmbH,\"'\tx\",\r\n";
        QCOMPARE(buffer.data(), expected);
    }

    void aFailedWriteLeavesTheOldFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("t.csv"));
        QStandardItemModel model(1, 1);
        model.setItem(0, 0, item(QStringLiteral("x")));
        QString error;
        QVERIFY2(CsvWriter().writeFile(model, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().endsWith("x\r\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("t.csv")});
        if (QFileInfo(QStringLiteral("/dev/full")).exists()) {
            QVERIFY(!CsvWriter().writeFile(model, QStringLiteral("/dev/full"), &error));
            QVERIFY2(error.contains(QLatin1String("/dev/full")), qPrintable(error));
            QVERIFY(QFileInfo(QStringLiteral("/dev/full")).exists() &&
                    !QFileInfo(QStringLiteral("/dev/full")).isFile());
        }
    }
};

QTEST_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
