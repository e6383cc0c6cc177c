// Who joins or leaves in the criteria preview: the name shown safe and short, the exact
// name and the customer index in roles, the lifetime value formatted.
#include "models/previewcustomersmodel.h"
#include "models/roles.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace acc;
using Column = PreviewCustomersModel::Column;

class TestPreviewCustomersModel : public QObject
{
    Q_OBJECT
private slots:
    void showsCustomers()
    {
        QLocale::setDefault(QLocale::c());
        PreviewCustomersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString huge(1 << 20, QLatin1Char('x'));
        model.setCustomers({{4, QStringLiteral("Müller\tGmbH"), 123456}, {0, huge, -5}},
                           QStringLiteral("EUR"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, int(Column::Name)).data().toString(), QStringLiteral("Müller␉GmbH"));
        QCOMPARE(model.index(0, int(Column::Name)).data(int(Role::Text)).toString(),
                 QStringLiteral("Müller\tGmbH"));
        QCOMPARE(model.index(0, int(Column::Name)).data(int(Role::CustomerIndex)).toInt(), 4);
        QCOMPARE(model.index(0, int(Column::LifetimeValue)).data().toString(),
                 QStringLiteral("1234.56") + QChar(0x00A0) + QStringLiteral("EUR"));
        QCOMPARE(model.index(0, int(Column::LifetimeValue)).data(int(Role::Value)).toDouble(), 1234.56);
        QVERIFY(model.index(1, int(Column::Name)).data().toString().size() <= 120);
        QCOMPARE(model.customerAt(1).customer, 0);
        model.setCustomers({}, QStringLiteral("EUR"));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPreviewCustomersModel)
#include "tst_previewcustomersmodel.moc"
