// Text that gives way without being cut: the control bars that wrap onto more rows
// (FlowLayout), the list of views whose names wrap (NavigationList), column titles that
// wrap, shrink and hyphenate (FitHeaderView), chart titles that wrap (charts::wrappedText),
// and the whole window in German, French and Spanish at 1024 x 768 on a demo company,
// view by view.
#include "charts/chartsupport.h"
#include "charts/reasonparetochart.h"
#include "demo/demogenerator.h"
#include "mainwindow.h"
#include "meeting/meetingslide.h"
#include "models/metricsservice.h"
#include "report/meetingpack.h"
#include "report/packpainter.h"
#include "storage/database.h"
#include "storage/datawriter.h"
#include "theme/theme.h"
#include "views/reportview.h"
#include "views/viewregistry.h"
#include "widgets/fitheaderview.h"
#include "widgets/fittext.h"
#include "widgets/flowlayout.h"
#include "widgets/navigationlist.h"
#include "widgets/periodselector.h"

#include "pdftext.h"
#include "testsupport.h"
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QValueAxis>

#include <QtTest>

using namespace acc;
using acc::test::strings;

namespace {

// A widget of a fixed preferred size.
class Block final : public QWidget
{
public:
    explicit Block(QSize size, QWidget *parent = nullptr)
        : QWidget(parent)
        , m_size(size)
    {}
    QSize sizeHint() const override { return m_size; }
    QSize minimumSizeHint() const override { return {20, m_size.height()}; }

private:
    QSize m_size;
};

void settleLayouts()
{
    for (int round = 0; round < 6; ++round) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

// A demo company of 1,500 customers with data up to 2026-09-30.
bool writeDemo(const QString &path)
{
    demo::Options options;
    options.customers = 1500;
    options.lastDay = QDate(2026, 9, 30);
    const Dataset data = demo::generate(options);
    Database db;
    QString error;
    if (!db.open(path, &error))
        return false;
    DataWriter writer(db);
    return writer.prepare(&error) && writer.writeDataset(data, &error) &&
           db.setSetting(QStringLiteral("company_name"), data.companyName) &&
           db.setSetting(QStringLiteral("currency"), data.currency);
}

} // namespace

class TestFitting : public QObject
{
    Q_OBJECT

private slots:
    // Four 100-pixel items and 10-pixel gaps: one row at 430 (4 x 100 + 3 x 10), two rows
    // of two at 300, four rows at 120; the stretching heading takes its row's rest.
    void flowLayoutWrapsRows()
    {
        QWidget host;
        auto *flow = new FlowLayout(&host);
        flow->setContentsMargins(0, 0, 0, 0);
        flow->setSpacing(10);
        auto *heading = new Block(QSize(100, 20));
        flow->addWidget(heading, 1);
        QList<Block *> blocks;
        for (int i = 0; i < 3; ++i) {
            blocks << new Block(QSize(100, 20));
            flow->addWidget(blocks.last());
        }
        QCOMPARE(flow->rowsFor(430), 1);
        QCOMPARE(flow->heightForWidth(430), 20);
        QCOMPARE(flow->rowsFor(429), 2); // the last no longer fits: 3 + 1
        QCOMPARE(flow->rowsFor(300), 2);
        QCOMPARE(flow->heightForWidth(300), 20 + 10 + 20);
        QCOMPARE(flow->rowsFor(120), 4);
        QCOMPARE(flow->sizeHint(), QSize(430, 20));

        flow->setGeometry(QRect(0, 0, 600, 20));
        QCOMPARE(heading->geometry(), QRect(0, 0, 600 - 3 * 110, 20)); // 270: the rest
        QCOMPARE(blocks[0]->geometry(), QRect(280, 0, 100, 20));
        QCOMPARE(blocks[2]->geometry(), QRect(500, 0, 100, 20));

        flow->setGeometry(QRect(0, 0, 300, 50));
        QCOMPARE(heading->geometry(), QRect(0, 0, 190, 20)); // 300 - 110
        QCOMPARE(blocks[0]->geometry(), QRect(200, 0, 100, 20));
        QCOMPARE(blocks[1]->geometry(), QRect(0, 30, 100, 20));
        QCOMPARE(blocks[2]->geometry(), QRect(110, 30, 100, 20));
        // The minimum height follows the rows of the last layout (a splitter's pane sees it).
        QCOMPARE(flow->minimumSize().height(), 50);
    }

