// The Reality check view (PRODUCT.md §11): the model's rows, scores and changes, the radar
// chart's points, editing by keys (a score, a refused one, undo) and persistence, on an
// empty company in a real SQLite database, quarter 2026-Q3 against 2026-Q2.
#include "charts/realityradarchart.h"
#include "models/realitycheckmodel.h"
#include "storage/database.h"
#include "storage/realitycheckstore.h"
#include "views/realitycheck/realitycheckview.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtCharts/QLineSeries>
#include <QtTest>

using namespace acc;

class TestRealityCheckView : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    const Period m_q3 = Period::quarter(2026, 3);

    std::shared_ptr<const MetricsSnapshot> snapshot(const Period &period)
    {
        auto s = std::make_shared<MetricsSnapshot>();
        s->spec = m_path;
        s->data = std::make_shared<const Dataset>();
        s->report.days.period = period;
        return s;
    }
    QList<RealityScore> stored(const Period &quarter)
    {
        Database db;
        QString error;
        if (!db.open(m_path, &error, Database::Mode::ReadOnly))
            return {};
        return RealityCheckStore(db).forQuarter(quarter, &error).value_or(QList<RealityScore>{});
    }
    void set(const Period &quarter, const char *dimension, int score)
    {
        Database db;
        QString error;
        QVERIFY(db.open(m_path, &error));
        QVERIFY2(RealityCheckStore(db).set(quarter, {QString::fromLatin1(dimension), score, {}, {}}, &error),
                 qPrintable(error));
    }

