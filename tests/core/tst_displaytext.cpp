#include "models/displaytext.h"

#include <QtTest>

using namespace acc;

class TestDisplayText : public QObject
{
    Q_OBJECT
private slots:
    void safe_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << QStringLiteral("Price") << QStringLiteral("Price");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("tab and newline") << QStringLiteral("a\tb\nc\r") << QStringLiteral("a␉b␊c␍");
        QTest::newRow("terminal title")
            << QStringLiteral("\u001b]0;pwned\u0007x") << QStringLiteral("␛]0;pwned␇x");
        QTest::newRow("clear screen") << QStringLiteral("\u001b[2JLate") << QStringLiteral("␛[2JLate");
        QTest::newRow("nul and unit separator")
            << (QString(QChar(0)) + QStringLiteral("a\u001f")) << QStringLiteral("␀a␟");
        QTest::newRow("delete") << QStringLiteral("a\u007fb") << QStringLiteral("a␡b");
        QTest::newRow("C1 controls") << QStringLiteral("\u0080a\u0085b\u009b")
                                     << QStringLiteral("\ufffda\ufffdb\ufffd");
        QTest::newRow("right-to-left override")
            << QStringLiteral("\u202eexe.live Trading") << QStringLiteral("\ufffdexe.live Trading");
        QTest::newRow("embeddings and isolates")
            << QStringLiteral("\u202aa\u202bb\u202cc\u202dd\u2066e\u2067f\u2068g\u2069")
            << QStringLiteral("\ufffda\ufffdb\ufffdc\ufffdd\ufffde\ufffdf\ufffdg\ufffd");
        QTest::newRow("line and paragraph separators")
            << QStringLiteral("a\u2028b\u2029c") << QStringLiteral("a\ufffdb\ufffdc");
        QTest::newRow("scripts and emoji kept") << QStringLiteral("東京 Αθηνά עברית عربي Müller 😀 é")
                                                << QStringLiteral("東京 Αθηνά עברית عربي Müller 😀 é");
        QTest::newRow("no-break space and marks kept")
            << QStringLiteral("a\u00a0b\u200ec") << QStringLiteral("a\u00a0b\u200ec");
    }
    void safe()
    {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        QCOMPARE(display::safe(text), shown);
    }

    void shorten_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("maxChars");
        QTest::addColumn<QString>("shown");
        QTest::newRow("short") << QStringLiteral("Price") << 10 << QStringLiteral("Price");
        QTest::newRow("exactly the bound")
            << QStringLiteral("abcdefghij") << 10 << QStringLiteral("abcdefghij");
        QTest::newRow("one over") << QStringLiteral("abcdefghijk") << 10 << QStringLiteral("abcdefghi…");
        QTest::newRow("space before the cut dropped")
            << QStringLiteral("abcd efghijk") << 6 << QStringLiteral("abcd…");
        QTest::newRow("surrogate pair kept whole")
            << QStringLiteral("abcd😀xyz") << 6 << QStringLiteral("abcd…");
        QTest::newRow("surrogate pair before the cut")
            << QStringLiteral("abc😀xyz") << 6 << QStringLiteral("abc😀…");
        QTest::newRow("combining mark kept with its letter")
            << QStringLiteral("abcde\u0301fgh") << 6 << QStringLiteral("abcd…");
        QTest::newRow("controls cleaned after the cut")
            << QStringLiteral("ab\u001bcdefgh") << 5 << QStringLiteral("ab␛c…");
        QTest::newRow("override at the start")
            << QStringLiteral("\u202eabcdef") << 4 << QStringLiteral("\ufffdab…");
        QTest::newRow("bound of one") << QStringLiteral("abc") << 1 << QStringLiteral("…");
    }
    void shorten()
    {
        QFETCH(QString, text);
        QFETCH(int, maxChars);
        QFETCH(QString, shown);
        QCOMPARE(display::shorten(text, maxChars), shown);
    }

    void shortenMebibyte()
    {
        const QString text(1 << 20, QLatin1Char('x'));
        const QString shown = display::shorten(text, 120);
        QCOMPARE(shown.size(), 120);
        QCOMPARE(shown, QString(119, QLatin1Char('x')) + QStringLiteral("…"));
        // Linear: a thousand cuts of a 1 MiB text read a few characters each.
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(display::shorten(text, 120).size(), 120);
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }

    void uniqueLabels_data()
    {
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<int>("maxChars");
        QTest::addColumn<QStringList>("labels");
        QTest::newRow("distinct") << QStringList{QStringLiteral("Price"), QStringLiteral("Moved")} << 20
                                  << QStringList{QStringLiteral("Price"), QStringLiteral("Moved")};
        QTest::newRow("differ in spacing")
            << QStringList{QStringLiteral("Service failure"), QStringLiteral("Service  failure"),
                           QStringLiteral("Price")}
            << 120
            << QStringList{QStringLiteral("Service failure"), QStringLiteral("Service failure (2)"),
                           QStringLiteral("Price")};
        QTest::newRow("three alike") << QStringList{QStringLiteral("A"), QStringLiteral(" A"),
                                                    QStringLiteral("A ")}
                                     << 20
                                     << QStringList{QStringLiteral("A"), QStringLiteral("A (2)"),
                                                    QStringLiteral("A (3)")};
        QTest::newRow("suffix already taken")
            << QStringList{QStringLiteral("A"), QStringLiteral("A"), QStringLiteral("A (2)")} << 20
            << QStringList{QStringLiteral("A"), QStringLiteral("A (3)"), QStringLiteral("A (2)")};
        QTest::newRow("case kept apart")
            << QStringList{QStringLiteral("price"), QStringLiteral("Price")} << 20
            << QStringList{QStringLiteral("price"), QStringLiteral("Price")};
        QTest::newRow("newline is not a space")
            << QStringList{QStringLiteral("a\nb"), QStringLiteral("a b")} << 20
            << QStringList{QStringLiteral("a␊b"), QStringLiteral("a b")};
        QTest::newRow("same beginning, cut alike")
            << QStringList{QStringLiteral("Moved to a competitor 1"),
                           QStringLiteral("Moved to a competitor 2")}
            << 10 << QStringList{QStringLiteral("Moved to…"), QStringLiteral("Moved to… (2)")};
        QTest::newRow("none") << QStringList() << 10 << QStringList();
    }
    void uniqueLabels()
    {
        QFETCH(QStringList, keys);
        QFETCH(int, maxChars);
        QFETCH(QStringList, labels);
        QCOMPARE(display::uniqueLabels(keys, maxChars), labels);
    }
};

QTEST_GUILESS_MAIN(TestDisplayText)
#include "tst_displaytext.moc"
