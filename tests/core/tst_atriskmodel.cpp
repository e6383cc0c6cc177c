// The at-risk list (buildAtRiskList), its model and proxy on the hand-worked fixture of
// listeningfixture.h (arithmetic there), without the customer-base model and with a
// model whose P(alive) values are given.
#include "listeningfixture.h"
#include "models/atriskmodel.h"
#include "models/atriskproxy.h"
#include "models/roles.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace acc;

namespace {

QStringList idList(std::initializer_list<const char *> ids)
{
    QStringList out;
    for (const char *id : ids)
        out.append(QString::fromLatin1(id));
    return out;
}

} // namespace

class TestAtRiskModel : public QObject
{
    Q_OBJECT
private:
    std::shared_ptr<const MetricsSnapshot> m_snapshot;

    int indexOf(const char *id) const { return m_snapshot->data->findCustomer(QString::fromLatin1(id)); }
    QStringList order(const AtRiskModel &model) const
    {
        QStringList out;
        for (int r = 0; r < model.rowCount(); ++r)
            out.append(m_snapshot->data->customers[std::size_t(model.customerAt(r))].customerId);
        return out;
    }

    // The snapshot as if the model had been fitted: P(alive) A 0.6 (expected value
    // 123.45), B 0.3 (expected value 10.00), D 0.9, G 0.45, F without a fit (no value).
    std::shared_ptr<const MetricsSnapshot> withModel() const
    {
        auto s = std::make_shared<MetricsSnapshot>(*m_snapshot);
        MetricsReport &r = s->report;
        r.modelComputed = true;
        CustomerBaseFigures &m = r.service.model;
        m.bgnbdFitted = true;
        m.bgnbd.customers = 6;
        m.bgnbd.converged = true;
        auto add = [&](const char *id, double p, std::optional<double> value) {
            m.customers.push_back({indexOf(id), p, 1.0, value});
        };
        add("A", 0.6, 123.45);
        add("B", 0.3, 10.0);
        add("D", 0.9, std::nullopt);
        add("G", 0.45, 50.0);
        add("F", 0.2, std::nullopt);
        std::sort(m.customers.begin(), m.customers.end(),
                  [](const CustomerModelFigures &a, const CustomerModelFigures &b) {
                      return a.customer < b.customer;
                  });
        // at_risk: active with p_alive < 0.5 (B, G, F), by revenue_12m desc.
        m.atRisk = {{indexOf("G"), 300000, 0.45, 1.0},
                    {indexOf("B"), 100000, 0.3, 1.0},
                    {indexOf("F"), -5000, 0.2, 1.0}};
        return s;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        m_snapshot = test::listeningSnapshot("2026-Q3");
    }

