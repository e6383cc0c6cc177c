#pragma once

#include "models/scorecardmodel.h"
#include "theme/theme.h"
#include "views/reportview.h"

class QGridLayout;
class QScrollArea;

namespace acc {

class FitText;
class ScorecardDelegate;
class ScorecardPanel;

// PRODUCT.md §1: the four accountability targets, each a panel of its figures with the
// period's actual, the target, the status (symbol, word and colour), the owner and the
// trend. Clicking a figure (or Enter on it) opens the view that explains it
// (viewRequested). Two columns of panels when the window is wide enough, one otherwise
// (the page scrolls then).
class ScorecardView final : public ReportView
{
    Q_OBJECT
public:
    explicit ScorecardView(QWidget *parent = nullptr, const theme::Theme &theme = theme::Theme::standard());
    ~ScorecardView() override;
    static ViewDescriptor descriptor();

    QString title() const override;
    void setSnapshot(const std::shared_ptr<const MetricsSnapshot> &snapshot) override;
    bool usesTrend() const override { return true; }
    void setTrend(const std::shared_ptr<const TrendSnapshot> &trend) override;
    bool canExportTable() const override { return true; }
    void exportTable() override;
    bool exportTableTo(const QString &path, QString *error) const override;

    const ScorecardModel &model() const { return m_model; }
    ScorecardPanel *panel(scorecard::Group group) const;
    QString summary() const;
    int columns() const { return m_columns; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void arrange();
    // Lets the figures grow (up to kMaxScale) while the panels still fit the height.
    void fitRows();
    int boardHeight(qreal scale) const;
    void updateSummary();

    std::shared_ptr<const MetricsSnapshot> m_snapshot;
    ScorecardModel m_model;
    ScorecardDelegate *m_delegate = nullptr;
    FitText *m_heading = nullptr;
    FitText *m_summary = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_board = nullptr;
    QGridLayout *m_grid = nullptr;
    QList<ScorecardPanel *> m_panels;
    int m_columns = 0;
    int m_minimumPanelWidth = 0;
};

} // namespace acc
