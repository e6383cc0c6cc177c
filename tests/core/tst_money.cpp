#include "engine/money.h"

#include <QtTest>

#include <limits>

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
    // The extremes: INT64_MIN has no positive counterpart, so it must not be negated as a qint64.
    void formatExtremes()
    {
        QCOMPARE(acc::money::toDecimalString(std::numeric_limits<qint64>::min()),
                 QStringLiteral("-92233720368547758.08"));
        QCOMPARE(acc::money::toDecimalString(std::numeric_limits<qint64>::max()),
                 QStringLiteral("92233720368547758.07"));
        QCOMPARE(acc::money::toGroupedString(acc::money::kMaxAmount), QStringLiteral("10,000,000,000.00"));
        QCOMPARE(acc::money::toGroupedString(acc::money::kMaxTotal), QStringLiteral("70,368,744,177,664.00"));
        QCOMPARE(acc::money::toGroupedString(-12345), QStringLiteral("-123.45"));
        QCOMPARE(acc::money::toGroupedString(100000), QStringLiteral("1,000.00"));
        QCOMPARE(acc::money::toGroupedString(99999), QStringLiteral("999.99"));
        QCOMPARE(acc::money::toGroupedString(std::numeric_limits<qint64>::min()),
                 QStringLiteral("-92,233,720,368,547,758.08"));
    }
    // 2^46 x 100 cents = 7,036,874,417,766,400 cents is the most a table's absolute amounts may add up to.
    void addMagnitude()
    {
        quint64 total = 0;
        QVERIFY(acc::money::addMagnitude(&total, 7'036'874'417'766'000));
        QVERIFY(acc::money::addMagnitude(&total, -400)); // counted as 400: exactly 2^46 x 100 cents
        QCOMPARE(total, quint64(7'036'874'417'766'400));
        QVERIFY(!acc::money::addMagnitude(&total, -1)); // one cent more, whatever its sign
        total = 0;
        QVERIFY(!acc::money::addMagnitude(&total, std::numeric_limits<qint64>::min()));
        QCOMPARE(total, quint64(1) << 63); // negated without overflow
        total = quint64(1) << 53;
        QVERIFY(!acc::money::addMagnitude(&total, std::numeric_limits<qint64>::max())); // no wrap
        QCOMPARE(total, (quint64(1) << 53) + quint64(std::numeric_limits<qint64>::max()));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
