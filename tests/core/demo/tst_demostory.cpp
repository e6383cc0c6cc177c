// The demo data's story (the North's delivery failure in the last quarter) and its shape:
// orders, losses and win-backs, contacts and feedback that exercise the metrics.

#include "demo/demogenerator.h"
#include "demotesthelpers.h"

#include <QSet>
#include <QtTest>

#include <algorithm>
#include <array>
#include <map>
#include <vector>

using namespace acc;

namespace {

const QDate kLastDay = test::kDemoLastDay;

demo::Options options(int customers, quint32 seed, QDate lastDay = kLastDay)
{
    return test::demoOptions(customers, seed, lastDay);
}

// Losses with the given reason in the given region, dated in [from, to].
int losses(const Dataset &data, const QString &reason, const QString &region, Day from, Day to)
{
    int n = 0;
    for (const auto &c : data.customers) {
        if (hasDay(c.lostOn) && c.lostOn >= from && c.lostOn <= to && c.lossReason == reason &&
            c.region == region)
            ++n;
    }
    return n;
}

int complaintsAt(const Dataset &data, const QString &touchpoint, const QString &region, Day from, Day to)
{
    int n = 0;
    for (const auto &k : data.contacts) {
        if (k.complaint && k.touchpoint == touchpoint && k.occurredOn >= from && k.occurredOn <= to &&
            data.customers[static_cast<std::size_t>(k.customer)].region == region)
            ++n;
    }
    return n;
}

// The first day of the quarter `back` quarters before 2026-Q1 (0: 2026-01-01).
Day quarterStart(int back)
{
    return toDay(QDate(2026, 1, 1).addMonths(-3 * back));
}
Day quarterEnd(int back)
{
    return toDay(QDate(2026, 1, 1).addMonths(-3 * back + 3).addDays(-1));
}

} // namespace

class TestDemoStory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void story_data();
    void story();
    void shapeOfOrders();
    void lossesAndWinBacks();
    void contactsExerciseTheMetrics();
    void feedbackExercisesTheMetrics();

private:
    Dataset m_data;
};

void TestDemoStory::initTestCase()
{
    m_data = demo::generate(options(5000, 42));
}

void TestDemoStory::story_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::newRow("seed 42") << 42u;
    QTest::newRow("seed 1") << 1u;
    QTest::newRow("seed 2024") << 2024u;
}

