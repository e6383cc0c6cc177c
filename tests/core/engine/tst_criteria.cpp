// Best-customer criteria sets: parsing (with clear errors), serialising, and evaluation of
// every attribute and operator (METRICS.md "Best customers", conventions 5 and 6).
#include "criteria/criteria.h"
#include "criteria/criteriaevaluator.h"
#include "datasetbuilder.h"
#include "testsupport.h"

#include <QtTest>

using namespace acc;
using acc::test::day;

namespace {

using CC = ContactCategory;

// Evaluated on d = 2026-03-31: window(d) = [2025-04-01, 2026-03-31].
Dataset fixture()
{
    test::DatasetBuilder b;
    // P: lifetime 100 + 200 = 300, revenue_12m 200, 1 order in the window, avg 150, last order
    // 30 days ago, tenure 2024-01-31 .. 2026-03-31 = 26 months, last_nps 9 (R2 > R1 on one day),
    // complaints_12m 1 (2025-03-31 is outside the window), contacts_12m 2.
    b.customer("P", "2024-01-31", "", "", "", "client");
    b.last().segment = QStringLiteral("SMB");
    b.last().region = QStringLiteral("North");
    b.last().accountOwner = QStringLiteral("Ann");
    b.order("P", "2025-01-01", 10000).order("P", "2026-03-01", 20000);
    b.answer("P", "2026-03-01", 9, "R2")
        .answer("P", "2026-03-01", 3, "R1")
        .answer("P", "2026-04-01", 0, "R3");
    b.contact("P", "2025-03-31", CC::Request, "T", true);
    b.contact("P", "2025-06-01", CC::Request, "T", true);
    b.contact("P", "2026-01-01", CC::Relationship, "T");
    // Q: no orders, no answers; tenure 2026-01-31 .. 03-31 = 2 months; lower-case segment.
    b.customer("Q", "2026-01-31");
    b.last().segment = QStringLiteral("smb");
    b.last().accountOwner = QStringLiteral("Bob");
    // R: a refund only: lifetime -50, no orders (no average, no last order).
    b.customer("R", "2025-01-01").order("R", "2026-02-01", -5000);
    // S: an order of 0.00 on the day itself: 1 order, average 0, 0 days since.
    b.customer("S", "2025-01-01").order("S", "2026-03-31", 0);
    // T: lost, never evaluated.
    b.customer("T", "2020-01-01", "2026-01-01", "Price").order("T", "2025-12-01", 99999);
    return b.build();
}

QStringList select(const Dataset &d, const char *json)
{
    QString error;
    const auto set = criteria::parse(QByteArray(json), &error);
    if (!set)
        return {QStringLiteral("error: ") + error};
    CriteriaEvaluator e(d, day("2026-03-31"));
    QStringList out;
    for (int c : e.select(*set))
        out << d.customers[std::size_t(c)].customerId;
    return out;
}

QString rule(const char *attribute, const char *op, const char *value, const char *match = "all")
{
    return QStringLiteral("{\"name\": \"t\", \"version\": 1, \"match\": \"%1\", \"rules\": [{\"attribute\": "
                          "\"%2\", \"op\": \"%3\", \"value\": %4}]}")
        .arg(QLatin1String(match), QLatin1String(attribute), QLatin1String(op), QLatin1String(value));
}

QString sel(const Dataset &d, const char *attribute, const char *op, const char *value)
{
    return select(d, rule(attribute, op, value).toUtf8().constData()).join(QLatin1Char(','));
}

QString parseError(const char *json)
{
    QString error;
    const auto set = criteria::parse(QByteArray(json), &error);
    return set ? QString() : error;
}

} // namespace

