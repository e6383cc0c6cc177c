// The Actions & ideas view and its model (PRODUCT.md §8) on the loss fixture
// (lossfixture.h: customers A Müller GmbH ... H) in a real SQLite database. "Today" is
// fixed at 2026-11-12, so an action due 2026-10-31 and still to do is 12 days overdue
// (1..12 November: "⚠ 2026-10-31 · 12 days late") and one due 2026-11-20 is not.
#include "answerbox.h"
#include "lossfixture.h"
#include "models/actionsmodel.h"
#include "models/actionsproxy.h"
#include "models/roles.h"
#include "storage/actionstore.h"
#include "storage/database.h"
#include "storage/datawriter.h"
#include "views/actions/actionsview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

using namespace acc;

class TestActionsView : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    const QDate m_today{2026, 11, 12};

    std::shared_ptr<const MetricsSnapshot> snapshot()
    {
        auto s = std::make_shared<MetricsSnapshot>();
        s->spec = m_path;
        s->data = std::make_shared<const Dataset>(test::lossFixture());
        return s;
    }
    QList<Action> stored()
    {
        Database db;
        QString error;
        if (!db.open(m_path, &error, Database::Mode::ReadOnly))
            return {};
        return ActionStore(db).all(&error).value_or(QList<Action>{});
    }
    void store(const Action &a)
    {
        Database db;
        QString error;
        QVERIFY(db.open(m_path, &error));
        QVERIFY2(ActionStore(db).insert(a, &error), qPrintable(error));
    }
    static Action action(const char *title, const char *owner, QDate due, const char *status)
    {
        Action a;
        a.title = QString::fromUtf8(title);
        a.owner = QString::fromUtf8(owner);
        a.due = due;
        a.status = QString::fromLatin1(status);
        a.created = QDate(2026, 10, 1);
        a.author = QStringLiteral("Ann");
        return a;
    }
    // Three actions: Ann's open one due 2026-10-31 (overdue 12 days) about Müller GmbH,
    // Bob's in-progress one due 2026-11-20 about the churn rate, Ann's done one due
    // 2026-10-01 (closed: never overdue).
    void seed()
    {
        Action a = action("Call Müller GmbH", "Ann", QDate(2026, 10, 31), "open");
        a.customerId = QStringLiteral("A");
        store(a);
        Action b = action("Halve the churn", "Bob", QDate(2026, 11, 20), "in_progress");
        b.metric = QStringLiteral("churn_rate");
        b.source = QStringLiteral("sales");
        store(b);
        store(action("Price list review", "Ann", QDate(2026, 10, 1), "done"));
    }
    int rowOf(const ActionsModel &model, const QString &title)
    {
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.actionAt(r).title == title)
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
    void init()
    {
        Database db;
        QString error;
        QVERIFY(db.open(m_path, &error));
        ActionStore store(db);
        const auto all = store.all(&error);
        QVERIFY2(all, qPrintable(error));
        for (const Action &a : *all)
            QVERIFY(store.remove(a.id, &error));
        seed();
    }

    void showsTheLog()
    {
        ActionsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setToday(m_today);
        model.setSnapshot(snapshot());
        QCOMPARE(model.rowCount(), 3);
        // By due date: 2026-10-01, 2026-10-31, 2026-11-20.
        QCOMPARE(model.index(0, ActionsModel::Title).data().toString(), QStringLiteral("Price list review"));
        QCOMPARE(model.index(0, ActionsModel::Due).data().toString(), QStringLiteral("2026-10-01"));
        QCOMPARE(model.index(0, ActionsModel::Status).data().toString(), QStringLiteral("Done"));
        QCOMPARE(model.index(1, ActionsModel::Due).data().toString(),
                 QStringLiteral("⚠ 2026-10-31 · 12 days late"));
        QCOMPARE(model.index(1, ActionsModel::Due).data(roleId(Role::Value)).toInt(), 12);
        QCOMPARE(model.index(1, ActionsModel::Link).data().toString(), QStringLiteral("Müller GmbH (A)"));
        QCOMPARE(model.index(2, ActionsModel::Due).data().toString(), QStringLiteral("2026-11-20"));
        QCOMPARE(model.index(2, ActionsModel::Status).data().toString(), QStringLiteral("In progress"));
        QCOMPARE(model.index(2, ActionsModel::Source).data().toString(), QStringLiteral("Sales"));
        QCOMPARE(model.index(2, ActionsModel::Link).data().toString(), QStringLiteral("Figure: Churn rate"));
        QCOMPARE(model.index(2, ActionsModel::Author).data().toString(), QStringLiteral("Ann"));
        const ActionsModel::Counts c = model.counts();
        QCOMPARE(c.total, 3);
        QCOMPARE(c.open, 1);
        QCOMPARE(c.inProgress, 1);
        QCOMPARE(c.done, 1);
        QCOMPARE(c.overdue, 1);
        QCOMPARE(model.owners(), (QStringList{QStringLiteral("Ann"), QStringLiteral("Bob")}));
        // A day later the overdue one is 13 days late.
        model.setToday(m_today.addDays(1));
        QCOMPARE(model.index(1, ActionsModel::Due).data().toString(),
                 QStringLiteral("⚠ 2026-10-31 · 13 days late"));
    }

    void editsAreStoredOrRefused_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("message"); // empty: accepted
        QTest::newRow("a title") << int(ActionsModel::Title) << "Visit Müller GmbH"
                                 << "";
        QTest::newRow("an empty title") << int(ActionsModel::Title) << "  "
                                        << "needs a title";
        QTest::newRow("a due date") << int(ActionsModel::Due) << "2026-12-01"
                                    << "";
        QTest::newRow("30 February") << int(ActionsModel::Due) << "2026-02-30"
                                     << "YYYY-MM-DD";
        QTest::newRow("a status by its label") << int(ActionsModel::Status) << "In progress"
                                               << "";
        QTest::newRow("an unknown status") << int(ActionsModel::Status) << "finished"
                                           << "not a status";
        QTest::newRow("a source") << int(ActionsModel::Source) << "front_line"
                                  << "";
        QTest::newRow("a figure") << int(ActionsModel::Link) << "nps"
                                  << "";
        QTest::newRow("another customer") << int(ActionsModel::Link) << "C"
                                          << "";
        QTest::newRow("an unknown customer") << int(ActionsModel::Link) << "ZZ9"
                                             << "no customer has the id \"ZZ9\"";
        QTest::newRow("a list figure") << int(ActionsModel::Link) << "best_customers"
                                       << "no customer";
    }
    void editsAreStoredOrRefused()
    {
        QFETCH(int, column);
        QFETCH(QString, typed);
        QFETCH(QString, message);
        ActionsModel model;
        model.setToday(m_today);
        model.setSnapshot(snapshot());
        QSignalSpy edited(&model, &ActionsModel::edited);
        QSignalSpy refused(&model, &ActionsModel::refused);
        const int row = rowOf(model, QStringLiteral("Call Müller GmbH"));
        const Action before = model.actionAt(row);
        const bool ok = model.setData(model.index(row, column), typed);
        QCOMPARE(ok, message.isEmpty());
        const Action now = [&] {
            for (const Action &a : stored())
                if (a.id == before.id)
                    return a;
            return Action{};
        }();
        if (ok) {
            QCOMPARE(edited.count(), 1);
            QVERIFY(!(now == before));
            QCOMPARE(now, model.actionAt(row));
            if (column == ActionsModel::Link && typed == QLatin1String("nps")) {
                QCOMPARE(now.metric, QStringLiteral("nps"));
                QVERIFY(now.customerId.isEmpty());
            }
            if (column == ActionsModel::Status)
                QCOMPARE(now.status, QStringLiteral("in_progress"));
        } else {
            QCOMPARE(refused.count(), 1);
            QVERIFY2(model.lastError().contains(message), qPrintable(model.lastError()));
            QCOMPARE(now, before);
            QCOMPARE(model.actionAt(row), before);
        }
    }

    void filtersByOwnerAndStatus()
    {
        ActionsModel model;
        model.setToday(m_today);
        model.setSnapshot(snapshot());
        ActionsProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setFilter({QStringLiteral("Ann"), {}});
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setFilter({QStringLiteral("Ann"), ActionFilter::kToDo});
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, ActionsModel::Title).data().toString(), QStringLiteral("Call Müller GmbH"));
        proxy.setFilter({{}, ActionFilter::kToDo});
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setFilter({{}, QStringLiteral("done")});
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilter({QStringLiteral("Bob"), QStringLiteral("done")});
        QCOMPARE(proxy.rowCount(), 0);
    }

    // Keys only: Ctrl+N, type a title, Enter; pick a status from the list; change the due
    // date; an empty title refused; Ctrl+Z and Ctrl+Shift+Z; Delete and its undo.
    void theViewByKeys()
    {
        ActionsView view;
        view.resize(1280, 720);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.model().setToday(m_today);
        view.model().setAuthor(QStringLiteral("Chloé"));
        view.setSnapshot(snapshot());
        QTableView *table = view.table();
        QCOMPARE(table->model()->rowCount(), 3);
        QVERIFY2(view.summary().contains(QStringLiteral("⚠ 1 overdue")), qPrintable(view.summary()));

        table->setFocus();
        QTest::keyClick(table, Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(stored().size(), 4);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Ask Athena why"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(rowOf(view.model(), QStringLiteral("Ask Athena why")) >= 0);
        const int row = rowOf(view.model(), QStringLiteral("Ask Athena why"));
        Action created = view.model().actionAt(row);
        QCOMPARE(created.author, QStringLiteral("Chloé"));
        QCOMPARE(created.status, QStringLiteral("open"));
        QCOMPARE(created.due, m_today.addDays(14));
        QCOMPARE(view.undoStack()->count(), 2); // the new action, its title

        // Status: F2 opens the list, Down picks "In progress", Enter saves.
        const auto proxyIndex = [&](int column) {
            return static_cast<QSortFilterProxyModel *>(table->model())
                ->mapFromSource(view.model().index(rowOf(view.model(), created.title), column));
        };
        table->setFocus();
        table->setCurrentIndex(proxyIndex(ActionsModel::Status));
        QTest::keyClick(table, Qt::Key_F2);
        auto *combo = qobject_cast<QComboBox *>(QApplication::focusWidget());
        QVERIFY(combo);
        QTest::keyClick(combo, Qt::Key_Down);
        QTest::keyClick(combo, Qt::Key_Return);
        QTRY_COMPARE(view.model().actionAt(rowOf(view.model(), created.title)).status,
                     QStringLiteral("in_progress"));
        QCOMPARE(view.undoStack()->count(), 3);

        // Due date: F2 opens the date editor on the year; Up moves it a year on.
        table->setCurrentIndex(proxyIndex(ActionsModel::Due));
        QTest::keyClick(table, Qt::Key_F2);
        auto *dateEdit = qobject_cast<QDateEdit *>(QApplication::focusWidget());
        QVERIFY(dateEdit);
        QCOMPARE(dateEdit->date(), m_today.addDays(14));
        QTest::keyClick(dateEdit, Qt::Key_Up);
        QTest::keyClick(dateEdit, Qt::Key_Return);
        QTRY_COMPARE(view.model().actionAt(rowOf(view.model(), created.title)).due,
                     m_today.addDays(14).addYears(1));

        // An empty title is refused: the message under the table, nothing stored.
        table->setCurrentIndex(proxyIndex(ActionsModel::Title));
        QTest::keyClick(table, Qt::Key_F2);
        editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClick(editor, Qt::Key_Backspace);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!view.message().isEmpty());
        QVERIFY2(view.message().contains(QLatin1String("needs a title")), qPrintable(view.message()));
        QCOMPARE(view.undoStack()->count(), 4); // three and the date

        // Undo the date and the status; redo the status.
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        auto findStored = [&](qint64 id) {
            for (const Action &a : stored())
                if (a.id == id)
                    return a;
            return Action{};
        };
        QCOMPARE(findStored(view.model().actionAt(rowOf(view.model(), created.title)).id).status,
                 QStringLiteral("open"));
        QCOMPARE(findStored(view.model().actionAt(rowOf(view.model(), created.title)).id).due,
                 m_today.addDays(14));
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(findStored(view.model().actionAt(rowOf(view.model(), created.title)).id).status,
                 QStringLiteral("in_progress"));

        // Delete removes it; Ctrl+Z puts it back under its id.
        const qint64 id = view.model().actionAt(rowOf(view.model(), created.title)).id;
        table->setFocus();
        table->setCurrentIndex(proxyIndex(ActionsModel::Owner));
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(stored().size(), 3);
        QCOMPARE(view.model().rowCount(), 3);
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stored().size(), 4);
        QCOMPARE(findStored(id).title, created.title);

        // Reopened: the same log, from the database.
        ActionsView again;
        again.setSnapshot(snapshot());
        QCOMPARE(again.model().rowCount(), 4);
        QCOMPARE(again.model().actionAt(again.model().rowOfId(id)).status, QStringLiteral("in_progress"));
    }

    void filtersInTheView()
    {
        ActionsView view;
        view.model().setToday(m_today);
        view.setSnapshot(snapshot());
        QComboBox *owner = view.ownerFilter();
        QCOMPARE(owner->count(), 3); // Everyone, Ann, Bob
        QCOMPARE(owner->itemText(1), QStringLiteral("Ann"));
        view.setOwnerFilter(QStringLiteral("Bob"));
        QCOMPARE(view.table()->model()->rowCount(), 1);
        view.setStatusFilter(QStringLiteral("done"));
        QCOMPARE(view.table()->model()->rowCount(), 0);
        // A new action while filtered on Bob's done ones: Bob's, open, and shown.
        view.newAction();
        QCOMPARE(view.table()->model()->rowCount(), 2);
        QCOMPARE(view.statusFilter()->currentData().toString(), QString());
        const auto all = stored();
        QCOMPARE(std::count_if(all.begin(), all.end(),
                               [](const Action &a) { return a.owner == QLatin1String("Bob"); }),
                 2);
    }

    // Two desks: desk B changes Bob's action while desk A shows it; A's change is refused
    // (nothing written) with B's in the message, and "Keep mine" saves A's over it, one
    // undo putting B's back; an action B deleted meanwhile is said to be deleted, and
    // "Reload theirs" shows the list without it.
    void noSilentOverwriteBetweenDesks()
    {
        ActionsView view;
        view.model().setToday(m_today);
        view.setSnapshot(snapshot());
        ActionsModel &model = view.model();
        const int row = rowOf(model, QStringLiteral("Halve the churn"));
        Action b = model.actionAt(row);
        {
            Database db;
            QString error;
            QVERIFY(db.open(m_path, &error));
            b.owner = QStringLiteral("Carla");
            QVERIFY2(ActionStore(db).update(b, &error), qPrintable(error));
        }
        QString asked;
        test::answerNextBox(this, QStringLiteral("&Keep mine"), &asked);
        QSignalSpy conflicted(&model, &ActionsModel::conflicted);
        QVERIFY(!model.setData(model.index(row, ActionsModel::Due), QStringLiteral("2026-12-01")));
        QCOMPARE(conflicted.count(), 1);
        QVERIFY(QTest::qWaitFor([&] { return !asked.isEmpty(); }, 2000));
        QVERIFY2(asked.contains(
                     QStringLiteral("now \"Halve the churn\", owner Carla, due 2026-11-20, In progress")),
                 qPrintable(asked));
        Action kept = stored().value(2);
        QCOMPARE(kept.title, QStringLiteral("Halve the churn"));
        QCOMPARE(kept.due, QDate(2026, 12, 1));      // mine, over theirs
        QCOMPARE(kept.owner, QStringLiteral("Bob")); // all of mine: the row as this desk had it
        view.undoStack()->undo();
        QCOMPARE(stored().value(2).owner, QStringLiteral("Carla"));
        QCOMPARE(stored().value(2).due, QDate(2026, 11, 20));

        // Deleted over there meanwhile.
        const int price = rowOf(model, QStringLiteral("Price list review"));
        {
            Database db;
            QString error;
            QVERIFY(db.open(m_path, &error));
            QVERIFY(ActionStore(db).remove(model.actionAt(price).id, &error));
        }
        asked.clear();
        test::answerNextBox(this, QStringLiteral("&Reload theirs"), &asked);
        QVERIFY(!model.setData(model.index(price, ActionsModel::Owner), QStringLiteral("Dora")));
        QVERIFY(QTest::qWaitFor([&] { return !asked.isEmpty(); }, 2000));
        QVERIFY2(asked.contains(QLatin1String("Another desk deleted this action")), qPrintable(asked));
        QCOMPARE(stored().size(), 2);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(rowOf(model, QStringLiteral("Price list review")), -1);
    }

    void exportsTheTable()
    {
        ActionsView view;
        view.model().setToday(m_today);
        view.setSnapshot(snapshot());
        view.setOwnerFilter(QStringLiteral("Ann"));
        const QString path = m_dir.filePath(QStringLiteral("actions.csv"));
        QString error;
        QVERIFY2(view.exportTableTo(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll())
                                      .remove(QChar(0xFEFF))
                                      .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QStringLiteral("Action,Owner,Due,Status,Source,About,Notes,Written by"));
        QCOMPARE(lines[1], QStringLiteral("Price list review,Ann,2026-10-01,Done,Meeting,,,Ann"));
        QCOMPARE(lines[2], QStringLiteral("Call Müller GmbH,Ann,2026-10-31,Open,Meeting,A,,Ann"));
    }
};

QTEST_MAIN(TestActionsView)
#include "tst_actionsview.moc"