    // A label and its box, added as one group, move to the next row together.
    void flowLayoutKeepsGroupsWhole()
    {
        QWidget host;
        auto *flow = new FlowLayout(&host);
        flow->setContentsMargins(0, 0, 0, 0);
        flow->setSpacing(10);
        flow->addWidget(new Block(QSize(150, 20)));
        auto *pair = new QHBoxLayout;
        pair->setContentsMargins(0, 0, 0, 0);
        pair->setSpacing(4);
        auto *label = new Block(QSize(60, 20));
        auto *box = new Block(QSize(80, 20));
        pair->addWidget(label);
        pair->addWidget(box);
        flow->addLayout(pair);
        flow->setGeometry(QRect(0, 0, 250, 50));
        QCOMPARE(flow->rowsFor(250), 2);
        QCOMPARE(label->y(), box->y());
        QCOMPARE(label->y(), 30);
        QCOMPARE(box->x(), label->x() + 60 + 4);
        // A stretch pushes what follows to the right of its row.
        QWidget other;
        auto *bar = new FlowLayout(&other);
        bar->setContentsMargins(0, 0, 0, 0);
        bar->setSpacing(10);
        auto *left = new Block(QSize(50, 20));
        auto *right = new Block(QSize(50, 20));
        bar->addWidget(left);
        bar->addStretch();
        bar->addWidget(right);
        bar->setGeometry(QRect(0, 0, 400, 20));
        QCOMPARE(left->x(), 0);
        QCOMPARE(right->geometry().right(), 399);
    }

    // A name too long for the list's width takes two lines, never "…"; the list is never
    // narrower than its longest word, and asks for its longest name on one line.
    void navigationNamesWrap()
    {
        theme::Theme theme;
        NavigationList list(theme);
        const QString longName = QStringLiteral("Kundenstimmen & Service");
        list.addItem(QStringLiteral("Ziele"));
        list.addItem(longName);
        list.addItem(QStringLiteral("Realitätscheck"));
        const QFontMetricsF fm(list.font());
        QVERIFY(list.preferredWidth() >= fm.horizontalAdvance(longName) + 2 * list.horizontalPadding());
        const int minimum = list.minimumSizeHint().width();
        QVERIFY(minimum < list.preferredWidth());
        QVERIFY(minimum >=
                fm.horizontalAdvance(QStringLiteral("Realitätscheck")) + 2 * list.horizontalPadding());

        list.resize(minimum, 600);
        list.show();
        settleLayouts();
        const int oneLine = list.visualItemRect(list.item(0)).height();
        const int twoLines = list.visualItemRect(list.item(1)).height();
        QVERIFY2(twoLines >= oneLine + fm.lineSpacing() - 1,
                 qPrintable(QStringLiteral("%1 vs %2").arg(twoLines).arg(oneLine)));
        // Each line of the wrapped name fits the text's width.
        const int width = list.textWidth(list.item(1));
        QVERIFY(fm.horizontalAdvance(QStringLiteral("Kundenstimmen &")) <= width);
        QVERIFY(fm.horizontalAdvance(longName) > width);

        list.resize(list.preferredWidth(), 600);
        settleLayouts();
        QCOMPARE(list.visualItemRect(list.item(1)).height(), oneLine); // room: one line
    }

