// Dataset::checkMoneyBounds: a data set whose absolute order amounts, or spend amounts,
// add up to more than 2^46 x 100 cents is refused before any figure is computed from it.
#include "datasetbuilder.h"
#include "engine/assets.h"
#include "engine/period.h"

#include <QtTest>

#include <limits>

using namespace acc;

namespace {

constexpr Cents kTenBillion = 1'000'000'000'000; // 10,000,000,000.00, the largest row
// 2^46 x 100 cents = 7,036,874,417,766,400 cents = 7,036 rows of 10,000,000,000.00 (7,036,000,000,000,000)
// + 874,417,766,400 cents (8,744,177,664.00).
constexpr Cents kRest = 874'417'766'400;

// One customer with 9,007 orders of `big` (signs as given) and one of `rest`, all in
// January 2026.
test::DatasetBuilder atTheBound(Cents rest, bool refundOne = false)
{
    test::DatasetBuilder b;
    b.customer("A", "2025-01-01");
    for (int i = 0; i < 7036; ++i)
        b.order("A", "2026-01-15", refundOne && i == 0 ? -kTenBillion : kTenBillion);
    b.order("A", "2026-01-20", rest);
    return b;
}

} // namespace

class TestDataset : public QObject
{
    Q_OBJECT
private slots:
    void ordersAtTheBoundAreFine() { QCOMPARE(atTheBound(kRest).build().checkMoneyBounds(), std::nullopt); }

    void oneCentPastTheBoundIsRefused()
    {
        const auto why = atTheBound(kRest + 1).build().checkMoneyBounds();
        QVERIFY(why);
        QVERIFY2(why->contains(QStringLiteral("order amounts")), qPrintable(*why));
        QVERIFY2(why->contains(QStringLiteral("70,368,744,177,664.00")), qPrintable(*why));
    }

    // A refund counts by its size: 7,035 x 10bn - 10bn + rest is far below 2^46 x 100 cents as a plain
    // sum, but its absolute values add up to 2^46 x 100 cents (+ 1 cent when refused).
    void refundsCountByTheirSize()
    {
        QCOMPARE(atTheBound(kRest, true).build().checkMoneyBounds(), std::nullopt);
        QVERIFY(atTheBound(kRest + 1, true).build().checkMoneyBounds());
        QVERIFY(atTheBound(-kRest - 1, true).build().checkMoneyBounds());
    }

    // Rows no import would accept, as a database written by hand may hold them: no overflow
    // (UBSan would stop the test) and a refusal, never a wrapped total.
    void extremesAreRefusedWithoutOverflow()
    {
        test::DatasetBuilder min;
        min.customer("A", "2025-01-01").order("A", "2026-01-15", std::numeric_limits<qint64>::min());
        QVERIFY(min.build().checkMoneyBounds());

        test::DatasetBuilder wraps; // 2 x INT64_MAX + 2 = 2^64: 0 in 64 bits
        wraps.customer("A", "2025-01-01");
        wraps.order("A", "2026-01-15", std::numeric_limits<qint64>::max()).order("A", "2026-01-15", 1);
        wraps.order("A", "2026-01-16", std::numeric_limits<qint64>::max()).order("A", "2026-01-16", 1);
        QVERIFY(wraps.build().checkMoneyBounds());
    }

    // Orders and spend are bounded separately: each at 2^46 x 100 cents is fine, spend past it is not.
    void spendHasItsOwnBound()
    {
        test::DatasetBuilder b = atTheBound(kRest);
        for (int i = 0; i < 7036; ++i)
            b.spend(2026, 1, "Loyalty", kTenBillion);
        b.spend(2026, 2, "Loyalty", kRest);
        QCOMPARE(b.build().checkMoneyBounds(), std::nullopt);
        b.spend(2026, 3, "Service desk", -1);
        const auto why = b.build().checkMoneyBounds();
        QVERIFY(why);
        QVERIFY2(why->contains(QStringLiteral("spend amounts")), qPrintable(*why));
    }

    // At the bound every figure is still exact: January's revenue is 2^46 x 100 cents, as a qint64
    // and as a double holding cents.
    void revenueAtTheBoundIsExact()
    {
        const Dataset d = atTheBound(kRest).build();
        const Period january = *Period::parse(QStringLiteral("2026-01"));
        const AssetsFigures f = computeAssetsFigures(d, january, d.asOf());
        QCOMPARE(f.revenue, Cents(7'036'874'417'766'400));
        QCOMPARE(money::toDecimalString(f.revenue), QStringLiteral("70368744177664.00"));
        QCOMPARE(double(f.revenue), 7036874417766400.0);
    }
};

QTEST_GUILESS_MAIN(TestDataset)
#include "tst_dataset.moc"
