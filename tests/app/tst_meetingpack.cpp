// The meeting packs of the hand-worked fixture (lossfixture.h): the agenda's sections as
// data (PackBuilder), the privacy mask, and the PDF read back with poppler's pdfinfo and
// pdftotext: pages, cover and contents, footers, names in every script, and a long table
// running over pages with its header repeated.
#include "lossfixture.h"
#include "meeting/meetingslide.h"
#include "meeting/meetingwindow.h"
#include "meeting/presenterconsole.h"
#include "meeting/talkingpoints.h"
#include "models/customerselection.h"
#include "models/displaytext.h"
#include "models/metricsservice.h"
#include "models/texttablemodel.h"
#include "report/packbuilder.h"
#include "report/packpainter.h"
#include "storage/actionstore.h"
#include "storage/database.h"
#include "storage/datawriter.h"
#include "theme/theme.h"
#include "views/reportview.h"
#include "widgets/figuretile.h"
#include "widgets/fittext.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>

#include "pdftext.h"
#include "testsupport.h"
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <QtTest>

using namespace acc;
using acc::test::pdfPages;
using acc::test::pdfText;
using acc::test::strings;

namespace {

std::shared_ptr<const MetricsSnapshot> snapshotOf(Dataset data, const char *period)
{
    return MetricsService::compute(std::make_shared<const Dataset>(std::move(data)),
                                   QStringLiteral("no-such-dir/fixture.sqlite"),
                                   MetricsRequest{*Period::parse(QLatin1String(period))});
}

QStringList ids(const MeetingPack &pack)
{
    QStringList out;
    for (const PackSection &s : pack.sections)
        out << s.id;
    return out;
}

QStringList column(const PackTable &table, int c)
{
    QStringList out;
    for (const QStringList &row : table.rows)
        out << row.value(c);
    return out;
}

} // namespace