    // Titles wrap at their spaces, then the whole header's type shrinks, then a word too
    // long is hyphenated; nothing is cut short, and wide columns keep the full size.
    void headerTitlesFitTheirColumns()
    {
        QStandardItemModel model(1, 3);
        model.setHorizontalHeaderLabels({QStringLiteral("NPS"), QStringLiteral("Beschwerden je 100"),
                                         QStringLiteral("Kundenzufriedenheitsbefragungen")});
        QTableView table;
        auto *header = new FitHeaderView(&table);
        table.setHorizontalHeader(header);
        table.setModel(&model);
        QFont f = table.font();
        f.setPointSizeF(14);
        f.setBold(true);
        header->setFont(f);
        header->setSectionResizeMode(QHeaderView::Fixed);
        for (int i = 0; i < 3; ++i)
            header->resizeSection(i, 600);
        table.resize(1900, 300);
        table.show();
        settleLayouts();
        for (int i = 0; i < 3; ++i) {
            const FitHeaderView::Fitted wide = header->fitted(i);
            QCOMPARE(wide.pointSize, 14.0);
            QCOMPARE(wide.lines.size(), 1);
            QVERIFY(!wide.elided);
        }

        for (int i = 0; i < 3; ++i)
            header->resizeSection(i, 110);
        settleLayouts();
        const FitHeaderView::Fitted narrow = header->fitted(1);
        QVERIFY(!narrow.elided);
        QVERIFY2(narrow.lines.size() >= 2, qPrintable(narrow.lines.join(QLatin1Char('|'))));
        QCOMPARE(narrow.lines.join(QLatin1Char(' ')), QStringLiteral("Beschwerden je 100"));
        // The 31-letter word does not fit 110 pixels at any size: it is hyphenated, whole.
        const FitHeaderView::Fitted hyphenated = header->fitted(2);
        QVERIFY(!hyphenated.elided);
        QVERIFY(hyphenated.lines.size() >= 2);
        QVERIFY(hyphenated.lines.first().endsWith(QLatin1Char('-')));
        QString joined = hyphenated.lines.join(QString());
        joined.remove(QLatin1Char('-'));
        QCOMPARE(joined, QStringLiteral("Kundenzufriedenheitsbefragungen"));
        // One size for every title of the header, at least 65 % of the header's.
        QCOMPARE(header->fitted(0).pointSize, hyphenated.pointSize);
        QVERIFY(hyphenated.pointSize >= 14 * 0.65 - 1e-9);
        QVERIFY(header->height() >= 2 * QFontMetricsF(f).lineSpacing() * 0.65);
    }

    void chartTitlesWrap()
    {
        QFont f;
        f.setPointSizeF(12);
        const QFontMetricsF fm(f);
        const QString title = QStringLiteral("Lost customers & lost value, last 13 months");
        QCOMPARE(charts::wrappedText(f, title, fm.horizontalAdvance(title) + 1), title);
        const qreal narrow = fm.horizontalAdvance(title) * 0.6;
        const QString wrapped = charts::wrappedText(f, title, narrow);
        const QStringList lines = wrapped.split(QStringLiteral("<br>"));
        QCOMPARE(lines.size(), 2);
        for (const QString &line : lines)
            QVERIFY(fm.horizontalAdvance(line) <= narrow + fm.horizontalAdvance(QStringLiteral("amp;")));
        QVERIFY(wrapped.contains(QStringLiteral("&amp;"))); // rich text: escaped
        // Too narrow for two lines: up to three.
        QCOMPARE(
            charts::wrappedText(f, title, fm.horizontalAdvance(title) * 0.4).count(QStringLiteral("<br>")),
            2);

        // An axis title too long for a narrow chart gives way to its short form (the unit),
        // whole; in a wide chart the whole title stays.
        QChart chart;
        auto *axis = new QValueAxis;
        chart.addAxis(axis, Qt::AlignLeft);
        charts::setAxisTitle(&chart, axis,
                             QStringLiteral("Verlorener Umsatz der abgewanderten Kunden (Tsd. EUR)"),
                             QStringLiteral("Tsd. EUR"));
        charts::wrapTexts(&chart, QSizeF(300, 260));
        QCOMPARE(axis->titleText(), QStringLiteral("Tsd. EUR"));
        QCOMPARE(charts::plainAxisTitle(axis),
                 QStringLiteral("Verlorener Umsatz der abgewanderten Kunden (Tsd. EUR)"));
        charts::wrapTexts(&chart, QSizeF(900, 700));
        QVERIFY2(axis->titleText().startsWith(QLatin1String("Verlorener Umsatz")),
                 qPrintable(axis->titleText()));
    }

