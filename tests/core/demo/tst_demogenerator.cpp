// The demo generator: same data for the same seed, the rules every row keeps, and the
// names. The story and the shape of the data are in tst_demostory.cpp.

#include "demo/demogenerator.h"
#include "demo/demomeeting.h"
#include "demo/demotargets.h"
#include "demotesthelpers.h"
#include "engine/metrics.h"
#include "storage/actionstore.h"
#include "storage/realitycheckstore.h"

#include <QSet>
#include <QtTest>

#include <algorithm>
#include <set>
#include <tuple>
#include <utility>

using namespace acc;

namespace {

const QDate kLastDay = test::kDemoLastDay;

demo::Options options(int customers, quint32 seed, QDate lastDay = kLastDay)
{
    return test::demoOptions(customers, seed, lastDay);
}

bool sameData(const Dataset &a, const Dataset &b)
{
    if (a.companyName != b.companyName || a.currency != b.currency ||
        a.customers.size() != b.customers.size() || a.orders.size() != b.orders.size() ||
        a.contacts.size() != b.contacts.size() || a.feedback.size() != b.feedback.size() ||
        a.spend.size() != b.spend.size())
        return false;
    for (std::size_t i = 0; i < a.customers.size(); ++i) {
        const auto &x = a.customers[i];
        const auto &y = b.customers[i];
        if (x.customerId != y.customerId || x.name != y.name || x.segment != y.segment ||
            x.region != y.region || x.accountOwner != y.accountOwner || x.acquiredOn != y.acquiredOn ||
            x.lostOn != y.lostOn || x.lossReason != y.lossReason || x.wonBackOn != y.wonBackOn ||
            x.stage != y.stage)
            return false;
    }
    for (std::size_t i = 0; i < a.orders.size(); ++i) {
        const auto &x = a.orders[i];
        const auto &y = b.orders[i];
        if (a.text(x.orderId) != b.text(y.orderId) || x.customer != y.customer ||
            x.orderedOn != y.orderedOn || x.amount != y.amount || x.category != y.category ||
            x.channel != y.channel)
            return false;
    }
    for (std::size_t i = 0; i < a.contacts.size(); ++i) {
        const auto &x = a.contacts[i];
        const auto &y = b.contacts[i];
        if (a.text(x.contactId) != b.text(y.contactId) || x.customer != y.customer ||
            x.occurredOn != y.occurredOn || x.category != y.category || x.touchpoint != y.touchpoint ||
            x.channel != y.channel || x.complaint != y.complaint || x.resolvedOn != y.resolvedOn ||
            x.handledBy != y.handledBy)
            return false;
    }
    for (std::size_t i = 0; i < a.feedback.size(); ++i) {
        const auto &x = a.feedback[i];
        const auto &y = b.feedback[i];
        if (a.text(x.responseId) != b.text(y.responseId) || x.customer != y.customer ||
            x.respondedOn != y.respondedOn || x.score != y.score || a.text(x.comment) != b.text(y.comment))
            return false;
    }
    for (std::size_t i = 0; i < a.spend.size(); ++i) {
        const auto &x = a.spend[i];
        const auto &y = b.spend[i];
        if (x.year != y.year || x.month != y.month || x.program != y.program || x.segment != y.segment ||
            x.amount != y.amount)
            return false;
    }
    return true;
}

bool hasScript(const QString &s, QChar::Script script)
{
    for (const QChar ch : s) {
        if (ch.script() == script)
            return true;
    }
    return false;
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deterministic();
    void differentSeedDiffers();
    void requestedCount();
    void customerRules();
    void orderRules();
    void contactRules();
    void feedbackRules();
    void spendRules();
    void endsOnLastDay();
    void names();
    void sampleTargets();
    void sampleMeeting();

private:
    Dataset m_data;
};

void TestDemoGenerator::initTestCase()
{
    m_data = demo::generate(options(5000, 42));
}

void TestDemoGenerator::deterministic()
{
    const Dataset a = demo::generate(options(1500, 7));
    const Dataset b = demo::generate(options(1500, 7));
    QVERIFY(!a.orders.empty());
    QVERIFY(sameData(a, b));
}

void TestDemoGenerator::differentSeedDiffers()
{
    const Dataset a = demo::generate(options(1500, 7));
    const Dataset b = demo::generate(options(1500, 8));
    QVERIFY(!sameData(a, b));
    // Not only a detail: most order amounts differ.
    int same = 0;
    const std::size_t n = std::min(a.orders.size(), b.orders.size());
    for (std::size_t i = 0; i < n; ++i)
        same += a.orders[i].amount == b.orders[i].amount ? 1 : 0;
    QVERIFY(same < static_cast<int>(n / 10));
}

void TestDemoGenerator::requestedCount()
{
    QCOMPARE(m_data.customers.size(), std::size_t(5000));
    QCOMPARE(demo::generate(options(1, 1)).customers.size(), std::size_t(1));
    QCOMPARE(demo::generate(options(37, 1)).customers.size(), std::size_t(37));
    QCOMPARE(m_data.companyName, QStringLiteral("Northwind Outfitters"));
    QCOMPARE(m_data.currency, QStringLiteral("EUR"));
    // finalize() ran: every customer has its ranges.
    QCOMPARE(m_data.ordersOf.size(), std::size_t(5000));
    QCOMPARE(m_data.contactsOf.size(), std::size_t(5000));
    QCOMPARE(m_data.feedbackOf.size(), std::size_t(5000));
}

void TestDemoGenerator::customerRules()
{
    const QSet<QString> stages{QStringLiteral("suspect"),    QStringLiteral("prospect"),
                               QStringLiteral("first_time"), QStringLiteral("repeat"),
                               QStringLiteral("client"),     QStringLiteral("advocate"),
                               QStringLiteral("lapsed"),     QString()};
    const QSet<QString> reasons{QStringLiteral("Price"),
                                QStringLiteral("Service failure"),
                                QStringLiteral("Product gap"),
                                QStringLiteral("Moved to competitor"),
                                QStringLiteral("Billing problem"),
                                QStringLiteral("Relocated/closed"),
                                QString()};
    QSet<QString> ids;
    for (const auto &c : m_data.customers) {
        QVERIFY(!c.customerId.isEmpty());
        QVERIFY(!ids.contains(c.customerId));
        ids.insert(c.customerId);
        QVERIFY(!c.name.trimmed().isEmpty());
        QVERIFY(hasDay(c.acquiredOn));
        QVERIFY(c.acquiredOn <= toDay(kLastDay));
        if (hasDay(c.lostOn)) {
            QVERIFY(c.lostOn >= c.acquiredOn);
            QVERIFY(c.lostOn <= toDay(kLastDay));
            QVERIFY(reasons.contains(c.lossReason));
        } else {
            QVERIFY(c.lossReason.isEmpty());
            QVERIFY(!hasDay(c.wonBackOn));
        }
        if (hasDay(c.wonBackOn)) {
            QVERIFY(c.wonBackOn > c.lostOn);
            QVERIFY(c.wonBackOn <= toDay(kLastDay));
        }
        QVERIFY2(stages.contains(c.stage), qPrintable(c.stage));
        QVERIFY(c.stage == c.stage.toLower());
        // A customer that is lost on the last day is lapsed, unless the CRM left it blank.
        if (c.isLostOn(toDay(kLastDay)))
            QVERIFY(c.stage == QStringLiteral("lapsed") || c.stage.isEmpty());
    }
}

void TestDemoGenerator::orderRules()
{
    QSet<QString> ids;
    const int customers = static_cast<int>(m_data.customers.size());
    for (const auto &o : m_data.orders) {
        const QString id = m_data.text(o.orderId);
        QVERIFY(!ids.contains(id));
        ids.insert(id);
        QVERIFY(o.customer >= 0 && o.customer < customers);
        QVERIFY(o.amount != 0);
        const auto &c = m_data.customers[static_cast<std::size_t>(o.customer)];
        QVERIFY(o.orderedOn >= c.acquiredOn);
        QVERIFY(o.orderedOn <= toDay(kLastDay));
        // No purchase, nor refund, while the customer is lost: a loss comes after the last order.
        QVERIFY2(!c.isLostOn(o.orderedOn), qPrintable(id));
        QVERIFY(!o.channel.isEmpty());
    }
    // finalize() sorted by customer, then day.
    for (std::size_t i = 1; i < m_data.orders.size(); ++i) {
        const auto &p = m_data.orders[i - 1];
        const auto &o = m_data.orders[i];
        QVERIFY(p.customer < o.customer || (p.customer == o.customer && p.orderedOn <= o.orderedOn));
    }
}

void TestDemoGenerator::contactRules()
{
    QSet<QString> ids;
    const int customers = static_cast<int>(m_data.customers.size());
    for (const auto &k : m_data.contacts) {
        const QString id = m_data.text(k.contactId);
        QVERIFY(!ids.contains(id));
        ids.insert(id);
        QVERIFY(k.customer >= 0 && k.customer < customers);
        const auto &c = m_data.customers[static_cast<std::size_t>(k.customer)];
        QVERIFY(k.occurredOn >= c.acquiredOn);
        QVERIFY(k.occurredOn <= toDay(kLastDay));
        if (hasDay(k.resolvedOn)) {
            QVERIFY(k.resolvedOn >= k.occurredOn);
            QVERIFY(k.resolvedOn <= toDay(kLastDay));
        }
        QVERIFY(!k.touchpoint.isEmpty());
        const int category = static_cast<int>(k.category);
        QVERIFY(category >= 0 && category < kContactCategoryCount);
        QVERIFY(!k.channel.isEmpty());
        QVERIFY(!k.handledBy.isEmpty());
    }
}

void TestDemoGenerator::feedbackRules()
{
    QSet<QString> ids;
    const int customers = static_cast<int>(m_data.customers.size());
    for (const auto &f : m_data.feedback) {
        const QString id = m_data.text(f.responseId);
        QVERIFY(!ids.contains(id));
        ids.insert(id);
        QVERIFY(f.customer >= 0 && f.customer < customers);
        QVERIFY(f.score >= 0 && f.score <= 10);
        const auto &c = m_data.customers[static_cast<std::size_t>(f.customer)];
        QVERIFY(f.respondedOn >= c.acquiredOn);
        QVERIFY(f.respondedOn <= toDay(kLastDay));
    }
}

void TestDemoGenerator::spendRules()
{
    // 36 months: 2023-04 to 2026-03, five programs, some rows for one segment.
    std::set<std::tuple<int, int, QString, QString>> keys;
    std::set<std::pair<int, int>> months;
    QSet<QString> programs;
    int withSegment = 0;
    int forAll = 0;
    const QSet<QString> segments{QStringLiteral("Enterprise"), QStringLiteral("Mid-market"),
                                 QStringLiteral("SMB"), QStringLiteral("Consumer")};
    for (const auto &s : m_data.spend) {
        QVERIFY(keys.insert({s.year, s.month, s.program, s.segment}).second);
        months.insert({s.year, s.month});
        programs.insert(s.program);
        QVERIFY(s.amount > 0);
        if (s.segment.isEmpty())
            ++forAll;
        else {
            QVERIFY(segments.contains(s.segment));
            ++withSegment;
        }
    }
    QCOMPARE(months.size(), std::size_t(36));
    QCOMPARE(*months.begin(), std::make_pair(2023, 4));
    QCOMPARE(*months.rbegin(), std::make_pair(2026, 3));
    const QSet<QString> expected{QStringLiteral("Loyalty program"), QStringLiteral("Service desk"),
                                 QStringLiteral("Key-account team"), QStringLiteral("Win-back campaign"),
                                 QStringLiteral("Onboarding")};
    QCOMPARE(programs, expected);
    QVERIFY(withSegment > 0);
    QVERIFY(forAll > 0);
}

void TestDemoGenerator::endsOnLastDay()
{
    const Day last = toDay(kLastDay);
    QVERIFY(m_data.asOf() <= last);
    Day latestOrder = kNoDay;
    Day earliestOrder = last;
    for (const auto &o : m_data.orders) {
        if (o.amount > 0)
            latestOrder = std::max(latestOrder, o.orderedOn);
        earliestOrder = std::min(earliestOrder, o.orderedOn);
    }
    // The latest order falls in the last month; the first on or after 2023-04-01.
    QVERIFY(latestOrder > last - 31);
    QVERIFY(earliestOrder >= toDay(QDate(2023, 4, 1)));
    QVERIFY(earliestOrder < toDay(QDate(2023, 4, 15)));

    // Another last day, not at a quarter's end.
    const QDate other(2025, 8, 17);
    const Dataset d = demo::generate(options(800, 3, other));
    QVERIFY(d.asOf() <= toDay(other));
    for (const auto &o : d.orders)
        QVERIFY(o.orderedOn >= toDay(QDate(2022, 8, 18)) && o.orderedOn <= toDay(other));
    QCOMPARE(d.spend.front().year * 100 + d.spend.front().month, 202209);
}

void TestDemoGenerator::names()
{
    QSet<QString> all;
    int greek = 0;
    int japanese = 0;
    int arabic = 0;
    int hebrew = 0;
    int latinDiacritics = 0;
    for (const auto &c : m_data.customers) {
        all.insert(c.name);
        greek += hasScript(c.name, QChar::Script_Greek) ? 1 : 0;
        japanese +=
            (hasScript(c.name, QChar::Script_Han) || hasScript(c.name, QChar::Script_Katakana)) ? 1 : 0;
        arabic += hasScript(c.name, QChar::Script_Arabic) ? 1 : 0;
        hebrew += hasScript(c.name, QChar::Script_Hebrew) ? 1 : 0;
        bool diacritic = false;
        for (const QChar ch : c.name)
            diacritic = diacritic || (ch.script() == QChar::Script_Latin && ch.unicode() > 0x7f);
        latinDiacritics += diacritic ? 1 : 0;
    }
    QVERIFY(all.contains(QString::fromUtf8("Müller GmbH")));
    QVERIFY(all.contains(QString::fromUtf8("Société Générale")));
    QVERIFY(all.contains(QString::fromUtf8("東京トレーディング株式会社")));
    QVERIFY(all.contains(QString::fromUtf8("Αθηνά Α.Ε.")));
    QVERIFY(all.contains(QString::fromUtf8("Zoë's Café")));
    QVERIFY(greek >= 10);
    QVERIFY(japanese >= 10);
    QVERIFY(arabic >= 5);
    QVERIFY(hebrew >= 5);
    QVERIFY(latinDiacritics >= 500);
    // Built from parts: many distinct names, not a short list repeated.
    QVERIFY(all.size() > 2500);

    // Comments in several scripts too.
    int commented = 0;
    int nonLatin = 0;
    for (const auto &f : m_data.feedback) {
        const QString comment = m_data.text(f.comment);
        if (comment.isEmpty())
            continue;
        ++commented;
        nonLatin += (hasScript(comment, QChar::Script_Greek) || hasScript(comment, QChar::Script_Hiragana) ||
                     hasScript(comment, QChar::Script_Arabic) || hasScript(comment, QChar::Script_Hebrew))
                        ? 1
                        : 0;
    }
    QVERIFY(commented > 0);
    QVERIFY(nonLatin > 0);
}

// The demo's targets: the quarter holding the last day and the four before it, and the
// month holding it and the twelve before, each figure 5 % better than the period before
// achieved (docs/demo.md), rounded, shares at
// most 100 %, owners set; a mix of statuses, as a real meeting has.
void TestDemoGenerator::sampleTargets()
{
    const QList<Target> list = demo::sampleTargets(m_data);
    QSet<QString> periods;
    for (const Target &t : list)
        periods.insert(t.period.toString());
    const Period last = Period::containing(Period::Kind::Quarter, kLastDay);
    const Period lastMonth = Period::containing(Period::Kind::Month, kLastDay);
    QCOMPARE(periods.size(), 5 + 13);
    QVERIFY(periods.contains(last.toString()));
    QVERIFY(periods.contains(last.shifted(-4).toString()));
    QVERIFY(!periods.contains(last.shifted(-5).toString()));
    QVERIFY(periods.contains(lastMonth.toString()));
    QVERIFY(periods.contains(lastMonth.shifted(-12).toString()));
    QVERIFY(!periods.contains(lastMonth.shifted(-13).toString()));
    QVERIFY(list.size() >= (5 + 13) * 8);
    int met = 0;
    int notMet = 0;
    for (const Target &t : list) {
        QVERIFY2(targets::refusal(t.metric).isEmpty(), qPrintable(t.metric));
        QVERIFY(!t.owner.isEmpty());
        MetricsRequest before;
        before.period = t.period.shifted(-1);
        before.withModel = false;
        const std::optional<double> achieved = figureValue(computeMetrics(m_data, before), t.metric);
        QVERIFY(achieved);
        if (t.metric == QLatin1String("churn_rate") || t.metric == QLatin1String("lost_value"))
            QVERIFY2(t.value <= *achieved, qPrintable(t.metric)); // lower is better
        else if (t.metric == QLatin1String("gained") || t.metric == QLatin1String("rescue_rate"))
            QVERIFY2(t.value >= std::min(*achieved, 1.0) - 2.5, qPrintable(t.metric));
        MetricsRequest now;
        now.period = t.period;
        now.withModel = false;
        now.targets = {t};
        const MetricsReport report = computeMetrics(m_data, now);
        QCOMPARE(report.targets.size(), qsizetype(1));
        (report.targets.first().status == TargetStatus::Met ? met : notMet) += 1;
    }
    QVERIFY(met > 0);
    QVERIFY(notMet > 0);
}

// The last meeting's record: six actions and a win-back of the most valuable customer
// lost in the quarter before the last day's (12-month revenue before the loss), each one
// the store accepts; and the reality check of the two quarters before the last day's.
void TestDemoGenerator::sampleMeeting()
{
    const QList<Action> list = demo::sampleActions(m_data);
    QCOMPARE(list.size(), 7);
    const Period previous = Period::containing(Period::Kind::Quarter, kLastDay).shifted(-1);
    for (const Action &a : list) {
        QVERIFY2(actions::refusal(a).isEmpty(),
                 qPrintable(a.title + QStringLiteral(": ") + actions::refusal(a)));
        QCOMPARE(a.created, previous.end().addDays(10));
    }
    const Action &winBack = list.last();
    QVERIFY(!winBack.customerId.isEmpty());
    Cents best = -1;
    QString bestId;
    for (std::size_t i = 0; i < m_data.customers.size(); ++i) {
        const CustomerRecord &c = m_data.customers[i];
        if (!hasDay(c.lostOn) || toDate(c.lostOn) < previous.start() || toDate(c.lostOn) > previous.end())
            continue;
        Cents value = 0;
        for (const OrderRecord &o : m_data.orders) {
            if (o.customer == int(i) && o.orderedOn <= c.lostOn && o.orderedOn > c.lostOn - 365)
                value += o.amount;
        }
        if (value > best) {
            best = value;
            bestId = c.customerId;
        }
    }
    QCOMPARE(winBack.customerId, bestId);

    const QList<demo::QuarterScores> checks = demo::sampleRealityChecks(m_data);
    QCOMPARE(checks.size(), 2);
    QCOMPARE(checks[1].quarter, previous);
    QCOMPARE(checks[0].quarter, previous.shifted(-1));
    for (const demo::QuarterScores &q : checks) {
        QCOMPARE(q.scores.size(), reality::dimensions().size());
        for (const RealityScore &score : q.scores)
            QVERIFY(reality::refusal(score).isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
