#include "usersettings.h"

#include "storage/criteriastore.h"

#include <QDir>
#include <QSettings>

namespace acc::user {

namespace {

const QString kAuthor = QStringLiteral("user/author");
const QString kLanguage = QStringLiteral("user/language");

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

QStringList languages()
{
    QStringList out{QStringLiteral("en")};
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("accountable_*.qm")});
    for (const QString &f : files)
        out << f.mid(12, f.size() - 12 - 3); // accountable_de.qm -> de
    return out;
}

} // namespace acc::user
