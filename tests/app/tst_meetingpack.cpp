// The meeting pack of the hand-worked fixture (lossfixture.h) as a PDF, read back with
// poppler's pdfinfo and pdftotext: pages, cover, footers, names in every script, and a
// long table running over pages with its header repeated.
#include "lossfixture.h"
#include "models/metricsservice.h"
#include "report/packbuilder.h"
#include "report/packpainter.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace acc;

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &path)
{
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString pdfText(const QString &path, int page = 0)
{
    QStringList args;
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    args << path << QStringLiteral("-");
    return run(QStringLiteral("pdftotext"), args);
}

std::shared_ptr<const MetricsSnapshot> snapshotOf(Dataset data, const char *period)
{
    return MetricsService::compute(std::make_shared<const Dataset>(std::move(data)),
                                   QStringLiteral("fixture.sqlite"),
                                   MetricsRequest{*Period::parse(QLatin1String(period))});
}

} // namespace

class TestMeetingPack : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c()); // the expected texts are written for the C locale
        QVERIFY(m_dir.isValid());
    }

    void monthlyPackOfTheFixture()
    {
        const auto snapshot = snapshotOf(test::lossFixture(), "2026-10");
        const MeetingPack pack = PackBuilder::build(*snapshot, PackKind::Monthly);
        QCOMPARE(pack.lostTable.rows.size(), 3);                           // A, B, C
        QCOMPARE(pack.reasonsTable.rows.size(), 2);                        // Service failure, Price
        QCOMPARE(pack.lostTable.rows[0][1], QStringLiteral("Αθηνά Α.Ε.")); // by lost value desc
        QCOMPARE(pack.reasonsTable.rows[1][0], QStringLiteral("Price"));
        // the fixture's customers have no segment or owner: one group of all three
        QCOMPARE(pack.segmentTable.rows.size(), 1);
        QCOMPARE(pack.segmentTable.rows[0][0], QStringLiteral("(not set)"));
        QCOMPARE(pack.segmentTable.rows[0][1], QStringLiteral("3"));
        QCOMPARE(pack.ownerTable.headers[0], QStringLiteral("Account owner"));
        QCOMPARE(pack.ownerTable.rows[0][1], QStringLiteral("3"));

        const QString path = m_dir.filePath(QStringLiteral("monthly.pdf"));
        const PackPainter painter(pack);
        QString error;
        QVERIFY2(painter.writePdf(path, &error), qPrintable(error));
        // Cover, the loss review's figures and charts, then both tables on one page.
        QCOMPARE(painter.pageCount(), 3);
        QCOMPARE(pdfPages(path), 3);

        const QString cover = pdfText(path, 1);
        QVERIFY2(cover.contains(QLatin1String("Fixture Trading Ltd")), qPrintable(cover));
        QVERIFY(cover.contains(QLatin1String("Monthly customer-loss review")));
        QVERIFY(cover.contains(QLatin1String("October 2026")));
        QVERIFY(cover.contains(QLatin1String("Data as of 2026-10-31")));
        QVERIFY(cover.contains(QLatin1String("Page 1 of 3")));
        QVERIFY(cover.contains(QLatin1String("Losses by segment, October 2026")));
        QVERIFY(cover.contains(QLatin1String("Losses by account owner, October 2026")));

        const QString charts = pdfText(path, 2);
        QVERIFY2(charts.contains(QLatin1String("Loss review, October 2026")), qPrintable(charts));
        QVERIFY(charts.contains(
            QLatin1String("Lost customers and lost value, last 13 months"))); // the chart, as text
        QVERIFY(charts.contains(QLatin1String("Service")));
        QVERIFY(charts.contains(QLatin1String("Page 2 of 3")));

        const QString tables = pdfText(path, 3);
        QVERIFY2(tables.contains(QStringLiteral("東京トレーディング株式会社")), qPrintable(tables));
        QVERIFY(tables.contains(QStringLiteral("Αθηνά Α.Ε.")));
        QVERIFY(tables.contains(QStringLiteral("Müller GmbH")));
        QVERIFY(tables.contains(QLatin1String("Customers lost in October 2026")));
        QVERIFY(tables.contains(QLatin1String("Losses by segment, October 2026")));
        QVERIFY(tables.contains(QLatin1String("Share of lost value")));
        QVERIFY(tables.contains(QLatin1String("Page 3 of 3")));
        QVERIFY(tables.contains(
            QStringLiteral("Fixture Trading Ltd · Monthly customer-loss review · October 2026")));
        QVERIFY(!tables.contains(QLatin1String("Société Générale"))); // lost in September
    }

    void quarterlyPackHasItsOwnCover()
    {
        const auto snapshot = snapshotOf(test::lossFixture(), "2026-Q3");
        const MeetingPack pack = PackBuilder::build(*snapshot, PackKind::Quarterly);
        const QString path = m_dir.filePath(QStringLiteral("quarterly.pdf"));
        QString error;
        QVERIFY2(PackPainter(pack).writePdf(path, &error), qPrintable(error));
        const QString cover = pdfText(path, 1);
        QVERIFY(cover.contains(QLatin1String("Quarterly accountability meeting")));
        QVERIFY(cover.contains(QLatin1String("Q3 2026 (July to September)")));
        QVERIFY(pdfText(path).contains(QStringLiteral("Société Générale"))); // D, lost 2026-09-10
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
        QCOMPARE(pack.lostTable.rows.size(), 200);
        const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
        const PackPainter painter(pack);
        QString error;
        QVERIFY2(painter.writePdf(path, &error), qPrintable(error));
        const int pages = pdfPages(path);
        QCOMPARE(pages, painter.pageCount());
        QVERIFY(pages >= 8); // about 27 rows a page
        int rows = 0;
        for (int page = 3; page <= pages; ++page) {
            const QString text = pdfText(path, page);
            QVERIFY2(text.contains(QLatin1String("Customer ID")),
                     qPrintable(QStringLiteral("page %1").arg(page)));
            QVERIFY(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
            if (page > 3)
                QVERIFY(text.contains(QLatin1String("Customers lost in October 2026 (continued)")));
            rows += int(text.count(QRegularExpression(QStringLiteral("\\bCustomer L1\\d\\d\\d\\b"))));
        }
        QCOMPARE(rows, 199); // every customer once, and the 58th under its Japanese name
        QVERIFY(pdfText(path).contains(QStringLiteral("東京トレーディング株式会社")));
    }
};

QTEST_MAIN(TestMeetingPack)
#include "tst_meetingpack.moc"
