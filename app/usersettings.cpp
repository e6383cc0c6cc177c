#include "usersettings.h"

#include "storage/criteriastore.h"
#include "storage/database.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>
#include <QVariantMap>

namespace acc::user {

namespace {

const QString kAuthor = QStringLiteral("user/author");
const QString kLanguage = QStringLiteral("user/language");
const QString kContrast = QStringLiteral("user/contrast");
const QString kRecent = QStringLiteral("companies/recent");
const QString kLastView = QStringLiteral("window/view");
const QString kPeriods = QStringLiteral("companies/periods"); // a map: spec -> period

} // namespace

QString authorName()
{
    const QString chosen = QSettings().value(kAuthor).toString().trimmed();
    return chosen.isEmpty() ? CriteriaStore::defaultAuthor() : chosen;
}

void setAuthorName(const QString &name)
{
    QSettings settings;
    if (name.trimmed().isEmpty() || name.trimmed() == CriteriaStore::defaultAuthor())
        settings.remove(kAuthor);
    else
        settings.setValue(kAuthor, name.trimmed());
}

QString language()
{
    return QSettings().value(kLanguage).toString();
}

void setLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kLanguage);
    else
        settings.setValue(kLanguage, code);
}

QString contrast()
{
    const QString c = QSettings().value(kContrast).toString();
    return c == QLatin1String("high") || c == QLatin1String("standard") ? c : QString();
}

void setContrast(const QString &choice)
{
    QSettings settings;
    if (choice == QLatin1String("high") || choice == QLatin1String("standard"))
        settings.setValue(kContrast, choice);
    else
        settings.remove(kContrast);
}

bool wantsHighContrast()
{
    const QString c = contrast();
    if (!c.isEmpty())
        return c == QLatin1String("high");
    // GNOME's and GTK's high-contrast themes: HighContrast, HighContrastInverse.
    return qEnvironmentVariable("GTK_THEME").contains(QLatin1String("HighContrast"), Qt::CaseInsensitive);
}

QStringList languages()
{
    QStringList out{QStringLiteral("en")};
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("accountable_*.qm")});
    for (const QString &f : files)
        out << f.mid(12, f.size() - 12 - 3); // accountable_de.qm -> de
    return out;
}

QString recentForm(const QString &spec)
{
    if (Database::isPostgresSpec(spec)) {
        QUrl url(spec);
        url.setPassword(QString());
        return url.toString();
    }
    return QFileInfo(spec).absoluteFilePath();
}

QStringList recentCompanies()
{
    return QSettings().value(kRecent).toStringList();
}

void noteOpened(const QString &spec)
{
    const QString kept = recentForm(spec);
    QStringList list = recentCompanies();
    list.removeAll(kept);
    list.prepend(kept);
    while (list.size() > kRecentLimit)
        list.removeLast();
    QSettings().setValue(kRecent, list);
}

void forget(const QString &spec)
{
    QStringList list = recentCompanies();
    list.removeAll(recentForm(spec));
    QSettings settings;
    settings.setValue(kRecent, list);
    QVariantMap periods = settings.value(kPeriods).toMap();
    periods.remove(recentForm(spec));
    settings.setValue(kPeriods, periods);
}

void clearRecent()
{
    QSettings settings;
    settings.remove(kRecent);
}

bool stillThere(const QString &spec)
{
    return Database::isPostgresSpec(spec) || QFileInfo(spec).isFile();
}

QString lastView()
{
    return QSettings().value(kLastView).toString();
}

void setLastView(const QString &name)
{
    QSettings().setValue(kLastView, name);
}

QString lastPeriod(const QString &spec)
{
    return QSettings().value(kPeriods).toMap().value(recentForm(spec)).toString();
}

void setLastPeriod(const QString &spec, const QString &period)
{
    QSettings settings;
    QVariantMap periods = settings.value(kPeriods).toMap();
    periods.insert(recentForm(spec), period);
    // As many as the recent list remembers, so the map does not grow for ever.
    const QStringList recent = recentCompanies();
    for (auto it = periods.begin(); it != periods.end();) {
        if (recent.contains(it.key()) || it.key() == recentForm(spec))
            ++it;
        else
            it = periods.erase(it);
    }
    settings.setValue(kPeriods, periods);
}

QString demoCompanyPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo.sqlite");
}

} // namespace acc::user
