#include "engine/period.h"

#include <QtTest>

using acc::Period;

class TestPeriod : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("printed");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::newRow("month") << "2026-10" << true << "2026-10" << QDate(2026, 10, 1) << QDate(2026, 10, 31);
        QTest::newRow("february leap")
            << "2024-02" << true << "2024-02" << QDate(2024, 2, 1) << QDate(2024, 2, 29);
        QTest::newRow("february plain")
            << "2026-02" << true << "2026-02" << QDate(2026, 2, 1) << QDate(2026, 2, 28);
        QTest::newRow("quarter") << "2026-Q3" << true << "2026-Q3" << QDate(2026, 7, 1) << QDate(2026, 9, 30);
        QTest::newRow("quarter lower case")
            << "2026-q1" << true << "2026-Q1" << QDate(2026, 1, 1) << QDate(2026, 3, 31);
        QTest::newRow("year") << "2026" << true << "2026" << QDate(2026, 1, 1) << QDate(2026, 12, 31);
        QTest::newRow("month 13") << "2026-13" << false << "" << QDate() << QDate();
        QTest::newRow("month 0") << "2026-00" << false << "" << QDate() << QDate();
        QTest::newRow("quarter 5") << "2026-Q5" << false << "" << QDate() << QDate();
        QTest::newRow("one digit month") << "2026-1" << false << "" << QDate() << QDate();
        QTest::newRow("empty") << "" << false << "" << QDate() << QDate();
        QTest::newRow("words") << "last month" << false << "" << QDate() << QDate();
        QTest::newRow("date") << "2026-10-01" << false << "" << QDate() << QDate();
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, printed);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        const auto p = Period::parse(text);
        QCOMPARE(p.has_value(), valid);
        if (!valid)
            return;
        QCOMPARE(p->toString(), printed);
        QCOMPARE(p->start(), start);
        QCOMPARE(p->end(), end);
    }

    void previousAndNext()
    {
        QCOMPARE(Period::parse(QStringLiteral("2026-01"))->previous().toString(), QStringLiteral("2025-12"));
        QCOMPARE(Period::parse(QStringLiteral("2025-12"))->next().toString(), QStringLiteral("2026-01"));
        QCOMPARE(Period::parse(QStringLiteral("2026-Q1"))->previous().toString(), QStringLiteral("2025-Q4"));
        QCOMPARE(Period::parse(QStringLiteral("2026-Q4"))->next().toString(), QStringLiteral("2027-Q1"));
        QCOMPARE(Period::parse(QStringLiteral("2026"))->previous().toString(), QStringLiteral("2025"));
        QCOMPARE(Period::parse(QStringLiteral("2026-03"))->shifted(-14).toString(),
                 QStringLiteral("2025-01"));
    }

    void trendMonths()
    {
        // The 13 months ending with the period's last month, oldest first.
        const auto months = Period::parse(QStringLiteral("2026-Q3"))->trendMonths();
        QCOMPARE(months.size(), 13);
        QCOMPARE(months.first().toString(), QStringLiteral("2025-09"));
        QCOMPARE(months.last().toString(), QStringLiteral("2026-09"));
        const auto fromYear = Period::parse(QStringLiteral("2026"))->trendMonths();
        QCOMPARE(fromYear.first().toString(), QStringLiteral("2025-12"));
        QCOMPARE(fromYear.last().toString(), QStringLiteral("2026-12"));
    }

    void trendQuarters()
    {
        // The 8 quarters ending with the quarter holding the period's end.
        const auto fromMonth = Period::parse(QStringLiteral("2026-02"))->trendQuarters();
        QCOMPARE(fromMonth.size(), 8);
        QCOMPARE(fromMonth.first().toString(), QStringLiteral("2024-Q2"));
        QCOMPARE(fromMonth.last().toString(), QStringLiteral("2026-Q1"));
        const auto fromYear = Period::parse(QStringLiteral("2026"))->trendQuarters();
        QCOMPARE(fromYear.first().toString(), QStringLiteral("2025-Q1"));
        QCOMPARE(fromYear.last().toString(), QStringLiteral("2026-Q4"));
    }

    void containing()
    {
        QCOMPARE(Period::containing(Period::Kind::Quarter, QDate(2026, 11, 25)).toString(),
                 QStringLiteral("2026-Q4"));
        QCOMPARE(Period::containing(Period::Kind::Month, QDate(2024, 2, 29)).toString(),
                 QStringLiteral("2024-02"));
        QVERIFY(Period::parse(QStringLiteral("2024-02"))->contains(QDate(2024, 2, 29)));
        QVERIFY(!Period::parse(QStringLiteral("2024-02"))->contains(QDate(2024, 3, 1)));
    }
    // A fiscal year starting in April is named by the year it ends in (docs/settings.md):
    // FY2026 = 2025-04-01 .. 2026-03-31, its Q1 April to June 2025, its Q4 January to March 2026.
    void fiscalQuartersAndYears_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("fiscalStart");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::newRow("april Q1") << "2026-Q1" << 4 << QDate(2025, 4, 1) << QDate(2025, 6, 30);
        QTest::newRow("april Q3") << "2026-Q3" << 4 << QDate(2025, 10, 1) << QDate(2025, 12, 31);
        QTest::newRow("april Q4") << "2026-Q4" << 4 << QDate(2026, 1, 1) << QDate(2026, 3, 31);
        QTest::newRow("april year") << "2026" << 4 << QDate(2025, 4, 1) << QDate(2026, 3, 31);
        QTest::newRow("october Q1") << "2027-Q1" << 10 << QDate(2026, 10, 1) << QDate(2026, 12, 31);
        QTest::newRow("february Q4") << "2026-Q4" << 2 << QDate(2025, 11, 1) << QDate(2026, 1, 31);
        QTest::newRow("december year") << "2026" << 12 << QDate(2025, 12, 1) << QDate(2026, 11, 30);
        QTest::newRow("months stay calendar") << "2026-05" << 4 << QDate(2026, 5, 1) << QDate(2026, 5, 31);
        QTest::newRow("january is the calendar") << "2026-Q2" << 1 << QDate(2026, 4, 1) << QDate(2026, 6, 30);
    }
    void fiscalQuartersAndYears()
    {
        QFETCH(QString, text);
        QFETCH(int, fiscalStart);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        const auto p = Period::parse(text, fiscalStart);
        QVERIFY(p);
        QCOMPARE(p->start(), start);
        QCOMPARE(p->end(), end);
        QCOMPARE(p->toString(), text); // the name does not change, the dates do
        QCOMPARE(Period::parse(text)->withFiscalStart(fiscalStart), *p);
        // Every day of the period lies in it, and the days either side do not.
        QCOMPARE(Period::containing(p->kind(), start, fiscalStart), *p);
        QCOMPARE(Period::containing(p->kind(), end, fiscalStart), *p);
        QVERIFY(!(Period::containing(p->kind(), start.addDays(-1), fiscalStart) == *p));
        QVERIFY(!(Period::containing(p->kind(), end.addDays(1), fiscalStart) == *p));
    }
    void fiscalSteppingAndTrends()
    {
        const Period q1 = *Period::parse(QStringLiteral("2026-Q1"), 4);
        QCOMPARE(q1.previous().toString(), QStringLiteral("2025-Q4"));
        QCOMPARE(q1.previous().start(), QDate(2025, 1, 1));
        QCOMPARE(q1.next().start(), QDate(2025, 7, 1));
        QCOMPARE(q1.previous().fiscalStart(), 4);
        // The 8 quarters ending with the one holding a month's end follow the fiscal year.
        const Period may = Period::month(2026, 5).withFiscalStart(4); // FY2027 Q1
        const QList<Period> quarters = may.trendQuarters();
        QCOMPARE(quarters.size(), 8);
        QCOMPARE(quarters.last().toString(), QStringLiteral("2027-Q1"));
        QCOMPARE(quarters.last().start(), QDate(2026, 4, 1));
        QCOMPARE(quarters.first().toString(), QStringLiteral("2025-Q2"));
        QCOMPARE(quarters.first().start(), QDate(2024, 7, 1));
        // An out-of-range month reads as January.
        QCOMPARE(Period::quarter(2026, 1, 13).start(), QDate(2026, 1, 1));
        QCOMPARE(Period::year(2026, 0).end(), QDate(2026, 12, 31));
    }
};

QTEST_GUILESS_MAIN(TestPeriod)
#include "tst_period.moc"
