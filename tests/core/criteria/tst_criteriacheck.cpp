// The per-field checks of a rule (criteriacheck.h): the operators each attribute takes,
// values typed in the user's locale, and the same message for the same mistake whether it
// comes from a criteria file (fromJson) or from the dialog (typedValue + readValue).
#include "criteria/criteria.h"
#include "criteria/criteriacheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace acc;
using namespace acc::criteria;

namespace {

// The message fromJson gives for one rule, without its "rule 1: ".
QString fileProblem(const char *attribute, const char *op, const QJsonValue &value)
{
    QJsonObject rule{{QStringLiteral("attribute"), QLatin1String(attribute)},
                     {QStringLiteral("op"), QLatin1String(op)},
                     {QStringLiteral("value"), value}};
    QJsonObject set{{QStringLiteral("name"), QStringLiteral("x")},
                    {QStringLiteral("rules"), QJsonArray{rule}}};
    QString error;
    if (fromJson(set, &error))
        return {};
    const QString prefix = QStringLiteral("rule 1: ");
    return error.startsWith(prefix) ? error.mid(prefix.size()) : QStringLiteral("(no prefix) ") + error;
}

// The message the dialog shows for a value typed in locale.
QString typedProblem(const char *attribute, const char *op, const QString &typed,
                     const QLocale &locale = QLocale::c())
{
    CriteriaRule rule;
    rule.attribute = *attributeFromName(QLatin1String(attribute));
    rule.op = *opFromName(QLatin1String(op));
    const QString problem = opProblem(rule.attribute, rule.op);
    return problem.isEmpty() ? readValue(typedValue(rule.attribute, rule.op, typed, locale), &rule) : problem;
}

CriteriaRule typed(CriteriaAttribute a, CriteriaOp op, const QString &text, const QLocale &locale)
{
    CriteriaRule rule;
    rule.attribute = a;
    rule.op = op;
    const QString problem = readValue(typedValue(a, op, text, locale), &rule);
    if (!problem.isEmpty())
        qWarning() << problem;
    return rule;
}

} // namespace

class TestCriteriaCheck : public QObject
{
    Q_OBJECT
private slots:
    void operatorsPerAttribute()
    {
        using Op = CriteriaOp;
        QCOMPARE(opsFor(CriteriaAttribute::Revenue12m),
                 (QList<Op>{Op::Ge, Op::Gt, Op::Le, Op::Lt, Op::Eq, Op::Ne, Op::TopPercent}));
        QCOMPARE(opsFor(CriteriaAttribute::Segment),
                 (QList<Op>{Op::Eq, Op::Ne, Op::In, Op::NotIn, Op::TopPercent}));
        // Every attribute of METRICS.md takes top-percent; only texts take in / not-in.
        for (const QString &name : attributeNames()) {
            const CriteriaAttribute a = *attributeFromName(name);
            QVERIFY(takesOp(a, Op::TopPercent));
            QCOMPARE(takesOp(a, Op::In), isTextAttribute(a));
            QCOMPARE(takesOp(a, Op::Ge), !isTextAttribute(a));
        }
        QCOMPARE(attributeNames().size(), 13);
    }

    void sameMessageFromFileAndDialog_data()
    {
        QTest::addColumn<QString>("attribute");
        QTest::addColumn<QString>("op");
        QTest::addColumn<QJsonValue>("fileValue");
        QTest::addColumn<QString>("typedText");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a word for a count")
            << QStringLiteral("orders_12m") << QStringLiteral(">=") << QJsonValue(QStringLiteral("three"))
            << QStringLiteral("three")
            << QStringLiteral("orders_12m is a number; the value must be a number");
        QTest::newRow("nothing for money")
            << QStringLiteral("lifetime_value") << QStringLiteral(">") << QJsonValue(QStringLiteral(""))
            << QStringLiteral("")
            << QStringLiteral("lifetime_value is a number; the value must be a number in "
                              "currency units");
        QTest::newRow("top 120 %") << QStringLiteral("revenue_12m") << QStringLiteral("top-percent")
                                   << QJsonValue(120) << QStringLiteral("120")
                                   << QStringLiteral("top-percent takes a number from 0 to 100");
        QTest::newRow("top minus 1 %")
            << QStringLiteral("segment") << QStringLiteral("top-percent") << QJsonValue(-1)
            << QStringLiteral("-1") << QStringLiteral("top-percent takes a number from 0 to 100");
        QTest::newRow("numbers compared on a text")
            << QStringLiteral("segment") << QStringLiteral(">=") << QJsonValue(QStringLiteral("A"))
            << QStringLiteral("A")
            << QStringLiteral(
                   "segment is a text; \">=\" compares numbers (use =, !=, in, not-in or top-percent)");
        QTest::newRow("a list on a number")
            << QStringLiteral("orders_12m") << QStringLiteral("in")
            << QJsonValue(QJsonArray{QStringLiteral("1")}) << QStringLiteral("1")
            << QStringLiteral(
                   "orders_12m is a number; \"in\" works on text attributes only (use >=, >, <=, <, =, != "
                   "or top-percent)");
        QTest::newRow("a fine count") << QStringLiteral("orders_12m") << QStringLiteral(">=") << QJsonValue(3)
                                      << QStringLiteral("3") << QStringLiteral("");
        QTest::newRow("a fine list") << QStringLiteral("region") << QStringLiteral("not-in")
                                     << QJsonValue(QJsonArray{QStringLiteral("North")})
                                     << QStringLiteral("North") << QStringLiteral("");
    }

