#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

// Text from the user's files as a person sees it: in the window, the charts, the slides,
// the PDF, the terminal and the import messages. The stored text is never changed; only
// what is shown is made safe (no control or bidi-override characters) and short.
namespace acc::display {

// Bounds, in UTF-16 code units including the ellipsis.
constexpr int kCellChars = 120;     // a table cell, a combo box item
constexpr int kChartChars = 48;     // a chart's category label
constexpr int kToolTipChars = 2000; // a tooltip: the text as given, up to a bound
constexpr int kMessageChars = 80;   // a value echoed in an import message

// The text with every C0 control (U+0000 to U+001F) shown as its Unicode "control
// picture" (U+2400 + code: TAB ␉, LF ␊, ESC ␛), DEL as ␡, and the C1 controls
// (U+0080 to U+009F), the bidi embeddings, overrides and isolates (U+202A to U+202E,
// U+2066 to U+2069) and the line and paragraph separators (U+2028, U+2029) as U+FFFD.
// Every other character is kept.
QString safe(QStringView text);

// safe() of at most maxChars code units: a longer text is cut at a character boundary
// (never inside a surrogate pair or before a combining mark), trailing spaces dropped,
// and ends with "…". Reads no more than maxChars + a few characters of the text, so a
// 1 MiB text costs as little as a short one.
QString shorten(QStringView text, int maxChars);

// Labels for a list of keys (an engine's categories, in order) that a person can tell
// apart: each key shortened to maxChars with its runs of spaces made one; when two keys
// give the same label, the second gets " (2)", the third " (3)", and so on (a suffix
// that is itself taken moves on to the next number). Same length and order as keys.
QStringList uniqueLabels(const QStringList &keys, int maxChars);

// A customer's name under meeting mode's privacy mask: the first letter of each of its
// first three words with a full stop ("Anna-Lena Müller GmbH" -> "A. M. G."), "?" for a
// name without a letter. At most three initials, never the name itself.
QString initials(QStringView name);

// The labels as given, the repeated ones suffixed as uniqueLabels() does.
QStringList makeUnique(const QStringList &labels);

} // namespace acc::display
