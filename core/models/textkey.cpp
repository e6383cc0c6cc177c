#include "textkey.h"

#include <array>
#include <mutex>

namespace acc::textkey {

namespace {

// What fold() makes of one code unit below U+2000 (Latin, Greek, Cyrillic, Hebrew,
// Arabic, ..., Latin Extended Additional, Greek Extended): worked out once per process
// from Qt's own decomposition and case folding, so the per-character work is a look-up.
constexpr char16_t kTableEnd = 0x2000;

struct Folded
{
    std::array<char16_t, 3> units{};
    quint8 count = 0;
};

bool isMark(QChar c)
{
    const QChar::Category category = c.category();
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
           category == QChar::Mark_Enclosing;
}

QString withoutMarks(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!isMark(c))
            out.append(c);
    }
    return out;
}

// Worked out per block of 128 code units on the first use of one of its characters
// (decomposing a character through QString costs microseconds; a company's names use a
// few blocks), once even when several threads fold at the same time.
constexpr char16_t kBlock = 128;

struct Table
{
    std::array<Folded, kTableEnd> folded;
    std::array<std::once_flag, kTableEnd / kBlock> ready;
};

void fillBlock(std::array<Folded, kTableEnd> &folded, char16_t first)
{
    for (char16_t u = first; u < first + kBlock; ++u) {
        Folded &f = folded[u];
        if (u < 0x80) {
            f.units[0] = u >= 'A' && u <= 'Z' ? char16_t(u + ('a' - 'A')) : u;
            f.count = 1;
            continue;
        }
        // Decompose, drop the marks, fold the case. Qt folds one character to one, so
        // the sharp s, whose full folding is "ss", is written out here.
        const QString base = withoutMarks(QString(QChar(u)).normalized(QString::NormalizationForm_D));
        const QString out =
            u == 0x00DF || u == 0x1E9E ? QStringLiteral("ss") : withoutMarks(base.toCaseFolded());
        f.count = quint8(std::min<qsizetype>(out.size(), 3));
        for (int i = 0; i < f.count; ++i)
            f.units[std::size_t(i)] = out.at(i).unicode();
    }
}

const Folded &foldedChar(char16_t u)
{
    static Table table;
    const std::size_t block = u / kBlock;
    std::call_once(table.ready[block], [block] { fillBlock(table.folded, char16_t(block * kBlock)); });
    return table.folded[u];
}

// The first maxChars code units of text, never half a surrogate pair.
QStringView head(QStringView text, int maxChars)
{
    if (text.size() <= maxChars)
        return text;
    qsizetype n = std::max(0, maxChars);
    if (n > 0 && text.at(n - 1).isHighSurrogate())
        --n;
    return text.first(n);
}

void appendFolded(QString &out, QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80) {
        out.append(QChar(u >= 'A' && u <= 'Z' ? char16_t(u + ('a' - 'A')) : u));
    } else if (u < kTableEnd) {
        const Folded &f = foldedChar(u);
        for (int i = 0; i < f.count; ++i)
            out.append(QChar(f.units[std::size_t(i)]));
    } else if (c.isSurrogate()) {
        out.append(c); // supplementary planes (emoji, rare CJK) as they are
    } else if (!isMark(c)) {
        out.append(c.toCaseFolded());
    }
}

} // namespace

QString fold(QStringView text, int maxChars)
{
    const QStringView in = head(text, maxChars);
    QString out;
    out.reserve(in.size());
    for (const QChar c : in)
        appendFolded(out, c);
    return out;
}

QString sortKey(QStringView text, int maxChars)
{
    // Folded as fold() does, in the same pass. Only ASCII digits fold to ASCII digits, so
    // the runs are found in the text itself.
    const QStringView in = head(text, maxChars);
    QString out;
    out.reserve(in.size() + 4);
    const qsizetype n = in.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = in.at(i);
        if (c < u'0' || c > u'9') {
            appendFolded(out, c);
            ++i;
            continue;
        }
        // A run of digits: '0', its length without leading zeros, then those digits. Two
        // runs at the same place compare by length first, so by value; a run sorts
        // before any letter, as a digit does.
        qsizetype end = i;
        while (end < n && in.at(end) >= u'0' && in.at(end) <= u'9')
            ++end;
        qsizetype first = i;
        while (first + 1 < end && in.at(first) == u'0')
            ++first;
        out.append(QChar(u'0'));
        out.append(QChar(char16_t(std::min<qsizetype>(end - first, 0xD7FF)))); // never a surrogate
        out.append(in.sliced(first, end - first));
        i = end;
    }
    return out;
}

} // namespace acc::textkey
