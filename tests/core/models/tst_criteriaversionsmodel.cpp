// The versions of a criteria set for the dialog's history: newest first, the author (or
// "not recorded") and the saved time.
#include "models/criteriaversionsmodel.h"
#include "models/roles.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace acc;
using Column = CriteriaVersionsModel::Column;

class TestCriteriaVersionsModel : public QObject
{
    Q_OBJECT
private slots:
    void newestFirst()
    {
        qputenv("TZ", "UTC");
        CriteriaVersionsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<StoredCriteria> versions;
        CriteriaSet set = criteria::defaultSet();
        versions.append({set, QString(), QDateTime(QDate(2026, 1, 2), QTime(8, 0), Qt::UTC)});
        set.version = 2;
        versions.append(
            {set, QStringLiteral("Ann\nExample"), QDateTime(QDate(2026, 10, 31), QTime(9, 15), Qt::UTC)});
        set.version = 3;
        versions.append({set, QStringLiteral("Bob"), QDateTime()});
        model.setVersions(versions);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, int(Column::Version)).data().toString(), QStringLiteral("3"));
        QCOMPARE(model.index(0, int(Column::Saved)).data().toString(), QStringLiteral("unknown"));
        QCOMPARE(model.index(1, int(Column::Author)).data().toString(), QStringLiteral("Ann␊Example"));
        QCOMPARE(model.index(1, int(Column::Author)).data(int(Role::Text)).toString(),
                 QStringLiteral("Ann\nExample"));
        QCOMPARE(model.index(1, int(Column::Saved)).data().toString(), QStringLiteral("2026-10-31 09:15"));
        QCOMPARE(model.index(2, int(Column::Author)).data().toString(), QStringLiteral("not recorded"));
        QCOMPARE(model.index(2, int(Column::Version)).data(int(Role::Sort)).toInt(), 1);
        QCOMPARE(model.rowOf(2), 1);
        QCOMPARE(model.rowOf(9), -1);
        QCOMPARE(model.versionAt(2).set.version, 1);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Author"));
        model.setVersions({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCriteriaVersionsModel)
#include "tst_criteriaversionsmodel.moc"
