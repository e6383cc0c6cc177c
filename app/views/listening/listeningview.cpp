#include "listeningview.h"
#include "widgets/splittermemory.h"

#include "charts/chartsupport.h"
#include "charts/npstrendchart.h"
#include "charts/reasonparetochart.h"
#include "models/format.h"
#include "models/listeningdrilldown.h"
#include "models/roles.h"
#include "report/csvwriter.h"
#include "report/outputfile.h"
#include "report/sections.h"
#include "widgets/figuretile.h"
#include "widgets/fittext.h"
#include "widgets/flowlayout.h"
#include "widgets/scrollpage.h"
#include "widgets/tilegridlayout.h"

#include <QtCharts/QChartView>

#include <QFileDialog>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <cmath>

namespace acc {

namespace {

const QString kDash = QStringLiteral("\u2014");

} // namespace

ViewDescriptor ListeningView::descriptor()
{
    return {QStringLiteral("listening"), [] { return ListeningView::tr("Listening & service"); },
            QStringLiteral("audio-input-microphone"),
            [](const theme::Theme &theme, QWidget *parent) -> ReportView * {
                return new ListeningView(parent, theme);
            }};
}

ListeningView::ListeningView(QWidget *parent, const theme::Theme &theme)
    : ReportView(parent)
{
    setObjectName(QStringLiteral("listeningView"));
    // On a small screen the view scrolls rather than squeeze its charts (scrollpage.h).
    QVBoxLayout *layout = scrollpage::create(this, QStringLiteral("listeningScroll"));

    // Six tiles in a row while each gets 150 pixels, 3 + 3 below that.
    auto *tiles = new TileGridLayout(150);
    tiles->setSpacing(12);
    for (int i = 0; i < 6; ++i) {
        auto *tile = new FigureTile(this);
        m_tiles.append(tile);
        tiles->addWidget(tile);
    }
    layout->addLayout(tiles);

    const theme::ChartStyle style = theme.chart();
    m_npsChart = new NpsTrendChart(style);
    m_complaintsChart = new ComplaintsTrendChart(style);
    m_reasonChart = new ReasonParetoChart(style);
    auto *charts = new QSplitter(Qt::Horizontal, this);
    m_charts = charts;
    for (QChart *chart : {static_cast<QChart *>(m_npsChart), static_cast<QChart *>(m_complaintsChart),
                          static_cast<QChart *>(m_reasonChart)}) {
        auto *view = new QChartView(chart, this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(240);
        view->setMinimumWidth(220);
        view->setFrameShape(QFrame::NoFrame);
        charts->addWidget(view);
        m_chartViews.append(view);
    }
    m_chartViews[0]->setAccessibleName(tr("NPS with promoters, passives and detractors by period"));
    m_chartViews[0]->setToolTip(tr("Click a part of a bar to list its promoters, passives or detractors"));
    m_chartViews[1]->setAccessibleName(tr("Complaints per 100 customers by period"));
    m_chartViews[1]->setToolTip(tr("Click a bar to list the customers who complained in that period"));
    m_chartViews[2]->setAccessibleName(tr("Reasons that drove customers away"));
    m_chartViews[2]->setToolTip(tr("Click a reason's bar to list the customers lost for it"));
    charts->setStretchFactor(0, 5);
    charts->setStretchFactor(1, 3);
    charts->setStretchFactor(2, 4);
    // The splitter shares out the room in these proportions (not by size hints).
    charts->setSizes({4500, 3200, 4300});
    splittermemory::remember(charts, QStringLiteral("listening/charts"));
    charts->setChildrenCollapsible(false);
    m_npsChart->setModel(&m_trend);
    m_complaintsChart->setModel(&m_trend);
    m_reasonChart->setModel(&m_reasons, m_currency);

    // The customers behind the period's figures, one button each (keyboard too).
    auto *drillBar = new FlowLayout;
    drillBar->setSpacing(8);
    m_caption = new FitText(14, 10, true, this);
    m_caption->setColor(theme::ink());
    m_caption->setText(tr("Customers of the period:"));
    drillBar->addWidget(m_caption, 1);
    const std::pair<ListeningGroup, QString> groups[] = {
        {ListeningGroup::Detractors, tr("&Detractors")},
        {ListeningGroup::Complainants, tr("&Complainants")},
        {ListeningGroup::OutsideSla, tr("&Outside SLA")},
        {ListeningGroup::RescueContacts, tr("&Rescue contacts")},
        {ListeningGroup::NotRescued, tr("&Not rescued")},
    };
    for (const auto &[group, text] : groups) {
        auto *button = new QPushButton(text, this);
        button->setToolTip(tr("Open the Customers view on: %1").arg(listeningdrilldown::groupName(group)));
        connect(button, &QPushButton::clicked, this, [this, group = group] { requestGroup(group); });
        m_groupButtons.append({group, button});
        drillBar->addWidget(button);
    }
    m_exportButton = new QPushButton(tr("&Export CSV…"), this);
    m_exportButton->setToolTip(tr("Save the trend table as a CSV file"));
    connect(m_exportButton, &QPushButton::clicked, this, &ListeningView::exportTable);
    drillBar->addWidget(m_exportButton);

    m_table = new QTableView(this);
    m_table->setModel(&m_trend);
    theme.styleTable(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ListeningTrendModel::PeriodColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->setWordWrap(true);
    m_table->setAccessibleName(tr("Listening trend"));
    m_table->setToolTip(tr("Enter or double-click a row: the customers who answered in that period"));
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const int column = index.column();
        const ListeningGroup group =
            column == ListeningTrendModel::Promoters    ? ListeningGroup::Promoters
            : column == ListeningTrendModel::Passives   ? ListeningGroup::Passives
            : column == ListeningTrendModel::Detractors ? ListeningGroup::Detractors
            : column == ListeningTrendModel::Complaints || column == ListeningTrendModel::ComplaintsPer100
                ? ListeningGroup::Complainants
                : ListeningGroup::Respondents;
        requestGroup(group, index.row());
    });

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(drillBar);
    lowerLayout->addWidget(m_table, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(charts);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    split->setSizes({560, 360});
    splittermemory::remember(split, QStringLiteral("listening/split"));
    layout->addWidget(split, 1);

    connect(m_npsChart, &NpsTrendChart::segmentClicked, this,
            [this](ListeningGroup group, int row) { requestGroup(group, row); });
    connect(m_complaintsChart, &ComplaintsTrendChart::periodClicked, this,
            [this](int row) { requestGroup(ListeningGroup::Complainants, row); });
    connect(m_reasonChart, &ReasonParetoChart::reasonClicked, this, &ListeningView::requestReason);
    updateHeadlines();
    scrollpage::stackCharts(m_charts, width(), 1000, 260);
}

ListeningView::~ListeningView()
{
    // The charts read the models: let them go first.
    m_npsChart->setModel(nullptr);
    m_complaintsChart->setModel(nullptr);
    m_reasonChart->setModel(nullptr, QString());
}

void ListeningView::resizeEvent(QResizeEvent *event)
{
    ReportView::resizeEvent(event);
    // On a narrow screen the complaints chart gives its room to the NPS and the reasons:
    // its figures stay in the tile, the table's last column and the buttons.
    m_chartViews[1]->setVisible(width() >= 1400);
    // Below 1000 pixels (a 1024x768 screen) the NPS trend and the reasons go one under
    // the other at full width: side by side the months and the reasons lose their labels.
    scrollpage::stackCharts(m_charts, width(), 1000, 260);
}

QString ListeningView::title() const
{
    return tr("Listening & service");
}

QPushButton *ListeningView::groupButton(ListeningGroup group) const
{
    for (const auto &[g, button] : m_groupButtons) {
        if (g == group)
            return button;
    }
    return nullptr;
}

void ListeningView::setSnapshot(const std::shared_ptr<const MetricsSnapshot> &snapshot)
{
    m_snapshot = snapshot;
    m_currency = m_snapshot && m_snapshot->data ? m_snapshot->data->currency : QString();
    m_trend.setSnapshot(m_snapshot.get());
    m_reasonChart->setModel(&m_reasons, m_currency);
    m_reasons.setReasons(m_snapshot ? m_snapshot->report.listening.topReasons : QList<ReasonFigure>(),
                         m_currency);
    const bool valid = m_snapshot && m_snapshot->data;
    const Period period = valid ? m_snapshot->report.days.period : Period();
    const bool months = valid && period.kind() == Period::Kind::Month;
    charts::setTitle(m_npsChart,
                     months ? tr("NPS and answers, last 13 months") : tr("NPS and answers, last 8 quarters"));
    charts::setTitle(m_complaintsChart, tr("Complaints per 100 customers"));
    m_complaintsChart->setHighlighted(valid ? m_trend.rowOf(period) : -1);
    charts::setTitle(m_reasonChart, valid ? tr("Why customers left, %1").arg(format::periodShort(period))
                                          : tr("Why customers left"));
    m_caption->setText(valid ? tr("Customers of %1:").arg(format::periodLong(period)) : tr("No figures yet"));
    for (const auto &[group, button] : m_groupButtons)
        button->setEnabled(valid);
    updateHeadlines();
}

void ListeningView::updateHeadlines()
{
    if (!m_snapshot || !m_snapshot->data) {
        const QStringList labels{tr("NPS"),
                                 tr("Responses"),
                                 tr("Complaints per 100"),
                                 tr("Resolved within SLA"),
                                 tr("Median resolution"),
                                 tr("Rescue rate")};
        for (int i = 0; i < m_tiles.size(); ++i)
            m_tiles[i]->setFigure(labels.value(i), kDash, QString());
        return;
    }
    const QList<Headline> headlines = sections::listeningHeadlines(*m_snapshot, m_trend);
    for (int i = 0; i < m_tiles.size() && i < headlines.size(); ++i)
        m_tiles[i]->setHeadline(headlines[i]);
}

void ListeningView::requestGroup(ListeningGroup group, int row)
{
    if (!m_snapshot || !m_snapshot->data)
        return;
    const Period period =
        row >= 0 && row < m_trend.rowCount() ? m_trend.pointAt(row).period : m_snapshot->report.days.period;
    emit customersRequested(listeningdrilldown::groupCustomers(*m_snapshot, period, group));
}

void ListeningView::requestReason(int row)
{
    if (!m_snapshot || !m_snapshot->data || row < 0 || row >= m_reasons.rowCount())
        return;
    emit customersRequested(listeningdrilldown::lostForReason(*m_snapshot, m_reasons.reasonAt(row).reason));
}

bool ListeningView::exportTableTo(const QString &path, QString *error) const
{
    // Never over the company database.
    if (!checkOutputPath(path, m_snapshot ? m_snapshot->spec : QString(), {}, error))
        return false;
    CsvWriter writer;
    // Counts as plain digits (the table shows them with the locale's separators).
    for (const int column :
         {ListeningTrendModel::Responses, ListeningTrendModel::Promoters, ListeningTrendModel::Passives,
          ListeningTrendModel::Detractors, ListeningTrendModel::Complaints, ListeningTrendModel::ActiveStart})
        writer.setRawColumn(column, 0);
    writer.setRawColumn(ListeningTrendModel::Nps, 1);
    writer.setRawColumn(ListeningTrendModel::ComplaintsPer100, 2);
    for (int column = 0; column < m_trend.columnCount(); ++column)
        writer.setHeader(column, m_trend.headerData(column, Qt::Horizontal, roleId(Role::Text)).toString());
    return writer.writeFile(m_trend, path, error);
}

void ListeningView::exportTable()
{
    const QString scope = m_snapshot ? m_snapshot->report.days.period.toString() : QString();
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the listening trend as CSV"),
                                     tr("listening-%1.csv").arg(scope), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTableTo(path, &error))
        QMessageBox::warning(this, tr("Export failed"), tr("The table could not be saved.\n\n%1").arg(error));
}

} // namespace acc
