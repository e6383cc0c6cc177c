#pragma once

#include "engine/scorecard.h"
#include "theme/theme.h"

#include <QFrame>
#include <QListView>

class QSortFilterProxyModel;

namespace acc {

class FitText;
class ScorecardDelegate;
class ScorecardModel;

// The figures of one target group as a list: every row as tall as the delegate draws it,
// the list exactly as tall as its rows (the view scrolls as a whole, never a panel).
class ScorecardList final : public QListView
{
    Q_OBJECT
public:
    explicit ScorecardList(QWidget *parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // Enter or Return on the current figure.
    void entered(const QModelIndex &index);

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

// One of the four accountability targets (a scorecard::Group): its name, how many of its
// targets are met, at risk or missed, and its figures.
class ScorecardPanel final : public QFrame
{
    Q_OBJECT
public:
    ScorecardPanel(scorecard::Group group, ScorecardModel *model, ScorecardDelegate *delegate,
                   const theme::Theme &theme, QWidget *parent = nullptr);

    scorecard::Group group() const { return m_group; }
    ScorecardList *list() const { return m_list; }
    int figureCount() const;
    // "2 met · 1 at risk · 1 missed of 4 targets", "No target set".
    QString countsText() const;
    void refresh();

signals:
    // A figure was clicked or Enter pressed on it: the view that explains it.
    void figureChosen(const QString &key, const QString &viewName);

private:
    scorecard::Group m_group;
    ScorecardModel *m_model;
    QSortFilterProxyModel *m_proxy = nullptr;
    FitText *m_title = nullptr;
    FitText *m_counts = nullptr;
    ScorecardList *m_list = nullptr;
};

} // namespace acc
