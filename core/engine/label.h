#pragma once

#include <QByteArrayView>
#include <QHashFunctions>
#include <QString>

#include <functional>

namespace acc {

// A text that repeats from row to row (an order's category and channel, a contact's
// touchpoint, channel and team) held as a number: each distinct text is stored once for the whole process, so
// a row's field costs four bytes and no allocation, and two labels compare by their numbers. The empty text
// is number 0. Labels are never freed: they are the vocabulary of the companies opened, not their rows. Safe
// to create and read from any thread.
class Label
{
public:
    Label() = default;
    Label(const QString &text); // NOLINT(google-explicit-constructor): a label stands for its text
    static Label fromUtf8(QByteArrayView utf8);

    const QString &toString() const;
    operator const QString &() const { return toString(); } // NOLINT(google-explicit-constructor)
    bool isEmpty() const { return m_code == 0; }
    quint32 code() const { return m_code; }
    // How many distinct texts have been given numbers (the empty text included).
    static quint32 count();

    friend bool operator==(Label a, Label b) { return a.m_code == b.m_code; }
    friend bool operator==(Label a, const QString &b) { return a.toString() == b; }

private:
    explicit Label(quint32 code)
        : m_code(code)
    {}
    quint32 m_code = 0;
};

inline std::size_t qHash(Label l, std::size_t seed = 0) noexcept
{
    return ::qHash(l.code(), seed);
}

} // namespace acc

template <> struct std::hash<acc::Label>
{
    std::size_t operator()(acc::Label l) const noexcept { return l.code(); }
};
