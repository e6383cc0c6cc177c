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
// Contrast: "high", "standard", or empty to follow the desktop (high when GTK_THEME names
// a high-contrast theme). wantsHighContrast() is the answer at start.
QString contrast();
void setContrast(const QString &choice);
bool wantsHighContrast();
// The languages the application is translated into, as codes ("en" first).
QStringList languages();

// Companies opened, most recent first, at most kRecentLimit: SQLite paths (absolute) and
// PostgreSQL addresses (never with a password).
constexpr int kRecentLimit = 8;
QStringList recentCompanies();
void noteOpened(const QString &spec);
void forget(const QString &spec);
void clearRecent();
// A company's spec as the recent list keeps it: an absolute path, or the address with its
// password removed.
QString recentForm(const QString &spec);
// True when a recent SQLite company's file is still where it was (a PostgreSQL address
// always counts as there: the server answers when it is opened).
bool stillThere(const QString &spec);

// The view shown when the window last closed, and each company's last period ("2026-Q3").
QString lastView();
void setLastView(const QString &name);
QString lastPeriod(const QString &spec);
void setLastPeriod(const QString &spec, const QString &period);

// The demo company's file in the user's data folder (~/.local/share/Accountable/...),
// where the window opens it when no company was ever opened.
QString demoCompanyPath();

} // namespace acc::user
