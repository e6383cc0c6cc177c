#pragma once

#include "translation.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace acc::cli {

// A small, strict reader for "--name value", "--name=value" and "--flag" options plus
// positional arguments. Unknown options are errors, so a typo never goes unnoticed.
class Args final
{
public:
    // valueOptions take a value ("--db FILE"); flags take none ("--replace").
    Args(const QStringList &args, const QSet<QString> &valueOptions, const QSet<QString> &flags = {})
    {
        for (qsizetype i = 0; i < args.size(); ++i) {
            const QString &a = args[i];
            if (!a.startsWith(QLatin1String("--")) || a == QLatin1String("--")) {
                m_positional.append(a);
                continue;
            }
            QString name = a.mid(2);
            std::optional<QString> inlineValue;
            if (const auto eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
                inlineValue = name.mid(eq + 1);
                name = name.left(eq);
            }
            if (flags.contains(name) && !inlineValue) {
                m_flags.insert(name);
            } else if (valueOptions.contains(name)) {
                if (inlineValue) {
                    m_values.insert(name, *inlineValue);
                } else if (i + 1 < args.size()) {
                    m_values.insert(name, args[++i]);
                } else {
                    m_error = CliTr::tr("option --%1 needs a value").arg(name);
                    return;
                }
            } else {
                m_error = CliTr::tr("unknown option --%1").arg(name);
                return;
            }
        }
    }

    const QString &error() const { return m_error; }

    enum class Positional { Refused, Allowed };
    enum class Database { Required, Optional };
    // What is wrong with the command line as a whole, or an empty string: an unknown
    // option, a stray argument where none is taken, a missing --db.
    QString usageError(Positional positional, Database db) const
    {
        if (!m_error.isEmpty())
            return m_error;
        if (positional == Positional::Refused && !m_positional.isEmpty())
            return CliTr::tr("unexpected argument \"%1\"").arg(m_positional.first());
        if (db == Database::Required && m_values.value(QStringLiteral("db")).isEmpty())
            return CliTr::tr("--db FILE is required");
        return {};
    }
    bool ok() const { return m_error.isEmpty(); }
    bool has(const QString &name) const { return m_values.contains(name) || m_flags.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const
    {
        return m_values.value(name, fallback);
    }
    const QStringList &positional() const { return m_positional; }

private:
    QHash<QString, QString> m_values;
    QSet<QString> m_flags;
    QStringList m_positional;
    QString m_error;
};

} // namespace acc::cli
