#pragma once

#include <QStringList>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <initializer_list>
#include <optional>

namespace acc::test {

// Compares a computed rate or amount with a hand-worked value.
inline bool near(double actual, double expected, double tolerance = 1e-9)
{
    return std::fabs(actual - expected) <= tolerance * std::max(1.0, std::fabs(expected));
}

// Texts written as C strings (UTF-8), as a list: strings({"Name", "Value"}).
inline QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *t : texts)
        out << QString::fromUtf8(t);
    return out;
}

} // namespace acc::test

#define ACC_COMPARE_NEAR(actual, expected)                                                                   \
    do {                                                                                                     \
        const double a_ = (actual);                                                                          \
        const double e_ = (expected);                                                                        \
        if (!acc::test::near(a_, e_))                                                                        \
            QFAIL(qPrintable(QStringLiteral("%1 = %2, expected %3")                                          \
                                 .arg(QLatin1String(#actual))                                                \
                                 .arg(a_, 0, 'g', 12)                                                        \
                                 .arg(e_, 0, 'g', 12)));                                                     \
    } while (false)