void TestDemoStory::story()
{
    QFETCH(quint32, seed);
    const Dataset data = seed == 42 ? m_data : demo::generate(options(5000, seed));
    const QString north = QStringLiteral("North");
    const QString serviceFailure = QStringLiteral("Service failure");

    // "Service failure" losses in the North: the last quarter against the mean of the
    // eleven quarters before it (2023-Q2 to 2025-Q4).
    const int last = losses(data, serviceFailure, north, quarterStart(0), quarterEnd(0));
    int before = 0;
    for (int q = 1; q <= 11; ++q)
        before += losses(data, serviceFailure, north, quarterStart(q), quarterEnd(q));
    const double usual = before / 11.0;
    QVERIFY2(last >= 3.0 * usual && last >= 10,
             qPrintable(QStringLiteral("last quarter %1, usual %2").arg(last).arg(usual)));

    // In the monthly loss chart of the last 13 months (2025-03 to 2026-03), the peak of
    // these losses falls in the last quarter.
    int peakMonth = 0;
    int peak = -1;
    for (int m = 0; m < 13; ++m) {
        const QDate start = QDate(2025, 3, 1).addMonths(m);
        const int n =
            losses(data, serviceFailure, north, toDay(start), toDay(start.addMonths(1).addDays(-1)));
        if (n > peak) {
            peak = n;
            peakMonth = m;
        }
    }
    QVERIFY(peakMonth >= 10);

    // The yearly revenue that walked out with "Service failure" losses (METRICS.md's
    // lost_value: orders in the 365 days up to lost_on) at least doubles on the quarter
    // before: the surge hits larger customers.
    auto lostValue = [&](Day from, Day to) {
        Cents value = 0;
        for (std::size_t i = 0; i < data.customers.size(); ++i) {
            const auto &c = data.customers[i];
            if (!hasDay(c.lostOn) || c.lostOn < from || c.lostOn > to || c.lossReason != serviceFailure)
                continue;
            for (int o = data.ordersOf[i].begin; o < data.ordersOf[i].end; ++o) {
                const auto &order = data.orders[static_cast<std::size_t>(o)];
                if (order.orderedOn >= c.lostOn - 364 && order.orderedOn <= c.lostOn)
                    value += order.amount;
            }
        }
        return value;
    };
    QVERIFY(lostValue(quarterStart(0), quarterEnd(0)) > 2 * lostValue(quarterStart(1), quarterEnd(1)));

    // Complaints at "Delivery problem" in the North rise with it (at least twice the usual).
    const QString delivery = QStringLiteral("Delivery problem");
    const int lastComplaints = complaintsAt(data, delivery, north, quarterStart(0), quarterEnd(0));
    int complaintsBefore = 0;
    for (int q = 1; q <= 4; ++q)
        complaintsBefore += complaintsAt(data, delivery, north, quarterStart(q), quarterEnd(q));
    QVERIFY(lastComplaints >= 2.0 * complaintsBefore / 4.0);

    // The North's share of detractors in the last quarter is above its share the year before.
    auto detractorShare = [&](Day from, Day to) {
        int answers = 0;
        int detractors = 0;
        for (const auto &f : data.feedback) {
            if (f.respondedOn < from || f.respondedOn > to ||
                data.customers[static_cast<std::size_t>(f.customer)].region != north)
                continue;
            ++answers;
            detractors += f.score <= 6 ? 1 : 0;
        }
        return answers == 0 ? 0.0 : double(detractors) / answers;
    };
    QVERIFY(detractorShare(quarterStart(0), quarterEnd(0)) >
            detractorShare(quarterStart(4), quarterEnd(1)) + 0.05);
}

