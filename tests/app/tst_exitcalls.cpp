// Exit calls from the Loss review (PRODUCT.md §8) on the loss fixture (lossfixture.h) in a
// real SQLite database, October 2026: the list holds B Αθηνά Α.Ε. (Service failure,
// 3,000.00), A Müller GmbH (Price, 1,200.00) and C 東京トレーディング株式会社 (Price,
// 800.00), by lost value. The dialog is driven by keys: a caller and Enter assigns the
// call; an empty caller or a correction without its reason is refused and the dialog
// stays open; the corrected reason then shows beside the reason from the data.
#include "lossfixture.h"
#include "models/lostcustomersmodel.h"
#include "models/metricsservice.h"
#include "storage/database.h"
#include "storage/datastore.h"
#include "storage/datawriter.h"
#include "storage/exitcallstore.h"
#include "storage/requeststore.h"
#include "views/lossreview/exitcalldialog.h"
#include "views/lossreview/lossreviewview.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace acc;

class TestExitCalls : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;

    std::shared_ptr<const MetricsSnapshot> snapshot()
    {
        Database db;
        QString error;
        if (!db.open(m_path, &error, Database::Mode::ReadOnly))
            return nullptr;
        auto data = loadDataset(db, &error);
        auto request = storedRequest(db, Period::month(2026, 10), &error);
        if (!data || !request)
            return nullptr;
        request->withModel = false;
        return MetricsService::compute(std::make_shared<const Dataset>(std::move(*data)), m_path, *request);
    }
    QList<ExitCall> stored()
    {
        QString error;
        return exitcalls::read(m_path, &error).value_or(QList<ExitCall>{});
    }
    // The row of the list (as shown, by lost value) whose customer id is `id`.
    static int rowOf(QTableView *table, const QString &id)
    {
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, LostCustomersModel::CustomerId).data().toString() == id)
                return r;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        m_path = m_dir.filePath(QStringLiteral("company.sqlite"));
        Database db;
        QString error;
        QVERIFY2(db.open(m_path, &error), qPrintable(error));
        DataWriter writer(db);
        QVERIFY2(writer.prepare(&error) && writer.writeDataset(test::lossFixture(), &error),
                 qPrintable(error));
    }

    void theModelShowsTheCall()
    {
        const auto s = snapshot();
        QVERIFY(s);
        LostCustomersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLostCustomers(s->data, s->report.assets.trendLostCustomers);
        int a = -1;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, LostCustomersModel::CustomerId).data().toString() == QLatin1String("A"))
                a = r;
        }
        QVERIFY(a >= 0);
        QCOMPARE(model.exitCallCount(), 0);
        ExitCall call;
        call.customerId = QStringLiteral("A");
        call.lostOn = QDate(2026, 10, 5);
        call.caller = QStringLiteral("CEO");
        call.due = QDate(2026, 10, 20);
        model.setExitCalls({call});
        QCOMPARE(model.exitCallCount(), 1);
        QCOMPARE(model.index(a, LostCustomersModel::ExitCallReason).data().toString(),
                 QStringLiteral("☎ CEO to call by 2026-10-20"));
        call.outcome = QStringLiteral("confirmed");
        call.winback = QStringLiteral("low");
        model.setExitCalls({call});
        QCOMPARE(model.index(a, LostCustomersModel::ExitCallReason).data().toString(),
                 QStringLiteral("✓ confirmed · win-back low"));
        call.outcome = QStringLiteral("corrected");
        call.correctedReason = QStringLiteral("Service failure");
        model.setExitCalls({call});
        QCOMPARE(model.index(a, LostCustomersModel::Reason).data().toString(), QStringLiteral("Price"));
        QCOMPARE(model.index(a, LostCustomersModel::ExitCallReason).data().toString(),
                 QStringLiteral("✎ Service failure · win-back low"));
        // A call on another loss of the same customer (another day) is not this one's.
        call.lostOn = QDate(2025, 1, 1);
        model.setExitCalls({call});
        QCOMPARE(model.exitCallCount(), 0);
    }

    void assignAndRecordByKeys()
    {
        LossReviewView view;
        view.resize(1280, 720);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setSnapshot(snapshot());
        QTableView *table = view.table();
        QVERIFY(table->isColumnHidden(LostCustomersModel::ExitCallReason)); // no call yet
        const int row = rowOf(table, QStringLiteral("A"));
        QVERIFY(row >= 0);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(row, LostCustomersModel::Name));

        // Ctrl+Shift+X opens the dialog on Müller GmbH; an empty caller is refused.
        QTest::keyClick(table, Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
        auto *dialog = view.findChild<ExitCallDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->call().customerId, QStringLiteral("A"));
        QCOMPARE(dialog->call().lostOn, QDate(2026, 10, 5));
        dialog->callerField()->setFocus();
        QTest::keyClick(dialog->callerField(), Qt::Key_Return);
        QVERIFY2(dialog->message().contains(QLatin1String("needs an executive")),
                 qPrintable(dialog->message()));
        QVERIFY(dialog->isVisible());
        QVERIFY(stored().isEmpty());

        // A caller and a date a week on, Enter: assigned.
        QTest::keyClicks(dialog->callerField(), QStringLiteral("Maria Keller"));
        dialog->dueField()->setDate(QDate(2026, 11, 9));
        QTest::keyClick(dialog->callerField(), Qt::Key_Return);
        QTRY_VERIFY(!view.findChild<ExitCallDialog *>());
        QCOMPARE(stored().size(), 1);
        QCOMPARE(stored()[0].caller, QStringLiteral("Maria Keller"));
        QCOMPARE(stored()[0].due, QDate(2026, 11, 9));
        QVERIFY(!stored()[0].made());
        QVERIFY(!table->isColumnHidden(LostCustomersModel::ExitCallReason));
        QCOMPARE(table->model()->index(row, LostCustomersModel::ExitCallReason).data().toString(),
                 QStringLiteral("☎ Maria Keller to call by 2026-11-09"));

        // The call made: "Reason corrected" from the list, but no reason typed: refused.
        table->setCurrentIndex(table->model()->index(row, LostCustomersModel::Name));
        dialog = view.editExitCall();
        QVERIFY(dialog);
        QCOMPARE(dialog->callerField()->text(), QStringLiteral("Maria Keller"));
        QVERIFY(!dialog->reasonField()->isEnabled());
        dialog->outcomeBox()->setFocus();
        QTest::keyClick(dialog->outcomeBox(), Qt::Key_Down); // Reason confirmed
        QTest::keyClick(dialog->outcomeBox(), Qt::Key_Down); // Reason corrected
        QCOMPARE(dialog->outcomeBox()->currentData().toString(), QStringLiteral("corrected"));
        QVERIFY(dialog->reasonField()->isEnabled());
        dialog->chanceBox()->setFocus();
        QTest::keyClick(dialog->chanceBox(), Qt::Key_Down);
        QTest::keyClick(dialog->chanceBox(), Qt::Key_Down);
        QTest::keyClick(dialog->chanceBox(), Qt::Key_Down); // High
        dialog->reasonField()->setFocus();
        QTest::keyClick(dialog->reasonField(), Qt::Key_Return);
        QVERIFY2(dialog->message().contains(QLatin1String("needs the reason")),
                 qPrintable(dialog->message()));
        QVERIFY(!stored()[0].made());
        QTest::keyClicks(dialog->reasonField(), QStringLiteral("Late deliveries"));
        QTest::keyClick(dialog->reasonField(), Qt::Key_Return);
        QTRY_VERIFY(!view.findChild<ExitCallDialog *>());
        QCOMPARE(stored()[0].outcome, QStringLiteral("corrected"));
        QCOMPARE(stored()[0].correctedReason, QStringLiteral("Late deliveries"));
        QCOMPARE(stored()[0].winback, QStringLiteral("high"));

        // The next loss review (a new view on a new snapshot) shows it beside the data's reason.
        LossReviewView next;
        next.setSnapshot(snapshot());
        const int again = rowOf(next.table(), QStringLiteral("A"));
        QCOMPARE(next.table()->model()->index(again, LostCustomersModel::Reason).data().toString(),
                 QStringLiteral("Price"));
        QCOMPARE(next.table()->model()->index(again, LostCustomersModel::ExitCallReason).data().toString(),
                 QStringLiteral("✎ Late deliveries · win-back high"));
    }
};

QTEST_MAIN(TestExitCalls)
#include "tst_exitcalls.moc"
