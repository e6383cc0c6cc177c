// textkey: the folded text search compares and the keys names sort by, worked by hand
// from the rules in textkey.h.
#include "models/textkey.h"

#include <QtTest>

#include <algorithm>

using namespace acc;

class TestTextKey : public QObject
{
    Q_OBJECT
private slots:
    void fold_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("ascii") << QStringLiteral("Acme Ltd C-10") << QStringLiteral("acme ltd c-10");
        QTest::newRow("umlaut") << QStringLiteral("MÜLLER GmbH") << QStringLiteral("muller gmbh");
        QTest::newRow("acute and cedilla")
            << QStringLiteral("Société Française") << QStringLiteral("societe francaise");
        QTest::newRow("decomposed input")
            << QStringLiteral("Soc\u0069\u0301ete\u0301") << QStringLiteral("societe");
        QTest::newRow("sharp s") << QStringLiteral("Hauptstraße ẞ") << QStringLiteral("hauptstrasse ss");
        QTest::newRow("dotted capital I") << QStringLiteral("İstanbul") << QStringLiteral("istanbul");
        QTest::newRow("greek with tonos") << QStringLiteral("ΑΘΗΝΆ Α.Ε.") << QStringLiteral("αθηνα α.ε.");
        QTest::newRow("final sigma folds") << QStringLiteral("ΟΔΟΣ οδος") << QStringLiteral("οδοσ οδοσ");
        QTest::newRow("cyrillic") << QStringLiteral("ЁЛКА") << QStringLiteral("елка");
        QTest::newRow("vietnamese") << QStringLiteral("Nguyễn") << QStringLiteral("nguyen");
        QTest::newRow("letters without a decomposition kept")
            << QStringLiteral("Øre Łódź Æsir") << QStringLiteral("øre łodz æsir");
        QTest::newRow("cjk kept") << QStringLiteral("東京トレーディング")
                                  << QStringLiteral("東京トレーディング");
        QTest::newRow("emoji kept") << QStringLiteral("A😀b") << QStringLiteral("a😀b");
        QTest::newRow("fullwidth letters fold case only") << QStringLiteral("ＡＢ") << QStringLiteral("ａｂ");
        QTest::newRow("empty") << QString() << QString();
    }
    void fold()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(textkey::fold(text), folded);
    }

    void foldReadsOnlyTheHead()
    {
        // 1 MiB of text: only the first kMaxChars code units are folded.
        const QString huge(1 << 20, QLatin1Char('X'));
        QCOMPARE(textkey::fold(huge).size(), textkey::kMaxChars);
        // Never half a surrogate pair: 😀 is two code units, cut after the first one.
        const QString text = QStringLiteral("ab😀c");
        QCOMPARE(textkey::fold(text, 3), QStringLiteral("ab"));
        QCOMPARE(textkey::fold(text, 4), QStringLiteral("ab😀"));
    }

    void sortOrder_data()
    {
        QTest::addColumn<QStringList>("texts"); // in the order they must sort
        // Case and accents do not count: Müller sorts with Muller, before Mullins.
        QTest::newRow("accents") << QStringList{QStringLiteral("Muller AG"), QStringLiteral("Müller GmbH"),
                                                QStringLiteral("Mullins")};
        QTest::newRow("case") << QStringList{QStringLiteral("alpha"), QStringLiteral("BETA"),
                                             QStringLiteral("gamma")};
        // Numbers by value; leading zeros do not count (C007 and C7 tie on the key).
        QTest::newRow("numbers") << QStringList{QStringLiteral("C-1"),   QStringLiteral("c-2"),
                                                QStringLiteral("C-9"),   QStringLiteral("C-10"),
                                                QStringLiteral("C-100"), QStringLiteral("C-100a")};
        // Digits before letters, as in the code charts; punctuation before digits.
        QTest::newRow("digits before letters")
            << QStringList{QStringLiteral("-x"), QStringLiteral("7 Eleven"), QStringLiteral("A1")};
        // Scripts in Unicode's order: Latin, Greek, Cyrillic, then CJK.
        QTest::newRow("scripts") << QStringList{QStringLiteral("Zeta Ltd"), QStringLiteral("Αθηνά Α.Ε."),
                                                QStringLiteral("Борис"),
                                                QStringLiteral("東京トレーディング")};
        QTest::newRow("sharp s as ss")
            << QStringList{QStringLiteral("Strasbourg"), QStringLiteral("Straße"), QStringLiteral("Strast")};
    }
    void sortOrder()
    {
        QFETCH(QStringList, texts);
        for (qsizetype i = 1; i < texts.size(); ++i) {
            const QString a = textkey::sortKey(texts[i - 1]);
            const QString b = textkey::sortKey(texts[i]);
            QVERIFY2(QStringView(a).compare(b) < 0,
                     qPrintable(texts[i - 1] + QStringLiteral(" < ") + texts[i]));
        }
    }

    void equalKeys()
    {
        QCOMPARE(textkey::sortKey(QStringLiteral("C007")), textkey::sortKey(QStringLiteral("c7")));
        QCOMPARE(textkey::sortKey(QStringLiteral("Zeta Ltd")), textkey::sortKey(QStringLiteral("ZETA LTD")));
        QCOMPARE(textkey::sortKey(QStringLiteral("0")), textkey::sortKey(QStringLiteral("000")));
        // A run of digits: '0', its length, its digits without leading zeros.
        QCOMPARE(textkey::sortKey(QStringLiteral("A0012b")),
                 QStringLiteral("a0") + QChar(char16_t(2)) + QStringLiteral("12b"));
    }
};

QTEST_GUILESS_MAIN(TestTextKey)
#include "tst_textkey.moc"
