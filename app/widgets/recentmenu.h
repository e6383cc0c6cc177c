#pragma once

#include <QMenu>

namespace acc {

// File > Open Recent: the companies opened last (user::recentCompanies), most recent first,
// each named as the window names it (a file's name, a server's address without password),
// its whole path in the status tip; Alt+1 … in the menu. Choosing a file that has moved
// away says so and drops it from the list; "Clear list" forgets them all.
class RecentMenu final : public QMenu
{
    Q_OBJECT
public:
    explicit RecentMenu(QWidget *parent = nullptr);

    // Fills the menu from the settings (done each time it is about to show).
    void refresh();

signals:
    void companyChosen(const QString &spec);

private:
    void choose(const QString &spec);
};

} // namespace acc
