// CSV fields as Accountable writes them: RFC 4180 quoting, and formulas neutralised the
// way OWASP recommends while plain numbers stay numbers (issue 8, defect 9).
#include "import/csvfield.h"

#include <QtTest>

using namespace acc;

class TestCsvField : public QObject
{
    Q_OBJECT
private slots:
    void field_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        // formulas: a leading ' and quotes
        QTest::newRow("equals") << QStringLiteral("=1+1") << QStringLiteral("\"'=1+1\"");
        QTest::newRow("plus") << QStringLiteral("+cmd") << QStringLiteral("\"'+cmd\"");
        QTest::newRow("minus expression") << QStringLiteral("-2+3") << QStringLiteral("\"'-2+3\"");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("\"'@SUM(A1)\"");
        QTest::newRow("tab") << QStringLiteral("\tx") << QStringLiteral("\"'\tx\"");
        QTest::newRow("carriage return") << QStringLiteral("\rx") << QStringLiteral("\"'\rx\"");
        QTest::newRow("formula with quotes and comma")
            << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
            << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        QTest::newRow("plus number") << QStringLiteral("+5") << QStringLiteral("\"'+5\"");
        QTest::newRow("minus alone") << QStringLiteral("-") << QStringLiteral("\"'-\"");
        QTest::newRow("minus dot") << QStringLiteral("-4.") << QStringLiteral("\"'-4.\"");
        QTest::newRow("minus exponent") << QStringLiteral("-1e5") << QStringLiteral("\"'-1e5\"");
        QTest::newRow("minus then letters") << QStringLiteral("-12x") << QStringLiteral("\"'-12x\"");
        // numbers stay numbers
        QTest::newRow("negative decimal") << QStringLiteral("-4.99") << QStringLiteral("-4.99");
        QTest::newRow("negative integer") << QStringLiteral("-12") << QStringLiteral("-12");
        QTest::newRow("decimal") << QStringLiteral("1200.00") << QStringLiteral("1200.00");
        // ordinary text
        QTest::newRow("umlaut") << QStringLiteral("Müller") << QStringLiteral("Müller");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("equals inside") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("comma") << QStringLiteral("12,5O") << QStringLiteral("\"12,5O\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("line break") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("leading space") << QStringLiteral(" a") << QStringLiteral("\" a\"");
    }

    void field()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(csv::field(text), expected);
    }

    void neutralise()
    {
        QCOMPARE(csv::neutralise(QStringLiteral("=1+1")), QStringLiteral("'=1+1"));
        QCOMPARE(csv::neutralise(QStringLiteral("-4.99")), QStringLiteral("-4.99"));
        QCOMPARE(csv::neutralise(QStringLiteral("Müller")), QStringLiteral("Müller"));
        QVERIFY(csv::looksLikeFormula(QStringLiteral("@x")));
        QVERIFY(!csv::looksLikeFormula(QStringLiteral("-0.5")));
    }
};

QTEST_GUILESS_MAIN(TestCsvField)
#include "tst_csvfield.moc"
