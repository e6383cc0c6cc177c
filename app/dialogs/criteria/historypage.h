#pragma once

#include "storage/criteriastore.h"
#include "theme/theme.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace acc {

class CriteriaVersionsModel;

// The criteria dialog's history: every stored version of the set's name (version,
// author, saved time), the chosen version side by side with the rules being edited, what
// differs marked on both sides and said in words below, and "Restore this version".
class HistoryPage final : public QWidget
{
    Q_OBJECT
public:
    HistoryPage(const theme::Theme &theme, const QString &currency, QWidget *parent = nullptr);

    // The versions of one name (oldest first, as CriteriaStore gives them); the newest is chosen.
    void setVersions(const QList<StoredCriteria> &versions);
    // The rules being edited (std::nullopt while they have a problem).
    void setEdited(const std::optional<CriteriaSet> &edited);
    // Chooses a version by number; false when it is not listed.
    bool selectVersion(int version);
    std::optional<StoredCriteria> selected() const;

    QTableView *table() const { return m_table; }
    CriteriaVersionsModel *model() const { return m_model; }
    QTextBrowser *olderView() const { return m_older; }
    QTextBrowser *editedView() const { return m_edited; }
    QLabel *differenceLabel() const { return m_difference; }
    QPushButton *restoreButton() const { return m_restore; }

signals:
    void restoreRequested(const CriteriaSet &set);

private:
    void compare();

    QString m_currency;
    std::optional<CriteriaSet> m_editedSet;
    CriteriaVersionsModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_olderTitle = nullptr;
    QTextBrowser *m_older = nullptr;
    QTextBrowser *m_edited = nullptr;
    QLabel *m_difference = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace acc
