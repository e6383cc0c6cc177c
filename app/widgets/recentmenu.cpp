#include "recentmenu.h"

#include "storage/database.h"
#include "usersettings.h"

#include <QDir>
#include <QMessageBox>

namespace acc {

RecentMenu::RecentMenu(QWidget *parent)
    : QMenu(parent)
{
    setTitle(tr("Open &Recent"));
    connect(this, &QMenu::aboutToShow, this, &RecentMenu::refresh);
    refresh();
}

void RecentMenu::refresh()
{
    clear();
    const QStringList recent = user::recentCompanies();
    for (int i = 0; i < recent.size(); ++i) {
        const QString &spec = recent.at(i);
        // "&1 northwind.sqlite": the number is the accelerator (the first nine).
        const QString name = Database::displayName(spec);
        QString label = i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(
                                    QString(name).replace(QLatin1Char('&'), QStringLiteral("&&")))
                              : QString(name).replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction *action = addAction(label);
        const QString where = Database::isPostgresSpec(spec) ? spec : QDir::toNativeSeparators(spec);
        action->setStatusTip(where);
        action->setToolTip(where);
        connect(action, &QAction::triggered, this, [this, spec] { choose(spec); });
    }
    if (recent.isEmpty()) {
        QAction *none = addAction(tr("No companies opened yet"));
        none->setEnabled(false);
        return;
    }
    addSeparator();
    QAction *clearAction = addAction(tr("&Clear list"));
    connect(clearAction, &QAction::triggered, this, [this] {
        user::clearRecent();
        refresh();
    });
}

void RecentMenu::choose(const QString &spec)
{
    if (!user::stillThere(spec)) {
        user::forget(spec);
        refresh();
        QMessageBox::warning(parentWidget(), tr("Company not found"),
                             tr("%1 is no longer there: it was moved, renamed or deleted.\n\n"
                                "It has been removed from File > Open Recent. Open it where it is now "
                                "with File > Open database.")
                                 .arg(QDir::toNativeSeparators(spec)));
        return;
    }
    emit companyChosen(spec);
}

} // namespace acc