private slots:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("r%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
        Database db;
        QString error;
        QVERIFY2(db.open(m_path, &error), qPrintable(error));
        // Last quarter every dimension 5; this quarter customer leadership 7, listening 4.
        for (const QString &d : reality::dimensions())
            set(m_q3.previous(), qPrintable(d), 5);
        set(m_q3, "customer_leadership", 7);
        set(m_q3, "listening", 4);
    }

    void rowsAndRadar()
    {
        RealityCheckModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        RealityRadarChart chart(theme::ChartStyle::screen());
        chart.setModel(&model);
        // A month's reality check is its quarter's: August 2026 -> 2026-Q3.
        model.setSnapshot(snapshot(Period::month(2026, 8)));
        QCOMPARE(model.quarter(), m_q3);
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.index(3, RealityCheckModel::Dimension).data().toString(),
                 QStringLiteral("Accountability and action"));
        QCOMPARE(model.index(0, RealityCheckModel::Score).data().toString(), QStringLiteral("7"));
        QCOMPARE(model.index(0, RealityCheckModel::Previous).data().toString(), QStringLiteral("5"));
        QCOMPARE(model.index(0, RealityCheckModel::Change).data().toString(),
                 QStringLiteral("▲ +2")); // 7 - 5
        QCOMPARE(model.index(1, RealityCheckModel::Change).data().toString(),
                 QStringLiteral("▼ −1")); // 4 - 5
        QCOMPARE(model.index(2, RealityCheckModel::Score).data().toString(), QStringLiteral("–"));
        QCOMPARE(model.index(2, RealityCheckModel::Change).data().toString(), QString());
        QCOMPARE(model.scoredCount(), 2);
        QVERIFY(!model.average());           // five dimensions unscored
        QCOMPARE(*model.average(true), 5.0); // 7 x 5 / 7
        // The radar: this quarter's two points (angle = dimension's place), last quarter's
        // seven and the first again to close the polygon at angle 7.
        QCOMPARE(chart.currentSeries()->points(), (QList<QPointF>{{0, 7}, {1, 4}, {7, 7}}));
        QCOMPARE(chart.previousSeries()->count(), 8);
        QCOMPARE(chart.previousSeries()->at(7), QPointF(7, 5));
        QCOMPARE(chart.currentSeries()->name(), QStringLiteral("Q3 2026 (this quarter)"));
        // An edit moves the chart.
        QVERIFY(model.setData(model.index(2, RealityCheckModel::Score), QStringLiteral("9")));
        QCOMPARE(chart.currentSeries()->points(), (QList<QPointF>{{0, 7}, {1, 4}, {2, 9}, {7, 7}}));
    }

    void refusals_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("message");
        QTest::newRow("zero") << int(RealityCheckModel::Score) << "0"
                              << "from 1 to 10";
        QTest::newRow("eleven") << int(RealityCheckModel::Score) << "11"
                                << "from 1 to 10";
        QTest::newRow("a fraction") << int(RealityCheckModel::Score) << "7.5"
                                    << "from 1 to 10";
        QTest::newRow("a word") << int(RealityCheckModel::Score) << "good"
                                << "from 1 to 10";
        QTest::newRow("a note before a score") << int(RealityCheckModel::Note) << "We measure"
                                               << "first";
    }
    void refusals()
    {
        QFETCH(int, column);
        QFETCH(QString, typed);
        QFETCH(QString, message);
        RealityCheckModel model;
        model.setSnapshot(snapshot(m_q3));
        QSignalSpy refused(&model, &RealityCheckModel::refused);
        QVERIFY(!model.setData(model.index(2, column), typed)); // metrics: not scored
        QCOMPARE(refused.count(), 1);
        QVERIFY2(model.lastError().contains(message), qPrintable(model.lastError()));
        QCOMPARE(stored(m_q3).size(), 2);
    }

    // Keys only: type 8 on Metrics, Enter; a note; 12 refused; Ctrl+Z, Ctrl+Shift+Z; reopen.
    void theViewByKeys()
    {
        RealityCheckView view;
        view.resize(1280, 720);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setSnapshot(snapshot(m_q3));
        QTableView *table = view.table();
        table->setFocus();
        table->setCurrentIndex(view.model().index(2, RealityCheckModel::Score));
        QTest::keyClicks(table, QStringLiteral("8"));
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(stored(m_q3).size(), 3);
        QCOMPARE(stored(m_q3).at(2).dimension, QStringLiteral("metrics"));
        QCOMPARE(stored(m_q3).at(2).score, 8);
        QVERIFY2(view.summary().contains(QLatin1String("3 of 7")), qPrintable(view.summary()));

        table->setCurrentIndex(view.model().index(2, RealityCheckModel::Note));
        QTest::keyClicks(table, QStringLiteral("W")); // the first key opens the editor
        editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral("eekly"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(stored(m_q3).at(2).note, QStringLiteral("Weekly"));

        // The note field under the table follows the chosen row; Enter saves.
        table->setCurrentIndex(view.model().index(1, RealityCheckModel::Score));
        QCOMPARE(view.noteField()->text(), QString());
        view.noteField()->setFocus();
        QTest::keyClicks(view.noteField(), QStringLiteral("We ask"));
        QTest::keyClick(view.noteField(), Qt::Key_Return);
        QCOMPARE(stored(m_q3).at(1).note, QStringLiteral("We ask"));
        table->setFocus();
        table->setCurrentIndex(view.model().index(2, RealityCheckModel::Score));
        QCOMPARE(view.noteField()->text(), QStringLiteral("Weekly"));
        QTest::keyClicks(table, QStringLiteral("1"));
        editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral("2"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!view.message().isEmpty());
        QVERIFY2(view.message().contains(QLatin1String("from 1 to 10")), qPrintable(view.message()));
        QCOMPARE(stored(m_q3).at(2).score, 8);

        QCOMPARE(view.undoStack()->count(), 3);
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier); // listening's note
        QCOMPARE(stored(m_q3).at(1).note, QString());
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier); // metrics' note
        QCOMPARE(stored(m_q3).at(2).note, QString());
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier); // the score
        QCOMPARE(stored(m_q3).size(), 2);
        QCOMPARE(view.model().index(2, RealityCheckModel::Score).data().toString(), QStringLiteral("–"));
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(stored(m_q3).size(), 3);

        RealityCheckView again;
        again.setSnapshot(snapshot(m_q3));
        QCOMPARE(again.model().score(2), std::optional<int>(8));
        QCOMPARE(again.chart()->currentSeries()->count(), 4); // 0, 1, 2 and 0 again at 7
    }

    void exportsTheTable()
    {
        RealityCheckView view;
        view.setSnapshot(snapshot(m_q3));
        const QString path = m_dir.filePath(QStringLiteral("reality.csv"));
        QString error;
        QVERIFY2(view.exportTableTo(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll())
                                      .remove(QChar(0xFEFF))
                                      .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 8);
        QCOMPARE(lines[0], QStringLiteral("Dimension,Q3 2026,Q2 2026,Change,Note"));
        QCOMPARE(lines[1], QStringLiteral("Customer leadership,7,5,▲ +2,"));
        QCOMPARE(lines[3], QStringLiteral("Metrics,–,5,,"));
    }
};

QTEST_MAIN(TestRealityCheckView)
#include "tst_realitycheckview.moc"
