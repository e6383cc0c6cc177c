// Replays a fuzz target (fuzz/fuzz_import.cpp, or fuzz/fuzz_json.cpp when built as
// tst_fuzzjsoncorpus) over its committed corpus with the ordinary build: every input that
// once mattered, crashes included, stays a regression test without clang or libFuzzer.
#include <QDir>
#include <QFile>
#include <QtTest>

#include <cstdint>

#ifndef ACC_FUZZ_MIN_CORPUS
#define ACC_FUZZ_MIN_CORPUS 40
#endif

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

class TestFuzzCorpus : public QObject
{
    Q_OBJECT
private slots:
    void corpus_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(ACC_FUZZ_CORPUS));
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        QVERIFY(files.size() >= ACC_FUZZ_MIN_CORPUS);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }

    void corpus()
    {
        QFETCH(QString, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        // traps (aborting the test) when an invariant breaks
        QCOMPARE(LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()),
                                        static_cast<size_t>(bytes.size())),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_fuzzcorpus.moc"
