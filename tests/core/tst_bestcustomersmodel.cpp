// The ranked list of the Best customers view and its proxy, on the hand-worked fixture of
// bestfixture.h (arithmetic there).
#include "bestfixture.h"
#include "models/bestcustomersmodel.h"
#include "models/bestcustomersproxy.h"
#include "models/roles.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace acc;

class TestBestCustomersModel : public QObject
{
    Q_OBJECT
private:
    std::shared_ptr<const MetricsSnapshot> m_snapshot;

    int indexOf(const char *id) const { return m_snapshot->data->findCustomer(QString::fromLatin1(id)); }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        m_snapshot = test::bestSnapshot();
        QCOMPARE(toDate(m_snapshot->report.days.stateDay), QDate(2026, 9, 30));
    }

    void rankedList()
    {
        BestCustomersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setSnapshot(m_snapshot);
        QCOMPARE(model.columnCount(), int(BestCustomersModel::ColumnCount));
        QCOMPARE(model.headerData(BestCustomersModel::Revenue12m, Qt::Horizontal).toString(),
                 QStringLiteral("Revenue\n12 months"));
        QCOMPARE(
            model.headerData(BestCustomersModel::Revenue12m, Qt::Horizontal, roleId(Role::Text)).toString(),
            QStringLiteral("Revenue (12 months)"));
        // Lifetime value desc: A 11,000.00, B 7,000.00, C 5,000.00.
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.customerAt(0), indexOf("A"));
        QCOMPARE(model.customerAt(1), indexOf("B"));
        QCOMPARE(model.customerAt(2), indexOf("C"));
        QCOMPARE(model.customerAt(3), -1);
        auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(0, BestCustomersModel::Rank).toString(), QStringLiteral("1"));
        QCOMPARE(cell(2, BestCustomersModel::Rank, roleId(Role::Value)).toInt(), 3);
        QCOMPARE(cell(0, BestCustomersModel::CustomerId).toString(), QStringLiteral("A"));
        QCOMPARE(cell(0, BestCustomersModel::Name).toString(), QStringLiteral("Müller GmbH"));
        QCOMPARE(cell(1, BestCustomersModel::Name).toString(), QStringLiteral("東京トレーディング株式会社"));
        QCOMPARE(cell(0, BestCustomersModel::Segment).toString(), QStringLiteral("Enterprise"));
        QCOMPARE(cell(0, BestCustomersModel::Region).toString(), QStringLiteral("DACH"));
        QCOMPARE(cell(0, BestCustomersModel::Owner).toString(), QStringLiteral("Ana"));
        QCOMPARE(cell(0, BestCustomersModel::Stage).toString(), QStringLiteral("Client"));
        QCOMPARE(cell(0, BestCustomersModel::Stage, roleId(Role::Text)).toString(), QStringLiteral("client"));
        QCOMPARE(cell(1, BestCustomersModel::Stage).toString(), QStringLiteral("Advocate"));
        // A: lifetime 1,000 + 5,000 + 3,000 + 2,000 = 11,000.00; in the window 10,000.00 from 3 orders.
        QCOMPARE(cell(0, BestCustomersModel::LifetimeValue).toString(), QStringLiteral("11000\u00a0EUR"));
        QCOMPARE(cell(0, BestCustomersModel::LifetimeValue, Qt::ToolTipRole).toString(),
                 QStringLiteral("11000.00\u00a0EUR"));
        QCOMPARE(cell(0, BestCustomersModel::LifetimeValue, roleId(Role::Value)).toDouble(), 11000.0);
        QCOMPARE(cell(0, BestCustomersModel::LifetimeValue, roleId(Role::Sort)).toLongLong(), 1100000LL);
        QCOMPARE(cell(0, BestCustomersModel::Revenue12m, roleId(Role::Value)).toDouble(), 10000.0);
        QCOMPARE(cell(2, BestCustomersModel::Revenue12m).toString(), QStringLiteral("5000\u00a0EUR"));
        QCOMPARE(cell(0, BestCustomersModel::Orders12m).toString(), QStringLiteral("3"));
        QCOMPARE(cell(0, BestCustomersModel::LastOrder).toString(), QStringLiteral("2026-07-10"));
        QCOMPARE(cell(1, BestCustomersModel::LastOrder).toString(), QStringLiteral("2026-08-01"));
        QCOMPARE(cell(2, BestCustomersModel::LastOrder).toString(), QStringLiteral("2026-09-01"));
        // Computed without the customer-base model: no P(alive), shown as a dash.
        QCOMPARE(cell(0, BestCustomersModel::PAlive).toString(), QStringLiteral("\u2014"));
        QVERIFY(!cell(0, BestCustomersModel::PAlive, roleId(Role::Value)).isValid());
        QCOMPARE(cell(1, BestCustomersModel::Name, roleId(Role::CustomerIndex)).toInt(), indexOf("B"));

        model.setSnapshot(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void pAliveFromTheModel()
    {
        const auto snapshot = test::bestSnapshot(true);
        BestCustomersModel model;
        model.setSnapshot(snapshot);
        QVERIFY(snapshot->report.modelComputed);
        for (int row = 0; row < model.rowCount(); ++row) {
            const CustomerFact &f = snapshot->facts->rows[std::size_t(model.customerAt(row))];
            QVERIFY(f.pAlive.has_value());
            QCOMPARE(model.index(row, BestCustomersModel::PAlive).data(roleId(Role::Value)).toDouble(),
                     *f.pAlive);
        }
    }

    void proxySortsByRawValues()
    {
        BestCustomersModel model;
        BestCustomersProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(m_snapshot);
        proxy.sort(BestCustomersModel::Rank, Qt::AscendingOrder);
        QCOMPARE(proxy.customerAt(0), indexOf("A"));
        // By revenue in the window, lowest first: C 5,000 < B 7,000 < A 10,000.
        proxy.sort(BestCustomersModel::Revenue12m, Qt::AscendingOrder);
        QCOMPARE(proxy.customerAt(0), indexOf("C"));
        QCOMPARE(proxy.customerAt(1), indexOf("B"));
        QCOMPARE(proxy.customerAt(2), indexOf("A"));
        // By last order, latest first: C 2026-09-01, B 2026-08-01, A 2026-07-10.
        proxy.sort(BestCustomersModel::LastOrder, Qt::DescendingOrder);
        QCOMPARE(proxy.customerAt(0), indexOf("C"));
        QCOMPARE(proxy.customerAt(2), indexOf("A"));
        // Equal keys keep the rank order, either way: orders_12m is 3 for all three.
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            proxy.sort(BestCustomersModel::Orders12m, order);
            QCOMPARE(proxy.customerAt(0), indexOf("A"));
            QCOMPARE(proxy.customerAt(1), indexOf("B"));
            QCOMPARE(proxy.customerAt(2), indexOf("C"));
        }
        QCOMPARE(proxy.customerAt(3), -1);
    }

    void hostileNames()
    {
        // A 1 MiB name with control characters: shown short and safe, kept whole in Role::Text.
        Dataset data = test::bestFixture();
        data.customers[0].name = QString(1 << 20, QLatin1Char('x')) + QChar(0x1B);
        MetricsRequest request;
        request.period = *Period::parse(QStringLiteral("2026-Q3"));
        request.criteria = test::bestFixtureCriteria();
        request.withModel = false;
        const auto snapshot =
            MetricsService::compute(std::make_shared<const Dataset>(data), QString(), request);
        BestCustomersModel model;
        model.setSnapshot(snapshot);
        const QModelIndex name = model.index(0, BestCustomersModel::Name);
        QVERIFY(name.data().toString().size() <= 120);
        QCOMPARE(name.data(roleId(Role::Text)).toString().size(), (1 << 20) + 1);
    }

    void emptyCompany()
    {
        MetricsRequest request;
        request.period = *Period::parse(QStringLiteral("2026-Q3"));
        request.withModel = false;
        const auto snapshot = MetricsService::compute(
            std::make_shared<const Dataset>(test::DatasetBuilder().build()), QString(), request);
        BestCustomersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snapshot);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBestCustomersModel)
#include "tst_bestcustomersmodel.moc"
