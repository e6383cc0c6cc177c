// The criteria dialog's live preview on the hand-worked company of criteriafixture.h:
// best_count, best_revenue_share and who joins and leaves against the set in force, both
// computed directly (CriteriaPreview) and off the GUI thread (CriteriaPreviewService).
#include "criteria/criteria.h"
#include "criteria/criteriapreview.h"
#include "criteriafixture.h"
#include "engine/best.h"
#include "models/criteriapreviewservice.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QtTest>

using namespace acc;

namespace {

CriteriaSet set(const char *json)
{
    QString error;
    const auto s = criteria::parse(QByteArray(json), &error, QStringLiteral("edited"));
    if (!s)
        qFatal("%s", qPrintable(error));
    return *s;
}

const char *kTop40 = R"({"rules":[{"attribute":"revenue_12m","op":"top-percent","value":40}]})";

QString ids(const Dataset &d, const std::vector<PreviewCustomer> &list)
{
    QStringList out;
    for (const PreviewCustomer &c : list)
        out << d.customers[std::size_t(c.customer)].customerId;
    return out.join(QLatin1Char(','));
}

} // namespace

class TestCriteriaPreview : public QObject
{
    Q_OBJECT
private:
    std::shared_ptr<const Dataset> m_data = std::make_shared<const Dataset>(test::criteriaFixture());
    Day m_day = test::day("2026-03-31");

    // The set in force, as the engine selects it: {A, B, C} (see the fixture).
    std::vector<int> inForce()
    {
        PeriodDays days = PeriodDays::of(*Period::parse(QStringLiteral("2026-Q1")), m_data->asOf());
        return computeBestFigures(*m_data, days, set(kTop40)).bestCustomers;
    }

private slots:
    void theSetInForce()
    {
        QCOMPARE(toDate(m_data->asOf()), QDate(2026, 3, 31));
        const std::vector<int> best = inForce();
        QStringList names;
        for (int c : best)
            names << m_data->customers[std::size_t(c)].customerId;
        QCOMPARE(names.join(QLatin1Char(',')),
                 QStringLiteral("A,B,C")); // ranked by lifetime: 1800, 1000, 300
        CriteriaPreview preview(m_data, m_day, best);
        const PreviewFigures f = preview.inForce();
        QCOMPARE(f.count, 3);
        QCOMPARE(f.windowRevenue, Cents(280000));
        QCOMPARE(f.bestWindowRevenue, Cents(210000)); // 800 + 1000 + 300
        ACC_COMPARE_NEAR(*f.revenueShare, 2100.0 / 2800.0);
        // The unchanged set: the same people, nobody joins or leaves.
        const PreviewFigures same = preview.compute(set(kTop40));
        QCOMPARE(same.count, 3);
        QVERIFY(same.joining.empty() && same.leaving.empty());
    }

    void editedSets()
    {
        CriteriaPreview preview(m_data, m_day, inForce());
        // lifetime_value >= 300 and orders_12m >= 1: A (1800, 2), B (1000, 1), C (300, 3),
        // G (300, 1); not D (0), F (0, no order), E (lost). Share (800 + 1000 + 300 + 300) /
        // 2800 = 2400 / 2800. G joins.
        PreviewFigures f = preview.compute(set(
            R"({"rules":[{"attribute":"lifetime_value","op":">=","value":300}, {"attribute":"orders_12m","op":">=","value":1}]})"));
        QCOMPARE(f.count, 4);
        QCOMPARE(f.bestWindowRevenue, Cents(240000));
        ACC_COMPARE_NEAR(*f.revenueShare, 2400.0 / 2800.0);
        QCOMPARE(ids(*m_data, f.joining), QStringLiteral("G"));
        QCOMPARE(f.joining[0].name, QStringLiteral("Eta Glass"));
        QCOMPARE(f.joining[0].lifetimeValue, Cents(30000));
        QVERIFY(f.leaving.empty());

        // orders_12m >= 2: A (2), C (3). Share (800 + 300) / 2800; B leaves.
        f = preview.compute(set(R"({"rules":[{"attribute":"orders_12m","op":">=","value":2}]})"));
        QCOMPARE(f.count, 2);
        ACC_COMPARE_NEAR(*f.revenueShare, 1100.0 / 2800.0);
        QVERIFY(f.joining.empty());
        QCOMPARE(ids(*m_data, f.leaving), QStringLiteral("B"));

        // lifetime_value < 500: C 300, D 0, F 0, G 300 (E is lost). Share (300 + 0 + 0 + 300)
        // / 2800. Joining, by lifetime desc then id: G 300, D 0, F 0 (D before F). Leaving: A
        // 1800, B 1000.
        f = preview.compute(set(R"({"rules":[{"attribute":"lifetime_value","op":"<","value":500}]})"));
        QCOMPARE(f.count, 4);
        ACC_COMPARE_NEAR(*f.revenueShare, 600.0 / 2800.0);
        QCOMPARE(ids(*m_data, f.joining), QStringLiteral("G,D,F"));
        QCOMPARE(ids(*m_data, f.leaving), QStringLiteral("A,B"));
        QCOMPARE(f.leaving[0].lifetimeValue, Cents(180000));

        // Any of no rules: nobody; every in-force customer leaves. Share 0 / 2800 = 0.
        f = preview.compute(set(R"({"match":"any","rules":[]})"));
        QCOMPARE(f.count, 0);
        ACC_COMPARE_NEAR(*f.revenueShare, 0.0);
        QCOMPARE(ids(*m_data, f.leaving), QStringLiteral("A,B,C"));
    }

