// The Scorecard in core: its rows by target group, statuses against the period's targets,
// the trend over the periods before (scorecard::computeTrend) and ScorecardModel, on a
// fixture worked by hand from METRICS.md.
#include "engine/scorecard.h"
#include "models/metricsservice.h"
#include "models/roles.h"
#include "models/scorecardmodel.h"
#include "scorecardfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace acc;
using namespace Qt::StringLiterals;

namespace {

using namespace acc::test::scorecardfixture;

bool near(std::optional<double> actual, double expected)
{
    return actual && std::fabs(*actual - expected) < 1e-9;
}

} // namespace

class TestScorecard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void trendPeriods()
    {
        const auto quarters = scorecard::trendPeriods(q3());
        QCOMPARE(quarters.size(), 8);
        QCOMPARE(quarters.first().toString(), QStringLiteral("2024-Q4"));
        QCOMPARE(quarters.last().toString(), QStringLiteral("2026-Q3"));
        const auto months = scorecard::trendPeriods(*Period::parse(QStringLiteral("2026-08")));
        QCOMPARE(months.size(), 13);
        QCOMPARE(months.first().toString(), QStringLiteral("2025-08"));
        const auto years = scorecard::trendPeriods(*Period::parse(QStringLiteral("2026")));
        QCOMPARE(years.size(), 5);
        QCOMPARE(years.first().toString(), QStringLiteral("2022"));
    }

    // Each group's headline figures, then the group's other figures with a target, then
    // targets of other groups.
    void rowsByGroup()
    {
        QList<TargetResult> targets;
        for (const Target &t : fixtureTargets())
            targets.append({t, std::nullopt, TargetStatus::NoData});
        const QList<scorecard::Row> rows = scorecard::rows(targets);
        QStringList keys;
        for (const auto &r : rows)
            keys << r.key;
        QCOMPARE(keys, (QStringList{u"gained"_s,
                                    u"lost"_s,
                                    u"won_back"_s,
                                    u"churn_rate"_s,
                                    u"lost_value"_s,
                                    u"revenue"_s,
                                    u"rescue_rate"_s,
                                    u"resolved_within_sla"_s,
                                    u"median_resolution_days"_s,
                                    u"complaints"_s,
                                    u"overdue"_s,
                                    u"at_risk"_s,
                                    u"nps"_s,
                                    u"responses"_s,
                                    u"detractors"_s,
                                    u"complaints_per_100"_s,
                                    u"promoters"_s,
                                    u"contacts_by_category.rescue"_s,
                                    u"contacts_by_category.revenue"_s,
                                    u"contacts_by_category.request"_s,
                                    u"contacts_by_category.relationship"_s,
                                    u"followed_up"_s}));
        QCOMPARE(rows[16].group, scorecard::Group::Listening); // promoters, a target
        QCOMPARE(rows.last().group, scorecard::Group::Other);  // followed_up
    }

    void views()
    {
        QCOMPARE(scorecard::viewOf(QStringLiteral("churn_rate")), QStringLiteral("loss-review"));
        QCOMPARE(scorecard::viewOf(QStringLiteral("rescue_rate")), QStringLiteral("listening"));
        QCOMPARE(scorecard::viewOf(QStringLiteral("at_risk")), QStringLiteral("at-risk"));
        QCOMPARE(scorecard::viewOf(QStringLiteral("nps")), QStringLiteral("listening"));
        QCOMPARE(scorecard::viewOf(QStringLiteral("contacts_by_category.revenue")),
                 QStringLiteral("moments-of-truth"));
        QCOMPARE(scorecard::viewOf(QStringLiteral("followed_up")), QStringLiteral("follow-through"));
        QCOMPARE(scorecard::viewOf(QStringLiteral("best_count")), QStringLiteral("best-customers"));
        QCOMPARE(scorecard::viewOf(QStringLiteral("spend")), QStringLiteral("spend"));
    }

    // The trend of 2026-Q2 and 2026-Q3, worked by hand:
    // Q2 (04-01 .. 06-30): active at the start (on 03-31) A, B, D = 3; lost D = 1; churn
    //   1/3. Complaints: D's, resolved in 10 days > 2: within SLA 0/1 = 0, median 10 days.
    //   Answers: A's 10: NPS 100. Complaints per 100: 100 * 1 / 3. Lost value: D's orders in
    //   [2025-05-21, 2026-05-20]: 300.00. Contacts: 1 request.
    // Q3: active at the start (06-30) A, B = 2; lost A: churn 1/2. Complaints B's (1 day)
    //   and A's (open): within SLA 1/2. NPS 100 * (1 - 1) / 2 = 0. Lost value: A's orders in
    //   [2025-08-16, 2026-08-15]: 500 + 1,000 = 1,500.00.
    // 2024-Q4: nobody active on 2024-09-30: churn null; no answers: NPS null; gained D.
    void trendWorkedByHand()
    {
        const Dataset data = fixture();
        const QStringList keys{
            u"churn_rate"_s, u"resolved_within_sla"_s,          u"median_resolution_days"_s,
            u"nps"_s,        u"complaints_per_100"_s,           u"lost_value"_s,
            u"gained"_s,     u"contacts_by_category.request"_s, u"at_risk"_s,
            u"followed_up"_s};
        const auto trend = scorecard::computeTrend(data, q3(), keys);
        QVERIFY(trend);
        QCOMPARE(trend->periods.size(), 8);
        QCOMPARE(trend->periods[6].toString(), QStringLiteral("2026-Q2"));
        QVERIFY(near(trend->of(u"churn_rate"_s)[6], 1.0 / 3));
        QVERIFY(near(trend->of(u"churn_rate"_s)[7], 0.5));
        QVERIFY(!trend->of(u"churn_rate"_s)[0]);
        QVERIFY(near(trend->of(u"resolved_within_sla"_s)[6], 0));
        QVERIFY(near(trend->of(u"resolved_within_sla"_s)[7], 0.5));
        QVERIFY(near(trend->of(u"median_resolution_days"_s)[6], 10));
        QVERIFY(near(trend->of(u"median_resolution_days"_s)[7], 1));
        QVERIFY(near(trend->of(u"nps"_s)[6], 100));
        QVERIFY(near(trend->of(u"nps"_s)[7], 0));
        QVERIFY(!trend->of(u"nps"_s)[0]);
        QVERIFY(near(trend->of(u"complaints_per_100"_s)[6], 100.0 / 3));
        QVERIFY(near(trend->of(u"lost_value"_s)[6], 300));
        QVERIFY(near(trend->of(u"lost_value"_s)[7], 1500));
        QVERIFY(near(trend->of(u"gained"_s)[0], 1));
        QVERIFY(near(trend->of(u"contacts_by_category.request"_s)[6], 1));
        QVERIFY(near(trend->of(u"contacts_by_category.request"_s)[7], 0));
        // followed_up in Q3: B and C active on the as-of day 2026-08-20, no relationship
        // contact: 0 of 2.
        QVERIFY(near(trend->of(u"followed_up"_s)[7], 0));
        // The model's figure has no trend.
        QVERIFY(!scorecard::hasTrend(QStringLiteral("at_risk")));
        QVERIFY(trend->of(u"at_risk"_s).isEmpty());
    }

    // The trend's last point is the period's own figure, as computeMetrics gives it.
    void trendEndsWithTheReport()
    {
        const Dataset data = fixture();
        const auto snapshot = snapshotOf(data);
        const auto trend = MetricsService::computeTrend(snapshot);
        QVERIFY(trend->belongsTo(snapshot));
        for (const scorecard::Row &row : scorecard::rows(snapshot->report.targets)) {
            if (!scorecard::hasTrend(row.key))
                continue;
            const auto values = trend->trend.of(row.key);
            QCOMPARE(values.size(), 8);
            QVERIFY2(values.last() == scorecard::value(snapshot->report, row.key), qPrintable(row.key));
        }
    }

    void cancelled()
    {
        const Dataset data = fixture();
        std::atomic_bool cancel(true);
        QVERIFY(!scorecard::computeTrend(data, q3(), {QStringLiteral("gained")}, &cancel));
    }

    void model()
    {
        const auto snapshot = snapshotOf(fixture());
        ScorecardModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snapshot);
        QCOMPARE(model.rowCount(), 22);
        QCOMPARE(model.columnCount(), int(ScorecardModel::FirstTrendPeriod) + 8);
        QCOMPARE(model.headerData(ScorecardModel::FirstTrendPeriod, Qt::Horizontal).toString(),
                 QStringLiteral("2024-Q4"));
        const auto cell = [&](const char *key, int column, int role = Qt::DisplayRole) {
            const int row = model.rowOf(QString::fromLatin1(key));
            return model.index(row, column).data(role);
        };
        // churn 1/2 against a target of at most 40 %: short by 10 points, more than 10 % of
        // 0.40 (0.04): missed.
        QCOMPARE(cell("churn_rate", ScorecardModel::Group).toString(), QStringLiteral("Customers as assets"));
        QCOMPARE(cell("churn_rate", ScorecardModel::Figure).toString(), QStringLiteral("Churn rate"));
        QCOMPARE(cell("churn_rate", ScorecardModel::Actual).toString(), QStringLiteral("50\u00A0%"));
        QCOMPARE(cell("churn_rate", ScorecardModel::Target).toString(), QStringLiteral("≤ 40\u00A0%"));
        QCOMPARE(cell("churn_rate", ScorecardModel::Status).toString(), QStringLiteral("✗ Missed"));
        QCOMPARE(cell("churn_rate", ScorecardModel::Owner).toString(), QStringLiteral("CCO"));
        QCOMPARE(cell("churn_rate", 0, ScorecardModel::ViewRole).toString(), QStringLiteral("loss-review"));
        // NPS 0 against at least 0: met (equality included).
        QCOMPARE(cell("nps", ScorecardModel::Status).toString(), QStringLiteral("✓ Met"));
        QCOMPARE(cell("nps", ScorecardModel::Target).toString(), QStringLiteral("≥ 0"));
        // Within SLA 1/2 against 55 %: short by 0.05, within 10 % of 0.55 (0.055): at risk.
        QCOMPARE(cell("resolved_within_sla", ScorecardModel::Status).toString(), QStringLiteral("! At risk"));
        QCOMPARE(cell("resolved_within_sla", 0, ScorecardModel::StatusRole).toInt(),
                 int(TargetStatus::AtRisk));
        // at_risk needs the model, not computed here: no data.
        QCOMPARE(cell("at_risk", ScorecardModel::Actual).toString(), QStringLiteral("no data"));
        QCOMPARE(cell("at_risk", ScorecardModel::Status).toString(), QStringLiteral("– No data"));
        // Lost value: A's 1,500.00; no target.
        QCOMPARE(cell("lost_value", ScorecardModel::Actual, roleId(Role::Value)).toDouble(), 1500.0);
        QCOMPARE(cell("lost_value", ScorecardModel::Actual).toString(), QStringLiteral("1,500\u00A0EUR"));
        QCOMPARE(cell("lost_value", ScorecardModel::Target).toString(), QStringLiteral("no target"));
        QCOMPARE(cell("lost_value", ScorecardModel::Status).toString(), QString());
        QCOMPARE(cell("lost_value", 0, ScorecardModel::StatusRole).toInt(), -1);
        // Operations: 2 rescue contacts and 1 revenue contact in Q3.
        QCOMPARE(cell("contacts_by_category.rescue", ScorecardModel::Figure).toString(),
                 QStringLiteral("Contacts: rescue"));
        QCOMPARE(cell("contacts_by_category.rescue", ScorecardModel::Actual).toString(), QStringLiteral("2"));
        QCOMPARE(cell("contacts_by_category.revenue", ScorecardModel::Actual).toString(),
                 QStringLiteral("1"));
        QCOMPARE(cell("promoters", ScorecardModel::Status).toString(),
                 QStringLiteral("✗ Missed")); // 1 < 3 - 0.3

        const auto counts = [&](scorecard::Group g) { return model.counts(g); };
        QCOMPARE(counts(scorecard::Group::Assets).targets, 1);
        QCOMPARE(counts(scorecard::Group::Assets).missed, 1);
        QCOMPARE(counts(scorecard::Group::Service).targets, 2);
        QCOMPARE(counts(scorecard::Group::Service).atRisk, 1);
        QCOMPARE(counts(scorecard::Group::Service).noData, 1);
        QCOMPARE(counts(scorecard::Group::Listening).met, 1);
        QCOMPARE(counts(scorecard::Group::Listening).missed, 1);
        QCOMPARE(counts(scorecard::Group::Operations).targets, 0);
        QCOMPARE(counts(scorecard::Group::Other).figures, 1);

        // Before the trend stage: no values, no text.
        QVERIFY(cell("churn_rate", 0, ScorecardModel::TrendRole).toList().isEmpty());
        QCOMPARE(cell("at_risk", ScorecardModel::Trend).toString(), QStringLiteral("no trend"));
        // A trend of another snapshot is ignored.
        model.setTrend(MetricsService::computeTrend(snapshotOf(fixture())));
        QVERIFY(!model.hasTrend());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setTrend(MetricsService::computeTrend(snapshot));
        QVERIFY(model.hasTrend());
        QCOMPARE(changed.size(), 1);
        const QVariantList churn = cell("churn_rate", 0, ScorecardModel::TrendRole).toList();
        QCOMPARE(churn.size(), 8);
        QVERIFY(!churn[0].isValid()); // 2024-Q4: nobody active at the start
        QCOMPARE(churn[6].toDouble(), 1.0 / 3);
        QCOMPARE(cell("churn_rate", ScorecardModel::FirstTrendPeriod + 6).toString(),
                 QStringLiteral("33.3\u00A0%"));
        QCOMPARE(cell("churn_rate", ScorecardModel::FirstTrendPeriod + 6, roleId(Role::Value)).toDouble(),
                 1.0 / 3);
        // 2025-Q1: active at the start (on 2024-12-31) D alone; nobody lost: churn 0.
        QCOMPARE(churn[1].toDouble(), 0.0);
        QCOMPARE(cell("churn_rate", ScorecardModel::Trend).toString(),
                 QStringLiteral("Q1 2025: 0\u00A0% → Q3 2026: 50\u00A0%"));
        QCOMPARE(cell("nps", 0, ScorecardModel::TrendTextRole).toStringList().at(6), QStringLiteral("100"));
        // The row in words, for a screen reader.
        QCOMPARE(cell("churn_rate", ScorecardModel::Figure, Qt::AccessibleTextRole).toString(),
                 QStringLiteral(
                     "Churn rate, 50\u00A0%, ≤ 40\u00A0%, ✗ Missed, owner CCO, trend Q1 2025: 0\u00A0% → "
                     "Q3 2026: 50\u00A0%"));
    }
};

QTEST_GUILESS_MAIN(TestScorecard)
#include "tst_scorecard.moc"
