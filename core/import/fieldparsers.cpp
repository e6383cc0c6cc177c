#include "fieldparsers.h"

#include <QCoreApplication>
#include <QDate>

namespace acc::import {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads exactly n digits at text[i..]; -1 when they are not all digits.
int digits(QByteArrayView text, qsizetype i, int n)
{
    if (i + n > text.size())
        return -1;
    int v = 0;
    for (int k = 0; k < n; ++k) {
        const char c = text[i + k];
        if (!isDigit(c))
            return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

std::optional<Day> makeDay(int y, int m, int d)
{
    if (!QDate::isValid(y, m, d))
        return std::nullopt;
    return static_cast<Day>(QDate(y, m, d).toJulianDay());
}

// hh:mm[:ss[.f+]][zone] from text[i..] to the end.
bool isTimeOfDay(QByteArrayView text, qsizetype i)
{
    const int h = digits(text, i, 2);
    if (h < 0 || h > 23 || i + 2 >= text.size() || text[i + 2] != ':')
        return false;
    const int m = digits(text, i + 3, 2);
    if (m < 0 || m > 59)
        return false;
    i += 5;
    if (i < text.size() && text[i] == ':') {
        const int s = digits(text, i + 1, 2);
        if (s < 0 || s > 60)
            return false;
        i += 3;
        if (i < text.size() && (text[i] == '.' || text[i] == ',')) {
            const qsizetype start = ++i;
            while (i < text.size() && isDigit(text[i]))
                ++i;
            if (i == start)
                return false;
        }
    }
    if (i == text.size())
        return true;
    if (text[i] == 'Z' || text[i] == 'z')
        return i + 1 == text.size();
    if (text[i] != '+' && text[i] != '-')
        return false;
    ++i;
    const int zh = digits(text, i, 2);
    if (zh < 0 || zh > 23)
        return false;
    i += 2;
    if (i == text.size())
        return true;
    if (text[i] == ':')
        ++i;
    const int zm = digits(text, i, 2);
    return zm >= 0 && zm <= 59 && i + 2 == text.size();
}

} // namespace

std::optional<Day> parseIsoDate(QByteArrayView text)
{
    if (text.size() < 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    const int y = digits(text, 0, 4);
    const int m = digits(text, 5, 2);
    const int d = digits(text, 8, 2);
    if (y < 0 || m < 0 || d < 0)
        return std::nullopt;
    if (text.size() > 10) {
        if ((text[10] != 'T' && text[10] != 't') || !isTimeOfDay(text, 11))
            return std::nullopt;
    }
    return makeDay(y, m, d);
}

std::optional<int> parseMonth(QByteArrayView text)
{
    if (text.size() != 7 || text[4] != '-')
        return std::nullopt;
    const int y = digits(text, 0, 4);
    const int m = digits(text, 5, 2);
    if (y < 1 || m < 1 || m > 12)
        return std::nullopt;
    return y * 12 + m - 1;
}

std::optional<bool> parseBool(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    if (text.size() > 5)
        return std::nullopt;
    char lower[5];
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        lower[i] = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    }
    const QByteArrayView v(lower, text.size());
    if (v == "true" || v == "yes" || v == "1" || v == "y")
        return true;
    if (v == "false" || v == "no" || v == "0" || v == "n")
        return false;
    return std::nullopt;
}

std::optional<int> parseWholeNumber(QByteArrayView text)
{
    qsizetype i = 0;
    bool negative = false;
    if (i < text.size() && text[i] == '-') {
        negative = true;
        ++i;
    }
    const qsizetype start = i;
    int v = 0;
    for (; i < text.size(); ++i) {
        if (!isDigit(text[i]) || i - start >= 9)
            return std::nullopt;
        v = v * 10 + (text[i] - '0');
    }
    if (i == start)
        return std::nullopt;
    return negative ? -v : v;
}

std::optional<Cents> parseMoney(QByteArrayView text)
{
    constexpr qsizetype kMax = 40;
    if (text.size() > kMax)
        return std::nullopt;
    char16_t buffer[kMax];
    qsizetype point = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x80)
            return std::nullopt; // never a digit, sign or point
        if (c == '.' && point < 0)
            point = i;
        buffer[i] = c;
    }
    // More than two decimals is never money; refusing it here also keeps money::parse
    // from accumulating a long fraction in an int (found by the fuzzer: "1.1111111111").
    if (point >= 0 && text.size() - point - 1 > 2)
        return std::nullopt;
    return money::parse(QStringView(buffer, text.size()));
}