    // The pack's tables: a text longer than its column wraps onto more lines (its row
    // grows, and the page holds fewer rows), a figure keeps one line and shrinks; nothing
    // is cut short, and every row is printed once over the pages.
    void packTablesWrapTextsAndKeepFiguresWhole()
    {
        MeetingPack pack;
        pack.companyName = QStringLiteral("Fixture");
        pack.title = QStringLiteral("Quarterly accountability meeting");
        pack.periodText = QStringLiteral("Q3 2026");
        PackSection section;
        section.id = QStringLiteral("actions");
        section.title = QStringLiteral("Actions");
        PackTable t;
        t.title = QStringLiteral("Actions");
        t.continuedTitle = QStringLiteral("Actions (continued)");
        t.headers = strings({"Action", "Owner", "Value"});
        t.widths = {6, 1, 1};
        t.alignments = {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight};
        for (int i = 0; i < 60; ++i)
            t.rows.append({QStringLiteral("Action %1").arg(i + 1),
                           QStringLiteral("Chief Customer Experience Officer of the Northern Region"),
                           QStringLiteral("1,234,567,%1 EUR").arg(100 + i)});
        t.rows[7][1] = QStringLiteral("Donaudampfschifffahrtsgesellschaftskapitänsmütze");
        section.tables.append(t);
        pack.sections.append(section);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("wrap.pdf"));
        const PackPainter painter(pack);
        QString error;
        QVERIFY2(painter.writePdf(path, &error), qPrintable(error));
        const int pages = test::pdfPages(path);
        QCOMPARE(pages, painter.pageCount());
        // Four lines an owner: about 10 rows a page where one-line rows would take 30.
        QVERIFY2(pages >= 6, qPrintable(QString::number(pages)));
        const QString all = test::pdfText(path);
        QVERIFY(!all.contains(QChar(0x2026)));
        QCOMPARE(all.count(QStringLiteral("Northern")), 59);
        QCOMPARE(all.count(QStringLiteral("Experience")), 59);
        for (int i = 0; i < 60; ++i)
            QVERIFY2(all.count(QStringLiteral("1,234,567,%1 EUR").arg(100 + i)) == 1,
                     qPrintable(QString::number(i)));
        // A word longer than its column breaks inside, whole over its lines.
        QString joined = all.normalized(QString::NormalizationForm_KC); // the "ffi" ligature
        joined.remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY(joined.contains(QStringLiteral("Donaudampfschifffahrtsgesellschaftskapitänsmütze")));
    }

