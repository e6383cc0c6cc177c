#include "import/csvreader.h"

#include <QBuffer>
#include <QtTest>

using namespace acc::import;

namespace {

struct Read
{
    qint64 line;
    QList<QByteArray> fields;
    std::vector<CsvIssue> issues;
};

QList<Read> readAll(const QByteArray &bytes, char *delimiter = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    CsvRecord rec;
    QList<Read> out;
    while (reader.readRecord(rec)) {
        Read r{rec.line(), {}, rec.issues()};
        for (int i = 0; i < rec.size(); ++i)
            r.fields.append(rec.field(i).toByteArray());
        out.append(r);
    }
    if (delimiter)
        *delimiter = reader.delimiter();
    return out;
}

QList<QByteArray> fields(std::initializer_list<const char *> list)
{
    QList<QByteArray> out;
    for (const char *s : list)
        out.append(QByteArray(s));
    return out;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT
private slots:
    void plainRecordsWithLineNumbers()
    {
        const auto rows = readAll("a,b\n1,2\n3,4\n");
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].fields, fields({"a", "b"}));
        QCOMPARE(rows[2].fields, fields({"3", "4"}));
        QCOMPARE(rows[0].line, 1);
        QCOMPARE(rows[1].line, 2);
        QCOMPARE(rows[2].line, 3);
    }

    void bomAndCrlfAndNoFinalNewline()
    {
        const auto rows = readAll("\xEF\xBB\xBF"
                                  "id,name\r\n1,x\r\n2,y");
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].fields, fields({"id", "name"}));
        QCOMPARE(rows[2].fields, fields({"2", "y"}));
        QCOMPARE(rows[2].line, 3);
    }

    void quotedFieldsWithDelimitersQuotesAndLineBreaks()
    {
        const auto rows =
            readAll("id,text\n1,\"a, b\"\n2,\"say \"\"hi\"\"\"\n3,\"two\nlines\r\nthree\"\n4,end\n");
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows[1].fields, fields({"1", "a, b"}));
        QCOMPARE(rows[2].fields, fields({"2", "say \"hi\""}));
        QCOMPARE(rows[3].fields, fields({"3", "two\nlines\r\nthree"}));
        QCOMPARE(rows[3].line, 4);
        // the record on line 4 spans lines 4, 5 and 6: the next starts on 7
        QCOMPARE(rows[4].line, 7);
        for (const Read &r : rows)
            QVERIFY(r.issues.empty());
    }

    void emptyFieldsAndTrailingDelimiter()
    {
        const auto rows = readAll("a,b,c\n,,\n\"\",x,\n");
        QCOMPARE(rows[1].fields, fields({"", "", ""}));
        QCOMPARE(rows[2].fields, fields({"", "x", ""}));
    }

    void detectsSemicolonAndTab()
    {
        char d = 0;
        auto rows = readAll("a;b;c\n1;2,5;3\n", &d);
        QCOMPARE(d, ';');
        QCOMPARE(rows[1].fields, fields({"1", "2,5", "3"}));
        rows = readAll("a\tb\n1\t2\n", &d);
        QCOMPARE(d, '\t');
        QCOMPARE(rows[1].fields, fields({"1", "2"}));
        // a comma inside a quoted header cell does not count
        rows = readAll("\"x,y\";b\n1;2\n", &d);
        QCOMPARE(d, ';');
        rows = readAll("only\n1\n", &d);
        QCOMPARE(d, ',');
    }

    void blankLinesAreSkippedButCounted()
    {
        const auto rows = readAll("a,b\n\n1,2\r\n\r\n3,4\n\n");
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[1].line, 3);
        QCOMPARE(rows[2].line, 5);
    }

    void emptyInputHasNoRecords()
    {
        QCOMPARE(readAll("").size(), 0);
        QCOMPARE(readAll("\xEF\xBB\xBF").size(), 0);
    }

    void invalidUtf8IsFlaggedPerField()
    {
        // "Café" in Windows-1252: 0xE9 alone is not UTF-8
        const auto rows = readAll("a,b\n1,Caf\xE9\n2,Caf\xC3\xA9\n");
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[1].issues.size(), std::size_t(1));
        QCOMPARE(rows[1].issues[0].kind, CsvIssue::Kind::InvalidUtf8);
        QCOMPARE(rows[1].issues[0].field, 1);
        QCOMPARE(int(rows[1].issues[0].byte), 0xE9);
        QVERIFY(rows[2].issues.empty());
        QCOMPARE(rows[2].fields[1], QByteArray("Caf\xC3\xA9"));
    }

    void utf8CheckRejectsOverlongsAndSurrogates()
    {
        QVERIFY(checkUtf8("plain ascii text, long enough for the fast path").ok);
        QVERIFY(checkUtf8("\xE2\x82\xAC \xF0\x9F\x98\x80 \xE6\x9D\xB1").ok); // € 😀 東
        QVERIFY(!checkUtf8("\xC0\xAF").ok);                                  // overlong '/'
        QVERIFY(!checkUtf8("\xED\xA0\x80").ok);                              // UTF-16 surrogate
        QVERIFY(!checkUtf8("\xF4\x90\x80\x80").ok);                          // above U+10FFFF
        QVERIFY(!checkUtf8("\xE2\x82").ok);                                  // truncated
        QVERIFY(!checkUtf8("\x80").ok);                                      // lone continuation
        const Utf8Check nul = checkUtf8(QByteArrayView("abcdefghij\0k", 12));
        QVERIFY(!nul.ok);
        QVERIFY(nul.nul);
    }

    void nulByteIsFlagged()
    {
        const auto rows = readAll(QByteArray("a,b\n1,x\0y\n", 10));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1].issues.size(), std::size_t(1));
        QCOMPARE(rows[1].issues[0].kind, CsvIssue::Kind::NulByte);
        QCOMPARE(rows[1].issues[0].field, 1);
    }

    void unclosedQuoteIsFatal()
    {
        const auto rows = readAll("a,b\n1,\"open\n2,3\n");
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1].line, 2);
        QCOMPARE(rows[1].issues.back().kind, CsvIssue::Kind::UnclosedQuote);
        QVERIFY(rows[1].issues.back().isFatal());
    }

    void textAfterClosingQuote()
    {
        const auto rows = readAll("a,b\n1,\"ab\"cd\n2,ok\n");
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[1].issues.size(), std::size_t(1));
        QCOMPARE(rows[1].issues[0].kind, CsvIssue::Kind::TextAfterQuote);
        QCOMPARE(rows[1].fields[1], QByteArray("abcd"));
        QVERIFY(rows[2].issues.empty());
    }

    void quoteInsideUnquotedFieldIsLiteral()
    {
        const auto rows = readAll("a,b\n1,5\" screen\n");
        QCOMPARE(rows[1].fields, fields({"1", "5\" screen"}));
        QVERIFY(rows[1].issues.empty());
    }

    void utf16IsRecognized()
    {
        const auto rows = readAll(QByteArray("\xFF\xFE"
                                             "a\0,\0b\0",
                                             8));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].issues[0].kind, CsvIssue::Kind::Utf16);
    }

    void recordsAcrossBufferBoundaries()
    {
        // Records straddle the 256 KB buffer at every offset around the boundary.
        QByteArray data("id,text\n");
        QList<QByteArray> expected;
        int i = 0;
        while (data.size() < 3 * CsvReader::kBufferBytes) {
            const QByteArray text =
                QByteArray("v") + QByteArray::number(i) + (i % 3 == 0 ? "\r\nx\"\"y" : ",z");
            expected.append(text.contains(',') || text.contains('\n') ? QByteArray(text).replace("\"\"", "\"")
                                                                      : text);
            data += QByteArray::number(i) + ",\"" + text + "\"\r\n";
            ++i;
        }
        const auto rows = readAll(data);
        QCOMPARE(rows.size(), expected.size() + 1);
        qint64 line = 2;
        for (int k = 0; k < expected.size(); ++k) {
            QCOMPARE(rows[k + 1].fields[0], QByteArray::number(k));
            QCOMPARE(rows[k + 1].fields[1], expected[k]);
            QCOMPARE(rows[k + 1].line, line);
            line += k % 3 == 0 ? 2 : 1;
        }
    }

    void largeField()
    {
        const QByteArray big(1 << 20, 'x');
        const auto rows = readAll("a,b\n1,\"" + big + "\"\n2,y\n");
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[1].fields[1].size(), 1 << 20);
        QCOMPARE(rows[2].line, 3);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
