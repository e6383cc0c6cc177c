// metricsToJson: every group and key of METRICS.md "Machine-readable output", with the
// shapes and units it fixes (money in currency units, rates as fractions, nulls).
#include "datasetbuilder.h"
#include "engine/metrics.h"
#include "engine/metricsjson.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QtTest>

using namespace acc;

namespace {

using CC = ContactCategory;

QJsonObject group(const QJsonObject &o, const char *name)
{
    return o.value(QLatin1String(name)).toObject();
}

void hasKeys(const QJsonObject &o, const QStringList &keys, const char *where)
{
    for (const QString &k : keys)
        QVERIFY2(o.contains(k), qPrintable(QStringLiteral("%1.%2 missing").arg(QLatin1String(where), k)));
}

QStringList keys(const char *spaceSeparated)
{
    return QString::fromLatin1(spaceSeparated).split(QLatin1Char(' '));
}

} // namespace

class TestMetricsJson : public QObject
{
    Q_OBJECT
private slots:
    void everyKey()
    {
        // 2026-03: A orders 120.50 and refunds 20.50; B is lost; one complaint resolved in a
        // day; one promoter; spend 50.00 on "Desk".
        test::DatasetBuilder b;
        b.customer("A", "2025-01-01", "", "", "", "client").order("A", "2026-03-02", 12050, "Tools");
        b.order("A", "2026-03-05", -2050, "Tools").order("A", "2025-12-01", 1000, "Tools");
        b.order("A", "2025-06-01", 1000, "Tools");
        b.customer("B", "2025-01-01", "2026-03-10", "Price").order("B", "2026-01-10", 3000, "Parts");
        b.contact("A", "2026-03-03", CC::Request, "Billing", true, "2026-03-04");
        b.answer("A", "2026-03-04", 10);
        b.spend(2026, 3, "Desk", 5000);
        const Dataset d = b.build();
        MetricsRequest request{*Period::parse(QStringLiteral("2026-03"))};
        request.targets = {{QStringLiteral("revenue"), *Period::parse(QStringLiteral("2026-03")), 90,
                            QStringLiteral("CEO")}};
        const MetricsReport r = computeMetrics(d, request);
        const QJsonObject o = metricsToJson(r, d);
        hasKeys(o,
                keys("period start end as_of assets service listening operations followthrough best spend "
                     "targets"),
                "$");
        hasKeys(group(o, "assets"),
                keys("gained lost won_back net active_start active_end churn_rate lost_value reasons revenue "
                     "lost_customers trend_months trend_quarters"),
                "assets");
        const QJsonObject service = group(o, "service");
        hasKeys(
            service,
            keys("rescue_contacts rescued rescue_rate complaints resolved_within_sla median_resolution_days "
                 "overdue overdue_customers p_alive at_risk at_risk_customers expected_value_12m bgnbd "
                 "gamma_gamma"),
            "service");
        hasKeys(service.value(QStringLiteral("bgnbd")).toObject(),
                keys("r alpha a b log_likelihood customers converged"), "service.bgnbd");
        hasKeys(service.value(QStringLiteral("gamma_gamma")).toObject(), keys("p q gamma customers"),
                "service.gamma_gamma");
        hasKeys(group(o, "listening"),
                keys("responses nps promoters passives detractors complaints_per_100 top_reasons"),
                "listening");
        const QJsonObject operations = group(o, "operations");
        hasKeys(operations, keys("contacts_by_category priority_contacts"), "operations");
        hasKeys(operations.value(QStringLiteral("contacts_by_category")).toObject(),
                keys("rescue revenue request relationship"), "operations.contacts_by_category");
        hasKeys(group(o, "followthrough"), keys("feedback_after_sale followed_up re_engaged re_engage_rate"),
                "followthrough");
        const QJsonObject best = group(o, "best");
        hasKeys(best,
                keys("criteria best_customers best_count best_revenue_share pareto_top20_share "
                     "best_mean_days_between_orders rest_mean_days_between_orders best_category_mix "
                     "rest_category_mix stages"),
                "best");
        hasKeys(best.value(QStringLiteral("criteria")).toObject(), keys("name version match rules"),
                "best.criteria");
        hasKeys(best.value(QStringLiteral("stages")).toObject(),
                keys("suspect prospect first_time repeat client advocate lapsed unknown"), "best.stages");
        const QJsonObject spend = group(o, "spend");
        hasKeys(spend, keys("spend spend_per_active_customer revenue_per_spend"), "spend");
        hasKeys(spend.value(QStringLiteral("spend")).toObject(), keys("total by_program"), "spend.spend");

        // Values and units, worked out by hand.
        QCOMPARE(group(o, "assets").value(QStringLiteral("revenue")).toDouble(), 100.0); // 120.50 - 20.50
        QCOMPARE(service.value(QStringLiteral("complaints")).toInt(), 1);
        QCOMPARE(service.value(QStringLiteral("resolved_within_sla")).toDouble(), 1.0);
        QCOMPARE(service.value(QStringLiteral("median_resolution_days")).toDouble(), 1.0);
        QVERIFY(service.value(QStringLiteral("rescue_rate")).isNull());
        QCOMPARE(group(o, "listening").value(QStringLiteral("nps")).toDouble(), 100.0);
        // Active on 2026-02-28: A and B; 1 complaint: 50 per 100.
        QCOMPARE(group(o, "listening").value(QStringLiteral("complaints_per_100")).toDouble(), 50.0);
        QCOMPARE(operations.value(QStringLiteral("contacts_by_category"))
                     .toObject()
                     .value(QStringLiteral("request"))
                     .toInt(),
                 1);
        const QJsonArray priority = operations.value(QStringLiteral("priority_contacts")).toArray();
        QCOMPARE(priority.size(), 1);
        QCOMPARE(priority[0].toObject().value(QStringLiteral("complaint_share")).toDouble(), 1.0);
        QCOMPARE(spend.value(QStringLiteral("spend")).toObject().value(QStringLiteral("total")).toDouble(),
                 50.0);
        QCOMPARE(spend.value(QStringLiteral("spend"))
                     .toObject()
                     .value(QStringLiteral("by_program"))
                     .toObject()
                     .value(QStringLiteral("Desk"))
                     .toDouble(),
                 50.0);
        // Active at the end (as-of 2026-03-10): A; 50.00 / 1; revenue 100 / 50.
        QCOMPARE(spend.value(QStringLiteral("spend_per_active_customer")).toDouble(), 50.0);
        QCOMPARE(spend.value(QStringLiteral("revenue_per_spend")).toDouble(), 2.0);
        // Best: A alone is active (top 20 % of 1 = 1 place) but has 3 orders in
        // window(2026-03-10) = [2025-03-11, 2026-03-10]: 2025-06-01, 2025-12-01, 2026-03-02: best.
        QCOMPARE(best.value(QStringLiteral("best_customers")).toArray(), QJsonArray{QStringLiteral("A")});
        // Window revenue: A 10 + 10 + 120.50 - 20.50 = 120, B 30: share 120 / 150.
        QCOMPARE(best.value(QStringLiteral("best_revenue_share")).toDouble(), 0.8);
        QCOMPARE(best.value(QStringLiteral("best_category_mix"))
                     .toObject()
                     .value(QStringLiteral("Tools"))
                     .toDouble(),
                 1.0);
        QCOMPARE(best.value(QStringLiteral("rest_category_mix")).toObject(), QJsonObject());
        QCOMPARE(best.value(QStringLiteral("stages")).toObject().value(QStringLiteral("client")).toInt(), 1);
        const QJsonArray targets = o.value(QStringLiteral("targets")).toArray();
        QCOMPARE(targets.size(), 1);
        const QJsonObject t = targets[0].toObject();
        QCOMPARE(t.value(QStringLiteral("metric")).toString(), QStringLiteral("revenue"));
        QCOMPARE(t.value(QStringLiteral("period")).toString(), QStringLiteral("2026-03"));
        QCOMPARE(t.value(QStringLiteral("actual")).toDouble(), 100.0);
        QCOMPARE(t.value(QStringLiteral("status")).toString(), QStringLiteral("met"));
        QCOMPARE(t.value(QStringLiteral("owner")).toString(), QStringLiteral("CEO"));
        // The text output names every group.
        const QString text = metricsToText(r, d);
        for (const char *title :
             {"Customers as assets", "Service performance", "Customer listening", "Operations",
              "Follow-through", "Best customers", "Spend and results", "Targets"})
            QVERIFY2(text.contains(QLatin1String(title)), title);
    }

    void emptyDatabase()
    {
        const Dataset d = test::DatasetBuilder().build();
        const MetricsReport r = computeMetrics(d, {*Period::parse(QStringLiteral("2026"))});
        const QJsonObject o = metricsToJson(r, d);
        QVERIFY(o.value(QStringLiteral("as_of")).isNull());
        const QJsonObject service = group(o, "service");
        QCOMPARE(service.value(QStringLiteral("p_alive")).toObject(), QJsonObject());
        QCOMPARE(service.value(QStringLiteral("at_risk")).toInt(), 0);
        QVERIFY(group(o, "best").value(QStringLiteral("best_revenue_share")).isNull());
        QVERIFY(group(o, "followthrough").value(QStringLiteral("followed_up")).isNull());
        QVERIFY(group(o, "spend").value(QStringLiteral("spend_per_active_customer")).isNull());
        QCOMPARE(group(o, "best").value(QStringLiteral("stages")).toObject().size(), 8);
        QVERIFY(!metricsToText(r, d).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMetricsJson)
#include "tst_metricsjson.moc"