    // A slide's table on a 1024-pixel projector: when whole money figures would cut the
    // words of the names, the figures go compact ("4.29 M EUR", the status its symbol)
    // and every word stands whole; on a wide screen the figures stay whole.
    void narrowSlideGoesCompactRatherThanCutANameWord()
    {
        auto pack = std::make_shared<MeetingPack>();
        PackSection section;
        section.id = QStringLiteral("scorecard");
        section.title = QStringLiteral("Scorecard");
        PackTable t;
        t.title = QStringLiteral("Targets");
        t.headers = strings({"Figure", "Actual", "Target", "Status", "Owner"});
        t.alignments = {Qt::AlignLeft | Qt::AlignVCenter, Qt::AlignRight | Qt::AlignVCenter,
                        Qt::AlignRight | Qt::AlignVCenter, Qt::AlignLeft | Qt::AlignVCenter,
                        Qt::AlignLeft | Qt::AlignVCenter};
        t.rows = {strings({"Abwanderungsquote", "4,293,297,000 EUR", "≤ 1,916,000,000 EUR", "✗ Missed",
                           "Chief Customer Officer"}),
                  strings({"Revenue", "21,677,893,000 EUR", "no target", "", ""})};
        t.compactRows = {
            strings({"Abwanderungsquote", "4.29 bn EUR", "≤ 1.92 bn EUR", "✗", "Chief Customer Officer"}),
            strings({"Revenue", "21.7 bn EUR", "no target", "", ""})};
        section.tables = {t};
        pack->sections = {section};
        const theme::Theme projector = theme::Theme::standard().scaled(1.5);
        for (const int width : {1024, 1920}) {
            MeetingSlide slide(pack, 0, projector);
            slide.resize(width, 768);
            slide.show();
            QVERIFY(QTest::qWaitForWindowExposed(&slide));
            QCoreApplication::processEvents();
            QTableView *table = slide.table();
            QVERIFY(table);
            const QAbstractItemModel *model = table->model();
            const QString actual = model->index(0, 1).data().toString();
            if (width == 1024) {
                QCOMPARE(actual, QStringLiteral("4.29 bn EUR"));
                QCOMPARE(model->index(0, 3).data().toString(), QStringLiteral("✗"));
            } else {
                QCOMPARE(actual, QStringLiteral("4,293,297,000 EUR"));
            }
            // Every word of every text column fits its column; every figure fits whole.
            const QFontMetrics metrics(table->font());
            int used = 0;
            for (int c = 0; c < model->columnCount(); ++c) {
                const int column = table->horizontalHeader()->sectionSize(c);
                used += column;
                for (int r = 0; r < model->rowCount(); ++r) {
                    const QString text = model->index(r, c).data().toString();
                    const QStringList parts = c == 1 || c == 2
                                                  ? QStringList{text}
                                                  : text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                    for (const QString &word : parts)
                        QVERIFY2(
                            metrics.horizontalAdvance(word) + 12 <= column,
                            qPrintable(
                                QStringLiteral("%1 px: \"%2\" in %3 px").arg(width).arg(word).arg(column)));
                }
            }
            QVERIFY(used <= table->viewport()->width());
        }
    }