void TestDemoStory::shapeOfOrders()
{
    int refunds = 0;
    int purchases = 0;
    std::vector<Cents> amounts;
    QSet<QString> categories;
    QSet<QString> channels;
    bool unknownCategory = false;
    // Orders per day in November-December against January-February (2023-11 to 2025-02).
    int holiday = 0;
    int winter = 0;
    for (const auto &o : m_data.orders) {
        if (o.amount < 0) {
            ++refunds;
            continue;
        }
        ++purchases;
        amounts.push_back(o.amount);
        if (o.category.isEmpty())
            unknownCategory = true;
        else
            categories.insert(o.category);
        channels.insert(o.channel);
        const QDate d = toDate(o.orderedOn);
        if ((d.year() == 2023 || d.year() == 2024) && d.month() >= 11)
            ++holiday;
        if ((d.year() == 2024 || d.year() == 2025) && d.month() <= 2)
            ++winter;
    }
    // Refunds are 2-3 % of purchases (1.5 to 4 % allowed for chance).
    QVERIFY(refunds > 0.015 * purchases && refunds < 0.04 * purchases);
    QCOMPARE(categories.size(), 8);
    QVERIFY(unknownCategory);
    QVERIFY(channels.size() >= 4);
    // 122 days of November-December, 120 days of January-February (2024 is a leap year).
    QVERIFY(holiday / 122.0 > 1.4 * (winter / 120.0));
    // Heavy tail: the largest order is far above the median; the top 1 % of orders bring
    // a tenth of the money or more.
    std::sort(amounts.begin(), amounts.end());
    const Cents median = amounts[amounts.size() / 2];
    QVERIFY(amounts.back() > 100 * median);
    Cents total = 0;
    Cents top = 0;
    for (std::size_t i = 0; i < amounts.size(); ++i) {
        total += amounts[i];
        if (i >= amounts.size() - amounts.size() / 100)
            top += amounts[i];
    }
    QVERIFY(top * 10 >= total);

    // Segments differ in value: an Enterprise order is worth more than a Consumer one.
    std::map<QString, std::vector<Cents>> bySegment;
    for (const auto &o : m_data.orders) {
        if (o.amount > 0)
            bySegment[m_data.customers[static_cast<std::size_t>(o.customer)].segment].push_back(o.amount);
    }
    QCOMPARE(bySegment.size(), std::size_t(4));
    auto medianOf = [](std::vector<Cents> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    QVERIFY(medianOf(bySegment[QStringLiteral("Enterprise")]) >
            5 * medianOf(bySegment[QStringLiteral("SMB")]));
    QVERIFY(medianOf(bySegment[QStringLiteral("SMB")]) > 2 * medianOf(bySegment[QStringLiteral("Consumer")]));

    // Frequency heterogeneity: some buy about monthly, many rarely.
    int frequent = 0;
    int rare = 0;
    for (std::size_t c = 0; c < m_data.customers.size(); ++c) {
        const auto range = m_data.ordersOf[c];
        const int n = range.end - range.begin;
        frequent += n >= 30 ? 1 : 0;
        rare += n <= 3 ? 1 : 0;
    }
    QVERIFY(frequent >= 50);
    QVERIFY(rare >= 1500);

    QSet<QString> regions;
    QSet<QString> owners;
    for (const auto &c : m_data.customers) {
        regions.insert(c.region);
        owners.insert(c.accountOwner);
    }
    QCOMPARE(regions.size(), 6);
    QCOMPARE(owners.size(), 12);
}

void TestDemoStory::lossesAndWinBacks()
{
    // Each year, 10-15 % of the customers active at its start are lost (8-20 % allowed).
    for (int year = 0; year < 3; ++year) {
        const Day from = toDay(QDate(2023 + year, 4, 1));
        const Day to = toDay(QDate(2024 + year, 3, 31));
        int active = 0;
        int lost = 0;
        for (const auto &c : m_data.customers) {
            if (c.isActiveOn(from - 1))
                ++active;
            if (hasDay(c.lostOn) && c.lostOn >= from && c.lostOn <= to)
                ++lost;
        }
        QVERIFY(active > 0);
        const double rate = double(lost) / active;
        QVERIFY2(rate > 0.08 && rate < 0.20, qPrintable(QString::number(rate)));
    }
    // Every reason occurs, "Unknown" (empty) included, and some are won back with orders after.
    QSet<QString> reasons;
    int wonBack = 0;
    int orderedAgain = 0;
    for (std::size_t i = 0; i < m_data.customers.size(); ++i) {
        const auto &c = m_data.customers[i];
        if (hasDay(c.lostOn))
            reasons.insert(c.lossReason);
        if (!hasDay(c.wonBackOn))
            continue;
        ++wonBack;
        const auto range = m_data.ordersOf[i];
        for (int o = range.begin; o < range.end; ++o) {
            if (m_data.orders[static_cast<std::size_t>(o)].orderedOn >= c.wonBackOn) {
                ++orderedAgain;
                break;
            }
        }
    }
    QCOMPARE(reasons.size(), 7);
    QVERIFY(wonBack >= 30);
    QCOMPARE(orderedAgain, wonBack);

    // Every stage occurs, and a few are left blank.
    std::map<QString, int> stages;
    for (const auto &c : m_data.customers)
        ++stages[c.stage];
    QCOMPARE(stages.size(), std::size_t(8));
}

void TestDemoStory::contactsExerciseTheMetrics()
{
    std::array<int, kContactCategoryCount> byCategory{};
    QSet<QString> touchpoints;
    int complaints = 0;
    int open = 0;
    int withinSla = 0;
    int late = 0;
    int rescued = 0;
    int notRescued = 0;
    int reEngaged = 0;
    int revenue = 0;
    for (const auto &k : m_data.contacts) {
        ++byCategory[static_cast<std::size_t>(k.category)];
        touchpoints.insert(k.touchpoint);
        const auto &c = m_data.customers[static_cast<std::size_t>(k.customer)];
        if (k.complaint) {
            ++complaints;
            if (!hasDay(k.resolvedOn))
                ++open;
            else if (k.resolvedOn - k.occurredOn <= 2)
                ++withinSla;
            else
                ++late;
        }
        if (k.category == ContactCategory::Rescue) {
            if (hasDay(c.lostOn) && c.lostOn > k.occurredOn && c.lostOn <= k.occurredOn + 90)
                ++notRescued;
            else
                ++rescued;
        }
        if (k.category == ContactCategory::Revenue) {
            ++revenue;
            const auto range = m_data.ordersOf[static_cast<std::size_t>(k.customer)];
            for (int o = range.begin; o < range.end; ++o) {
                const auto &order = m_data.orders[static_cast<std::size_t>(o)];
                if (order.amount >= 0 && order.orderedOn > k.occurredOn &&
                    order.orderedOn <= k.occurredOn + 60) {
                    ++reEngaged;
                    break;
                }
            }
        }
    }
    for (const int n : byCategory)
        QVERIFY(n > 0);
    // A few contacts per customer per year.
    QVERIFY(m_data.contacts.size() > 5000 * 2);
    QVERIFY(touchpoints.size() >= 20);
    // Complaints are about 15 % of contacts, mostly resolved within the 2-day SLA, some open.
    QVERIFY(complaints > 0.10 * m_data.contacts.size() && complaints < 0.20 * m_data.contacts.size());
    QVERIFY(withinSla > late);
    QVERIFY(late > 0);
    QVERIFY(open > 0);
    QVERIFY(rescued > notRescued);
    QVERIFY(notRescued > 0);
    QVERIFY(reEngaged > 0.2 * revenue && reEngaged < revenue);
}

void TestDemoStory::feedbackExercisesTheMetrics()
{
    int promoters = 0;
    int passives = 0;
    int detractors = 0;
    for (const auto &f : m_data.feedback) {
        if (f.score >= 9)
            ++promoters;
        else if (f.score >= 7)
            ++passives;
        else
            ++detractors;
    }
    QVERIFY(promoters > 0.15 * m_data.feedback.size());
    QVERIFY(passives > 0.15 * m_data.feedback.size());
    QVERIFY(detractors > 0.10 * m_data.feedback.size());
    // About one answer per customer per year: over three years, between 1.5 and 6 per customer.
    QVERIFY(m_data.feedback.size() > 1.5 * 5000 && m_data.feedback.size() < 6 * 5000);

    // Some answers come within 30 days after an order; customers who complained in the 90
    // days before answering score lower on average.
    int afterSale = 0;
    double complainedSum = 0;
    int complainedCount = 0;
    double otherSum = 0;
    int otherCount = 0;
    for (const auto &f : m_data.feedback) {
        const auto orders = m_data.ordersOf[static_cast<std::size_t>(f.customer)];
        for (int o = orders.begin; o < orders.end; ++o) {
            const auto &order = m_data.orders[static_cast<std::size_t>(o)];
            if (order.amount >= 0 && order.orderedOn <= f.respondedOn &&
                f.respondedOn <= order.orderedOn + 30) {
                ++afterSale;
                break;
            }
        }
        bool complained = false;
        const auto contacts = m_data.contactsOf[static_cast<std::size_t>(f.customer)];
        for (int k = contacts.begin; k < contacts.end; ++k) {
            const auto &contact = m_data.contacts[static_cast<std::size_t>(k)];
            complained = complained || (contact.complaint && contact.occurredOn <= f.respondedOn &&
                                        contact.occurredOn >= f.respondedOn - 90);
        }
        (complained ? complainedSum : otherSum) += f.score;
        ++(complained ? complainedCount : otherCount);
    }
    QVERIFY(afterSale > 0.2 * m_data.feedback.size());
    QVERIFY(complainedCount > 0 && otherCount > 0);
    QVERIFY(complainedSum / complainedCount + 1.0 < otherSum / otherCount);
}

QTEST_GUILESS_MAIN(TestDemoStory)
#include "tst_demostory.moc"
