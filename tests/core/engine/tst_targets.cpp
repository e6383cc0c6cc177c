// METRICS.md "Targets and accountability": status rules, the lower-is-better keys, refusal
// of keys that are not numeric figures, the targets file, and only the period's targets.
#include "datasetbuilder.h"
#include "engine/metrics.h"
#include "engine/targets.h"
#include "testsupport.h"

#include <QtTest>

using namespace acc;

namespace {

QString status(const char *metric, double value, std::optional<double> actual)
{
    return targets::statusName(targets::status(QString::fromLatin1(metric), value, actual));
}

} // namespace

class TestTargets : public QObject
{
    Q_OBJECT
private slots:
    void statusRules()
    {
        // Lower is better for churn_rate: target 0.03, 10 % of it is 0.003.
        QCOMPARE(status("churn_rate", 0.03, 0.03), QStringLiteral("met")); // equality meets
        QCOMPARE(status("churn_rate", 0.03, 0.02), QStringLiteral("met"));
        QCOMPARE(status("churn_rate", 0.03, 0.033), QStringLiteral("at_risk")); // misses by 0.003
        QCOMPARE(status("churn_rate", 0.03, 0.0331), QStringLiteral("missed"));
        // Higher is better for revenue: target 1000, at risk down to 900.
        QCOMPARE(status("revenue", 1000, 1000), QStringLiteral("met"));
        QCOMPARE(status("revenue", 1000, 1200), QStringLiteral("met"));
        QCOMPARE(status("revenue", 1000, 900), QStringLiteral("at_risk"));
        QCOMPARE(status("revenue", 1000, 899.99), QStringLiteral("missed"));
        // A negative target: net -10, 10 % of |-10| = 1: -11 at risk, -12 missed.
        QCOMPARE(status("net", -10, -11), QStringLiteral("at_risk"));
        QCOMPARE(status("net", -10, -12), QStringLiteral("missed"));
        QCOMPARE(status("net", -10, -9), QStringLiteral("met"));
        // A target of 0: only meeting it is not missed.
        QCOMPARE(status("lost", 0, 0), QStringLiteral("met"));
        QCOMPARE(status("lost", 0, 1), QStringLiteral("missed"));
        QCOMPARE(status("nps", 30, std::nullopt), QStringLiteral("no_data"));
    }

    void lowerIsBetter()
    {
        for (const char *k :
             {"lost", "churn_rate", "lost_value", "complaints", "median_resolution_days", "overdue",
              "at_risk", "detractors", "complaints_per_100", "spend_per_active_customer", "rescue_contacts"})
            QVERIFY2(targets::lowerIsBetter(QString::fromLatin1(k)), k);
        for (const char *k :
             {"gained", "nps", "revenue", "rescue_rate", "best_count", "followed_up", "spend"})
            QVERIFY2(!targets::lowerIsBetter(QString::fromLatin1(k)), k);
        // Every lower-is-better key is a numeric figure.
        QCOMPARE(status("median_resolution_days", 2, 2.2), QStringLiteral("at_risk"));
    }

    void refusal()
    {
        for (const char *k :
             {"reasons", "lost_customers", "trend_months", "overdue_customers", "at_risk_customers",
              "p_alive", "bgnbd", "gamma_gamma", "expected_value_12m", "contacts_by_category",
              "priority_contacts", "top_reasons", "best_customers", "best_category_mix", "stages", "criteria",
              "targets", "Revenue", "no_such_key"}) {
            const QString why = targets::refusal(QString::fromLatin1(k));
            QVERIFY2(!why.isEmpty(), k);
            QVERIFY(why.contains(QLatin1String("not a numeric figure")));
        }
        for (const QString &k : targets::numericKeys())
            QVERIFY(targets::refusal(k).isEmpty());
    }

