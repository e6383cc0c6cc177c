// The Targets view and its model on the loss fixture (lossfixture.h) in a real SQLite
// database, October 2026: lost = 3 (A, B, C), churn_rate = 3/4 = 0.75, revenue = 350.00.
// Statuses worked by hand (METRICS.md convention 12; at risk: short by at most 10 %).
#include "answerbox.h"
#include "lossfixture.h"
#include "models/metricsservice.h"
#include "models/roles.h"
#include "models/targetsmodel.h"
#include "storage/database.h"
#include "storage/datastore.h"
#include "storage/datawriter.h"
#include "storage/requeststore.h"
#include "storage/targetstore.h"
#include "views/targets/targetsview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

using namespace acc;

class TestTargetsView : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    const Period m_october = Period::month(2026, 10);

    std::shared_ptr<const MetricsSnapshot> snapshot(const Period &period)
    {
        Database db;
        QString error;
        if (!db.open(m_path, &error, Database::Mode::ReadOnly))
            return nullptr;
        auto data = loadDataset(db, &error);
        auto request = storedRequest(db, period, &error);
        if (!data || !request)
            return nullptr;
        request->withModel = false;
        return MetricsService::compute(std::make_shared<const Dataset>(std::move(*data)), m_path, *request);
    }
    QList<Target> stored(const Period &period)
    {
        Database db;
        QString error;
        if (!db.open(m_path, &error, Database::Mode::ReadOnly))
            return {};
        return TargetStore(db).forPeriod(period, &error).value_or(QList<Target>{});
    }
    void clearTargets()
    {
        Database db;
        QString error;
        QVERIFY(db.open(m_path, &error));
        TargetStore store(db);
        const auto all = store.all(&error);
        QVERIFY(all);
        for (const Target &t : *all)
            QVERIFY(store.remove(t.metric, t.period, &error));
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
    void init() { clearTargets(); }

    void listsEveryFigureWithItsActual()
    {
        TargetsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snapshot(m_october));
        QCOMPARE(model.rowCount(), int(targets::numericKeys().size()));
        const int lost = model.rowOf(QStringLiteral("lost"));
        QCOMPARE(model.index(lost, TargetsModel::Metric).data().toString(),
                 QStringLiteral("↓ Customers lost"));
        QCOMPARE(model.index(lost, TargetsModel::Actual).data().toString(), QStringLiteral("3"));
        const int churn = model.rowOf(QStringLiteral("churn_rate"));
        QCOMPARE(model.index(churn, TargetsModel::Actual).data().toString(), QStringLiteral("75\u00A0%"));
        const int revenue = model.rowOf(QStringLiteral("revenue"));
        QCOMPARE(model.index(revenue, TargetsModel::Actual).data().toString(),
                 QStringLiteral("350\u00A0EUR"));
        QCOMPARE(model.index(model.rowOf(QStringLiteral("gained")), TargetsModel::Metric).data().toString(),
                 QStringLiteral("↑ Customers gained"));
        QCOMPARE(model.targetCount(), 0);
    }

    void editsAreStoredAndJudged_data()
    {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<double>("storedValue");
        QTest::addColumn<QString>("status");
        // lost 3 against 2: short by 1 > 10 % of 2 (0.2).
        QTest::newRow("lost above the target") << "lost"
                                               << "2" << 2.0 << "✗ Missed";
        QTest::newRow("lost on the target") << "lost"
                                            << "3" << 3.0 << "✓ Met";
        // churn 75 % against 80 %: lower is better, met.
        QTest::newRow("a share typed as a percentage") << "churn_rate"
                                                       << "80 %" << 0.8 << "✓ Met";
        // revenue 350 against 380: short by 30 <= 38.
        QTest::newRow("revenue at risk") << "revenue"
                                         << "380" << 380.0 << "! At risk";
        QTest::newRow("money with its currency") << "revenue"
                                                 << "1,000 EUR" << 1000.0 << "✗ Missed";
    }
    void editsAreStoredAndJudged()
    {
        QFETCH(QString, metric);
        QFETCH(QString, typed);
        QFETCH(double, storedValue);
        QFETCH(QString, status);
        TargetsModel model;
        model.setSnapshot(snapshot(m_october));
        QSignalSpy edited(&model, &TargetsModel::edited);
        const int row = model.rowOf(metric);
        QVERIFY2(model.setData(model.index(row, TargetsModel::Target), typed), qPrintable(model.lastError()));
        QVERIFY(model.setData(model.index(row, TargetsModel::Owner), QStringLiteral("Ann")));
        QCOMPARE(model.index(row, TargetsModel::Status).data().toString(), status);
        const QList<Target> saved = stored(m_october);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved[0].metric, metric);
        QCOMPARE(saved[0].value, storedValue);
        QCOMPARE(saved[0].owner, QStringLiteral("Ann"));
        QCOMPARE(edited.count(), 2);
        // Seen again after a reopen: the stored request carries it, and the engine agrees.
        const auto again = snapshot(m_october);
        QCOMPARE(again->report.targets.size(), 1);
        QCOMPARE(targets::statusName(again->report.targets[0].status),
                 status.contains(QLatin1String("Met"))       ? QStringLiteral("met")
                 : status.contains(QLatin1String("At risk")) ? QStringLiteral("at_risk")
                                                             : QStringLiteral("missed"));
        TargetsModel reopened;
        reopened.setSnapshot(again);
        QCOMPARE(reopened.targetOf(metric)->value, storedValue);
    }

    void wrongValuesAreRefusedInTheCell_data()
    {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("message");
        QTest::newRow("a fraction of a count") << "lost"
                                               << "2.5"
                                               << "whole number";
        QTest::newRow("words") << "revenue"
                               << "a lot"
                               << "an amount";
        QTest::newRow("a share over 100 %") << "churn_rate"
                                            << "150"
                                            << "from 0 to 100";
        QTest::newRow("an NPS out of range") << "nps"
                                             << "120"
                                             << "-100 to 100";
        QTest::newRow("a negative count") << "complaints"
                                          << "-3"
                                          << "cannot be negative";
    }
    void wrongValuesAreRefusedInTheCell()
    {
        QFETCH(QString, metric);
        QFETCH(QString, typed);
        QFETCH(QString, message);
        TargetsModel model;
        model.setSnapshot(snapshot(m_october));
        QSignalSpy refused(&model, &TargetsModel::refused);
        QVERIFY(!model.setData(model.index(model.rowOf(metric), TargetsModel::Target), typed));
        QVERIFY2(model.lastError().contains(message), qPrintable(model.lastError()));
        QCOMPARE(refused.count(), 1);
        QVERIFY(stored(m_october).isEmpty());
        // An owner needs a target first.
        QVERIFY(!model.setData(model.index(model.rowOf(metric), TargetsModel::Owner), QStringLiteral("Ann")));
        QVERIFY(stored(m_october).isEmpty());
    }

    // Keys only: type a target, Enter, Ctrl+Z, Ctrl+Shift+Z; copy September's targets.
    void theViewByKeys()
    {
        TargetsView view;
        view.resize(1280, 720);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setSnapshot(snapshot(m_october));
        QTableView *table = view.table();
        const int row = view.model().rowOf(QStringLiteral("lost"));
        // The figure's tooltip says how it is computed (METRICS.md lost, in words).
        QVERIFY(view.model()
                    .index(row, TargetsModel::Metric)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("Customers whose loss date (lost on) falls in the period.")));
        table->setFocus();
        table->setCurrentIndex(table->model()->index(row, TargetsModel::Target));
        QTest::keyClicks(table, QStringLiteral("2"));
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        QCOMPARE(editor->text(), QStringLiteral("2"));
        QTest::keyClick(editor, Qt::Key_Return); // the delegate commits on the next turn of the loop
        QTRY_COMPARE(stored(m_october).size(), 1);
        QVERIFY2(view.message().isEmpty(), qPrintable(view.message()));
        QCOMPARE(stored(m_october)[0].value, 2.0);
        QCOMPARE(view.undoStack()->count(), 1);

        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(stored(m_october).isEmpty());
        QVERIFY(!view.model().targetOf(QStringLiteral("lost")));
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(stored(m_october).size(), 1);
        QCOMPARE(view.model().targetOf(QStringLiteral("lost"))->value, 2.0);

        // Tab in an open editor commits and moves on to the next cell (the status); Tab
        // outside an editor leaves the table for the next control.
        table->setCurrentIndex(table->model()->index(row, TargetsModel::Target));
        QTest::keyClicks(table, QStringLiteral("3"));
        editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_Tab);
        QTRY_COMPARE(view.model().targetOf(QStringLiteral("lost"))->value, 3.0);
        QCOMPARE(table->currentIndex().column(), int(TargetsModel::Status));
        QTRY_COMPARE(QApplication::focusWidget(), table);
        QTest::keyClick(table, Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget() != table);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier); // back to 2
        QCOMPARE(view.model().targetOf(QStringLiteral("lost"))->value, 2.0);

        // A bad value: the message under the table, nothing stored.
        table->setCurrentIndex(table->model()->index(row, TargetsModel::Target));
        QTest::keyClicks(table, QStringLiteral("x"));
        editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!view.message().isEmpty());
        QVERIFY2(view.message().contains(QLatin1String("whole number")), qPrintable(view.message()));
        QCOMPARE(stored(m_october)[0].value, 2.0);

        // September's targets copied onto October, in one undoable step.
        {
            Database db;
            QString error;
            QVERIFY(db.open(m_path, &error));
            QVERIFY(TargetStore(db).setAll(
                {{QStringLiteral("lost"), Period::month(2026, 9), 1, QStringLiteral("Bob")},
                 {QStringLiteral("revenue"), Period::month(2026, 9), 500, {}}},
                &error));
        }
        auto *copy = view.findChild<QPushButton *>();
        QVERIFY(copy);
        QCOMPARE(copy->text(), QStringLiteral("&Copy from Sep 2026"));
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(stored(m_october).size(), 2);
        QCOMPARE(view.model().targetOf(QStringLiteral("lost"))->owner, QStringLiteral("Bob"));
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stored(m_october).size(), 1); // back to lost <= 2, no owner
        QCOMPARE(stored(m_october)[0].value, 2.0);
        QVERIFY(stored(m_october)[0].owner.isEmpty());
    }

    // Two desks on one company: a desk's save over a target another desk changed since it
    // was shown is refused (nothing written), with theirs and its own in the message; the
    // store's conditional writes hold for a new, a changed and a removed target.
    void noSilentOverwriteBetweenDesks()
    {
        const Period q = m_october;
        {
            Database db;
            QString error;
            QVERIFY(db.open(m_path, &error));
            TargetStore store(db);
            QList<TargetConflict> conflicts;
            const Target lost2{QStringLiteral("lost"), q, 2, QStringLiteral("COO")};
            const Target lost4{QStringLiteral("lost"), q, 4, QStringLiteral("CFO")};
            const TargetChange none{QStringLiteral("lost"), q, std::nullopt};
            // New: only when there is none yet.
            QVERIFY(store.applyOver({none}, {{QStringLiteral("lost"), q, lost2}}, &conflicts, &error));
            QVERIFY(!store.applyOver({none}, {{QStringLiteral("lost"), q, lost4}}, &conflicts, &error));
            QCOMPARE(conflicts.size(), 1);
            QCOMPARE(conflicts[0].theirs->value, 2.0);
            QCOMPARE(conflicts[0].mine->value, 4.0);
            // The same target saved twice is no conflict.
            QVERIFY(store.applyOver({none}, {{QStringLiteral("lost"), q, lost2}}, &conflicts, &error));
            // Changed and removed: only over the row as seen, value and owner.
            const TargetChange seenOther{QStringLiteral("lost"), q,
                                         Target{QStringLiteral("lost"), q, 2, QStringLiteral("CEO")}};
            QVERIFY(!store.applyOver({seenOther}, {{QStringLiteral("lost"), q, lost4}}, &conflicts, &error));
            QVERIFY(!store.applyOver({seenOther}, {none}, &conflicts, &error));
            QCOMPARE(stored(q).value(0).value, 2.0); // nothing was written
            QVERIFY(store.applyOver({{QStringLiteral("lost"), q, lost2}}, {none}, &conflicts, &error));
            QVERIFY(stored(q).isEmpty());
        }
        // Desk A shows October without a target on "lost"; desk B sets 2 meanwhile.
        TargetsView view;
        view.setSnapshot(snapshot(q));
        TargetsModel &model = view.model();
        {
            Database b;
            QString error;
            QVERIFY(b.open(m_path, &error));
            QVERIFY(TargetStore(b).set({QStringLiteral("lost"), q, 2, QStringLiteral("COO")}, &error));
        }
        QSignalSpy conflicted(&model, &TargetsModel::conflicted);
        QSignalSpy edited(&model, &TargetsModel::edited);
        // The view's question, answered "Keep mine" as soon as it shows.
        QString asked;
        test::answerNextBox(this, QStringLiteral("&Keep mine"), &asked);
        const int row = model.rowOf(QStringLiteral("lost"));
        QVERIFY(!model.setData(model.index(row, TargetsModel::Target), QStringLiteral("5")));
        QCOMPARE(conflicted.count(), 1);
        QCOMPARE(edited.count(), 0);
        QCOMPARE(stored(q).value(0).value, 2.0); // theirs, untouched
        QVERIFY(QTest::qWaitFor([&] { return !asked.isEmpty(); }, 2000));
        QVERIFY2(asked.contains(QStringLiteral("Customers lost, Oct 2026: now ≤ 2 (owner: COO); yours: ≤ 5")),
                 qPrintable(asked));
        QVERIFY(asked.contains(QLatin1String("Your change was not saved")));
        // Kept: saved over theirs, and one undo puts theirs back.
        QCOMPARE(stored(q).value(0).value, 5.0);
        QCOMPARE(view.undoStack()->count(), 1);
        view.undoStack()->undo();
        QCOMPARE(stored(q).value(0).value, 2.0);
        QCOMPARE(stored(q).value(0).owner, QStringLiteral("COO"));
    }

    // A company this desk may only read (a read-only role): the targets show, no editor
    // opens, "copy" is disabled, and the view says why.
    void readOnlyCompanyOpensNoEditor()
    {
        auto readOnly = std::make_shared<MetricsSnapshot>(*snapshot(m_october));
        readOnly->readOnly = QStringLiteral("the database role board may read and present this company");
        TargetsView view;
        view.resize(1280, 720);
        view.show();
        view.setSnapshot(readOnly);
        QTableView *table = view.table();
        QCOMPARE(table->editTriggers(), QAbstractItemView::NoEditTriggers);
        const QModelIndex cell =
            table->model()->index(view.model().rowOf(QStringLiteral("lost")), TargetsModel::Target);
        table->setCurrentIndex(cell);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_F2);
        QVERIFY(!qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        QVERIFY2(view.message().contains(QLatin1String("Read-only: the database role board")),
                 qPrintable(view.message()));
        for (QPushButton *b : view.findChildren<QPushButton *>()) {
            if (b->text().startsWith(QLatin1String("&Copy from")))
                QVERIFY(!b->isEnabled());
        }
        // Writable again: the editors come back.
        view.setSnapshot(snapshot(m_october));
        QVERIFY(table->editTriggers() != QAbstractItemView::NoEditTriggers);
        QVERIFY(!view.message().contains(QLatin1String("Read-only")));
    }

    void exportsTheTable()
    {
        TargetsView view;
        view.setSnapshot(snapshot(m_october));
        QVERIFY(view.model().setData(
            view.model().index(view.model().rowOf(QStringLiteral("churn_rate")), TargetsModel::Target),
            QStringLiteral("2.5")));
        view.setOnlyWithTargets(true);
        const QString path = m_dir.filePath(QStringLiteral("targets.csv"));
        QString error;
        QVERIFY2(view.exportTableTo(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll())
                                      .remove(QChar(0xFEFF))
                                      .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0], QStringLiteral("Figure,Actual,Target,Status,Owner"));
        QCOMPARE(lines[1], QStringLiteral("↓ Churn rate,0.750000,0.025000,✗ Missed,"));
    }
};

QTEST_MAIN(TestTargetsView)
#include "tst_targetsview.moc"
