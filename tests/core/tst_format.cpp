// format::money and format::moneyShort: written from the integer cents, so exact to the
// cent for every qint64, in the user's locale.
#include "models/format.h"

#include <QtTest>

#include <limits>

using namespace acc;

namespace {

const QString kNbsp(QChar(0x00A0));

QString eur(const char *digits)
{
    return QString::fromUtf8(digits) + kNbsp + QStringLiteral("EUR");
}

} // namespace

class TestFormat : public QObject
{
    Q_OBJECT

    const QLocale m_en{QLocale::English, QLocale::UnitedStates};
    const QLocale m_de{QLocale::German, QLocale::Germany};

private slots:
    void money_data()
    {
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("en");
        QTest::addColumn<QString>("de");
        QTest::newRow("zero") << qint64(0) << eur("0.00") << eur("0,00");
        QTest::newRow("cents") << qint64(5) << eur("0.05") << eur("0,05");
        QTest::newRow("refund under a unit") << qint64(-5) << eur("-0.05") << eur("-0,05");
        QTest::newRow("thousands") << qint64(123456) << eur("1,234.56") << eur("1.234,56");
        QTest::newRow("refund") << qint64(-123450) << eur("-1,234.50") << eur("-1.234,50");
        QTest::newRow("largest row") << qint64(1'000'000'000'000) << eur("10,000,000,000.00")
                                     << eur("10.000.000.000,00");
        // Through a double of units 8e15 + 1 cents printed .02 and INT64_MIN ...760.00.
        QTest::newRow("bound - 1") << qint64(7'036'874'417'766'399) << eur("70,368,744,177,663.99")
                                   << eur("70.368.744.177.663,99");
        QTest::newRow("80 trillion and a cent")
            << qint64(8'000'000'000'000'001) << eur("80,000,000,000,000.01") << eur("80.000.000.000.000,01");
        QTest::newRow("INT64_MIN") << std::numeric_limits<qint64>::min() << eur("-92,233,720,368,547,758.08")
                                   << eur("-92.233.720.368.547.758,08");
        QTest::newRow("INT64_MAX") << std::numeric_limits<qint64>::max() << eur("92,233,720,368,547,758.07")
                                   << eur("92.233.720.368.547.758,07");
    }
    void money()
    {
        QFETCH(qint64, cents);
        QFETCH(QString, en);
        QFETCH(QString, de);
        QCOMPARE(format::money(cents, QStringLiteral("EUR"), m_en), en);
        QCOMPARE(format::money(cents, QStringLiteral("EUR"), m_de), de);
    }

    // Whole units, half a unit rounded away from zero; a figure that rounds to 0 has no sign.
    void moneyShort_data()
    {
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("en");
        QTest::newRow("zero") << qint64(0) << eur("0");
        QTest::newRow("under half") << qint64(1249) << eur("12");
        QTest::newRow("half") << qint64(1250) << eur("13");
        QTest::newRow("refund half") << qint64(-1250) << eur("-13");
        QTest::newRow("small refund") << qint64(-40) << eur("0");
        QTest::newRow("thousands") << qint64(1'248'049) << eur("12,480");
        QTest::newRow("bound - 1") << qint64(7'036'874'417'766'399) << eur("70,368,744,177,664");
        QTest::newRow("INT64_MIN") << std::numeric_limits<qint64>::min() << eur("-92,233,720,368,547,758");
        QTest::newRow("INT64_MAX") << std::numeric_limits<qint64>::max() << eur("92,233,720,368,547,758");
    }
    void moneyShort()
    {
        QFETCH(qint64, cents);
        QFETCH(QString, en);
        QCOMPARE(format::moneyShort(cents, QStringLiteral("EUR"), m_en), en);
    }

    // The whole figure below a million; above, three significant figures with M or bn.
    void moneyCompact_data()
    {
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("en");
        QTest::newRow("small") << qint64(1'248'049) << eur("12,480");
        QTest::newRow("just under a million") << qint64(99'999'949) << eur("999,999");
        QTest::newRow("rounds to a million") << qint64(99'999'950) << eur("1.00 M");
        QTest::newRow("millions") << qint64(754'400'900) << eur("7.54 M");
        QTest::newRow("rounded up") << qint64(754'900'000) << eur("7.55 M");
        QTest::newRow("tens of millions") << qint64(7'544'009'000) << eur("75.4 M");
        QTest::newRow("hundreds of millions") << qint64(75'440'090'000) << eur("754 M");
        QTest::newRow("nearly a billion") << qint64(99'960'000'000) << eur("1.00 bn");
        QTest::newRow("ten digits") << qint64(123'456'789'000) << eur("1.23 bn");
        QTest::newRow("refund") << qint64(-754'400'900) << eur("-7.54 M");
    }
    void moneyCompact()
    {
        QFETCH(qint64, cents);
        QFETCH(QString, en);
        QCOMPARE(format::moneyCompact(cents, QStringLiteral("EUR"), m_en), en);
    }

    // For ordinary amounts the result is the one the double-based form gave.
    void sameAsBeforeForOrdinaryAmounts()
    {
        for (qint64 cents = -250'000; cents <= 250'000; cents += 997) {
            QCOMPARE(format::money(cents, QStringLiteral("EUR"), m_de),
                     m_de.toString(double(cents) / 100.0, 'f', 2) + kNbsp + QStringLiteral("EUR"));
        }
    }
};

QTEST_GUILESS_MAIN(TestFormat)
#include "tst_format.moc"
