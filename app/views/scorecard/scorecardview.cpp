#include "scorecardview.h"

#include "models/format.h"
#include "report/csvwriter.h"
#include "report/outputfile.h"
#include "scorecarddelegate.h"
#include "scorecardpanel.h"
#include "widgets/fittext.h"
#include "widgets/flowlayout.h"

#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

namespace acc {

namespace {

// The narrowest a panel may be in two columns: the status, a figure's name, its value
// and a sparkline side by side at the theme's type sizes.
int minimumPanelWidth(const theme::Theme &theme)
{
    return qRound(430 * theme.scale());
}

// The most the figures grow on a tall screen, and shrink to keep every panel on a short one.
constexpr qreal kMaxScale = 1.5;
constexpr qreal kMinScale = 0.85;

} // namespace

ViewDescriptor ScorecardView::descriptor()
{
    return {QStringLiteral("scorecard"), [] { return ScorecardView::tr("Scorecard"); },
            QStringLiteral("view-statistics"),
            [](const theme::Theme &theme, QWidget *parent) -> ReportView * {
                return new ScorecardView(parent, theme);
            }};
}

ScorecardView::ScorecardView(QWidget *parent, const theme::Theme &theme)
    : ReportView(parent)
    , m_delegate(new ScorecardDelegate(theme, this))
    , m_minimumPanelWidth(minimumPanelWidth(theme))
{
    setObjectName(QStringLiteral("scorecardView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 10, 16, 8);
    layout->setSpacing(6);

    auto *top = new FlowLayout;
    top->setSpacing(10);
    m_heading = new FitText(theme.pointSize(theme::Text::Heading) + 3, theme.pointSize(theme::Text::Body),
                            true, this);
    m_heading->setColor(theme::ink());
    auto *targetsButton = new QPushButton(tr("Set &targets…"), this);
    targetsButton->setToolTip(tr("Open the Targets view to set this period's targets and owners"));
    auto *exportButton = new QPushButton(tr("&Export CSV…"), this);
    // One line when it fits: the heading, the count of statuses, the buttons (the room goes
    // to the figures); on a narrow screen the buttons go to a second line.
    m_summary =
        new FitText(theme.pointSize(theme::Text::Body), theme.pointSize(theme::Text::Small) - 1, false, this);
    m_summary->setColor(theme::ink());
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setToolTip(tr("Each figure's sparkline runs over the periods before this one; the dashed line "
                             "is its target. Click a figure, or press Enter on it, to open the view that "
                             "explains it."));
    top->addWidget(m_heading);
    top->addWidget(m_summary, 1); // gives way (smaller type) before the buttons move down
    top->addWidget(targetsButton);
    top->addWidget(exportButton);
    layout->addLayout(top);

    m_board = new QWidget;
    m_grid = new QGridLayout(m_board);
    m_grid->setContentsMargins(0, 4, 0, 0);
    m_grid->setHorizontalSpacing(qRound(22 * theme.scale()));
    m_grid->setVerticalSpacing(qRound(14 * theme.scale()));
    for (int g = 0; g < scorecard::kGroupCount; ++g) {
        auto *panel = new ScorecardPanel(scorecard::Group(g), &m_model, m_delegate, theme, m_board);
        connect(panel, &ScorecardPanel::figureChosen, this,
                [this](const QString &, const QString &viewName) { emit viewRequested(viewName); });
        m_panels.append(panel);
    }
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_board);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_scroll, 1);

    connect(targetsButton, &QPushButton::clicked, this,
            [this] { emit viewRequested(QStringLiteral("targets")); });
    connect(exportButton, &QPushButton::clicked, this, &ScorecardView::exportTable);
    connect(&m_model, &QAbstractItemModel::dataChanged, this, [this] {
        for (ScorecardPanel *panel : std::as_const(m_panels))
            panel->list()->viewport()->update();
    });
    setSnapshot(nullptr);
}

ScorecardView::~ScorecardView() = default;

QString ScorecardView::title() const
{
    return tr("Scorecard");
}

ScorecardPanel *ScorecardView::panel(scorecard::Group group) const
{
    return m_panels.value(int(group));
}

void ScorecardView::setSnapshot(const std::shared_ptr<const MetricsSnapshot> &snapshot)
{
    m_snapshot = snapshot;
    m_model.setSnapshot(snapshot);
    const Period period = snapshot ? snapshot->report.days.period : Period();
    m_heading->setText(period.isValid() ? tr("Scorecard, %1").arg(format::periodShort(period))
                                        : tr("Scorecard"));
    for (ScorecardPanel *panel : std::as_const(m_panels))
        panel->refresh();
    updateSummary();
    m_columns = 0; // panels may have appeared or gone
    arrange();
    fitRows();
}

void ScorecardView::setTrend(const std::shared_ptr<const TrendSnapshot> &trend)
{
    m_model.setTrend(trend);
}

QString ScorecardView::summary() const
{
    return m_summary->text();
}

void ScorecardView::updateSummary()
{
    if (!m_snapshot) {
        m_summary->setText(tr("Open a company to see its scorecard."));
        return;
    }
    ScorecardModel::GroupCounts all;
    for (int g = 0; g < scorecard::kGroupCount; ++g) {
        const ScorecardModel::GroupCounts c = m_model.counts(scorecard::Group(g));
        all.targets += c.targets;
        all.met += c.met;
        all.atRisk += c.atRisk;
        all.missed += c.missed;
        all.noData += c.noData;
    }
    const QList<Period> &periods = m_model.trendPeriods();
    const QString trend =
        periods.isEmpty() ? QString() : tr("trend since %1").arg(format::periodShort(periods.first()));
    if (all.targets == 0) {
        m_summary->setText(tr("No target set for this period; %1").arg(trend));
        return;
    }
    QStringList parts;
    parts << tr("%1 met").arg(all.met) << tr("%1 at risk").arg(all.atRisk) << tr("%1 missed").arg(all.missed);
    if (all.noData > 0)
        parts << tr("%1 without data").arg(all.noData);
    m_summary->setText(
        tr("%1 targets: %2; %3").arg(all.targets).arg(parts.join(QStringLiteral(" · ")), trend));
}

void ScorecardView::resizeEvent(QResizeEvent *event)
{
    ReportView::resizeEvent(event);
    arrange();
    fitRows();
}

int ScorecardView::boardHeight(qreal scale) const
{
    // The grid's rows: each as tall as its tallest panel at that scale.
    const int rowHeight = m_delegate->rowHeight(scale);
    int height = 0;
    int rows = 0;
    for (int r = 0; r < m_grid->rowCount(); ++r) {
        int tallest = -1;
        for (int c = 0; c < m_grid->columnCount(); ++c) {
            QLayoutItem *item = m_grid->itemAtPosition(r, c);
            auto *panel = item ? qobject_cast<ScorecardPanel *>(item->widget()) : nullptr;
            if (!panel || panel->isHidden())
                continue;
            const int chrome = panel->sizeHint().height() - panel->list()->sizeHint().height();
            tallest = std::max(tallest, chrome + panel->figureCount() * rowHeight);
        }
        if (tallest >= 0) {
            height += tallest;
            ++rows;
        }
    }
    const QMargins m = m_grid->contentsMargins();
    return height + std::max(0, rows - 1) * m_grid->verticalSpacing() + m.top() + m.bottom();
}

void ScorecardView::fitRows()
{
    const int available = m_scroll->height();
    // The largest scale (in steps of 0.05) at which the board fits; the theme's own when
    // none does (the page scrolls then).
    qreal scale = 1.0;
    for (qreal s = kMaxScale; s >= kMinScale - 1e-9; s -= 0.05) {
        if (boardHeight(s) <= available) {
            scale = s;
            break;
        }
    }
    if (qFuzzyCompare(scale, m_delegate->scale()))
        return;
    m_delegate->setScale(scale);
    for (ScorecardPanel *panel : std::as_const(m_panels)) {
        panel->list()->doItemsLayout();
        panel->list()->updateGeometry();
    }
}

void ScorecardView::arrange()
{
    const int available = m_scroll->viewport()->width();
    const int gap = m_grid->horizontalSpacing();
    const int wanted = available >= 2 * m_minimumPanelWidth + gap ? 2 : 1;
    if (wanted == m_columns)
        return;
    m_columns = wanted;
    for (ScorecardPanel *panel : std::as_const(m_panels))
        m_grid->removeWidget(panel);
    // Two columns: customers as assets beside service, listening beside operations; a
    // panel of other targets under them.
    int row = 0, column = 0;
    for (ScorecardPanel *panel : std::as_const(m_panels)) {
        if (panel->isHidden())
            continue;
        m_grid->addWidget(panel, row, column, Qt::AlignTop);
        if (++column == m_columns) {
            column = 0;
            ++row;
        }
    }
    for (int r = 0; r < m_grid->rowCount(); ++r)
        m_grid->setRowStretch(r, 0);
    m_grid->setRowStretch(row + 1, 1);
    for (int c = 0; c < 2; ++c)
        m_grid->setColumnStretch(c, c < m_columns ? 1 : 0);
}

bool ScorecardView::exportTableTo(const QString &path, QString *error) const
{
    if (!checkOutputPath(path, m_snapshot ? m_snapshot->spec : QString(), {}, error))
        return false;
    CsvWriter writer;
    writer.setRawColumn(ScorecardModel::Actual, 6);
    writer.setRawColumn(ScorecardModel::Target, 6);
    for (int column = ScorecardModel::FirstTrendPeriod; column < m_model.columnCount(); ++column)
        writer.setRawColumn(column, 6);
    return writer.writeFile(m_model, path, error);
}

void ScorecardView::exportTable()
{
    const QString suggested =
        tr("scorecard-%1.csv").arg(m_snapshot ? m_snapshot->report.days.period.toString() : QString());
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the scorecard as CSV"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTableTo(path, &error))
        QMessageBox::critical(this, tr("The table could not be saved"), error);
}

} // namespace acc
