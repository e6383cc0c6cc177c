// The difference between two versions of a criteria set, in words (criteriadiff.h).
#include "criteria/criteria.h"
#include "criteria/criteriadiff.h"

#include <QtTest>

using namespace acc;
using namespace acc::criteria;
using Kind = RuleChange::Kind;

namespace {

CriteriaRule numberRule(CriteriaAttribute a, CriteriaOp op, double n)
{
    CriteriaRule r;
    r.attribute = a;
    r.op = op;
    r.number = n;
    return r;
}

CriteriaRule listRule(CriteriaAttribute a, CriteriaOp op, const QStringList &items)
{
    CriteriaRule r;
    r.attribute = a;
    r.op = op;
    r.list = items;
    return r;
}

const QLocale c = QLocale::c();

} // namespace

class TestCriteriaDiff : public QObject
{
    Q_OBJECT
private slots:
    void nothingChanged()
    {
        const CriteriaSet set = defaultSet();
        QVERIFY(difference(set, set).isEmpty());
        QVERIFY(differenceText(set, set, QStringLiteral("EUR"), c).isEmpty());
        // The order of the rules does not change whom a set selects.
        CriteriaSet swapped = set;
        std::swap(swapped.rules[0], swapped.rules[1]);
        QVERIFY(difference(set, swapped).isEmpty());
        // Another version number is not a difference of the rules.
        swapped.version = 7;
        QVERIFY(difference(set, swapped).isEmpty());
    }

    void addedRemovedChanged()
    {
        // Old: revenue_12m top 20 %, orders_12m >= 3, region in North.
        // New: revenue_12m top 10 % (changed), region in North (same), last_nps >= 9
        // (added); orders_12m >= 3 removed; match all -> any; name changed.
        CriteriaSet from = defaultSet();
        from.rules.append(listRule(CriteriaAttribute::Region, CriteriaOp::In, {QStringLiteral("North")}));
        CriteriaSet to;
        to.name = QStringLiteral("Loyal and happy");
        to.matchAll = false;
        to.rules = {numberRule(CriteriaAttribute::Revenue12m, CriteriaOp::TopPercent, 10),
                    listRule(CriteriaAttribute::Region, CriteriaOp::In, {QStringLiteral("North")}),
                    numberRule(CriteriaAttribute::LastNps, CriteriaOp::Ge, 9)};
        const CriteriaDifference d = difference(from, to);
        QVERIFY(!d.isEmpty());
        QVERIFY(d.nameChanged);
        QVERIFY(d.matchChanged);
        QCOMPARE(d.rules.size(), 4);
        QCOMPARE(d.fromKind(0), Kind::Changed);
        QCOMPARE(d.fromKind(1), Kind::Removed);
        QCOMPARE(d.fromKind(2), Kind::Same);
        QCOMPARE(d.toKind(0), Kind::Changed);
        QCOMPARE(d.toKind(1), Kind::Same);
        QCOMPARE(d.toKind(2), Kind::Added);
        QCOMPARE(d.rules[2].to, 1); // region's rule moved from 3rd to 2nd place
        const QStringList words = differenceText(from, to, QStringLiteral("EUR"), c);
        QCOMPARE(words,
                 (QStringList{
                     QStringLiteral("Name: \"Best customers (default)\" → \"Loyal and happy\""),
                     QStringLiteral("Match: all rules → any rule"),
                     QStringLiteral("Changed: Revenue, last 12 months: in the top 20 % of active customers → "
                                    "Revenue, last 12 months: in the top 10 % of active customers"),
                     QStringLiteral("Removed: Orders, last 12 months: at least 3"),
                     QStringLiteral("Added: Last NPS score: at least 9"),
                 }));
    }

    void twoRulesOnOneAttribute()
    {
        // lifetime_value >= 1000 and <= 5000 becomes >= 2000 and <= 5000: only the first changed.
        CriteriaSet from;
        from.name = QStringLiteral("Band");
        from.rules = {numberRule(CriteriaAttribute::LifetimeValue, CriteriaOp::Ge, 1000),
                      numberRule(CriteriaAttribute::LifetimeValue, CriteriaOp::Le, 5000)};
        CriteriaSet to = from;
        to.rules[0].number = 2000;
        const QStringList words = differenceText(from, to, QStringLiteral("EUR"), c);
        QCOMPARE(words,
                 QStringList{QStringLiteral("Changed: Lifetime value: at least 1000 EUR → Lifetime value: "
                                            "at least 2000 EUR")});
        // Every rule removed, and back: both directions say so.
        CriteriaSet empty = from;
        empty.rules.clear();
        QCOMPARE(differenceText(from, empty, QStringLiteral("EUR"), c).size(), 2);
        QVERIFY(
            differenceText(empty, from, QStringLiteral("EUR"), c).at(0).startsWith(QLatin1String("Added: ")));
    }
};

QTEST_GUILESS_MAIN(TestCriteriaDiff)
#include "tst_criteriadiff.moc"
