#pragma once

#include "criteria/criteriapreview.h"
#include "theme/theme.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTableView;

namespace acc {

class FigureTile;
class PreviewCustomersModel;

// The criteria dialog's live preview: how many customers the rules being edited select
// on the state day and their share of revenue in window(d), each against the set in
// force, and who would join and who would leave the best customers (names, lifetime
// value). It only shows what CriteriaPreviewService computed.
class PreviewPanel final : public QWidget
{
    Q_OBJECT
public:
    enum class Status { Updating, Current, Invalid };

    PreviewPanel(const theme::Theme &theme, const QString &currency, QWidget *parent = nullptr);

    // What the figures are compared against: the set in force on day.
    void setInForce(int count, std::optional<double> share, Day day);
    void showFigures(const PreviewFigures &figures);
    void setStatus(Status status);
    Status status() const { return m_status; }

    FigureTile *countTile() const { return m_count; }
    FigureTile *shareTile() const { return m_share; }
    QLabel *statusLabel() const { return m_statusLabel; }
    QLabel *joiningTitle() const { return m_joiningTitle; }
    QLabel *leavingTitle() const { return m_leavingTitle; }
    QTableView *joiningView() const { return m_joiningView; }
    QTableView *leavingView() const { return m_leavingView; }
    PreviewCustomersModel *joiningModel() const { return m_joining; }
    PreviewCustomersModel *leavingModel() const { return m_leaving; }

private:
    QTableView *makeTable(PreviewCustomersModel *model, const QString &name);

    const theme::Theme &m_theme;
    QString m_currency;
    int m_inForceCount = 0;
    std::optional<double> m_inForceShare;
    Day m_day = kNoDay;
    Status m_status = Status::Updating;
    QLabel *m_heading = nullptr;
    QLabel *m_statusLabel = nullptr;
    FigureTile *m_count = nullptr;
    FigureTile *m_share = nullptr;
    QLabel *m_joiningTitle = nullptr;
    QLabel *m_leavingTitle = nullptr;
    QTableView *m_joiningView = nullptr;
    QTableView *m_leavingView = nullptr;
    PreviewCustomersModel *m_joining = nullptr;
    PreviewCustomersModel *m_leaving = nullptr;
};

} // namespace acc
