#include "engine/money.h"

#include <QtTest>

class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("integer") << "120" << true << qint64(12000);
        QTest::newRow("one decimal") << "120.5" << true << qint64(12050);
        QTest::newRow("two decimals") << "-4.99" << true << qint64(-499);
        QTest::newRow("zero") << "0" << true << qint64(0);
        QTest::newRow("minus zero") << "-0.00" << true << qint64(0);
        QTest::newRow("leading zeros") << "007.10" << true << qint64(710);
        QTest::newRow("plus sign") << "+5" << false << qint64(0);
        QTest::newRow("no integer digits") << ".5" << false << qint64(0);
        QTest::newRow("thousands separator") << "1,234.00" << false << qint64(0);
        QTest::newRow("three decimals") << "12.345" << false << qint64(0);
        QTest::newRow("trailing point") << "12." << false << qint64(0);
        QTest::newRow("letter O") << "12,5O" << false << qint64(0);
        QTest::newRow("empty") << "" << false << qint64(0);
        QTest::newRow("minus only") << "-" << false << qint64(0);
        QTest::newRow("spaces") << " 12" << false << qint64(0);
        QTest::newRow("exponent") << "1e3" << false << qint64(0);
        QTest::newRow("overflow") << "99999999999999999999" << false << qint64(0);
        QTest::newRow("long fraction") << "1.11111111111111111150" << false << qint64(0);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, cents);
        const auto v = acc::money::parse(text);
        QCOMPARE(v.has_value(), valid);
        if (valid)
            QCOMPARE(*v, cents);
    }
    void format()
    {
        QCOMPARE(acc::money::toDecimalString(12050), QStringLiteral("120.50"));
        QCOMPARE(acc::money::toDecimalString(-499), QStringLiteral("-4.99"));
        QCOMPARE(acc::money::toDecimalString(5), QStringLiteral("0.05"));
        QCOMPARE(acc::money::toDecimalString(-5), QStringLiteral("-0.05"));
        QCOMPARE(acc::money::fromUnits(19.99), qint64(1999));
        QCOMPARE(acc::money::fromUnits(-0.015), qint64(-2));
        QCOMPARE(acc::money::toUnits(1999), 19.99);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
