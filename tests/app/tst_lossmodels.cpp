// The loss review's models from core, as the window and the pack use them, checked with
// QAbstractItemModelTester and against the hand-worked fixture in lossfixture.h.
#include "engine/metrics.h"
#include "lossfixture.h"
#include "models/lossbreakdownmodel.h"
#include "models/losstrendmodel.h"
#include "models/lostcustomersmodel.h"
#include "models/lostcustomersproxy.h"
#include "models/reasonparetomodel.h"
#include "models/roles.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace acc;

namespace {

QVariant value(const QAbstractItemModel &m, int row, int column)
{
    return m.index(row, column).data(roleId(Role::Value));
}

QStringList names(const QAbstractItemModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out.append(m.index(r, LostCustomersModel::Name).data().toString());
    return out;
}

} // namespace

class TestLossModels : public QObject
{
    Q_OBJECT
private:
    std::shared_ptr<const Dataset> m_data;
    MetricsReport m_report;

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c()); // the expected texts are written for the C locale
        m_data = std::make_shared<const Dataset>(test::lossFixture());
        m_report = computeMetrics(*m_data, {*Period::parse(QStringLiteral("2026-10"))});
        QCOMPARE(toDate(m_report.asOf), QDate(2026, 10, 31));
    }

    void lossTrend()
    {
        LossTrendModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTrend(m_report.assets.trendMonths, m_data->currency);
        QCOMPARE(model.rowCount(), 13);
        QCOMPARE(model.columnCount(), int(LossTrendModel::ColumnCount));
        QCOMPARE(model.index(0, 0).data(roleId(Role::PeriodText)).toString(), QStringLiteral("2025-10"));
        QCOMPARE(model.index(12, 0).data(roleId(Role::PeriodText)).toString(), QStringLiteral("2026-10"));
        // Lost customers per month: F in Nov 2025, D and E in Sep 2026, A, B, C in Oct 2026.
        const QList<int> lost = {0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3};
        for (int row = 0; row < 13; ++row)
            QCOMPARE(value(model, row, LossTrendModel::Lost).toInt(), lost[row]);
        ACC_COMPARE_NEAR(value(model, 1, LossTrendModel::LostValue).toDouble(), 400.0);
        ACC_COMPARE_NEAR(value(model, 11, LossTrendModel::LostValue).toDouble(), 2500.0);
        ACC_COMPARE_NEAR(value(model, 12, LossTrendModel::LostValue).toDouble(), 5000.0);
        QCOMPARE(value(model, 12, LossTrendModel::Gained).toInt(), 1);  // G
        QCOMPARE(value(model, 12, LossTrendModel::WonBack).toInt(), 1); // E
        QCOMPARE(value(model, 12, LossTrendModel::Net).toInt(), -1);
        ACC_COMPARE_NEAR(value(model, 12, LossTrendModel::ChurnRate).toDouble(), 0.75);
        ACC_COMPARE_NEAR(value(model, 11, LossTrendModel::ChurnRate).toDouble(), 2.0 / 6.0);
        ACC_COMPARE_NEAR(value(model, 1, LossTrendModel::ChurnRate).toDouble(),
                         1.0 / 7.0); // A-F and H on 2025-10-31
        ACC_COMPARE_NEAR(value(model, 12, LossTrendModel::Revenue).toDouble(), 350.0);
        ACC_COMPARE_NEAR(value(model, 11, LossTrendModel::Revenue).toDouble(), 800.0);
        QCOMPARE(model.index(12, LossTrendModel::Lost).data().toString(), QStringLiteral("3"));
    }

    void reasonPareto()
    {
        ReasonParetoModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReasons(m_report.assets.figures.reasons, m_data->currency);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ReasonParetoModel::Reason).data().toString(),
                 QStringLiteral("Service failure"));
        QCOMPARE(model.index(1, ReasonParetoModel::Reason).data().toString(), QStringLiteral("Price"));
        QCOMPARE(value(model, 0, ReasonParetoModel::Count).toInt(), 1);
        QCOMPARE(value(model, 1, ReasonParetoModel::Count).toInt(), 2);
        ACC_COMPARE_NEAR(value(model, 0, ReasonParetoModel::Value).toDouble(), 3000.0);
        ACC_COMPARE_NEAR(value(model, 1, ReasonParetoModel::Value).toDouble(), 2000.0);
        ACC_COMPARE_NEAR(value(model, 0, ReasonParetoModel::Share).toDouble(), 0.6);
        ACC_COMPARE_NEAR(value(model, 1, ReasonParetoModel::Share).toDouble(), 0.4);
        ACC_COMPARE_NEAR(value(model, 0, ReasonParetoModel::CumulativeShare).toDouble(), 0.6);
        ACC_COMPARE_NEAR(value(model, 1, ReasonParetoModel::CumulativeShare).toDouble(), 1.0);

        // September 2026 (trend row 11): 2,000.00 and 500.00 of 2,500.00.
        model.setReasons(m_report.assets.trendMonths[11].reasons, m_data->currency);
        QCOMPARE(model.index(0, ReasonParetoModel::Reason).data().toString(), QStringLiteral("Product gap"));
        ACC_COMPARE_NEAR(value(model, 0, ReasonParetoModel::CumulativeShare).toDouble(), 0.8);
        ACC_COMPARE_NEAR(value(model, 1, ReasonParetoModel::CumulativeShare).toDouble(), 1.0);

        // No losses: no shares.
        model.setReasons(m_report.assets.trendMonths[0].reasons, m_data->currency);
        QCOMPARE(model.rowCount(), 0);
    }

    void lostCustomers()
    {
        LostCustomersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLostCustomers(m_data, m_report.assets.trendLostCustomers);
        QCOMPARE(model.rowCount(), 6);
        // All 13 months' lost customers by lost value desc: B 3,000, D 2,000, A 1,200, C 800, E 500, F 400.
        QCOMPARE(names(model),
                 (QStringList{QStringLiteral("Αθηνά Α.Ε."), QStringLiteral("Société Générale"),
                              QStringLiteral("Müller GmbH"), QStringLiteral("東京トレーディング株式会社"),
                              QStringLiteral("Nordic Foods AB"), QStringLiteral("Atlas Logistics")}));
        QCOMPARE(model.index(0, LostCustomersModel::Reason).data().toString(),
                 QStringLiteral("Service failure"));
        QCOMPARE(model.index(0, LostCustomersModel::LostOn).data().toString(), QStringLiteral("2026-10-20"));
        QCOMPARE(model.index(5, LostCustomersModel::Reason).data().toString(), QStringLiteral("Unknown"));
        ACC_COMPARE_NEAR(value(model, 1, LostCustomersModel::LostValue).toDouble(), 2000.0);
        QCOMPARE(model.index(4, LostCustomersModel::WonBackOn).data().toString(),
                 QStringLiteral("2026-10-15"));
        QCOMPARE(model.index(3, 0).data(roleId(Role::CustomerIndex)).toInt(), 2); // C is the third customer
    }

    void lostCustomersProxy()
    {
        LostCustomersModel source;
        source.setLostCustomers(m_data, m_report.assets.trendLostCustomers);
        LostCustomersProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&source);
        proxy.sort(LostCustomersModel::LostValue, Qt::DescendingOrder);
        QCOMPARE(proxy.rowCount(), 6);
        QSignalSpy changed(&proxy, &LostCustomersProxy::filterChanged);

        LossFilter october;
        october.setDays(test::day("2026-10-01"), test::day("2026-10-31"));
        proxy.setFilter(october);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(names(proxy), (QStringList{QStringLiteral("Αθηνά Α.Ε."), QStringLiteral("Müller GmbH"),
                                            QStringLiteral("東京トレーディング株式会社")}));
        proxy.setFilter(october); // the same rule: nothing to redo
        QCOMPARE(changed.size(), 1);

        LossFilter price = october;
        price.setReason(QStringLiteral("Price"));
        proxy.setFilter(price);
        QCOMPARE(names(proxy),
                 (QStringList{QStringLiteral("Müller GmbH"), QStringLiteral("東京トレーディング株式会社")}));

        // By loss date: F (2025-11-03) first, C (2026-10-28) last.
        proxy.setFilter(LossFilter());
        proxy.sort(LostCustomersModel::LostOn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, LostCustomersModel::Name).data().toString(),
                 QStringLiteral("Atlas Logistics"));
        QCOMPARE(proxy.index(5, LostCustomersModel::Name).data().toString(),
                 QStringLiteral("東京トレーディング株式会社"));
    }

    // By hand: A Enterprise/Ann 1,200.00, B SMB/Bob 3,000.00, C Enterprise/Bob 800.00,
    // D SMB/Ann 2,000.00, E (no segment)/Ann 500.00, F Enterprise/(no owner) 400.00.
    void lossBreakdown()
    {
        Dataset data = *m_data;
        const QStringList segments = {QStringLiteral("Enterprise"),
                                      QStringLiteral("SMB"),
                                      QStringLiteral("Enterprise"),
                                      QStringLiteral("SMB"),
                                      QString(),
                                      QStringLiteral("Enterprise")};
        const QStringList owners = {QStringLiteral("Ann"), QStringLiteral("Bob"), QStringLiteral("Bob"),
                                    QStringLiteral("Ann"), QStringLiteral("Ann"), QStringLiteral(" ")};
        for (int i = 0; i < 6; ++i) { // customers A..F are the first six
            data.customers[std::size_t(i)].segment = segments[i];
            data.customers[std::size_t(i)].accountOwner = owners[i];
        }
        LostCustomersModel source;
        source.setLostCustomers(std::make_shared<const Dataset>(data), m_report.assets.trendLostCustomers);
        LossBreakdownModel bySegment(LossBreakdownModel::Dimension::Segment);
        LossBreakdownModel byOwner(LossBreakdownModel::Dimension::Owner);
        QAbstractItemModelTester t1(&bySegment, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&byOwner, QAbstractItemModelTester::FailureReportingMode::QtTest);
        bySegment.setSource(&source, QStringLiteral("EUR"));
        byOwner.setSource(&source, QStringLiteral("EUR"));
        auto rows = [](const QAbstractItemModel &m) {
            QStringList out;
            for (int r = 0; r < m.rowCount(); ++r)
                out.append(
                    m.index(r, LossBreakdownModel::Group).data().toString() + QLatin1Char(' ') +
                    m.index(r, LossBreakdownModel::Count).data().toString() + QLatin1Char(' ') +
                    QString::number(
                        m.index(r, LossBreakdownModel::Value).data(roleId(Role::Value)).toDouble(), 'f', 2));
            return out;
        };

        // every lost customer of the 13 months: SMB B+D, Enterprise A+C+F, E alone
        QCOMPARE(rows(bySegment),
                 (QStringList{QStringLiteral("SMB 2 5000.00"), QStringLiteral("Enterprise 3 2400.00"),
                              QStringLiteral("(not set) 1 500.00")}));
        QCOMPARE(rows(byOwner), (QStringList{QStringLiteral("Bob 2 3800.00"), QStringLiteral("Ann 3 3700.00"),
                                             QStringLiteral("(not set) 1 400.00")}));
        QCOMPARE(bySegment.total(), Cents(790000));
        ACC_COMPARE_NEAR(bySegment.index(0, LossBreakdownModel::Share).data(roleId(Role::Value)).toDouble(),
                         5000.0 / 7900.0);
        QCOMPARE(bySegment.headerData(LossBreakdownModel::Group, Qt::Horizontal).toString(),
                 QStringLiteral("Segment"));
        QCOMPARE(byOwner.headerData(LossBreakdownModel::Group, Qt::Horizontal).toString(),
                 QStringLiteral("Account owner"));

        // October 2026: A, B, C
        LossFilter october;
        october.setDays(test::day("2026-10-01"), test::day("2026-10-31"));
        bySegment.setFilter(october);
        byOwner.setFilter(october);
        QCOMPARE(rows(bySegment),
                 (QStringList{QStringLiteral("SMB 1 3000.00"), QStringLiteral("Enterprise 2 2000.00")}));
        QCOMPARE(bySegment.index(1, LossBreakdownModel::Share).data().toString(),
                 QStringLiteral("40.0") + QChar(0x00A0) + QLatin1Char('%'));
        QCOMPARE(rows(byOwner),
                 (QStringList{QStringLiteral("Bob 2 3800.00"), QStringLiteral("Ann 1 1200.00")}));
        ACC_COMPARE_NEAR(byOwner.index(0, LossBreakdownModel::Share).data(roleId(Role::Value)).toDouble(),
                         0.76);

        // and for the reason Price: A and C
        LossFilter price = october;
        price.setReason(QStringLiteral("Price"));
        bySegment.setFilter(price);
        QCOMPARE(rows(bySegment), (QStringList{QStringLiteral("Enterprise 2 2000.00")}));
        QCOMPARE(bySegment.index(0, LossBreakdownModel::Share).data(roleId(Role::Value)).toDouble(), 1.0);

        // the source's new rows are followed
        source.setLostCustomers(std::make_shared<const Dataset>(data), {});
        QCOMPARE(bySegment.rowCount(), 0);
        QVERIFY(!bySegment.headerData(LossBreakdownModel::Share, Qt::Horizontal).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLossModels)
#include "tst_lossmodels.moc"
