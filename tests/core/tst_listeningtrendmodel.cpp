// The Listening & service view's trend (computeListeningTrend, ListeningTrendModel) and
// its drill-downs (listeningCustomers, listeningdrilldown) on the hand-worked fixture of
// listeningfixture.h (arithmetic there).
#include "listeningfixture.h"
#include "models/listeningdrilldown.h"
#include "models/listeningtrendmodel.h"
#include "models/roles.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace acc;

class TestListeningTrendModel : public QObject
{
    Q_OBJECT
private:
    std::shared_ptr<const MetricsSnapshot> m_snapshot;

    int indexOf(const char *id) const { return m_snapshot->data->findCustomer(QString::fromLatin1(id)); }
    QList<int> ids(std::initializer_list<const char *> list) const
    {
        QList<int> out;
        for (const char *id : list)
            out.append(indexOf(id));
        return out;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        m_snapshot = test::listeningSnapshot("2026-Q3");
        QCOMPARE(toDate(m_snapshot->report.days.stateDay), QDate(2026, 9, 30));
    }

    void reportFigures()
    {
        // The period's own figures, as the headlines show them.
        const MetricsReport &r = m_snapshot->report;
        QCOMPARE(r.listening.responses, 5);
        QCOMPARE(r.listening.promoters, 2);
        QCOMPARE(r.listening.passives, 1);
        QCOMPARE(r.listening.detractors, 2);
        ACC_COMPARE_NEAR(*r.listening.nps, 0.0);
        ACC_COMPARE_NEAR(*r.listening.complaintsPer100, 50.0);
        QCOMPARE(r.service.complaints, 3);
        ACC_COMPARE_NEAR(*r.service.resolvedWithinSla, 1.0 / 3.0);
        ACC_COMPARE_NEAR(*r.service.medianResolutionDays, 3.0);
        QCOMPARE(r.service.rescueContacts, 2);
        QCOMPARE(r.service.rescued, 1);
        ACC_COMPARE_NEAR(*r.service.rescueRate, 0.5);
    }

    void quarterTrend()
    {
        // 8 quarters ending with 2026-Q3: 2024-Q4 .. 2026-Q3.
        const MetricsReport &r = m_snapshot->report;
        const QList<ListeningTrendPoint> trend =
            computeListeningTrend(*m_snapshot->data, r.assets.trendQuarters, r.asOf);
        QCOMPARE(trend.size(), 8);
        QCOMPARE(trend.first().period.toString(), QStringLiteral("2024-Q4"));
        // The previous quarter, 2026-Q2: 4 answers, promoters A (9) and B (10), passive B
        // (8), detractor E (0): NPS 100 * (2 - 1) / 4 = 25; 1 complaint over 6 active at
        // the start: 16.67 per 100.
        const ListeningTrendPoint &q2 = trend.at(6);
        QCOMPARE(q2.period.toString(), QStringLiteral("2026-Q2"));
        QCOMPARE(q2.figures.responses, 4);
        QCOMPARE(q2.figures.promoters, 2);
        QCOMPARE(q2.figures.passives, 1);
        QCOMPARE(q2.figures.detractors, 1);
        ACC_COMPARE_NEAR(*q2.figures.nps, 25.0);
        QCOMPARE(q2.complaints, 1);
        QCOMPARE(q2.activeStart, 6);
        ACC_COMPARE_NEAR(*q2.figures.complaintsPer100, 100.0 / 6.0);
        // The period itself agrees with the report.
        const ListeningTrendPoint &q3 = trend.at(7);
        QCOMPARE(q3.figures.responses, 5);
        ACC_COMPARE_NEAR(*q3.figures.nps, 0.0);
        QCOMPARE(q3.complaints, 3);
        ACC_COMPARE_NEAR(*q3.figures.complaintsPer100, 50.0);
        // 2026-Q1: A's 2 only: NPS -100. 2024-Q4: nobody active at its start, no answers.
        ACC_COMPARE_NEAR(*trend.at(5).figures.nps, -100.0);
        QVERIFY(!trend.at(0).figures.nps);
        QVERIFY(!trend.at(0).figures.complaintsPer100);
        QVERIFY(trend.at(0).figures.topReasons.isEmpty());
    }