    // Keyboard alone: in every view, Tab reaches every visible control (buttons, boxes,
    // fields, lists, tables) and goes round them in reading order, view by view, from the
    // list of views through the bar at the top to the view's own controls.
    void everyControlIsReachableByTab()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        QVERIFY(writeDemo(path));
        struct
        {
            MetricsService service;
            MainWindow window{&service};
        } holder;
        auto *w = &holder;
        w->window.resize(1024, 768);
        w->window.show();
        QVERIFY(w->window.openDatabase(path));
        w->window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w->window));
        for (const ViewDescriptor &d : views::all()) {
            QVERIFY(w->window.showView(d.name));
            QElapsedTimer timer;
            timer.start();
            while (timer.elapsed() < 30000 && (w->service.isBusy() || !w->service.snapshot())) {
                w->service.waitForIdle();
                QCoreApplication::processEvents();
            }
            settleLayouts();
            QWidget *view = w->window.view(d.name);
            QList<QWidget *> controls;
            for (QWidget *c : view->findChildren<QWidget *>()) {
                const bool control = qobject_cast<QAbstractButton *>(c) || qobject_cast<QComboBox *>(c) ||
                                     qobject_cast<QLineEdit *>(c) || qobject_cast<QAbstractItemView *>(c) ||
                                     qobject_cast<QAbstractSpinBox *>(c);
                if (control && c->isVisibleTo(&w->window) && c->isEnabled() &&
                    !c->visibleRegion().isEmpty() && !qobject_cast<QAbstractItemView *>(c->parentWidget()) &&
                    !c->inherits("QComboBoxListView") &&
                    !qobject_cast<QAbstractSpinBox *>(c->parentWidget()) &&
                    !qobject_cast<QComboBox *>(c->parentWidget()))
                    controls << c;
            }
            QSet<QWidget *> reached;
            QList<QWidget *> order;
            w->window.navigation()->setFocus(Qt::TabFocusReason);
            for (int i = 0; i < 200; ++i) {
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
                QWidget *f = QApplication::focusWidget();
                if (!f || reached.contains(f))
                    break;
                reached.insert(f);
                if (view->isAncestorOf(f))
                    order << f;
            }
            QStringList missed;
            for (QWidget *c : controls) {
                if (!reached.contains(c) && !(c->focusProxy() && reached.contains(c->focusProxy())))
                    missed << QStringLiteral("%1 \"%2\"")
                                  .arg(QString::fromLatin1(c->metaObject()->className()),
                                       c->accessibleName().isEmpty() ? c->objectName() : c->accessibleName());
            }
            QVERIFY2(missed.isEmpty(), qPrintable(d.name + QStringLiteral(": not reached by Tab: ") +
                                                  missed.join(QStringLiteral(", "))));
        }
    }

    // The whole window in each language at 1024 x 768: every view fits the width it is
    // given, and no view name, headline text or column title is cut short.
    void windowFits1024_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << QStringLiteral("de_DE");
        QTest::newRow("French") << QStringLiteral("fr_FR");
        QTest::newRow("Spanish") << QStringLiteral("es_ES");
    }

    void windowFits1024()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(ACC_QM_DIR "/accountable_%1.qm").arg(language.left(2))));
        QCoreApplication::installTranslator(&translator);
        const QLocale before;
        QLocale::setDefault(QLocale(language));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        QVERIFY(writeDemo(path));
        {
            MetricsService service;
            MainWindow window(&service);
            window.resize(1024, 768);
            window.show();
            QVERIFY(window.openDatabase(path));
            QElapsedTimer timer;
            timer.start();
            while (timer.elapsed() < 30000 && (service.isBusy() || !service.snapshot())) {
                service.waitForIdle();
                QCoreApplication::processEvents();
            }
            QVERIFY(service.snapshot());
            auto *navigation = window.findChild<NavigationList *>();
            QVERIFY(navigation);
            QStringList problems; // every cut text of every view, for one clear message
            for (const QString &name : views::names()) {
                QVERIFY(window.showView(name));
                settleLayouts();
                QTest::qWait(20);
                settleLayouts();
                ReportView *view = window.currentView();
                QVERIFY(view);
                if (view->width() < view->minimumSizeHint().width())
                    problems << QStringLiteral("%1: %2 pixels wide, needs %3")
                                    .arg(name)
                                    .arg(view->width())
                                    .arg(view->minimumSizeHint().width());
                for (const FitText *text : view->findChildren<FitText *>()) {
                    if (text->isVisibleTo(view) && !text->text().isEmpty() && text->isElided())
                        problems << name + QStringLiteral(": ") + text->text();
                }
                // The reasons read level, every word within its bar (the Loss review stacks
                // its charts on a narrow screen rather than stand them on end).
                for (const QChartView *chartView : view->findChildren<QChartView *>()) {
                    const auto *pareto = qobject_cast<const ReasonParetoChart *>(chartView->chart());
                    if (pareto && chartView->isVisibleTo(view) && pareto->reasonAxis()->labelsAngle() != 0)
                        problems << name + QStringLiteral(": reason labels on end");
                }
                for (const FitHeaderView *header : view->findChildren<FitHeaderView *>()) {
                    if (!header->isVisibleTo(view))
                        continue;
                    for (int i = 0; i < header->count(); ++i) {
                        if (!header->isSectionHidden(i) && header->fitted(i).elided)
                            problems << name + QStringLiteral(": column ") +
                                            header->model()->headerData(i, Qt::Horizontal).toString();
                    }
                }
            }
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
            // Every view's name whole in the list: its longest word within the text's width.
            const QFontMetricsF fm(navigation->font());
            for (int i = 0; i < navigation->count(); ++i) {
                const QListWidgetItem *item = navigation->item(i);
                for (const QString &word : item->text().split(QLatin1Char(' ')))
                    QVERIFY2(fm.horizontalAdvance(word) <= navigation->textWidth(item),
                             qPrintable(item->text()));
            }
        }
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(before);
    }
};

QTEST_MAIN(TestFitting)
#include "tst_fitting.moc"