class TestCriteria : public QObject
{
    Q_OBJECT
private slots:
    void attributes()
    {
        const Dataset d = fixture();
        const CriteriaEvaluator e(d, day("2026-03-31"));
        const int p = d.findCustomer(QStringLiteral("P"));
        const int q = d.findCustomer(QStringLiteral("Q"));
        using A = CriteriaAttribute;
        QCOMPARE(e.numericAttribute(p, A::LifetimeValue), std::optional<double>(300.0));
        QCOMPARE(e.numericAttribute(p, A::Revenue12m), std::optional<double>(200.0));
        QCOMPARE(e.numericAttribute(p, A::Orders12m), std::optional<double>(1));
        QCOMPARE(e.numericAttribute(p, A::AvgOrderValue), std::optional<double>(150.0));
        QCOMPARE(e.numericAttribute(p, A::DaysSinceLastOrder), std::optional<double>(30));
        QCOMPARE(e.numericAttribute(p, A::TenureMonths), std::optional<double>(26));
        QCOMPARE(e.numericAttribute(p, A::LastNps), std::optional<double>(9));
        QCOMPARE(e.numericAttribute(p, A::Complaints12m), std::optional<double>(1));
        QCOMPARE(e.numericAttribute(p, A::Contacts12m), std::optional<double>(2));
        QCOMPARE(e.numericAttribute(q, A::LifetimeValue), std::optional<double>(0.0));
        QVERIFY(!e.numericAttribute(q, A::AvgOrderValue));
        QVERIFY(!e.numericAttribute(q, A::DaysSinceLastOrder));
        QVERIFY(!e.numericAttribute(q, A::LastNps));
        QCOMPARE(e.textAttribute(q, A::Stage), QStringLiteral("unknown"));
        QCOMPARE(e.textAttribute(p, A::Stage), QStringLiteral("client"));
        QCOMPARE(e.activeCustomers().size(), std::size_t(4)); // P, Q, R, S
    }

    void wholeMonths()
    {
        QCOMPARE(wholeMonthsBetween(day("2026-01-31"), day("2026-02-28")), 0);
        QCOMPARE(wholeMonthsBetween(day("2026-01-31"), day("2026-03-31")), 2);
        QCOMPARE(wholeMonthsBetween(day("2026-01-28"), day("2026-02-28")), 1);
        QCOMPARE(wholeMonthsBetween(day("2024-02-29"), day("2025-02-28")), 11); // leap day
        QCOMPARE(wholeMonthsBetween(day("2024-02-29"), day("2025-03-01")), 12);
        QCOMPARE(wholeMonthsBetween(day("2026-03-31"), day("2026-03-31")), 0);
    }

    void numberOperators()
    {
        const Dataset d = fixture();
        QCOMPARE(sel(d, "lifetime_value", ">=", "0"), QStringLiteral("P,Q,S")); // R is -50
        QCOMPARE(sel(d, "lifetime_value", ">", "0"), QStringLiteral("P"));
        QCOMPARE(sel(d, "revenue_12m", "<", "0"), QStringLiteral("R"));
        QCOMPARE(sel(d, "revenue_12m", "<=", "0"), QStringLiteral("Q,R,S"));
        QCOMPARE(sel(d, "revenue_12m", "=", "200"), QStringLiteral("P"));
        QCOMPARE(sel(d, "orders_12m", "<=", "0"), QStringLiteral("Q,R"));
        // No order: avg_order_value has no value and every rule on it fails, != included.
        QCOMPARE(sel(d, "avg_order_value", ">", "0"), QStringLiteral("P"));
        QCOMPARE(sel(d, "avg_order_value", "!=", "150"), QStringLiteral("S"));
        QCOMPARE(sel(d, "days_since_last_order", "<", "31"), QStringLiteral("P,S"));
        QCOMPARE(sel(d, "days_since_last_order", "=", "0"), QStringLiteral("S"));
        QCOMPARE(sel(d, "tenure_months", "=", "26"), QStringLiteral("P"));
        QCOMPARE(sel(d, "tenure_months", "<", "3"), QStringLiteral("Q"));
        QCOMPARE(sel(d, "last_nps", "<=", "10"), QStringLiteral("P")); // no answer: fails
        QCOMPARE(sel(d, "complaints_12m", "=", "0"), QStringLiteral("Q,R,S"));
        QCOMPARE(sel(d, "contacts_12m", ">", "1"), QStringLiteral("P"));
        QCOMPARE(sel(d, "lifetime_value", "=", "299.99"), QString());
    }

    void textOperators()
    {
        const Dataset d = fixture();
        QCOMPARE(sel(d, "segment", "=", "\"SMB\""), QStringLiteral("P")); // case-sensitive
        QCOMPARE(sel(d, "segment", "!=", "\"SMB\""), QStringLiteral("Q,R,S"));
        QCOMPARE(sel(d, "segment", "in", "[\"smb\", \"X\"]"), QStringLiteral("Q"));
        QCOMPARE(sel(d, "segment", "not-in", "[\"SMB\"]"), QStringLiteral("Q,R,S"));
        QCOMPARE(sel(d, "stage", "=", "\"unknown\""), QStringLiteral("Q,R,S"));
        QCOMPARE(sel(d, "region", "!=", "\"North\""), QStringLiteral("Q,R,S"));
        QCOMPARE(sel(d, "region", "=", "\"\""), QStringLiteral("Q,R,S"));
        QCOMPARE(sel(d, "account_owner", "in", "[]"), QString());
        QCOMPARE(sel(d, "account_owner", "not-in", "[]"), QStringLiteral("P,Q,R,S"));
        QCOMPARE(sel(d, "account_owner", "=", "\"Ann \""), QString()); // exact
    }

