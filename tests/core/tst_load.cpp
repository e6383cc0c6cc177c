// The load at scan speed (issue 12): dates read by hand, labels, the text pool, the rows
// grouped by customer in place, the fingerprint, and a load stopped half way.
#include "engine/dataset.h"
#include "engine/label.h"
#include "storage/database.h"
#include "storage/datastore.h"
#include "storage/datawriter.h"
#include "storage/rowcursor.h"

#include "datasetbuilder.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>

using namespace acc;

class TestLoad : public QObject
{
    Q_OBJECT

private slots:
    // Every day from 1600 to 2400 reads as QDate reads it; anything else is no day.
    void isoDaysAgreeWithQDate()
    {
        for (QDate d(1600, 1, 1); d.year() <= 2400; d = d.addDays(1)) {
            const QByteArray text = d.toString(Qt::ISODate).toLatin1();
            QCOMPARE(parseIsoDay(text), toDay(d));
        }
        QCOMPARE(parseIsoDay("2024-02-29"), toDay(QDate(2024, 2, 29)));
        for (const char *bad :
             {"2023-02-29", "1900-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-04-00", "2026-4-01",
              "2026-04-1", "2026/04/01", "2026-04-01T00", " 2026-04-01", "", "abcd-ef-gh", "0000-01-01"})
            QVERIFY2(parseIsoDay(QByteArrayView(bad)) == kNoDay, bad);
    }

    void labelsAreSharedNumbers()
    {
        const Label a(QStringLiteral("Web shop"));
        const Label b = Label::fromUtf8("Web shop");
        QCOMPARE(a.code(), b.code());
        QVERIFY(a == b);
        QCOMPARE(a.toString(), QStringLiteral("Web shop"));
        QVERIFY(a == QStringLiteral("Web shop"));
        QVERIFY(!(a == QStringLiteral("web shop")));
        QVERIFY(Label(QStringLiteral("web shop")).code() != a.code());
        QCOMPARE(Label().code(), 0u);
        QVERIFY(Label(QString()).isEmpty());
        QVERIFY(Label::fromUtf8("").isEmpty());
        const Label greek = Label::fromUtf8("Καλάθι");
        QCOMPARE(greek.toString(), QString::fromUtf8("Καλάθι"));
        QCOMPARE(Label(QString::fromUtf8("Καλάθι")).code(), greek.code());
    }

    // Four threads asking for the same 5,000 texts get the same numbers, and every number
    // reads back its own text.
    void labelsFromManyThreads()
    {
        constexpr int kTexts = 5000;
        std::vector<std::vector<quint32>> codes(4, std::vector<quint32>(kTexts));
        QList<QThread *> threads;
        for (int t = 0; t < 4; ++t) {
            threads.append(QThread::create([&codes, t] {
                for (int i = 0; i < kTexts; ++i) {
                    const int n = (t % 2 == 0) ? i : kTexts - 1 - i;
                    codes[std::size_t(t)][std::size_t(n)] =
                        Label(QStringLiteral("thread label %1").arg(n)).code();
                }
            }));
            threads.last()->start();
        }
        for (QThread *thread : threads) {
            thread->wait();
            delete thread;
        }
        for (int i = 0; i < kTexts; ++i) {
            for (int t = 1; t < 4; ++t)
                QCOMPARE(codes[std::size_t(t)][std::size_t(i)], codes[0][std::size_t(i)]);
            QCOMPARE(Label::fromUtf8(QStringLiteral("thread label %1").arg(i).toUtf8()).code(),
                     codes[0][std::size_t(i)]);
        }
    }

    // Rows given in any order come out by customer, then day, then id as UTF-8 bytes.
    void finalizeGroupsByCustomerThenDayThenId()
    {
        Dataset d;
        for (const char *id : {"A", "B", "C"}) {
            CustomerRecord c;
            c.customerId = QString::fromUtf8(id);
            c.acquiredOn = test::day("2025-01-01");
            d.customers.push_back(c);
        }
        auto order = [&d](const char *id, int customer, const char *on) {
            OrderRecord o;
            o.orderId = d.texts->add(QByteArrayView(id));
            o.customer = customer;
            o.orderedOn = test::day(on);
            o.amount = 100;
            d.orders.push_back(o);
        };
        order("O9", 2, "2025-03-01");
        order("O10", 0, "2025-05-01");
        order("Ob", 1, "2025-02-01");
        order("O2", 0, "2025-05-01");
        order("Oa", 1, "2025-02-01");
        order("O1", 0, "2025-04-01");
        order("O\xc3\xa9", 1, "2025-02-01"); // é: after every ASCII byte
        d.finalize();
        QStringList ids;
        for (const OrderRecord &o : d.orders)
            ids.append(d.text(o.orderId));
        QCOMPARE(ids, QStringList({QStringLiteral("O1"), QStringLiteral("O10"), QStringLiteral("O2"),
                                   QStringLiteral("Oa"), QStringLiteral("Ob"), QString::fromUtf8("O\xc3\xa9"),
                                   QStringLiteral("O9")}));
        QCOMPARE(d.ordersOf[0].begin, 0);
        QCOMPARE(d.ordersOf[0].end, 3);
        QCOMPARE(d.ordersOf[1].begin, 3);
        QCOMPARE(d.ordersOf[1].end, 6);
        QCOMPARE(d.ordersOf[2].begin, 6);
        QCOMPARE(d.ordersOf[2].end, 7);
        QVERIFY(d.contactsOf[1].begin == d.contactsOf[1].end);
    }

