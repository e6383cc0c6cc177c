// CustomerFilter: the Customers view's search and drill-down restriction, on the
// hand-worked customers of customersfixture.h.
#include "customersfixture.h"
#include "models/customerfilter.h"

#include <QtTest>

using namespace acc;

namespace {

QList<int> accepted(const CustomerFilter &filter, const SearchTexts &texts)
{
    QList<int> out;
    for (int c = 0; c < texts.size(); ++c) {
        if (filter.accepts(c, texts.at(c)))
            out.append(c);
    }
    return out;
}

} // namespace

class TestCustomerFilter : public QObject
{
    Q_OBJECT
private:
    std::shared_ptr<const Dataset> m_data = test::customersFixture();

private slots:
    void haystack()
    {
        // Id, name, segment, region, owner, folded, one per line.
        QCOMPARE(CustomerFilter::haystack(m_data->customers[0]),
                 QStringLiteral("c-10\nmuller gmbh\nenterprise\nnorth\nanna berg"));
        QCOMPARE(CustomerFilter::haystack(m_data->customers[4]),
                 QStringLiteral("c-1\nmuller & sons\nconsumer\n\nbob stone"));
        const SearchTexts all = SearchTexts::of(*m_data);
        QCOMPARE(std::size_t(all.size()), m_data->customers.size());
        for (int c = 0; c < all.size(); ++c)
            QCOMPARE(all.at(c).toString(), CustomerFilter::haystack(m_data->customers[std::size_t(c)]));
        QCOMPARE(SearchTexts::of(Dataset()).size(), 0);
    }

    void search_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<int>>("customers");
        QTest::newRow("nothing typed") << QString() << QList<int>{0, 1, 2, 3, 4, 5, 6};
        QTest::newRow("only spaces") << QStringLiteral("   ") << QList<int>{0, 1, 2, 3, 4, 5, 6};
        QTest::newRow("without the umlaut") << QStringLiteral("muller") << QList<int>{0, 4};
        QTest::newRow("capitals and umlaut") << QStringLiteral("MÜLLER") << QList<int>{0, 4};
        QTest::newRow("accents") << QStringLiteral("societe") << QList<int>{1};
        QTest::newRow("greek without tonos") << QStringLiteral("αθηνα") << QList<int>{2};
        QTest::newRow("greek capitals") << QStringLiteral("ΑΘΗΝΆ") << QList<int>{2};
        QTest::newRow("japanese") << QStringLiteral("東京") << QList<int>{3};
        QTest::newRow("owner") << QStringLiteral("anna") << QList<int>{0, 2, 5};
        QTest::newRow("owner and region") << QStringLiteral("anna north") << QList<int>{0, 2};
        QTest::newRow("words in any order") << QStringLiteral("north  ANNA ") << QList<int>{0, 2};
        QTest::newRow("segment and owner") << QStringLiteral("enterprise anna") << QList<int>{0};
        QTest::newRow("id part") << QStringLiteral("c-1") << QList<int>{0, 2, 4};
        QTest::newRow("id exact is a substring too") << QStringLiteral("c-100") << QList<int>{2};
        QTest::newRow("sharp s as ss") << QStringLiteral("strasse") << QList<int>{6};
        QTest::newRow("sharp s typed") << QStringLiteral("Straße") << QList<int>{6};
        QTest::newRow("segment") << QStringLiteral("smb") << QList<int>{2, 3, 6};
        QTest::newRow("no match") << QStringLiteral("zzz") << QList<int>{};
        // A word never spans two fields: "gmbh enterprise" is two lines of the haystack.
        QTest::newRow("across fields") << QStringLiteral("gmbhenterprise") << QList<int>{};
    }
    void search()
    {
        QFETCH(QString, query);
        QFETCH(QList<int>, customers);
        CustomerFilter filter;
        filter.setQuery(query);
        QCOMPARE(filter.query(), query);
        QCOMPARE(accepted(filter, SearchTexts::of(*m_data)), customers);
        QCOMPARE(filter.isFiltered(), !query.trimmed().isEmpty());
    }

    void restriction()
    {
        const SearchTexts haystacks = SearchTexts::of(*m_data);
        CustomerFilter filter;
        QVERIFY(!filter.isRestricted());
        QCOMPARE(filter.restrictedCount(7), 7);
        // Out-of-range indices and repeats are ignored.
        filter.restrictTo({5, 0, 2, 0, 99, -1}, 7);
        QVERIFY(filter.isRestricted());
        QVERIFY(filter.isFiltered());
        QCOMPARE(filter.restrictedCount(7), 3);
        QCOMPARE(accepted(filter, haystacks), (QList<int>{0, 2, 5}));
        // With a search: both must hold.
        filter.setQuery(QStringLiteral("north"));
        QCOMPARE(accepted(filter, haystacks), (QList<int>{0, 2}));
        filter.setQuery(QString());
        // An empty restriction lists nobody.
        filter.restrictTo({}, 7);
        QCOMPARE(accepted(filter, haystacks), QList<int>{});
        QCOMPARE(filter.restrictedCount(7), 0);
        filter.clearRestriction();
        QVERIFY(!filter.isFiltered());
        QCOMPARE(accepted(filter, haystacks).size(), 7);
    }

    void narrows_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("now");
        QTest::addColumn<bool>("narrows");
        QTest::newRow("a letter more") << QStringLiteral("schm") << QStringLiteral("schmidt") << true;
        QTest::newRow("a word more") << QStringLiteral("north") << QStringLiteral("north anna") << true;
        QTest::newRow("from nothing") << QString() << QStringLiteral("a") << true;
        QTest::newRow("the same, in capitals") << QStringLiteral("anna") << QStringLiteral("ANNA") << true;
        QTest::newRow("within a longer word") << QStringLiteral("nn") << QStringLiteral("anna") << true;
        QTest::newRow("a letter less") << QStringLiteral("schmidt") << QStringLiteral("schmid") << false;
        QTest::newRow("another word") << QStringLiteral("anna") << QStringLiteral("bob") << false;
        QTest::newRow("back to nothing") << QStringLiteral("a") << QString() << false;
    }
    void narrows()
    {
        QFETCH(QString, before);
        QFETCH(QString, now);
        QFETCH(bool, narrows);
        CustomerFilter previous;
        previous.setQuery(before);
        CustomerFilter next = previous;
        next.setQuery(now);
        QCOMPARE(next.narrows(previous), narrows);
        // Another restriction: never a narrowing of the list before.
        next.restrictTo({0}, 7);
        QVERIFY(!next.narrows(previous));
    }

    void hostileText()
    {
        // A 1 MiB name with control characters: searched in its first 512 characters.
        CustomerRecord c;
        c.customerId = QStringLiteral("X1");
        c.name =
            QStringLiteral("Evil\u001b[2J") + QString(1 << 20, QLatin1Char('a')) + QStringLiteral("needle");
        const QString h = CustomerFilter::haystack(c);
        QVERIFY(h.size() < 1000);
        CustomerFilter filter;
        filter.setQuery(QStringLiteral("evil\u001b[2j"));
        QVERIFY(filter.accepts(0, h));
        filter.setQuery(QStringLiteral("needle"));
        QVERIFY(!filter.accepts(0, h));
    }
};

QTEST_GUILESS_MAIN(TestCustomerFilter)
#include "tst_customerfilter.moc"
