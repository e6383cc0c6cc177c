#include "importtesthelpers.h"

#include <QDir>
#include <QtTest>

using namespace acc;
using namespace acc::import;
using namespace acc::import::testing;

// Every file of tests/data/import/awkward against its .expected outcome.
class TestAwkwardFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;

private slots:
    void files_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(ACC_TEST_DATA_DIR "/import/awkward"));
        const QStringList files = dir.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 19);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }

    void files()
    {
        QFETCH(QString, path);
        QFile expectedFile(path.left(path.size() - 4) + QLatin1String(".expected"));
        QVERIFY2(expectedFile.open(QIODevice::ReadOnly), qPrintable(expectedFile.fileName()));
        QString outcome;
        qint64 rows = -1;
        qint64 added = -1;
        QStringList expectedMessages;
        for (const QString &line : QString::fromUtf8(expectedFile.readAll()).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("outcome: ")))
                outcome = line.mid(9);
            else if (line.startsWith(QLatin1String("rows: ")))
                rows = line.mid(6).toLongLong();
            else if (line.startsWith(QLatin1String("added: ")))
                added = line.mid(7).toLongLong();
            else if (!line.isEmpty())
                expectedMessages.append(line);
        }

        Database db;
        QString error;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_serial)), &error));
        const ImportReport base =
            importTexts(db, m_dir,
                        {{QStringLiteral("customers.csv"),
                          "customer_id,name,acquired_on\nC1,Acme,2023-01-01\nC2,Beta,2023-01-01\n"}});
        QVERIFY(base.committed);
        const QString before = snapshot(db);

        Importer importer(db);
        const ImportReport r = importer.run({{path, {}, std::nullopt, {}}}, {});
        QStringList got;
        for (const ImportMessage &m : r.errors())
            got.append(QLatin1String("error: ") + m.toString());
        for (const ImportMessage &m : r.warnings())
            got.append(QLatin1String("warning: ") + m.toString());
        QCOMPARE(got, expectedMessages);
        QCOMPARE(r.committed ? QStringLiteral("committed") : QStringLiteral("rejected"), outcome);
        QCOMPARE(r.files.size(), 1);
        QCOMPARE(r.files[0].rows, rows);
        if (r.committed)
            QCOMPARE(r.files[0].added, added);
        else
            QCOMPARE(snapshot(db), before);
    }
};

QTEST_GUILESS_MAIN(TestAwkwardFiles)
#include "tst_awkwardfiles.moc"