    // A database written, loaded and loaded again: the same rows, the same fingerprint; an
    // amount changed by a cent changes it.
    void loadKeepsEveryFieldAndFingerprint()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        test::DatasetBuilder b;
        b.customer("C1", "2025-01-05", "2026-02-01", "Price").customer("C2", "2025-03-01");
        b.order("C2", "2025-04-01", 1999, "Boots").order("C1", "2025-02-01", -500, "Books");
        b.contact("C1", "2025-06-01", ContactCategory::Rescue, "Billing", true, "2025-06-03");
        b.answer("C2", "2025-07-01", 9);
        Dataset in = b.build();
        in.feedback[0].comment = in.addText(QString::fromUtf8("Très bien — 東京"));
        QString error;
        {
            Database db;
            QVERIFY2(db.open(path, &error), qPrintable(error));
            QVERIFY2(writeCompany(db, in, &error), qPrintable(error));
        }
        Database db;
        QVERIFY2(db.open(path, &error, Database::Mode::ReadOnly), qPrintable(error));
        const auto out = loadDataset(db, &error);
        QVERIFY2(out, qPrintable(error));
        QCOMPARE(out->customers.size(), std::size_t(2));
        QCOMPARE(out->customers[0].lossReason, QStringLiteral("Price"));
        QCOMPARE(out->orders.size(), std::size_t(2));
        // C1 (index 0) first: its refund of 5.00, then C2's order.
        QCOMPARE(out->orders[0].amount, Cents(-500));
        QCOMPARE(out->orders[0].category.toString(), QStringLiteral("Books"));
        QCOMPARE(out->text(out->orders[1].orderId), QStringLiteral("O1"));
        QCOMPARE(toDate(out->orders[1].orderedOn), QDate(2025, 4, 1));
        QCOMPARE(out->contacts[0].touchpoint.toString(), QStringLiteral("Billing"));
        QCOMPARE(toDate(out->contacts[0].resolvedOn), QDate(2025, 6, 3));
        QCOMPARE(out->text(out->feedback[0].comment), QString::fromUtf8("Très bien — 東京"));
        QCOMPARE(out->feedback[0].score, 9);

        const auto again = loadDataset(db, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->fingerprint, out->fingerprint);
        QVERIFY(out->fingerprint != 0);
        db.close();
        {
            Database rw;
            QVERIFY2(rw.open(path, &error), qPrintable(error));
            QSqlQuery q(rw.connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE orders SET amount_cents = 1998 WHERE order_id = 'O1'")));
            const auto changed = loadDataset(rw, &error);
            QVERIFY2(changed, qPrintable(error));
            QVERIFY(changed->fingerprint != out->fingerprint);
            // A whole number written as a real by another program still reads.
            QVERIFY(q.exec(QStringLiteral("UPDATE orders SET amount_cents = 1999.0 WHERE order_id = 'O1'")));
            const auto real = loadDataset(rw, &error);
            QVERIFY2(real, qPrintable(error));
            QCOMPARE(real->fingerprint, out->fingerprint);
            // A date that is not one, or an amount that is not a whole number: damaged.
            QVERIFY(q.exec(QStringLiteral("UPDATE orders SET amount_cents = 19.5 WHERE order_id = 'O1'")));
            QVERIFY(!loadDataset(rw, &error));
            QVERIFY2(error.contains(QStringLiteral("order O1 has an amount that is not a number")),
                     qPrintable(error));
            QVERIFY(q.exec(QStringLiteral("UPDATE orders SET amount_cents = 1999, ordered_on = '2025-02-30' "
                                          "WHERE order_id = 'O1'")));
            QVERIFY(!loadDataset(rw, &error));
            QVERIFY2(error.contains(QStringLiteral("order O1 has no valid date")), qPrintable(error));
        }
    }

    // A load asked to stop stops, with no error and no data.
    void cancelledLoadStops()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        test::DatasetBuilder b;
        b.customer("C1", "2025-01-05");
        for (int i = 0; i < 20000; ++i)
            b.order("C1", "2025-02-01", 100 + i);
        QString error;
        Database db;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QVERIFY2(writeCompany(db, b.build(), &error), qPrintable(error));
        const std::atomic_bool stop{true};
        QVERIFY(!loadDataset(db, &error, &stop));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const std::atomic_bool go{false};
        const auto whole = loadDataset(db, &error, &go);
        QVERIFY2(whole, qPrintable(error));
        QCOMPARE(whole->orders.size(), std::size_t(20000));
    }
};

QTEST_GUILESS_MAIN(TestLoad)
#include "tst_load.moc"
