// The best-customer criteria dialog driven as a person would, with keys and the mouse, on
// the hand-worked company of criteriafixture.h written to a temporary SQLite database,
// with "Top 40" (revenue_12m in the top 40 %, saved by ann) in force.
//
// State day d = 2026-03-31, all revenue in window(d) 2800, six active customers (A B C D
// F G); in force: ceil(40 % of 6) = 3 places: B 1000, A 800, C 300 (C and G tie at 300,
// C has the lower id): 3 customers, 2100 / 2800 = 75.0 %.
#include "answerbox.h"
#include "criteria/criteria.h"
#include "criteriafixture.h"
#include "dialogs/criteria/criteriadialog.h"
#include "dialogs/criteria/historypage.h"
#include "dialogs/criteria/previewpanel.h"
#include "dialogs/criteria/ruleseditor.h"
#include "mainwindow.h"
#include "models/criteriapreviewservice.h"
#include "models/criteriarulesmodel.h"
#include "models/criteriaversionsmodel.h"
#include "models/metricsservice.h"
#include "models/previewcustomersmodel.h"
#include "models/roles.h"
#include "storage/criteriastore.h"
#include "storage/database.h"
#include "storage/datastore.h"
#include "storage/datawriter.h"
#include "storage/requeststore.h"
#include "widgets/figuretile.h"
#include "widgets/periodselector.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

using namespace acc;

namespace {

const QString kTop40 = QStringLiteral("Top 40");

QString names(const PreviewCustomersModel *model)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r)
        out << model->index(r, 0).data(int(Role::Text)).toString();
    return out.join(QStringLiteral(", "));
}

// Waits until the preview shows the figures of the rules as they stand.
bool previewSettled(CriteriaDialog &dialog)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 10000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (!dialog.previewService()->isBusy() &&
            dialog.previewPanel()->status() == PreviewPanel::Status::Current)
            return true;
        QTest::qWait(5);
    }
    return false;
}

void typeValue(RulesEditor *editor, int row, const QString &text)
{
    QLineEdit *edit = editor->valueEdit(row);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

QString count(CriteriaDialog &d)
{
    return d.previewPanel()->countTile()->value();
}

QString share(CriteriaDialog &d)
{
    return d.previewPanel()->shareTile()->value();
}

const QString nbsp = QString(QChar(0x00A0));

} // namespace

class TestCriteriaDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_databases = 0;

    // A fresh company database with "Top 40" version 1 (by ann) in force.
    QString makeDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("company-%1.sqlite").arg(++m_databases));
        const Dataset data = test::criteriaFixture();
        Database db;
        QString error;
        if (!db.open(path, &error))
            qFatal("%s", qPrintable(error));
        DataWriter writer(db);
        if (!writer.prepare(&error) || !writer.writeDataset(data, &error))
            qFatal("%s", qPrintable(error));
        db.setSetting(QStringLiteral("company_name"), data.companyName);
        db.setSetting(QStringLiteral("currency"), data.currency);
        CriteriaSet top40 = *criteria::parse(
            R"({"rules":[{"attribute":"revenue_12m","op":"top-percent","value":40}]})", &error, kTop40);
        if (CriteriaStore(db).save(top40, QStringLiteral("ann"), &error) != 1 ||
            !useCriteria(db, {kTop40, 0}, &error))
            qFatal("%s", qPrintable(error));
        return path;
    }

    // What the window would hand the dialog: the figures of 2026-Q1 with the stored request.
    static std::shared_ptr<const MetricsSnapshot> snapshotOf(const QString &path)
    {
        Database db;
        QString error;
        if (!db.open(path, &error, Database::Mode::ReadOnly))
            return nullptr;
        auto data = loadDataset(db, &error);
        const auto request = storedRequest(db, *Period::parse(QStringLiteral("2026-Q1")), &error);
        if (!data || !request)
            return nullptr;
        return MetricsService::compute(std::make_shared<const Dataset>(std::move(*data)), path, *request);
    }

    std::unique_ptr<CriteriaDialog> openDialog(const QString &path)
    {
        auto dialog = std::make_unique<CriteriaDialog>(snapshotOf(path), path);
        dialog->authorEdit()->setText(QStringLiteral("Zoë"));
        dialog->resize(1280, 720);
        dialog->show();
        QApplication::setActiveWindow(dialog.get());
        if (!QTest::qWaitForWindowActive(dialog.get()) || !previewSettled(*dialog))
            return nullptr;
        return dialog;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c()); // numbers typed and shown in the C locale
        QVERIFY(m_dir.isValid());
        m_path = makeDatabase();
    }

    void opensOnTheSetInForce()
    {
        auto d = openDialog(m_path);
        QVERIFY(d);
        RulesEditor *editor = d->rulesEditor();
        QCOMPARE(editor->rowCount(), 1);
        QCOMPARE(editor->attributeBox(0)->currentText(), QStringLiteral("Revenue, last 12 months"));
        QCOMPARE(editor->operatorBox(0)->currentText(), QStringLiteral("in the top"));
        QCOMPARE(editor->valueEdit(0)->text(), QStringLiteral("40"));
        QVERIFY(editor->allButton()->isChecked());
        QCOMPARE(d->nameEdit()->text(), kTop40);
        // The unchanged set selects what the set in force selects.
        QCOMPARE(count(*d), QStringLiteral("3"));
        QCOMPARE(share(*d), QStringLiteral("75.0") + nbsp + QLatin1Char('%'));
        QCOMPARE(d->previewPanel()->joiningModel()->rowCount(), 0);
        QCOMPARE(d->previewPanel()->leavingModel()->rowCount(), 0);
        QVERIFY(d->saveButton()->isEnabled());
        // Every attribute of METRICS.md is offered; a number takes the number operators.
        QCOMPARE(editor->attributeBox(0)->count(), 13);
        QCOMPARE(editor->operatorBox(0)->count(), 7);
        // The history lists version 1 by ann.
        QCOMPARE(d->historyPage()->model()->rowCount(), 1);
        QCOMPARE(d->historyPage()->model()->index(0, 1).data().toString(), QStringLiteral("ann"));
        QVERIFY(
            d->historyPage()->differenceLabel()->text().contains(QLatin1String("say what version 1 says")));
    }

    void typedRulesUpdateThePreview()
    {
        auto d = openDialog(m_path);
        QVERIFY(d);
        RulesEditor *editor = d->rulesEditor();
        // Top 20 %: ceil(20 % of 6) = ceil(1.2) = 2 places: B 1000, A 800.
        // Share (1000 + 800) / 2800 = 64.29 %. C (lifetime 300) leaves.
        typeValue(editor, 0, QStringLiteral("20"));
        QVERIFY(previewSettled(*d));
        QCOMPARE(count(*d), QStringLiteral("2"));
        QCOMPARE(share(*d), QStringLiteral("64.3") + nbsp + QLatin1Char('%'));
        QCOMPARE(names(d->previewPanel()->joiningModel()), QString());
        QCOMPARE(names(d->previewPanel()->leavingModel()), QStringLiteral("Gamma Garden"));

        // A second rule, with the keyboard: Alt+A adds it after the focused one and focuses
        // its attribute; Down picks the next attribute (orders_12m), Tab, Tab to the value.
        QTest::keyClick(d.get(), Qt::Key_A, Qt::AltModifier);
        QTRY_COMPARE(editor->rowCount(), 2);
        QTRY_COMPARE(QApplication::focusWidget(), editor->attributeBox(1));
        // A new rule has no value yet: it says so, and nothing can be saved.
        QVERIFY(!d->saveButton()->isEnabled());
        QVERIFY(editor->problemLabel(1)->isVisible());
        QTest::keyClick(editor->attributeBox(1), Qt::Key_Down);
        QCOMPARE(editor->attributeBox(1)->currentText(), QStringLiteral("Orders, last 12 months"));
        QCOMPARE(editor->operatorBox(1)->currentText(), QStringLiteral("at least"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), editor->valueEdit(1));
        QTest::keyClicks(editor->valueEdit(1), QStringLiteral("2"));
        // Top 20 % {A, B} and orders_12m >= 2 {A (2), C (3)}: A alone. Share 800 / 2800 =
        // 28.57 %. Leaving, by lifetime: B (1000), C (300).
        QVERIFY(previewSettled(*d));
        QVERIFY(d->saveButton()->isEnabled());
        QCOMPARE(count(*d), QStringLiteral("1"));
        QCOMPARE(share(*d), QStringLiteral("28.6") + nbsp + QLatin1Char('%'));
        QCOMPARE(names(d->previewPanel()->leavingModel()), QStringLiteral("Beta Bau, Gamma Garden"));
        QCOMPARE(d->previewPanel()->leavingModel()->index(0, 1).data().toString(),
                 QStringLiteral("1000.00") + nbsp + QStringLiteral("EUR"));

        // Match any: top 20 % {A, B} or orders >= 2 {A, C}: A, B, C, the set in force again.
        QTest::mouseClick(editor->anyButton(), Qt::LeftButton);
        QVERIFY(previewSettled(*d));
        QCOMPARE(count(*d), QStringLiteral("3"));
        QCOMPARE(d->previewPanel()->leavingModel()->rowCount(), 0);

        // Remove the second rule with its button: top 20 % alone again.
        QTest::mouseClick(editor->removeButton(1), Qt::LeftButton);
        QCOMPARE(editor->rowCount(), 1);
        QVERIFY(previewSettled(*d));
        QCOMPARE(count(*d), QStringLiteral("2"));
    }

    void anInvalidValueIsMarkedAndStopsSaving()
    {
        auto d = openDialog(m_path);
        QVERIFY(d);
        RulesEditor *editor = d->rulesEditor();
        typeValue(editor, 0, QStringLiteral("120"));
        QCOMPARE(editor->problemLabel(0)->text(), QStringLiteral("top-percent takes a number from 0 to 100"));
        QVERIFY(editor->problemLabel(0)->isVisible());
        QVERIFY(editor->valueEdit(0)->styleSheet().contains(QLatin1String("border")));
        QCOMPARE(editor->valueEdit(0)->toolTip(), editor->problemLabel(0)->text());
        QVERIFY(!d->saveButton()->isEnabled());
        QCOMPARE(d->previewPanel()->status(), PreviewPanel::Status::Invalid);
        QVERIFY(!d->editedCriteria());
        // The same words as `accountable criteria save --file` for a value of 120.
        QString fileError;
        QVERIFY(!criteria::parse(
            R"({"name":"x","rules":[{"attribute":"revenue_12m","op":"top-percent","value":120}]})",
            &fileError));
        QCOMPARE(fileError, QStringLiteral("rule 1: ") + editor->problemLabel(0)->text());
        // Text where a number belongs.
        typeValue(editor, 0, QStringLiteral("twenty"));
        QCOMPARE(editor->problemLabel(0)->text(), QStringLiteral("top-percent takes a number from 0 to 100"));
        // Corrected: the mark goes, saving is possible, the preview runs (top 10 %: ceil(0.6) =
        // 1 place, B: share 1000 / 2800 = 35.7 %).
        typeValue(editor, 0, QStringLiteral("10"));
        QVERIFY(!editor->problemLabel(0)->isVisible());
        QVERIFY(editor->valueEdit(0)->styleSheet().isEmpty());
        QVERIFY(d->saveButton()->isEnabled());
        QVERIFY(previewSettled(*d));
        QCOMPARE(count(*d), QStringLiteral("1"));
        QCOMPARE(share(*d), QStringLiteral("35.7") + nbsp + QLatin1Char('%'));
        // No name, no author: nothing to save.
        d->nameEdit()->clear();
        QVERIFY(!d->saveButton()->isEnabled());
        d->nameEdit()->setText(kTop40);
        d->authorEdit()->setText(QStringLiteral("  "));
        QVERIFY(!d->saveButton()->isEnabled());
    }

    void undoAndRedo()
    {
        auto d = openDialog(m_path);
        QVERIFY(d);
        RulesEditor *editor = d->rulesEditor();
        QUndoStack *undo = d->undoStack();
        // Typing in one field is one step ("2" and "0" typed, then undone at once), undone with
        // Ctrl+Z while the field has the focus.
        typeValue(editor, 0, QStringLiteral("20"));
        QCOMPARE(undo->count(), 1);
        QTest::keyClick(editor->valueEdit(0), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(editor->valueEdit(0)->text(), QStringLiteral("40"));
        QVERIFY(previewSettled(*d));
        QCOMPARE(count(*d), QStringLiteral("3"));
        QTest::keyClick(editor->valueEdit(0), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(editor->valueEdit(0)->text(), QStringLiteral("20"));
        QVERIFY(previewSettled(*d));
        QCOMPARE(count(*d), QStringLiteral("2"));
        // A rule added, the match changed, an attribute changed: each undone in turn.
        editor->addButton()->click();
        QCOMPARE(editor->rowCount(), 2);
        QTest::mouseClick(editor->anyButton(), Qt::LeftButton);
        QVERIFY(!d->rulesModel()->matchAll());
        editor->attributeBox(1)->setFocus();
        QTest::keyClick(editor->attributeBox(1), Qt::Key_Up); // revenue_12m -> lifetime_value
        QCOMPARE(d->rulesModel()->row(1).attribute, CriteriaAttribute::LifetimeValue);
        QCOMPARE(undo->count(), 4);
        QTest::keyClick(d.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(d->rulesModel()->row(1).attribute, CriteriaAttribute::Revenue12m);
        QCOMPARE(editor->attributeBox(1)->currentText(), QStringLiteral("Revenue, last 12 months"));
        QTest::keyClick(d.get(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(d->rulesModel()->matchAll());
        QVERIFY(editor->allButton()->isChecked());
        QTest::keyClick(d.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(editor->rowCount(), 1);
        QTest::keyClick(d.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(editor->valueEdit(0)->text(), QStringLiteral("40"));
        QVERIFY(!undo->canUndo());
        // And all redone.
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(d.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(editor->rowCount(), 2);
        QVERIFY(!d->rulesModel()->matchAll());
        QCOMPARE(d->rulesModel()->row(1).attribute, CriteriaAttribute::LifetimeValue);
        QCOMPARE(editor->valueEdit(0)->text(), QStringLiteral("20"));
        // A rule removed with Alt+M (the focused one), undone.
        editor->valueEdit(1)->setFocus();
        QTest::keyClick(d.get(), Qt::Key_M, Qt::AltModifier);
        QTRY_COMPARE(editor->rowCount(), 1);
        QTest::keyClick(d.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(editor->rowCount(), 2);
    }

    // Saving stores version 2 with its author, puts the name in force, and leaves version 1
    // as it was; an old version restored and saved is version 3.
    void saveAndRestore()
    {
        const QString path = makeDatabase();
        {
            auto d = openDialog(path);
            QVERIFY(d);
            typeValue(d->rulesEditor(), 0, QStringLiteral("20"));
            QSignalSpy saved(d.get(), &CriteriaDialog::saved);
            QTest::mouseClick(d->saveButton(), Qt::LeftButton);
            QCOMPARE(saved.count(), 1);
            QCOMPARE(saved.at(0).at(0).toString(), kTop40);
            QCOMPARE(saved.at(0).at(1).toInt(), 2);
            QCOMPARE(d->result(), int(QDialog::Accepted));
        }
        {
            Database db;
            QString error;
            QVERIFY(db.open(path, &error));
            const auto versions = CriteriaStore(db).versions(kTop40, &error);
            QVERIFY2(versions, qPrintable(error));
            QCOMPARE(versions->size(), 2);
            QCOMPARE(versions->at(0).author, QStringLiteral("ann"));
            QCOMPARE(versions->at(0).set.rules[0].number, 40.0); // never overwritten
            QCOMPARE(versions->at(1).author, QStringLiteral("Zoë"));
            QCOMPARE(versions->at(1).set.rules[0].number, 20.0);
            const auto inForce = criteriaInForce(db, &error);
            QCOMPARE(inForce->name, kTop40);
            QCOMPARE(inForce->version, 2);
        }
        // A new session on the new figures: in force now version 2 (2 customers).
        auto d = openDialog(path);
        QVERIFY(d);
        QCOMPARE(count(*d), QStringLiteral("2"));
        HistoryPage *history = d->historyPage();
        QCOMPARE(history->model()->rowCount(), 2);
        QCOMPARE(history->model()->index(0, 0).data().toString(), QStringLiteral("2"));
        QCOMPARE(history->model()->index(0, 1).data().toString(), QStringLiteral("Zoë"));
        d->tabs()->setCurrentWidget(history);
        QVERIFY(history->selectVersion(1));
        QCOMPARE(history->differenceLabel()->text(),
                 QStringLiteral(
                     "What differs from version 1:\n• Changed: Revenue, last 12 months: in the top 40 % of "
                     "active customers → Revenue, last 12 months: in the top 20 % of active customers"));
        QVERIFY(history->olderView()->toHtml().contains(QLatin1String("changed")));
        QTest::mouseClick(history->restoreButton(), Qt::LeftButton);
        QCOMPARE(d->tabs()->currentIndex(), 0);
        QCOMPARE(d->rulesEditor()->valueEdit(0)->text(), QStringLiteral("40"));
        QVERIFY(previewSettled(*d));
        QCOMPARE(count(*d), QStringLiteral("3")); // version 1 selects A, B, C; C joins
        QCOMPARE(names(d->previewPanel()->joiningModel()), QStringLiteral("Gamma Garden"));
        QVERIFY(history->differenceLabel()->text().contains(QLatin1String("say what version 1 says")));
        // The restore is undoable.
        QTest::keyClick(d.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(d->rulesEditor()->valueEdit(0)->text(), QStringLiteral("20"));
        QTest::keyClick(d.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(d->rulesEditor()->valueEdit(0)->text(), QStringLiteral("40"));
        // Saved with the keyboard (Alt+S): version 3, the same rules as version 1.
        QTest::keyClick(d.get(), Qt::Key_S, Qt::AltModifier);
        QTRY_COMPARE(d->result(), int(QDialog::Accepted));
        Database db;
        QString error;
        QVERIFY(db.open(path, &error));
        const auto versions = CriteriaStore(db).versions(kTop40, &error);
        QCOMPARE(versions->size(), 3);
        QCOMPARE(versions->at(2).set.rules[0].number, 40.0);
        QCOMPARE(criteriaInForce(db, &error)->version, 3);
    }

    // Two desks on one set: a save over another desk's newer version is refused and asks.
    // Reload theirs puts their rules in the editor (Ctrl+Z brings these back); Keep mine
    // saves on top of theirs, which stays in the history.
    void noSilentOverwriteBetweenDesks()
    {
        const QString path = makeDatabase();
        auto d = openDialog(path);
        QVERIFY(d);
        const auto saveElsewhere = [&](double percent, const QString &author) {
            Database db;
            QString error;
            QVERIFY(db.open(path, &error));
            CriteriaSet set = *criteria::parse(
                QStringLiteral(R"({"rules":[{"attribute":"revenue_12m","op":"top-percent","value":%1}]})")
                    .arg(percent)
                    .toUtf8(),
                &error, kTop40);
            QVERIFY(CriteriaStore(db).save(set, author, &error) > 0);
        };
        saveElsewhere(30, QStringLiteral("Bob")); // version 2, while this desk edits version 1
        typeValue(d->rulesEditor(), 0, QStringLiteral("20"));
        QString asked;
        test::answerNextBox(this, QStringLiteral("&Reload theirs"), &asked);
        QVERIFY(!d->saveNewVersion());
        QVERIFY2(asked.contains(QStringLiteral("\"Top 40\" version 2 was saved by Bob at ")),
                 qPrintable(asked));
        QVERIFY2(
            asked.contains(QStringLiteral("while you were editing version 1.\nTheir changes:\n• Changed: "
                                          "Revenue, last 12 months: in the top 40 % of active customers → "
                                          "Revenue, last 12 months: in the top 30 % of active customers")),
            qPrintable(asked));
        QCOMPARE(d->result(), 0);                                               // still open
        QCOMPARE(d->rulesEditor()->valueEdit(0)->text(), QStringLiteral("30")); // theirs
        QVERIFY(d->messageLabel()->text().contains(QLatin1String("Version 2 by Bob is loaded")));
        QApplication::setActiveWindow(d.get()); // the question box has gone
        QVERIFY(QTest::qWaitForWindowActive(d.get()));
        QTest::keyClick(d.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(d->rulesEditor()->valueEdit(0)->text(), QStringLiteral("20")); // mine back
        {
            Database db;
            QString error;
            QVERIFY(db.open(path, &error));
            QCOMPARE(CriteriaStore(db).versions(kTop40, &error)->size(), 2); // nothing written
        }
        // Now over version 2 (reloaded); a third desk saves version 3 meanwhile: Keep mine.
        saveElsewhere(25, QStringLiteral("Cy"));
        asked.clear();
        test::answerNextBox(this, QStringLiteral("&Keep mine"), &asked);
        QVERIFY(d->saveNewVersion());
        QVERIFY2(asked.contains(QStringLiteral("version 3 was saved by Cy")), qPrintable(asked));
        QVERIFY2(asked.contains(QStringLiteral("while you were editing version 2.")), qPrintable(asked));
        Database db;
        QString error;
        QVERIFY(db.open(path, &error));
        const auto versions = CriteriaStore(db).versions(kTop40, &error);
        QCOMPARE(versions->size(), 4);
        QCOMPARE(versions->at(2).set.rules[0].number, 25.0); // theirs kept in the history
        QCOMPARE(versions->at(3).set.rules[0].number, 20.0); // mine on top
        QCOMPARE(versions->at(3).author, QStringLiteral("Zoë"));
        QCOMPARE(criteriaInForce(db, &error)->version, 4);
        // The store itself: a save over a version that is not the newest writes nothing.
        bool conflict = false;
        std::optional<StoredCriteria> theirs;
        QCOMPARE(CriteriaStore(db).saveOver(versions->at(0).set, QStringLiteral("ann"), 3, &conflict, &theirs,
                                            &error),
                 0);
        QVERIFY(conflict);
        QCOMPARE(theirs->set.version, 4);
        QCOMPARE(theirs->author, QStringLiteral("Zoë"));
        QCOMPARE(CriteriaStore(db).versions(kTop40, &error)->size(), 4);
    }

    // A new name: a new set (version 1), in force.
    void saveUnderAnotherName()
    {
        const QString path = makeDatabase();
        auto d = openDialog(path);
        QVERIFY(d);
        d->nameEdit()->setText(QStringLiteral("Loyal few"));
        QVERIFY(d->saveNewVersion());
        Database db;
        QString error;
        QVERIFY(db.open(path, &error));
        const auto inForce = criteriaInForce(db, &error);
        QCOMPARE(inForce->name, QStringLiteral("Loyal few"));
        QCOMPARE(inForce->version, 1);
        QCOMPARE(CriteriaStore(db).versions(kTop40, &error)->size(), 1);
    }

    // The window: Data > Best-customer criteria (Ctrl+K) opens the dialog on the figures
    // shown; a save makes the window compute again with the new version in force.
    void fromTheWindow()
    {
        const QString path = makeDatabase();
        MetricsService service;
        MainWindow window(&service);
        window.setInitialPeriod(*Period::parse(QStringLiteral("2026-Q1")));
        QAction *action = nullptr;
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->text() == QLatin1String("&Data") && menu->menu())
                action = menu->menu()->actions().value(0);
        }
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
        QVERIFY(!action->isEnabled()); // no figures yet
        window.resize(1280, 720);
        window.show();
        QVERIFY(window.openDatabase(path));
        QTRY_VERIFY_WITH_TIMEOUT(service.snapshot() && !service.isBusy(), 20000);
        QTRY_VERIFY(action->isEnabled());
        QCOMPARE(service.snapshot()->report.best.criteria.version, 1);
        CriteriaDialog *d = window.editCriteria();
        QVERIFY(d);
        QVERIFY(previewSettled(*d));
        QCOMPARE(count(*d), QStringLiteral("3"));
        d->authorEdit()->setText(QStringLiteral("ann"));
        typeValue(d->rulesEditor(), 0, QStringLiteral("20"));
        QVERIFY(d->saveNewVersion());
        QTRY_VERIFY_WITH_TIMEOUT(!service.isBusy() && service.snapshot()->report.best.criteria.version == 2,
                                 20000);
        QCOMPARE(service.snapshot()->report.best.bestCustomers.size(), std::size_t(2));
        d->close();
    }
};

QTEST_MAIN(TestCriteriaDialog)
#include "tst_criteriadialog.moc"