    void sameMessageFromFileAndDialog()
    {
        QFETCH(QString, attribute);
        QFETCH(QString, op);
        QFETCH(QJsonValue, fileValue);
        QFETCH(QString, typedText);
        QFETCH(QString, expected);
        const QByteArray a = attribute.toLatin1();
        const QByteArray o = op.toLatin1();
        QCOMPARE(fileProblem(a.constData(), o.constData(), fileValue), expected);
        QCOMPARE(typedProblem(a.constData(), o.constData(), typedText), expected);
    }

    void unknownNames()
    {
        QString error;
        QVERIFY(!parse("{\"name\":\"x\",\"rules\":[{\"attribute\":\"shoe_size\",\"op\":\">=\",\"value\":1}]}",
                       &error));
        QCOMPARE(error, QStringLiteral("rule 1: ") + unknownAttributeProblem(QStringLiteral("shoe_size")));
        QVERIFY(
            unknownAttributeProblem(QStringLiteral("shoe_size")).contains(QLatin1String("lifetime_value")));
        QVERIFY(!parse("{\"name\":\"x\",\"rules\":[{\"attribute\":\"segment\",\"op\":\"~\",\"value\":1}]}",
                       &error));
        QCOMPARE(error, QStringLiteral("rule 1: ") + unknownOpProblem(QStringLiteral("~")));
        QVERIFY(error.contains(QLatin1String("top-percent")));
    }

    void valuesTypedInTheUsersLocale()
    {
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        const QLocale de(QLocale::German, QLocale::Germany);
        QCOMPARE(
            typed(CriteriaAttribute::LifetimeValue, CriteriaOp::Ge, QStringLiteral("5,000.50"), us).number,
            5000.5);
        QCOMPARE(
            typed(CriteriaAttribute::LifetimeValue, CriteriaOp::Ge, QStringLiteral("5.000,50"), de).number,
            5000.5);
        QCOMPARE(
            typed(CriteriaAttribute::LifetimeValue, CriteriaOp::Ge, QStringLiteral(" 199,99 "), de).number,
            199.99);
        QCOMPARE(
            typed(CriteriaAttribute::Revenue12m, CriteriaOp::TopPercent, QStringLiteral("12.5 %"), us).number,
            12.5);
        QCOMPARE(
            typed(CriteriaAttribute::Segment, CriteriaOp::In, QStringLiteral("Retail, SME,, Public sector "),
                  us)
                .list,
            (QStringList{QStringLiteral("Retail"), QStringLiteral("SME"), QStringLiteral("Public sector")}));
        QCOMPARE(typed(CriteriaAttribute::Segment, CriteriaOp::NotIn, QString(), us).list, QStringList());
        QCOMPARE(typed(CriteriaAttribute::Stage, CriteriaOp::Eq, QStringLiteral(" client "), us).text,
                 QStringLiteral("client"));
        // A German "5.5" is not five and a half: 5.5 has a misplaced group separator.
        QVERIFY(!typedProblem("lifetime_value", ">=", QStringLiteral("5.5"), de).isEmpty());
        QVERIFY(!typedProblem("lifetime_value", ">=", QStringLiteral("inf"), us).isEmpty());
    }

    void editTextReadsBack()
    {
        const QLocale de(QLocale::German, QLocale::Germany);
        CriteriaRule money;
        money.attribute = CriteriaAttribute::LifetimeValue;
        money.op = CriteriaOp::Ge;
        money.number = 12345.5;
        QCOMPARE(editText(money, de), QStringLiteral("12345,5"));
        QCOMPARE(typed(money.attribute, money.op, editText(money, de), de).number, 12345.5);
        CriteriaRule list;
        list.attribute = CriteriaAttribute::Region;
        list.op = CriteriaOp::In;
        list.list = {QStringLiteral("North"), QStringLiteral("Süd")};
        QCOMPARE(editText(list, de), QStringLiteral("North, Süd"));
        QVERIFY(sameRule(typed(list.attribute, list.op, editText(list, de), de), list));
        CriteriaRule top;
        top.attribute = CriteriaAttribute::Stage;
        top.op = CriteriaOp::TopPercent;
        top.number = 20;
        top.text = QStringLiteral("ignored");
        QCOMPARE(editText(top, de), QStringLiteral("20"));
    }

    void sameRuleIgnoresUnusedFields()
    {
        CriteriaRule a;
        a.attribute = CriteriaAttribute::Orders12m;
        a.op = CriteriaOp::Ge;
        a.number = 3;
        CriteriaRule b = a;
        b.text = QStringLiteral("left over");
        QVERIFY(sameRule(a, b));
        b.number = 4;
        QVERIFY(!sameRule(a, b));
        b = a;
        b.op = CriteriaOp::Gt;
        QVERIFY(!sameRule(a, b));
    }
};

QTEST_GUILESS_MAIN(TestCriteriaCheck)
#include "tst_criteriacheck.moc"