    void topPercent()
    {
        const Dataset d = fixture();
        // 4 active; 50 %: ceil(2) = 2. revenue_12m: P 200, Q 0, S 0, R -50: P, then Q (tie, lower id).
        QCOMPARE(sel(d, "revenue_12m", "top-percent", "50"), QStringLiteral("P,Q"));
        // avg_order_value: only P (150) and S (0) have a value; 75 % = 3 places, 2 qualify.
        QCOMPARE(sel(d, "avg_order_value", "top-percent", "75"), QStringLiteral("P,S"));
        // Descending for every attribute: the longest since the last order first.
        QCOMPARE(sel(d, "days_since_last_order", "top-percent", "25"), QStringLiteral("P"));
        QCOMPARE(sel(d, "lifetime_value", "top-percent", "0"), QString());
        QCOMPARE(sel(d, "lifetime_value", "top-percent", "100"), QStringLiteral("P,Q,R,S"));
        // 1 % of 4 = 0.04, rounded up to 1.
        QCOMPARE(sel(d, "lifetime_value", "top-percent", "1"), QStringLiteral("P"));
    }

    void topPercentTiesByteOrder()
    {
        // Equal values: the lower customer_id in byte order wins ("B" 0x42 < "a" 0x61).
        test::DatasetBuilder b;
        b.customer("a", "2025-01-01").order("a", "2026-01-01", 100);
        b.customer("B", "2025-01-01").order("B", "2026-01-01", 100);
        b.customer("c", "2025-01-01").order("c", "2026-01-01", 50);
        const Dataset d = b.build();
        // 3 active; 33 %: ceil(0.99) = 1 place for a and B tied at 100: B.
        QCOMPARE(sel(d, "revenue_12m", "top-percent", "33"), QStringLiteral("B"));
        // 50 %: ceil(1.5) = 2: both (listed in customer order).
        QCOMPARE(sel(d, "revenue_12m", "top-percent", "50"), QStringLiteral("a,B"));
    }

    void matchAllAny()
    {
        const Dataset d = fixture();
        QCOMPARE(select(d,
                        "{\"name\": \"x\", \"match\": \"any\", \"rules\": [{\"attribute\": \"segment\", "
                        "\"op\": \"=\", \"value\": \"SMB\"}, {\"attribute\": \"orders_12m\", \"op\": \">=\", "
                        "\"value\": 1}]}"),
                 (QStringList{QStringLiteral("P"), QStringLiteral("S")}));
        QCOMPARE(select(d,
                        "{\"name\": \"x\", \"match\": \"all\", \"rules\": [{\"attribute\": \"segment\", "
                        "\"op\": \"=\", \"value\": \"SMB\"}, {\"attribute\": \"orders_12m\", \"op\": \">=\", "
                        "\"value\": 1}]}"),
                 (QStringList{QStringLiteral("P")}));
        // No rules: all selects every active customer, any none.
        QCOMPARE(select(d, "{\"name\": \"x\", \"match\": \"all\", \"rules\": []}").size(), 4);
        QCOMPARE(select(d, "{\"name\": \"x\", \"match\": \"any\", \"rules\": []}").size(), 0);
    }