class TestMeetingPack : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path; // the fixture as a company database (meeting mode records actions)

    std::shared_ptr<const MetricsSnapshot> companySnapshot(const char *period) const
    {
        Database db;
        QString error;
        if (!db.open(m_path, &error, Database::Mode::ReadOnly))
            return nullptr;
        return MetricsService::compute(std::make_shared<const Dataset>(test::lossFixture()), m_path,
                                       MetricsRequest{*Period::parse(QLatin1String(period))});
    }

    // A meeting window on the company database at 1024x768, shown, remembering nothing.
    std::unique_ptr<MeetingWindow> openMeeting(const char *period, PackKind kind = PackKind::Monthly) const
    {
        QSettings().clear();
        auto w = std::make_unique<MeetingWindow>(companySnapshot(period), kind);
        w->setAttribute(Qt::WA_DeleteOnClose, false);
        w->setRemembered(false);
        w->resize(1024, 768);
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            return nullptr;
        return w;
    }

    static void press(QWidget *w, Qt::Key key) { QTest::keyClick(w, key); }

    // Every text on show in the meeting window: labels, fitted texts, tiles, table cells,
    // headers and tooltips, chart labels (MeetingSlide::texts), and the drill-down's.
    static QStringList visibleTexts(MeetingWindow &w)
    {
        QStringList out;
        for (const QLabel *l : w.findChildren<QLabel *>()) {
            if (l->isVisible())
                out << l->text() << l->toolTip();
        }
        for (QTableView *t : w.findChildren<QTableView *>()) {
            if (!t->isVisible() || !t->model())
                continue;
            const QAbstractItemModel *m = t->model();
            for (int c = 0; c < m->columnCount(); ++c)
                out << m->headerData(c, Qt::Horizontal).toString();
            for (int r = 0; r < m->rowCount(); ++r) {
                for (int c = 0; c < m->columnCount(); ++c)
                    out << m->index(r, c).data().toString()
                        << m->index(r, c).data(Qt::ToolTipRole).toString();
            }
        }
        if (w.slide())
            out << w.slide()->texts();
        out << w.headerText() << w.message() << w.windowTitle();
        return out;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings in a test location
        QSettings().clear();
        QLocale::setDefault(QLocale::c()); // the expected texts are written for the C locale
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("company.sqlite"));
        Database db;
        QString error;
        QVERIFY2(db.open(m_path, &error), qPrintable(error));
        DataWriter writer(db);
        QVERIFY2(writer.prepare(&error) && writer.writeDataset(test::lossFixture(), &error),
                 qPrintable(error));
    }

    void initialsNeverShowTheName()
    {
        QCOMPARE(display::initials(u"Müller GmbH"), QStringLiteral("M. G."));
        QCOMPARE(display::initials(u"anna-lena  de la Cruz"), QStringLiteral("A. D. L."));
        QCOMPARE(display::initials(u"東京トレーディング株式会社"), QStringLiteral("東."));
        QCOMPARE(display::initials(u"  "), QStringLiteral("?"));
        QCOMPARE(display::initials(u"\U0001D400lpha Beta"),
                 QString(QStringLiteral("\U0001D400") + QStringLiteral(". B.")));
    }

    void textTableModelIsAModel()
    {
        TextTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTable(strings({"Name", "Value"}), {Qt::AlignLeft, Qt::AlignRight},
                       {strings({"A", "1"}), strings({"B", "2"})});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("2"));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Value"));
        QCOMPARE(model.index(0, 1).data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight));
        model.setTable({}, {}, {});
        QCOMPARE(model.rowCount(), 0);
    }

    void meetingKeys()
    {
        QSettings().clear();
        auto snapshot = companySnapshot("2026-10");
        QVERIFY(snapshot);
        MeetingWindow w(snapshot, PackKind::Monthly);
        w.setAttribute(Qt::WA_DeleteOnClose, false);
        w.resize(1024, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.slideCount(), 7);
        QCOMPARE(w.currentSlide(), 0);
        QCOMPARE(w.slideText(), QStringLiteral("Slide 1 of 7"));
        QVERIFY(w.headerText().contains(QLatin1String("Monthly customer-loss review")));
        QVERIFY(w.headerText().contains(QLatin1String("Oct 2026")));
        // Forward: Right, PageDown, Space; back: Left, PageUp.
        press(&w, Qt::Key_Right);
        QCOMPARE(w.currentSlide(), 1);
        press(&w, Qt::Key_PageDown);
        press(&w, Qt::Key_Space);
        QCOMPARE(w.currentSlide(), 3);
        QCOMPARE(w.slide()->section().id, QStringLiteral("lost-customers"));
        press(&w, Qt::Key_Left);
        press(&w, Qt::Key_PageUp);
        QCOMPARE(w.currentSlide(), 1);
        press(&w, Qt::Key_End);
        QCOMPARE(w.currentSlide(), 6);
        press(&w, Qt::Key_Right); // stays on the last
        QCOMPARE(w.currentSlide(), 6);
        press(&w, Qt::Key_Home);
        QCOMPARE(w.currentSlide(), 0);
        press(&w, Qt::Key_Left); // stays on the first
        QCOMPARE(w.currentSlide(), 0);
        // A number, then Enter.
        press(&w, Qt::Key_5);
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("slideNumber"))->text().contains(QLatin1String("5")));
        press(&w, Qt::Key_Return);
        QCOMPARE(w.currentSlide(), 4);
        press(&w, Qt::Key_1);
        press(&w, Qt::Key_2);
        press(&w, Qt::Key_Enter);
        QCOMPARE(w.currentSlide(), 4); // no slide 12
        QCOMPARE(w.message(), QStringLiteral("There is no slide 12: the meeting has 7"));
        // B blacks the screen, W whitens it, the same key again returns; other keys wait.
        press(&w, Qt::Key_B);
        QCOMPARE(w.blank(), MeetingWindow::Blank::Black);
        press(&w, Qt::Key_Right);
        QCOMPARE(w.currentSlide(), 4);
        press(&w, Qt::Key_B);
        QCOMPARE(w.blank(), MeetingWindow::Blank::None);
        press(&w, Qt::Key_W);
        QCOMPARE(w.blank(), MeetingWindow::Blank::White);
        press(&w, Qt::Key_W);
        QCOMPARE(w.blank(), MeetingWindow::Blank::None);
        // T starts and stops the auto-advance.
        press(&w, Qt::Key_T);
        QVERIFY(w.autoAdvance());
        press(&w, Qt::Key_T);
        QVERIFY(!w.autoAdvance());
        // Esc leaves; the next start on the same meeting resumes on the slide it left.
        press(&w, Qt::Key_Escape);
        QVERIFY(!w.isVisible());
        MeetingWindow again(snapshot, PackKind::Monthly);
        again.setAttribute(Qt::WA_DeleteOnClose, false);
        QCOMPARE(again.currentSlide(), 4);
        MeetingWindow quarterly(companySnapshot("2026-Q3"), PackKind::Quarterly);
        quarterly.setAttribute(Qt::WA_DeleteOnClose, false);
        QCOMPARE(quarterly.currentSlide(), 0);
        QCOMPARE(quarterly.slideCount(), 9);
    }

    void autoAdvanceMovesOnAndWraps()
    {
        QSettings().clear();
        QSettings().setValue(QStringLiteral("meeting/interval"), 3);
        MeetingWindow w(companySnapshot("2026-10"), PackKind::Monthly);
        w.setAttribute(Qt::WA_DeleteOnClose, false);
        w.setRemembered(false);
        w.showSlide(6);
        w.setAutoAdvance(true);
        QTRY_COMPARE_WITH_TIMEOUT(w.currentSlide(), 0, 5000); // after the last, the first
        w.setAutoAdvance(false);
        QSettings().remove(QStringLiteral("meeting/interval"));
    }

    void privacyMaskLeavesNoNameOnScreen()
    {
        const auto meeting = openMeeting("2026-10");
        QVERIFY(meeting);
        MeetingWindow &w = *meeting;
        const QStringList names{QStringLiteral("Müller"), QStringLiteral("Αθηνά"),
                                QStringLiteral("東京トレーディング"), QStringLiteral("Nordic Foods")};
        // Unmasked, the lost customers' slide names them.
        w.showSlide(3);
        QVERIFY(visibleTexts(w).join(QLatin1Char('|')).contains(QStringLiteral("Müller GmbH")));
        press(&w, Qt::Key_P);
        QVERIFY(w.isPrivate());
        QCOMPARE(w.currentSlide(), 3);
        for (int i = 0; i < w.slideCount(); ++i) {
            w.showSlide(i);
            QCoreApplication::processEvents();
            const QString all = visibleTexts(w).join(QLatin1Char('|'));
            for (const QString &name : names)
                QVERIFY2(!all.contains(name),
                         qPrintable(QStringLiteral("slide %1: %2").arg(i + 1).arg(name)));
        }
        w.showSlide(3);
        QVERIFY(visibleTexts(w).join(QLatin1Char('|')).contains(QStringLiteral("M. G.")));
        // No drill-down to the names while they are masked.
        press(&w, Qt::Key_D);
        QVERIFY(!w.isDrilledDown());
        QVERIFY(w.message().contains(QLatin1String("masked")));
        press(&w, Qt::Key_P);
        QVERIFY(!w.isPrivate());
        QVERIFY(visibleTexts(w).join(QLatin1Char('|')).contains(QStringLiteral("Müller GmbH")));
    }

    void drillDownOpensTheCustomersAndReturns()
    {
        const auto meeting = openMeeting("2026-10");
        QVERIFY(meeting);
        MeetingWindow &w = *meeting;
        w.showSlide(3); // lost customers
        press(&w, Qt::Key_Return);
        QVERIFY(w.isDrilledDown());
        QVERIFY(w.drillView());
        const auto *table = w.drillView()->findChild<QTableView *>();
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 3); // A, B, C
        press(&w, Qt::Key_Escape);
        QVERIFY(!w.isDrilledDown());
        QVERIFY(w.isVisible()); // Esc from the list returns to the slide, it does not leave
        QCOMPARE(w.currentSlide(), 3);
        // The open actions slide has nobody behind it.
        w.showSlide(6);
        press(&w, Qt::Key_D);
        QVERIFY(!w.isDrilledDown());
    }

    void quickActionIsRecordedWithoutLeavingTheSlide()
    {
        const auto meeting = openMeeting("2026-10");
        QVERIFY(meeting);
        MeetingWindow &w = *meeting;
        w.showSlide(6); // open actions
        QCOMPARE(w.slide()->table()->model()->rowCount(), 0);
        QSignalSpy changed(&w, &MeetingWindow::inputsChanged);
        press(&w, Qt::Key_A);
        auto *dialog = w.findChild<QDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("actionTitle"));
        auto *owner = dialog->findChild<QComboBox *>(QStringLiteral("actionOwner"));
        auto *due = dialog->findChild<QDateEdit *>(QStringLiteral("actionDue"));
        QVERIFY(title && owner && due);
        // Without a title it is refused and stays open.
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("actionError"))->text().isEmpty());
        title->setText(QStringLiteral("Call Müller GmbH back")); // keyClicks types ASCII only
        QTest::keyClicks(owner->lineEdit(), QStringLiteral("Chief Customer Officer"));
        due->setDate(QDate(2026, 11, 30));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(w.currentSlide(), 6);
        const QAbstractItemModel *rows = w.slide()->table()->model();
        QCOMPARE(rows->rowCount(), 1);
        QCOMPARE(rows->index(0, 0).data().toString(), QStringLiteral("Call Müller GmbH back"));
        QCOMPARE(rows->index(0, 1).data().toString(), QStringLiteral("Chief Customer Officer"));
        QVERIFY(rows->index(0, 2).data().toString().contains(QLatin1String("2026-11-30")));
        // Stored, from the meeting.
        Database db;
        QString error;
        QVERIFY(db.open(m_path, &error, Database::Mode::ReadOnly));
        const auto all = ActionStore(db).all(&error);
        QVERIFY2(all, qPrintable(error));
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().source, QStringLiteral("meeting"));
        QCOMPARE(all->first().due, QDate(2026, 11, 30));
    }

    // A read-only company (a board member's role): A says so and opens nothing.
    void quickActionIsRefusedOnAReadOnlyCompany()
    {
        QSettings().clear();
        auto snapshot = std::make_shared<MetricsSnapshot>(*companySnapshot("2026-10"));
        snapshot->readOnly =
            QStringLiteral("the database role board may read this company but not change it");
        MeetingWindow w(snapshot, PackKind::Monthly);
        w.setAttribute(Qt::WA_DeleteOnClose, false);
        w.setRemembered(false);
        w.resize(1024, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showSlide(6);
        press(&w, Qt::Key_A);
        QVERIFY(!w.findChild<QDialog *>());
        QCOMPARE(w.message(), QStringLiteral("Read-only: the database role board may read this company but "
                                             "not change it"));
        QCOMPARE(w.currentSlide(), 6);
    }

    void talkingPointsTellTheStory()
    {
        // October 2026 against September (lossfixture.h): churn 2/6 -> 3/4 (+125 %), lost
        // value 2,500 -> 5,000 (+100 %; gained and won back also +100 %, from 0, come
        // after it), lost 2 -> 3 (+50 %). Service failure grew by 3,000.00 (Price by
        // 1,500.00). Targets: churn <= 10 % missed by 650 %, lost <= 2 missed by 50 %.
        const Period october = *Period::parse(QStringLiteral("2026-10"));
        MetricsRequest request{october};
        request.targets = {
            Target{QStringLiteral("lost"), october, 2, QStringLiteral("Head of Service")},
            Target{QStringLiteral("churn_rate"), october, 0.10, QStringLiteral("Chief Customer Officer")}};
        const Dataset data = test::lossFixture();
        const auto snapshot = MetricsService::compute(std::make_shared<const Dataset>(data),
                                                      QStringLiteral("no-such-dir/fixture.sqlite"), request);
        const QStringList points = talkingpoints::write(snapshot->report, *snapshot->data, false);
        QCOMPARE(points.size(), 5);
        const QString nbsp(QChar(0x00A0));
        QCOMPARE(points[0],
                 QStringLiteral("Churn rate rose from 33.3%1% to 75.0%1% against Sep 2026.").arg(nbsp));
        QCOMPARE(points[1],
                 QStringLiteral("Lost value rose from 2500%1EUR to 5000%1EUR against Sep 2026.").arg(nbsp));
        QCOMPARE(points[2],
                 QStringLiteral("\"Service failure\" grew most: 3000%1EUR lost (1 customer), 3000%1EUR more "
                                "than in Sep 2026.")
                     .arg(nbsp));
        QVERIFY2(points[3].startsWith(QLatin1String("Furthest off target: Churn rate at 75")),
                 qPrintable(points[3]));
        QVERIFY(points[3].endsWith(QLatin1String("(owner: Chief Customer Officer).")));
        QCOMPARE(points[4],
                 QStringLiteral(
                     "Most valuable customer lost: Αθηνά Α.Ε. (B), 3000%1EUR a year, \"Service failure\".")
                     .arg(nbsp));
        const QStringList masked = talkingpoints::write(snapshot->report, *snapshot->data, true);
        QVERIFY(masked[4].startsWith(QStringLiteral("Most valuable customer lost: Α. Α. Ε. (B)")));
        // No earlier period (the first month of the data's trend has one, so a year).
        const auto year = snapshotOf(test::lossFixture(), "2026");
        const QStringList yearly = talkingpoints::write(year->report, *year->data, false);
        QVERIFY(!yearly.isEmpty());
        QVERIFY(yearly[0].contains(QLatin1String("is the largest reason")));
    }

    void presenterConsoleFollowsTheMeeting()
    {
        const auto meeting = openMeeting("2026-10");
        QVERIFY(meeting);
        MeetingWindow &w = *meeting;
        PresenterConsole console(&w);
        console.setAttribute(Qt::WA_DeleteOnClose, false);
        QVERIFY(console.currentText().startsWith(QLatin1String("Now 1 of 7: Customers lost, October 2026")));
        QCOMPARE(console.nextText(), QStringLiteral("Next: Value lost, October 2026"));
        QVERIFY(console.elapsedText().endsWith(QLatin1String("elapsed")));
        QVERIFY(console.points().join(QLatin1Char(' ')).contains(QStringLiteral("Αθηνά")));
        QTest::keyClick(&w, Qt::Key_End);
        QVERIFY(console.currentText().startsWith(QLatin1String("Now 7 of 7")));
        QCOMPARE(console.nextText(), QStringLiteral("Next: the end of the agenda"));
        QTest::keyClick(&w, Qt::Key_P);
        QVERIFY(!console.points().join(QLatin1Char(' ')).contains(QStringLiteral("Αθηνά")));
    }

    void projectorTypeIsLarge()
    {
        const auto meeting = openMeeting("2026-10");
        QVERIFY(meeting);
        MeetingWindow &w = *meeting;
        // Body text at least 24 pixels (18 pt at 96 dpi), key figures at least 28 pixels.
        auto pixels = [](const QFont &f) { return f.pointSizeF() * 96.0 / 72.0; };
        for (int i = 0; i < w.slideCount(); ++i) {
            w.showSlide(i);
            QCoreApplication::processEvents();
            if (QTableView *table = w.slide()->table())
                QVERIFY2(pixels(table->font()) >= 24, qPrintable(QString::number(i)));
            const QList<FigureTile *> tiles = w.slide()->tiles();
            for (const FigureTile *tile : tiles) {
                const QList<FitText *> texts = tile->findChildren<FitText *>();
                QCOMPARE(texts.size(), 3); // label, value, note
                for (const FitText *text : texts) {
                    QVERIFY2(text->fittedPointSize() * 96.0 / 72.0 >= 24 - 0.01, qPrintable(text->text()));
                    QVERIFY2(!text->isElided(), qPrintable(text->text()));
                }
                // The value, bold, at least 28 pixels.
                QVERIFY(texts[1]->fittedPointSize() * 96.0 / 72.0 >= 28);
            }
        }
    }

    void monthlyAgendaOfTheFixture()
    {
        const auto snapshot = snapshotOf(test::lossFixture(), "2026-10");
        const MeetingPack pack = PackBuilder::build(*snapshot, PackKind::Monthly);
        QCOMPARE(ids(pack), strings({"loss-volume", "loss-value", "loss-reasons", "lost-customers",
                                     "win-backs", "exit-calls", "open-actions"}));

        // Loss volume: lost A, B, C; won back E; churn 3 of the 4 active on 2026-09-30.
        const PackSection &volume = *pack.section(QStringLiteral("loss-volume"));
        QCOMPARE(volume.chart, PackSection::Chart::LossTrend);
        QCOMPARE(volume.headlines.size(), 4);
        QCOMPARE(volume.headlines[0].value, QStringLiteral("3"));
        QCOMPARE(volume.headlines[0].note, QStringLiteral("Sep 2026: 2"));
        QCOMPARE(volume.headlines[1].value, QStringLiteral("75.0\u00A0%"));
        QCOMPARE(volume.headlines[2].value, QStringLiteral("1"));
        QCOMPARE(volume.headlines[3].value, QString(QChar(0x2212)) + QStringLiteral("1")); // 1 + 1 - 3
        QCOMPARE(volume.drill.customers.size(), 3);

        // Loss value: 5,000.00 lost, one group of all three (no segment, no owner).
        const PackSection &value = *pack.section(QStringLiteral("loss-value"));
        QCOMPARE(value.headlines[0].value, QStringLiteral("5000\u00A0EUR")); // the C locale groups no digits
        QCOMPARE(value.tables.size(), 2);
        QCOMPARE(value.tables[0].rows.size(), 1);
        QCOMPARE(value.tables[0].rows[0][0], QStringLiteral("(not set)"));
        QCOMPARE(value.tables[0].rows[0][1], QStringLiteral("3"));
        QCOMPARE(value.tables[1].headers[0], QStringLiteral("Account owner"));

        // Reasons: Service failure 3,000.00 (60 %), Price 2,000.00 (cumulative 100 %).
        const PackSection &reasons = *pack.section(QStringLiteral("loss-reasons"));
        QCOMPARE(reasons.chart, PackSection::Chart::Reasons);
        QCOMPARE(column(reasons.tables[0], 0), strings({"Service failure", "Price"}));

        // Lost customers by value: B 3,000.00, A 1,200.00, C 800.00.
        const PackTable &lost = pack.section(QStringLiteral("lost-customers"))->tables[0];
        QCOMPARE(column(lost, 0), strings({"B", "A", "C"}));
        QCOMPARE(column(lost, 1), (QStringList{QStringLiteral("Αθηνά Α.Ε."), QStringLiteral("Müller GmbH"),
                                               QStringLiteral("東京トレーディング株式会社")}));

        // Win-backs: E, lost 2026-09-25 (Price, 500.00), back on 2026-10-15.
        const PackSection &back = *pack.section(QStringLiteral("win-backs"));
        QCOMPARE(back.tables[0].rows.size(), 1);
        QCOMPARE(back.tables[0].rows[0][1], QStringLiteral("Nordic Foods AB"));
        QCOMPARE(back.tables[0].rows[0][5], QStringLiteral("2026-09-25"));
        QVERIFY(back.tables[0].rows[0][7].startsWith(QLatin1String("500.00")));
        QCOMPARE(back.tables[0].rows[0][8], QStringLiteral("2026-10-15"));
        QCOMPARE(back.drill.customers.size(), 1);

        // Exit calls: none recorded (the fixture has no database) on the three losses.
        const PackSection &calls = *pack.section(QStringLiteral("exit-calls"));
        QCOMPARE(calls.headlines[0].value, QStringLiteral("0"));
        QCOMPARE(calls.headlines[0].note, QStringLiteral("of 3 lost"));
        QCOMPARE(calls.headlines[1].value, QStringLiteral("3"));
        QVERIFY(calls.tables[0].rows.isEmpty());

        // Open actions: none, and the pack wrote nothing (no database file appears).
        QVERIFY(pack.section(QStringLiteral("open-actions"))->tables[0].rows.isEmpty());
        QVERIFY(!QFileInfo::exists(QStringLiteral("no-such-dir/fixture.sqlite")));
    }

    void privacyMasksEveryName()
    {
        const auto snapshot = snapshotOf(test::lossFixture(), "2026-10");
        PackOptions options;
        options.privacy = true;
        const MeetingPack pack = PackBuilder::build(*snapshot, PackKind::Monthly, options);
        QVERIFY(pack.privacy);
        const PackTable &lost = pack.section(QStringLiteral("lost-customers"))->tables[0];
        QCOMPARE(column(lost, 1),
                 (QStringList{QStringLiteral("Α. Α. Ε."), QStringLiteral("M. G."), QStringLiteral("東.")}));
        QCOMPARE(column(lost, 0), strings({"B", "A", "C"})); // the ids stay
        QCOMPARE(pack.section(QStringLiteral("win-backs"))->tables[0].rows[0][1], QStringLiteral("N. F. A."));
        // No name anywhere in the pack's text.
        const QStringList names{QStringLiteral("Müller"), QStringLiteral("Αθηνά"),
                                QStringLiteral("東京トレーディング"), QStringLiteral("Nordic Foods"),
                                QStringLiteral("Société")};
        for (const PackSection &s : pack.sections) {
            QStringList texts{s.title, s.note, s.drill.title};
            for (const Headline &h : s.headlines)
                texts << h.label << h.value << h.note;
            for (const PackTable &t : s.tables) {
                texts << t.title << t.headers;
                for (const QStringList &row : t.rows)
                    texts << row;
            }
            for (const QString &name : names)
                QVERIFY2(!texts.join(QLatin1Char('|')).contains(name),
                         qPrintable(s.id + QLatin1Char(' ') + name));
        }
    }

    void monthlyPdfHoldsEverySection()
    {
        const auto snapshot = snapshotOf(test::lossFixture(), "2026-10");
        const MeetingPack pack = PackBuilder::build(*snapshot, PackKind::Monthly);
        const QString path = m_dir.filePath(QStringLiteral("monthly.pdf"));
        const PackPainter painter(pack);
        QString error;
        QVERIFY2(painter.writePdf(path, &error), qPrintable(error));
        const int pages = pdfPages(path);
        QCOMPARE(pages, painter.pageCount());
        // Cover; the two chart sections take a page for the chart and one for the tables
        // (loss volume has none); each other section fits a page.
        QCOMPARE(pages, 9);

        const QString cover = pdfText(path, 1);
        QVERIFY2(cover.contains(QLatin1String("Fixture Trading Ltd")), qPrintable(cover));
        QVERIFY(cover.contains(QLatin1String("Monthly customer-loss review")));
        QVERIFY(cover.contains(QLatin1String("October 2026")));
        QVERIFY(cover.contains(QLatin1String("Data as of 2026-10-31")));
        QVERIFY(cover.contains(QLatin1String("Page 1 of 9")));
        // The contents: every section, in the agenda's order.
        qsizetype at = 0;
        for (const PackSection &s : pack.sections) {
            const qsizetype found = cover.indexOf(s.title, at);
            QVERIFY2(found > 0, qPrintable(s.title));
            at = found;
        }

        const QString all = pdfText(path);
        for (const PackSection &s : pack.sections)
            QVERIFY2(all.count(s.title) >= 2, qPrintable(s.title));      // in the contents and on its page
        QVERIFY(all.contains(QLatin1String("Lost customers by month"))); // a chart's text
        // Every customer lost in the month, named, in every script.
        QVERIFY(all.contains(QStringLiteral("東京トレーディング株式会社")));
        QVERIFY(all.contains(QStringLiteral("Αθηνά Α.Ε.")));
        QVERIFY(all.contains(QStringLiteral("Müller GmbH")));
        QVERIFY(all.contains(QStringLiteral("Nordic Foods AB")));  // won back
        QVERIFY(!all.contains(QLatin1String("Société Générale"))); // lost in September
        for (int page = 1; page <= pages; ++page)
            QVERIFY(pdfText(path, page).contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
        QVERIFY(all.contains(
            QStringLiteral("Fixture Trading Ltd · Monthly customer-loss review · October 2026")));
        QVERIFY(test::runTool(QStringLiteral("pdfinfo"), {path})
                    .contains(QLatin1String("Monthly customer-loss review, October 2026")));
    }

    void quarterlyAgendaFollowsTheFiscalYear()
    {
        Dataset data = test::lossFixture();
        const auto snapshot = snapshotOf(std::move(data), "2026-Q3");
        const MeetingPack pack = PackBuilder::build(*snapshot, PackKind::Quarterly);
        QCOMPARE(ids(pack), strings({"scorecard", "customers-gained-lost", "service-rescue", "listening",
                                     "operations", "best-customers", "spend", "reality-check", "actions"}));
        // Q3 2026: gained nobody (G came on 2026-10-02), lost D and E, won back nobody: net -2.
        const PackSection &gained = *pack.section(QStringLiteral("customers-gained-lost"));
        QCOMPARE(gained.headlines.size(), 4);
        QCOMPARE(gained.headlines[0].label, QStringLiteral("Customers gained"));
        QCOMPARE(gained.headlines[0].value, QStringLiteral("0"));
        QCOMPARE(gained.headlines[1].value, QStringLiteral("2"));
        QCOMPARE(gained.headlines[2].value, QStringLiteral("0")); // E came back on 2026-10-15, in Q4
        QCOMPARE(gained.headlines[3].value, QString(QChar(0x2212)) + QStringLiteral("2"));
        QCOMPARE(column(gained.tables[1], 0), strings({"D", "E"}));
        // No targets in the fixture: the scorecard says so.
        QVERIFY(pack.section(QStringLiteral("scorecard"))->note.contains(QLatin1String("No targets")));

        const QString path = m_dir.filePath(QStringLiteral("quarterly.pdf"));
        const PackPainter painter(pack);
        QString error;
        QVERIFY2(painter.writePdf(path, &error), qPrintable(error));
        QCOMPARE(pdfPages(path), painter.pageCount());
        const QString cover = pdfText(path, 1);
        QVERIFY(cover.contains(QLatin1String("Quarterly accountability meeting")));
        QVERIFY(cover.contains(QLatin1String("Q3 2026 (July to September)")));
        const QString all = pdfText(path);
        QVERIFY(all.contains(QStringLiteral("Société Générale"))); // D, lost 2026-09-10
        for (const PackSection &s : pack.sections)
            QVERIFY2(all.count(s.title) >= 2, qPrintable(s.title));
    }

    void longTableRepeatsItsHeader()
    {
        // 200 customers lost in October 2026 on top of the fixture.
        test::DatasetBuilder b;
        for (int i = 0; i < 200; ++i) {
            const QByteArray id = QByteArray("L") + QByteArray::number(1000 + i);
            const QByteArray lost = "2026-10-" + QByteArray::number(1 + i % 28).rightJustified(2, '0');
            b.customer(id.constData(), "2024-01-01", lost.constData(), i % 2 ? "Price" : "Service failure");
            b.order(id.constData(), "2026-05-01", 1000 + i);
        }
        b.customer("Z", "2024-01-01").order("Z", "2026-10-31", 100);
        Dataset data = b.build();
        data.customers[57].name = QStringLiteral("東京トレーディング株式会社");
        const auto snapshot = snapshotOf(std::move(data), "2026-10");
        const MeetingPack pack = PackBuilder::build(*snapshot, PackKind::Monthly);
        QCOMPARE(pack.section(QStringLiteral("lost-customers"))->tables[0].rows.size(), 200);
        const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
        const PackPainter painter(pack);
        QString error;
        QVERIFY2(painter.writePdf(path, &error), qPrintable(error));
        const int pages = pdfPages(path);
        QCOMPARE(pages, painter.pageCount());
        int rows = 0;
        int tablePages = 0;
        for (int page = 2; page <= pages; ++page) {
            const QString text = pdfText(path, page);
            QVERIFY(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
            if (!text.contains(QLatin1String("Customers lost in October 2026")))
                continue;
            ++tablePages;
            QVERIFY2(text.contains(QLatin1String("Customer ID")),
                     qPrintable(QStringLiteral("page %1").arg(page)));
            if (tablePages > 1)
                QVERIFY(text.contains(QLatin1String("Customers lost in October 2026 (continued)")));
            rows += int(text.count(QRegularExpression(QStringLiteral("\\bCustomer L1\\d\\d\\d\\b"))));
        }
        QVERIFY(tablePages >= 7); // about 30 rows a page
        QCOMPARE(rows, 199);      // every customer once, and the 58th under its Japanese name
        QVERIFY(pdfText(path).contains(QStringLiteral("東京トレーディング株式会社")));
    }
};

QTEST_MAIN(TestMeetingPack)
#include "tst_meetingpack.moc"