    void agreesWithTheEngine()
    {
        // Whatever the set, the preview's count and share are the engine's best figures.
        CriteriaPreview preview(m_data, m_day, inForce());
        const PeriodDays days = PeriodDays::of(*Period::parse(QStringLiteral("2026-Q1")), m_data->asOf());
        for (
            const char *json :
            {R"({"rules":[{"attribute":"revenue_12m","op":"top-percent","value":20}]})",
             R"({"match":"any","rules":[{"attribute":"tenure_months","op":">=","value":20}, {"attribute":"stage","op":"=","value":"client"}]})",
             R"({"rules":[{"attribute":"days_since_last_order","op":"<=","value":90}]})"}) {
            const CriteriaSet s = set(json);
            const BestFigures best = computeBestFigures(*m_data, days, s);
            const PreviewFigures f = preview.compute(s);
            QCOMPARE(f.count, int(best.bestCustomers.size()));
            QCOMPARE(f.bestWindowRevenue, best.bestWindowRevenue);
            QCOMPARE(f.revenueShare.has_value(), best.bestRevenueShare.has_value());
            ACC_COMPARE_NEAR(*f.revenueShare, *best.bestRevenueShare);
        }
    }

    void emptyCompany()
    {
        CriteriaPreview preview(std::make_shared<const Dataset>(), m_day, {});
        const PreviewFigures f = preview.compute(criteria::defaultSet());
        QCOMPARE(f.count, 0);
        QVERIFY(!f.revenueShare); // no revenue in the window: no share
    }

    // Off the GUI thread: only the newest request is delivered.
    void serviceDeliversTheNewest()
    {
        CriteriaPreviewService service;
        service.setPreview(std::make_shared<CriteriaPreview>(m_data, m_day, inForce()));
        QSignalSpy ready(&service, &CriteriaPreviewService::ready);
        service.request(set(R"({"rules":[{"attribute":"orders_12m","op":">=","value":2}]})"));
        service.request(set(R"({"rules":[{"attribute":"orders_12m","op":">=","value":3}]})"));
        QVERIFY(service.isBusy());
        QTRY_VERIFY(!service.isBusy());
        QCOMPARE(ready.count(), 1);
        QCOMPARE(service.figures()->count, 1); // C alone has 3 orders
        QCOMPARE(service.figuresGeneration(), service.generation());

        // A request while one runs: the running one's result is dropped.
        service.request(set(R"({"rules":[{"attribute":"orders_12m","op":">=","value":1}]})"), 0);
        QTest::qWait(1); // let it start
        service.request(set(R"({"rules":[{"attribute":"orders_12m","op":">=","value":2}]})"), 0);
        QTRY_VERIFY(!service.isBusy());
        QCOMPARE(service.figures()->count, 2);
        QCOMPARE(service.figuresGeneration(), service.generation());

        // Cancelled: nothing more is delivered.
        ready.clear();
        service.request(set(R"({"rules":[{"attribute":"orders_12m","op":">=","value":1}]})"));
        service.cancel();
        QTRY_VERIFY(!service.isBusy());
        QTest::qWait(100);
        QCOMPARE(ready.count(), 0);
        QCOMPARE(service.figures()->count, 2);
    }
};

QTEST_GUILESS_MAIN(TestCriteriaPreview)
#include "tst_criteriapreview.moc"
