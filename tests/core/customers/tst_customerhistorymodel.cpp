// CustomerHistoryModel: one customer's orders, contacts and answers up to the state day,
// newest first, on the hand-worked rows of customersfixture.h.
#include "customersfixture.h"
#include "models/customerhistorymodel.h"
#include "models/roles.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace acc;

namespace {

using Kind = CustomerHistoryModel::Kind;
const QString nbsp = QString(QChar(0x00A0));

QList<QStringList> rowsOf(const CustomerHistoryModel &model)
{
    QList<QStringList> out;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < model.columnCount(); ++c)
            row.append(model.index(r, c).data().toString());
        out.append(row);
    }
    return out;
}

QString eur(const char *amount)
{
    return QString::fromLatin1(amount) + nbsp + QStringLiteral("EUR");
}

QStringList row(std::initializer_list<QString> cells)
{
    return QStringList(cells);
}

} // namespace

class TestCustomerHistoryModel : public QObject
{
    Q_OBJECT
private:
    std::shared_ptr<const Dataset> m_data = test::customersFixture();
    const Day m_day = test::day("2026-10-31");

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void orders()
    {
        CustomerHistoryModel model(Kind::Orders);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), 6);
        QCOMPARE(model.headerData(5, Qt::Horizontal).toString(), QStringLiteral("Order ID"));
        // C-10 up to the state day: O2 then O1; O3 (2026-11-20) comes later.
        model.setCustomer(m_data, 0, m_day);
        QCOMPARE(rowsOf(model),
                 (QList<QStringList>{
                     row({QStringLiteral("2026-03-01"), eur("1200.00"), QStringLiteral("Order"),
                          QStringLiteral("Parts"), QStringLiteral("Web"), QStringLiteral("O2")}),
                     row({QStringLiteral("2025-09-01"), eur("500.00"), QStringLiteral("Order"),
                          QStringLiteral("Tools"), QStringLiteral("Web"), QStringLiteral("O1")})}));
        QCOMPARE(model.index(0, 1).data(roleId(Role::Value)).toDouble(), 1200.0);
        QCOMPARE(model.index(0, 0).data(roleId(Role::DayNumber)).toInt(), test::day("2026-03-01"));
        QCOMPARE(model.index(0, 0).data(roleId(Role::CustomerIndex)).toInt(), 0);
        QCOMPARE(model.recordAt(0), 1); // the data set's second order row (sorted by customer, day)
        // Without a day: every order.
        model.setCustomer(m_data, 0, kNoDay);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 5).data().toString(), QStringLiteral("O3"));
        // C-3's refund: a negative amount, marked as a refund.
        model.setCustomer(m_data, 5, m_day);
        QCOMPARE(rowsOf(model),
                 (QList<QStringList>{
                     row({QStringLiteral("2026-02-01"), eur("-50.00"), QStringLiteral("Refund"),
                          QStringLiteral("Unknown"), QStringLiteral("Web"), QStringLiteral("O10")}),
                     row({QStringLiteral("2025-05-01"), eur("500.00"), QStringLiteral("Order"),
                          QStringLiteral("Unknown"), QStringLiteral("Web"), QStringLiteral("O9")})}));
        QCOMPARE(model.index(0, 3).data(roleId(Role::Text)).toString(), QString()); // the category as stored
        // A customer without orders, none, out of range.
        model.setCustomer(m_data, 4, m_day);
        QCOMPARE(model.rowCount(), 0);
        model.setCustomer(m_data, -1, m_day);
        QCOMPARE(model.customer(), -1);
        QCOMPARE(model.rowCount(), 0);
        model.setCustomer(m_data, 99, m_day);
        QCOMPARE(model.rowCount(), 0);
        model.setCustomer(nullptr, 0, m_day);
        QCOMPARE(model.rowCount(), 0);
    }

    void contacts()
    {
        CustomerHistoryModel model(Kind::Contacts);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCustomer(m_data, 0, m_day);
        // K2 (an open complaint), K1 (resolved two days later); K3 is after the state day.
        QCOMPARE(
            rowsOf(model),
            (QList<QStringList>{
                row({QStringLiteral("2026-10-20"), QStringLiteral("Request"), QStringLiteral("Delivery"),
                     QStringLiteral("Complaint"), QStringLiteral("Open"), QStringLiteral("Phone")}),
                row({QStringLiteral("2026-02-10"), QStringLiteral("Rescue"), QStringLiteral("Billing"),
                     QStringLiteral("Complaint"), QStringLiteral("2026-02-12"), QStringLiteral("Phone")})}));
        model.setCustomer(m_data, 1, m_day);
        QCOMPARE(rowsOf(model),
                 (QList<QStringList>{row({QStringLiteral("2026-08-01"), QStringLiteral("Revenue"),
                                          QStringLiteral("Upsell call"), QStringLiteral("—"),
                                          QStringLiteral("—"), QStringLiteral("Phone")})}));
        QCOMPARE(model.index(0, 1).data(roleId(Role::Text)).toString(), QStringLiteral("revenue"));
    }

    void feedback()
    {
        CustomerHistoryModel model(Kind::Feedback);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCustomer(m_data, 0, m_day);
        QCOMPARE(rowsOf(model), (QList<QStringList>{row({QStringLiteral("2026-03-05"), QStringLiteral("9"),
                                                         QStringLiteral("Great service")})}));
        // Every answer: F2 first, its tab shown as a control picture, exact in Role::Text.
        model.setCustomer(m_data, 0, kNoDay);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("Late␉again"));
        QCOMPARE(model.index(0, 2).data(roleId(Role::Text)).toString(), QStringLiteral("Late\tagain"));
        QCOMPARE(model.index(0, 1).data(roleId(Role::Value)).toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(TestCustomerHistoryModel)
#include "tst_customerhistorymodel.moc"