    void withoutModel()
    {
        // The overdue customers A D F G, by value at stake: D 4,000, A 3,000, G 3,000 (tie,
        // customer_id: A first), F -50.
        const AtRiskList list = buildAtRiskList(*m_snapshot->data, m_snapshot->report);
        QVERIFY(!list.modelComputed);
        QVERIFY(!list.modelFitted);
        QCOMPARE(list.rows.size(), std::size_t(4));
        QCOMPARE(list.overdue, 4);
        QCOMPARE(list.unlikely, 0);
        // 4,000 + 3,000 + 3,000 - 50 = 9,950.00.
        QCOMPARE(list.valueAtStake, Cents(995000));
        QVERIFY(!list.expectedValue12m);

        AtRiskModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(m_snapshot);
        QCOMPARE(order(model), idList({"D", "A", "G", "F"}));
        auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(0, AtRiskModel::Name).toString(), QStringLiteral("Αθηνά Α.Ε."));
        QCOMPARE(cell(0, AtRiskModel::Owner).toString(), QStringLiteral("Ben"));
        QCOMPARE(cell(0, AtRiskModel::Signal).toString(), QStringLiteral("Overdue"));
        QCOMPARE(cell(0, AtRiskModel::ValueAtStake, roleId(Role::Value)).toDouble(), 4000.0);
        QCOMPARE(cell(0, AtRiskModel::LastOrder).toString(), QStringLiteral("2026-05-11"));
        QCOMPARE(cell(0, AtRiskModel::DaysSinceLastOrder).toString(), QStringLiteral("142"));
        QCOMPARE(cell(1, AtRiskModel::DaysSinceLastOrder, roleId(Role::Value)).toInt(), 213);
        QCOMPARE(cell(1, AtRiskModel::Name, roleId(Role::Text)).toString(), QStringLiteral("Müller GmbH"));
        QCOMPARE(cell(1, AtRiskModel::Segment).toString(), QStringLiteral("Enterprise"));
        // No model: no P(alive), no expected value; shown as dashes.
        QCOMPARE(cell(0, AtRiskModel::PAlive).toString(), QStringLiteral("\u2014"));
        QVERIFY(!cell(0, AtRiskModel::PAlive, roleId(Role::Value)).isValid());
        QCOMPARE(cell(0, AtRiskModel::ExpectedValue12m).toString(), QStringLiteral("\u2014"));
        // F: the refund counts in the value (-50.00) but not as its last order (2025-07-01, 456 days).
        QCOMPARE(cell(3, AtRiskModel::ValueAtStake, roleId(Role::Value)).toDouble(), -50.0);
        QCOMPARE(cell(3, AtRiskModel::LastOrder).toString(), QStringLiteral("2025-07-01"));
        QCOMPARE(cell(3, AtRiskModel::DaysSinceLastOrder).toInt(), 456);
        QCOMPARE(cell(3, AtRiskModel::Rank).toString(), QStringLiteral("4"));
        QCOMPARE(cell(2, AtRiskModel::Name, roleId(Role::CustomerIndex)).toInt(), indexOf("G"));
        model.setSnapshot(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void withFittedModel()
    {
        // B joins (p_alive 0.3, not overdue); G and F are both overdue and unlikely.
        // By value at stake: D 4,000, A 3,000, G 3,000, B 1,000, F -50.
        const auto snapshot = withModel();
        AtRiskModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snapshot);
        QCOMPARE(order(model), idList({"D", "A", "G", "B", "F"}));
        const AtRiskList &list = model.list();
        QVERIFY(list.modelFitted);
        QCOMPARE(list.overdue, 4);
        QCOMPARE(list.unlikely, 3);
        // 9,950.00 + B's 1,000.00.
        QCOMPARE(list.valueAtStake, Cents(1095000));
        // Known expected values of the listed: A 123.45 + G 50 + B 10 = 183.45 (D, F unknown).
        ACC_COMPARE_NEAR(*list.expectedValue12m, 183.45);
        auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(1, AtRiskModel::PAlive).toString(), QStringLiteral("60\u00a0%"));
        QCOMPARE(cell(1, AtRiskModel::ExpectedValue12m, roleId(Role::Value)).toDouble(), 123.45);
        QCOMPARE(cell(1, AtRiskModel::Signal).toString(), QStringLiteral("Overdue"));
        QCOMPARE(cell(2, AtRiskModel::Signal).toString(), QStringLiteral("Overdue & unlikely"));
        QCOMPARE(cell(3, AtRiskModel::Signal).toString(), QStringLiteral("Unlikely to return"));
        QCOMPARE(cell(3, AtRiskModel::PAlive, roleId(Role::Value)).toDouble(), 0.3);
        QCOMPARE(cell(3, AtRiskModel::DaysSinceLastOrder).toInt(), 29);

        // The proxy sorts by raw values; equal keys keep the rank order.
        AtRiskProxy proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.sort(AtRiskModel::PAlive, Qt::AscendingOrder);
        // F 0.2, B 0.3, G 0.45, A 0.6, D 0.9.
        QStringList ids;
        for (int r = 0; r < proxy.rowCount(); ++r)
            ids.append(snapshot->data->customers[std::size_t(proxy.customerAt(r))].customerId);
        QCOMPARE(ids, idList({"F", "B", "G", "A", "D"}));
        proxy.sort(AtRiskModel::ValueAtStake, Qt::DescendingOrder);
        ids.clear();
        for (int r = 0; r < proxy.rowCount(); ++r)
            ids.append(snapshot->data->customers[std::size_t(proxy.customerAt(r))].customerId);
        QCOMPARE(ids, idList({"D", "A", "G", "B", "F"}));
        proxy.sort(AtRiskModel::DaysSinceLastOrder, Qt::DescendingOrder);
        // F 456, G 241, A 213, D 142, B 29.
        QCOMPARE(proxy.customerAt(0), indexOf("F"));
        QCOMPARE(proxy.customerAt(4), indexOf("B"));
        QCOMPARE(proxy.customerAt(5), -1);
    }
};

QTEST_GUILESS_MAIN(TestAtRiskModel)
#include "tst_atriskmodel.moc"
