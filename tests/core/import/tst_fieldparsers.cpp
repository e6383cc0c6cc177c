#include "import/fieldparsers.h"

#include <QtTest>

using namespace acc;
using namespace acc::import;

namespace {
Day day(int y, int m, int d)
{
    return static_cast<Day>(QDate(y, m, d).toJulianDay());
}
} // namespace

class TestFieldParsers : public QObject
{
    Q_OBJECT
private slots:
    void isoDates()
    {
        QCOMPARE(parseIsoDate("2024-02-29"), std::optional<Day>(day(2024, 2, 29)));
        QCOMPARE(parseIsoDate("2024-03-05T23:10"), std::optional<Day>(day(2024, 3, 5)));
        QCOMPARE(parseIsoDate("2024-03-05T23:10:59"), std::optional<Day>(day(2024, 3, 5)));
        // the date is kept as written, whatever the zone
        QCOMPARE(parseIsoDate("2024-03-05T23:10:00+02:00"), std::optional<Day>(day(2024, 3, 5)));
        QCOMPARE(parseIsoDate("2024-03-05T01:10:00-08:00"), std::optional<Day>(day(2024, 3, 5)));
        QCOMPARE(parseIsoDate("2024-03-05T23:10:00Z"), std::optional<Day>(day(2024, 3, 5)));
        QCOMPARE(parseIsoDate("2024-03-05T23:10:00.123Z"), std::optional<Day>(day(2024, 3, 5)));
        for (const char *bad : {"2023-02-29", "2024-13-01", "2024-00-10", "2024-1-5", "05.03.2024",
                                "2024/03/05", "2024-03-05 10:00", "2024-03-05T25:00", "2024-03-05T10",
                                "2024-03-05x", "", " 2024-03-05", "2024-03-05T10:00+2"}) {
            QVERIFY2(!parseIsoDate(bad), bad);
        }
    }

    void userDateFormats()
    {
        QString error;
        const auto dotted = DateFormat::compile(QStringLiteral("dd.MM.yyyy"), &error);
        QVERIFY2(dotted, qPrintable(error));
        QCOMPARE(dotted->display(), QStringLiteral("dd.MM.yyyy"));
        QCOMPARE(dotted->parse("05.03.2024"), std::optional<Day>(day(2024, 3, 5)));
        QCOMPARE(dotted->parse("05.03.2024 10:30"), std::optional<Day>(day(2024, 3, 5)));
        QVERIFY(!dotted->parse("5.3.2024"));
        QVERIFY(!dotted->parse("2024-03-05"));
        QVERIFY(!dotted->parse("31.02.2024"));
        const auto us = DateFormat::compile(QStringLiteral("M/d/yyyy"), &error);
        QVERIFY(us);
        QCOMPARE(us->parse("3/5/2024"), std::optional<Day>(day(2024, 3, 5)));
        QCOMPARE(us->parse("12/31/2023"), std::optional<Day>(day(2023, 12, 31)));
        QVERIFY(!us->parse("13/1/2023"));
        QVERIFY(!DateFormat::compile(QStringLiteral("dd.MM.yy"), &error));
        QVERIFY(error.contains(QLatin1String("dd.MM.yy")));
        QVERIFY(!DateFormat::compile(QStringLiteral("dd.MM"), &error));
        QVERIFY(!DateFormat::compile(QStringLiteral("dd.MMM.yyyy"), &error));
        QVERIFY(DateFormat().isIso());
        QCOMPARE(DateFormat().display(), QStringLiteral("YYYY-MM-DD"));
    }

    void months()
    {
        QCOMPARE(parseMonth("2024-01"), std::optional<int>(2024 * 12));
        QCOMPARE(parseMonth("2024-12"), std::optional<int>(2024 * 12 + 11));
        for (const char *bad : {"2024-13", "2024-00", "2024-1", "2024-01-01", "01-2024", "", "2024/01"})
            QVERIFY2(!parseMonth(bad), bad);
    }

    void booleans()
    {
        for (const char *yes : {"true", "TRUE", "Yes", "y", "Y", "1"})
            QCOMPARE(parseBool(yes), std::optional<bool>(true));
        for (const char *no : {"false", "No", "n", "0", ""})
            QCOMPARE(parseBool(no), std::optional<bool>(false));
        for (const char *bad : {"maybe", "2", "t", "f", "yes ", "oui", "truee"})
            QVERIFY2(!parseBool(bad), bad);
    }

    void wholeNumbers()
    {
        QCOMPARE(parseWholeNumber("7"), std::optional<int>(7));
        QCOMPARE(parseWholeNumber("10"), std::optional<int>(10));
        QCOMPARE(parseWholeNumber("-3"), std::optional<int>(-3));
        for (const char *bad : {"7.0", "+5", " 7", "7 ", "", "-", "1e1", "1234567890"})
            QVERIFY2(!parseWholeNumber(bad), bad);
    }

    void money()
    {
        QCOMPARE(parseMoney("120"), std::optional<Cents>(12000));
        QCOMPARE(parseMoney("120.5"), std::optional<Cents>(12050));
        QCOMPARE(parseMoney("-4.99"), std::optional<Cents>(-499));
        QCOMPARE(parseMoney("0.01"), std::optional<Cents>(1));
        for (const char *bad : {"+5", ".5", "1,234.00", "12,5O", "12.345", "", "-", "1 000", "€5", "5."})
            QVERIFY2(!parseMoney(bad), bad);
        // regression (fuzzer): a long fraction overflowed an int inside the parser
        QVERIFY(!parseMoney("1.11111111111111111150"));
        QVERIFY(!parseMoney("1.666666666666666666666666666665"));
        QVERIFY(!parseMoney("\xE2\x82\xAC"
                            "5"));
    }

    void enums()
    {
        const std::vector<QByteArrayView> words{"rescue", "revenue", "request", "relationship"};
        QCOMPARE(parseEnum("Rescue", words), 0);
        QCOMPARE(parseEnum("RELATIONSHIP", words), 3);
        QCOMPARE(parseEnum("rescues", words), -1);
        QCOMPARE(parseEnum(" rescue", words), -1);
        QCOMPARE(parseEnum("", words), -1);
    }

    void trimmingAndFormatting()
    {
        QCOMPARE(trimmed("  Price \t").toByteArray(), QByteArray("Price"));
        QCOMPARE(trimmed("   ").size(), 0);
        char out[10];
        formatDay(day(2024, 3, 5), out);
        QCOMPARE(QByteArray(out, 10), QByteArray("2024-03-05"));
        formatDay(day(999, 12, 31), out);
        QCOMPARE(QByteArray(out, 10), QByteArray("0999-12-31"));
    }
};

QTEST_GUILESS_MAIN(TestFieldParsers)
#include "tst_fieldparsers.moc"