    void parseFile()
    {
        QString error;
        const auto list = targets::parse(
            R"([{"metric": "churn_rate", "period": "2026-Q3", "value": 0.03, "owner": "CCO"},
                {"metric": "revenue", "period": "2026-q3", "value": 1000}])",
            &error);
        QVERIFY2(list, qPrintable(error));
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).owner, QStringLiteral("CCO"));
        QCOMPARE(list->at(1).period.toString(), QStringLiteral("2026-Q3"));
        QCOMPARE(list->at(1).owner, QString());
        auto fails = [](const char *json, const char *needle) {
            QString e;
            return !targets::parse(json, &e) && e.contains(QLatin1String(needle));
        };
        QVERIFY(fails("[", "not valid JSON"));
        QVERIFY(fails("{}", "expected a list"));
        QVERIFY(fails(R"([{"metric": "reasons", "period": "2026-Q3", "value": 1}])",
                      "target 1: \"reasons\" is not a numeric figure"));
        QVERIFY(fails(R"([{"metric": "nps", "period": "Q3", "value": 1}])", "\"period\""));
        QVERIFY(
            fails(R"([{"metric": "nps", "period": "2026-Q3", "value": "1"}])", "\"value\" must be a number"));
        QVERIFY(fails(R"([{"metric": "nps", "period": "2026-Q3", "value": 1, "owner": 5}])", "\"owner\""));
        QVERIFY(fails(R"([{"metric": "nps", "period": "2026-Q3", "value": 1}, 3])", "target 2"));
    }

    void onlyThePeriodsTargets()
    {
        // 2026-03: revenue 150.00 + 50.00 = 200.00 (a refund of 20.00 makes 180.00); 1 lost of 2
        // active at the start: churn 0.5; spend 90.00 over 1 active at the end.
        test::DatasetBuilder b;
        b.customer("A", "2025-01-01").order("A", "2026-03-02", 15000).order("A", "2026-03-03", 5000);
        b.order("A", "2026-03-04", -2000);
        b.customer("B", "2025-01-01", "2026-03-10", "Price");
        b.spend(2026, 3, "Service desk", 9000);
        const Dataset d = b.build();
        MetricsRequest request{*Period::parse(QStringLiteral("2026-03"))};
        QString error;
        request.targets = *targets::parse(
            R"([{"metric": "revenue", "period": "2026-03", "value": 190, "owner": "CEO"},
                {"metric": "churn_rate", "period": "2026-03", "value": 0.5, "owner": "CCO"},
                {"metric": "spend_per_active_customer", "period": "2026-03", "value": 80},
                {"metric": "nps", "period": "2026-03", "value": 20},
                {"metric": "revenue", "period": "2026-04", "value": 1}])",
            &error);
        request.withModel = false;
        const MetricsReport r = computeMetrics(d, request);
        QCOMPARE(r.targets.size(), 4); // the 2026-04 one is not listed
        QCOMPARE(r.targets[0].actual, std::optional<double>(180.0));
        QCOMPARE(r.targets[0].status, TargetStatus::AtRisk); // 190 - 180 = 10 <= 19
        QCOMPARE(r.targets[1].actual, std::optional<double>(0.5));
        QCOMPARE(r.targets[1].status, TargetStatus::Met);
        QCOMPARE(r.targets[2].actual, std::optional<double>(90.0)); // lower is better: 90 - 80 = 10 > 8
        QCOMPARE(r.targets[2].status, TargetStatus::Missed);
        QVERIFY(!r.targets[3].actual); // no answers
        QCOMPARE(r.targets[3].status, TargetStatus::NoData);
    }

    void everyNumericKeyHasAValue()
    {
        test::DatasetBuilder b;
        b.customer("A", "2025-01-01").order("A", "2026-03-02", 15000);
        const Dataset d = b.build();
        MetricsRequest request{*Period::parse(QStringLiteral("2026-03"))};
        request.withModel = false;
        const MetricsReport r = computeMetrics(d, request);
        // A key the report cannot read would be silently null: check a few, and that the
        // getter exists for all (counts are never null).
        QCOMPARE(figureValue(r, QStringLiteral("revenue")), std::optional<double>(150.0));
        QCOMPARE(figureValue(r, QStringLiteral("gained")), std::optional<double>(0));
        QCOMPARE(figureValue(r, QStringLiteral("best_count")), std::optional<double>(0));
        QCOMPARE(figureValue(r, QStringLiteral("spend")), std::optional<double>(0));
        QVERIFY(!figureValue(r, QStringLiteral("at_risk"))); // the model was not computed
        for (const char *k : {"gained", "lost", "won_back", "net", "active_start", "active_end", "lost_value",
                              "revenue", "rescue_contacts", "rescued", "complaints", "overdue", "responses",
                              "promoters", "passives", "detractors", "re_engaged", "best_count", "spend"})
            QVERIFY2(figureValue(r, QString::fromLatin1(k)).has_value(), k);
        QVERIFY(!figureValue(r, QStringLiteral("reasons")));
    }
};

QTEST_GUILESS_MAIN(TestTargets)
#include "tst_targets.moc"