    void parseAndSerialise()
    {
        QString error;
        const QByteArray json =
            "{\"name\": \"Best customers (default)\", \"version\": 1, \"match\": \"all\", "
            "\"rules\": [{\"attribute\": \"revenue_12m\", \"op\": \"top-percent\", \"value\": 20}, "
            "{\"attribute\": \"orders_12m\", \"op\": \">=\", \"value\": 3}]}";
        const auto set = criteria::parse(json, &error);
        QVERIFY2(set, qPrintable(error));
        QCOMPARE(set->name, QStringLiteral("Best customers (default)"));
        QCOMPARE(set->version, 1);
        QVERIFY(set->matchAll);
        QCOMPARE(set->rules.size(), 2);
        QCOMPARE(set->rules[0].attribute, CriteriaAttribute::Revenue12m);
        QCOMPARE(set->rules[0].op, CriteriaOp::TopPercent);
        QCOMPARE(set->rules[0].number, 20.0);
        // Serialising gives back the same object, and the default set is this one.
        QCOMPARE(QJsonDocument::fromJson(criteria::serialise(*set)).object(),
                 QJsonDocument::fromJson(json).object());
        QCOMPARE(criteria::toJson(criteria::defaultSet()), QJsonDocument::fromJson(json).object());
        // Texts and lists round-trip too; name, version and match may be left out.
        const auto other =
            criteria::parse("{\"rules\": [{\"attribute\": \"region\", \"op\": \"not-in\", "
                            "\"value\": [\"North\", \"\"]}, {\"attribute\": \"stage\", \"op\": \"=\", "
                            "\"value\": \"client\"}]}",
                            &error, QStringLiteral("from-file"));
        QVERIFY2(other, qPrintable(error));
        QCOMPARE(other->name, QStringLiteral("from-file"));
        QCOMPARE(other->version, 1);
        QCOMPARE(other->rules[0].list, (QStringList{QStringLiteral("North"), QString()}));
        const auto again = criteria::parse(criteria::serialise(*other), &error);
        QVERIFY(again);
        QCOMPARE(again->rules[1].text, QStringLiteral("client"));
        QCOMPARE(again->rules[0].list, other->rules[0].list);
    }

    void parseErrors()
    {
        QVERIFY(parseError("{\"name\": \"x\", ").contains(QLatin1String("not valid JSON")));
        QVERIFY(parseError("[1]").contains(QLatin1String("expected an object")));
        QVERIFY(parseError("{\"name\": \"x\"}").contains(QLatin1String("\"rules\"")));
        QVERIFY(parseError("{\"rules\": []}").contains(QLatin1String("\"name\"")));
        QVERIFY(parseError("{\"name\": \"x\", \"match\": \"some\", \"rules\": []}")
                    .contains(QLatin1String("\"match\"")));
        QVERIFY(parseError("{\"name\": \"x\", \"version\": 1.5, \"rules\": []}")
                    .contains(QLatin1String("\"version\"")));
        QVERIFY(parseError("{\"name\": \"x\", \"version\": 0, \"rules\": []}")
                    .contains(QLatin1String("\"version\"")));
        const QString unknownAttribute = parseError(rule("revenu_12m", ">=", "1").toUtf8());
        QVERIFY2(unknownAttribute.contains(QLatin1String("rule 1: unknown attribute \"revenu_12m\"")),
                 qPrintable(unknownAttribute));
        QVERIFY(parseError(rule("revenue_12m", "=>", "1").toUtf8())
                    .contains(QLatin1String("unknown operator \"=>\"")));
        QVERIFY(parseError(rule("orders_12m", ">=", "\"3\"").toUtf8())
                    .contains(QLatin1String("must be a number")));
        QVERIFY(
            parseError(rule("orders_12m", "=", "true").toUtf8()).contains(QLatin1String("must be a number")));
        QVERIFY(
            parseError(rule("segment", ">=", "\"A\"").toUtf8()).contains(QLatin1String("compares numbers")));
        QVERIFY(parseError(rule("segment", "=", "3").toUtf8()).contains(QLatin1String("must be a text")));
        QVERIFY(parseError(rule("orders_12m", "in", "[1]").toUtf8())
                    .contains(QLatin1String("text attributes only")));
        QVERIFY(parseError(rule("segment", "in", "\"A\"").toUtf8()).contains(QLatin1String("list of texts")));
        QVERIFY(
            parseError(rule("segment", "not-in", "[1]").toUtf8()).contains(QLatin1String("list of texts")));
        QVERIFY(parseError(rule("revenue_12m", "top-percent", "120").toUtf8())
                    .contains(QLatin1String("0 to 100")));
        QVERIFY(parseError(rule("revenue_12m", "top-percent", "\"20\"").toUtf8())
                    .contains(QLatin1String("0 to 100")));
        QVERIFY(parseError("{\"name\": \"x\", \"rules\": [{\"op\": \">=\", \"value\": 1}]}")
                    .contains(QLatin1String("unknown attribute")));
        QVERIFY(parseError("{\"name\": \"x\", \"rules\": [3]}").contains(QLatin1String("rule 1")));
    }
};

QTEST_GUILESS_MAIN(TestCriteria)
#include "tst_criteria.moc"