    void model()
    {
        ListeningTrendModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setSnapshot(m_snapshot.get());
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.columnCount(), int(ListeningTrendModel::ColumnCount));
        QCOMPARE(model.rowOf(m_snapshot->report.days.period), 7);
        auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(6, ListeningTrendModel::PeriodColumn).toString(), QStringLiteral("Q2 2026"));
        QCOMPARE(cell(6, ListeningTrendModel::PeriodColumn, roleId(Role::Text)).toString(),
                 QStringLiteral("2026-Q2"));
        QCOMPARE(cell(6, ListeningTrendModel::Responses).toString(), QStringLiteral("4"));
        QCOMPARE(cell(6, ListeningTrendModel::Detractors, roleId(Role::Value)).toInt(), 1);
        QCOMPARE(cell(6, ListeningTrendModel::Nps).toString(), QStringLiteral("25.0"));
        QCOMPARE(cell(6, ListeningTrendModel::ComplaintsPer100).toString(), QStringLiteral("16.67"));
        QCOMPARE(cell(7, ListeningTrendModel::Nps).toString(), QStringLiteral("0.0"));
        QCOMPARE(cell(7, ListeningTrendModel::ComplaintsPer100, roleId(Role::Value)).toDouble(), 50.0);
        QCOMPARE(cell(0, ListeningTrendModel::Nps).toString(), QStringLiteral("n/a"));
        QVERIFY(!cell(0, ListeningTrendModel::Nps, roleId(Role::Value)).isValid());

        // A month reads against 13 months: July 2026 has A 10, B 7, C 3 (NPS 0) and C's
        // complaint; August A's 9 (NPS 100) and D's complaint, over 6 active on 07-31.
        const auto month = test::listeningSnapshot("2026-08");
        model.setSnapshot(month.get());
        QCOMPARE(model.rowCount(), 13);
        QCOMPARE(cell(12, ListeningTrendModel::PeriodColumn, roleId(Role::Text)).toString(),
                 QStringLiteral("2026-08"));
        QCOMPARE(cell(11, ListeningTrendModel::Responses).toInt(), 3);
        QCOMPARE(cell(11, ListeningTrendModel::Nps, roleId(Role::Value)).toDouble(), 0.0);
        QCOMPARE(cell(12, ListeningTrendModel::Nps, roleId(Role::Value)).toDouble(), 100.0);
        QCOMPARE(cell(12, ListeningTrendModel::Complaints).toInt(), 1);
        QCOMPARE(cell(12, ListeningTrendModel::ComplaintsPer100).toString(), QStringLiteral("16.67"));

        model.setSnapshot(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void groups_data()
    {
        QTest::addColumn<QString>("period");
        QTest::addColumn<int>("group");
        QTest::addColumn<QStringList>("expected"); // customer_id order
        auto row = [](const char *name, const char *period, ListeningGroup g,
                      std::initializer_list<const char *> ids) {
            QStringList list;
            for (const char *id : ids)
                list.append(QString::fromLatin1(id));
            QTest::newRow(name) << QString::fromLatin1(period) << int(g) << list;
        };
        row("Q3 respondents", "2026-Q3", ListeningGroup::Respondents, {"A", "B", "C", "D"});
        row("Q3 promoters: A twice, once", "2026-Q3", ListeningGroup::Promoters, {"A"});
        row("Q3 passives", "2026-Q3", ListeningGroup::Passives, {"B"});
        row("Q3 detractors", "2026-Q3", ListeningGroup::Detractors, {"C", "D"});
        row("Q2 promoters", "2026-Q2", ListeningGroup::Promoters, {"A", "B"});
        row("Q2 detractors", "2026-Q2", ListeningGroup::Detractors, {"E"});
        row("Q3 complainants", "2026-Q3", ListeningGroup::Complainants, {"B", "C", "D"});
        row("Q3 outside SLA: 5 days and open", "2026-Q3", ListeningGroup::OutsideSla, {"B", "D"});
        row("Q3 rescue contacts", "2026-Q3", ListeningGroup::RescueContacts, {"A", "C"});
        row("Q3 not rescued", "2026-Q3", ListeningGroup::NotRescued, {"C"});
        row("Q2 outside SLA: none", "2026-Q2", ListeningGroup::OutsideSla, {});
    }

    void groups()
    {
        QFETCH(QString, period);
        QFETCH(int, group);
        QFETCH(QStringList, expected);
        const PeriodDays days = PeriodDays::of(*Period::parse(period), m_snapshot->report.asOf);
        const std::vector<int> got = listeningCustomers(*m_snapshot->data, days, ListeningGroup(group));
        QStringList gotIds;
        for (const int c : got)
            gotIds.append(m_snapshot->data->customers[std::size_t(c)].customerId);
        QCOMPARE(gotIds, expected);
    }

    void drillDownSelections()
    {
        // Biggest first by revenue_12m: D 4,000, A 3,000, B 1,000, C 200.
        const Period q3 = m_snapshot->report.days.period;
        CustomerSelection s = listeningdrilldown::groupCustomers(*m_snapshot, q3, ListeningGroup::Detractors);
        QCOMPARE(s.customers, ids({"D", "C"}));
        QCOMPARE(s.title, QStringLiteral("Detractors, Q3 2026 (July to September)"));
        QCOMPARE(s.focus, -1);
        s = listeningdrilldown::groupCustomers(*m_snapshot, q3, ListeningGroup::Complainants);
        QCOMPARE(s.customers, ids({"D", "B", "C"}));
        s = listeningdrilldown::groupCustomers(*m_snapshot, q3, ListeningGroup::RescueContacts);
        QCOMPARE(s.customers, ids({"A", "C"}));
        s = listeningdrilldown::groupCustomers(*m_snapshot, *Period::parse(QStringLiteral("2026-Q2")),
                                               ListeningGroup::Respondents);
        QCOMPARE(s.customers, ids({"A", "B", "E"}));
        // The reasons of the period: C lost for Price.
        s = listeningdrilldown::lostForReason(*m_snapshot, QStringLiteral("Price"));
        QCOMPARE(s.customers, ids({"C"}));
        QVERIFY(s.title.contains(QStringLiteral("Price")));
        QVERIFY(
            listeningdrilldown::lostForReason(*m_snapshot, QStringLiteral("Service")).customers.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestListeningTrendModel)
#include "tst_listeningtrendmodel.moc"