bool isMoneySyntax(QByteArrayView text)
{
    qsizetype i = text.startsWith('-') ? 1 : 0;
    const qsizetype start = i;
    while (i < text.size() && isDigit(text[i]))
        ++i;
    if (i == start)
        return false;
    if (i == text.size())
        return true;
    if (text[i] != '.')
        return false;
    const qsizetype decimals = text.size() - i - 1;
    if (decimals < 1 || decimals > 2)
        return false;
    for (++i; i < text.size(); ++i) {
        if (!isDigit(text[i]))
            return false;
    }
    return true;
}

int parseEnum(QByteArrayView text, const std::vector<QByteArrayView> &words)
{
    for (std::size_t w = 0; w < words.size(); ++w) {
        if (words[w].compare(text, Qt::CaseInsensitive) == 0)
            return static_cast<int>(w);
    }
    return -1;
}

QByteArrayView trimmed(QByteArrayView text)
{
    qsizetype b = 0;
    qsizetype e = text.size();
    while (b < e && (text[b] == ' ' || text[b] == '\t'))
        ++b;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t'))
        --e;
    return text.sliced(b, e - b);
}

void formatDay(Day day, char *out)
{
    int y;
    int m;
    int d;
    QDate::fromJulianDay(day).getDate(&y, &m, &d);
    out[0] = char('0' + (y / 1000) % 10);
    out[1] = char('0' + (y / 100) % 10);
    out[2] = char('0' + (y / 10) % 10);
    out[3] = char('0' + y % 10);
    out[4] = '-';
    out[5] = char('0' + m / 10);
    out[6] = char('0' + m % 10);
    out[7] = '-';
    out[8] = char('0' + d / 10);
    out[9] = char('0' + d % 10);
}

std::optional<DateFormat> DateFormat::compile(const QString &pattern, QString *error)
{
    DateFormat f;
    f.m_pattern = pattern;
    bool year = false;
    bool month = false;
    bool day = false;
    for (qsizetype i = 0; i < pattern.size();) {
        const QChar c = pattern[i];
        qsizetype run = 1;
        while (i + run < pattern.size() && pattern[i + run] == c)
            ++run;
        if (c == u'y' && run == 4 && !year) {
            f.m_tokens.push_back({Token::Year4, 0});
            year = true;
        } else if (c == u'M' && run <= 2 && !month) {
            f.m_tokens.push_back({run == 2 ? Token::Month2 : Token::Month12, 0});
            month = true;
        } else if (c == u'd' && run <= 2 && !day) {
            f.m_tokens.push_back({run == 2 ? Token::Day2 : Token::Day12, 0});
            day = true;
        } else if (c.isLetterOrNumber() || c.unicode() >= 0x80) {
            *error = QCoreApplication::translate(
                         "Import", "the date format \"%1\" is not supported: use yyyy, MM or M, "
                                   "dd or d and separators, e.g. dd.MM.yyyy")
                         .arg(pattern);
            return std::nullopt;
        } else {
            for (qsizetype k = 0; k < run; ++k)
                f.m_tokens.push_back({Token::Literal, static_cast<char>(c.unicode())});
        }
        i += run;
    }
    if (!year || !month || !day) {
        *error = QCoreApplication::translate("Import",
                                             "the date format \"%1\" needs a year (yyyy), a month (MM or M) "
                                             "and a day (dd or d)")
                     .arg(pattern);
        return std::nullopt;
    }
    return f;
}

QString DateFormat::display() const
{
    return isIso() ? QStringLiteral("YYYY-MM-DD") : m_pattern;
}

std::optional<Day> DateFormat::parse(QByteArrayView text) const
{
    if (isIso())
        return parseIsoDate(text);
    int y = 0;
    int m = 0;
    int d = 0;
    qsizetype i = 0;
    auto oneOrTwo = [&](int *out) {
        if (i >= text.size() || !isDigit(text[i]))
            return false;
        *out = text[i++] - '0';
        if (i < text.size() && isDigit(text[i]))
            *out = *out * 10 + (text[i++] - '0');
        return true;
    };
    auto exactly = [&](int n, int *out) {
        *out = digits(text, i, n);
        i += n;
        return *out >= 0;
    };
    for (const Part &p : m_tokens) {
        bool ok = false;
        switch (p.token) {
        case Token::Year4:
            ok = exactly(4, &y);
            break;
        case Token::Month2:
            ok = exactly(2, &m);
            break;
        case Token::Month12:
            ok = oneOrTwo(&m);
            break;
        case Token::Day2:
            ok = exactly(2, &d);
            break;
        case Token::Day12:
            ok = oneOrTwo(&d);
            break;
        case Token::Literal:
            ok = i < text.size() && text[i] == p.literal;
            ++i;
            break;
        }
        if (!ok)
            return std::nullopt;
    }
    // A timestamp after the date keeps the date.
    if (i < text.size()) {
        if ((text[i] != ' ' && text[i] != 'T') || !isTimeOfDay(text, i + 1))
            return std::nullopt;
    }
    return makeDay(y, m, d);
}

} // namespace acc::import
