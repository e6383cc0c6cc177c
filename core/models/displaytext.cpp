#include "displaytext.h"

#include <QSet>
#include <QTextBoundaryFinder>

namespace acc::display {

namespace {

constexpr char16_t kReplacement = 0xFFFD;
constexpr char16_t kEllipsis = 0x2026;

// The character shown for c, or c itself.
char16_t shownChar(char16_t c)
{
    if (c < 0x20)
        return char16_t(0x2400 + c); // ␀ .. ␟
    if (c == 0x7F)
        return 0x2421; // ␡
    if (c >= 0x80 && c <= 0x9F)
        return kReplacement;
    if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029)
        return kReplacement;
    return c;
}

} // namespace

QString safe(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    QChar *o = out.data();
    for (const QChar c : text)
        *o++ = QChar(shownChar(c.unicode()));
    return out;
}

QString shorten(QStringView text, int maxChars)
{
    maxChars = std::max(1, maxChars);
    if (text.size() <= maxChars)
        return safe(text);
    // Only a window around the cut is looked at: the cut itself, moved back to the start
    // of the character (grapheme) it falls in.
    const qsizetype window = std::min<qsizetype>(text.size(), qsizetype(maxChars) + 8);
    const QString head = text.first(window).toString();
    qsizetype cut = maxChars - 1; // room for the ellipsis
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, head);
    graphemes.setPosition(cut);
    if (!graphemes.isAtBoundary()) {
        const qsizetype previous = graphemes.toPreviousBoundary();
        cut = previous >= 0 ? previous : 0;
    }
    if (cut > 0 && head.at(cut - 1).isHighSurrogate()) // a boundary finder's last resort
        --cut;
    while (cut > 0 && head.at(cut - 1).isSpace())
        --cut;
    QString out = safe(QStringView(head).first(cut));
    out.append(QChar(kEllipsis));
    return out;
}

QString initials(QStringView name)
{
    QStringList letters;
    bool inWord = false;
    for (qsizetype i = 0; i < name.size() && letters.size() < 3; ++i) {
        const QChar ch = name.at(i);
        const bool letter = ch.isLetterOrNumber() || ch.isHighSurrogate();
        if (letter && !inWord) {
            // A letter outside the Basic Multilingual Plane is its surrogate pair.
            if (ch.isHighSurrogate() && i + 1 < name.size())
                letters.append(name.sliced(i, 2).toString() + QLatin1Char('.'));
            else
                letters.append(QString(ch.toUpper()) + QLatin1Char('.'));
        }
        inWord = letter || ch.isMark() || ch.isLowSurrogate() || ch == QLatin1Char('-');
    }
    return letters.isEmpty() ? QStringLiteral("?") : letters.join(QLatin1Char(' '));
}

QStringList makeUnique(const QStringList &labels)
{
    QSet<QString> taken(labels.cbegin(), labels.cend());
    QSet<QString> used;
    QStringList out;
    out.reserve(labels.size());
    for (const QString &label : labels) {
        if (!used.contains(label)) {
            used.insert(label);
            out.append(label);
            continue;
        }
        // A later duplicate: the first free number, skipping labels already given.
        for (int n = 2;; ++n) {
            const QString candidate = label + QStringLiteral(" (%1)").arg(n);
            if (!used.contains(candidate) && !taken.contains(candidate)) {
                used.insert(candidate);
                out.append(candidate);
                break;
            }
        }
    }
    return out;
}

QStringList uniqueLabels(const QStringList &keys, int maxChars)
{
    QStringList labels;
    labels.reserve(keys.size());
    for (const QString &key : keys)
        labels.append(shorten(key, maxChars).simplified());
    return makeUnique(labels);
}

} // namespace acc::display
