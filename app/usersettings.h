#pragma once

#include <QString>
#include <QStringList>

// What each person chooses for themselves, kept in QSettings (never in the company's
// database, which the whole team shares): the name written on saved criteria versions
// and actions, and the language of the window. docs/settings.md.
namespace acc::user {

// The name the user chose, else the login name (USER, LOGNAME), else "unknown".
QString authorName();
void setAuthorName(const QString &name);

// The language chosen ("de", "en"), or empty for the system's.
QString language();
void setLanguage(const QString &code);
// The languages the application is translated into, as codes ("en" first).
QStringList languages();

} // namespace acc::user
