#pragma once

#include <QString>
#include <QStringView>

// Keys for searching and sorting text from the user's files (names, ids, segments),
// computed once per text, so that a search or a sort over 100,000 customers compares plain
// strings and never collates per comparison. Locale-independent on purpose: the same
// company sorts and searches the same on every desk.
namespace acc::textkey {

// Texts are folded up to this many UTF-16 code units: a 1 MiB name costs no more than a
// long one, and a search matches within its first kMaxChars characters.
constexpr int kMaxChars = 512;

// The text as search compares it: case folded (full folding: "Straße" is "strasse"),
// accents and other combining marks dropped ("Société" is "societe", "Αθηνά" is "αθηνα"),
// everything else kept as it is (CJK, Hangul, emoji), at most maxChars code units of the
// text read. A query is folded the same way, so "muller", "MÜLLER" and "Müller" all find
// "Müller GmbH".
QString fold(QStringView text, int maxChars = kMaxChars);

// The key a text sorts by: fold(), with every run of ASCII digits compared by its value
// ("C-9" before "C-10", "C007" with "C7"). Keys compare as plain strings (UTF-16 code
// units), so texts sort by their letters whatever the case and accents, digits before
// letters, and scripts in Unicode's order: Latin, Greek, Cyrillic, ..., CJK. Texts with
// equal keys are told apart by the caller (by the exact text, then the customer id).
QString sortKey(QStringView text, int maxChars = kMaxChars);

} // namespace acc::textkey
