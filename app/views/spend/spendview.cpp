#include "spendview.h"

#include "charts/chartsupport.h"
#include "charts/rankedbarchart.h"
#include "models/displaytext.h"
#include "models/format.h"
#include "models/roles.h"
#include "models/spendresults.h"
#include "report/csvwriter.h"
#include "report/outputfile.h"
#include "report/sections.h"
#include "views/headingbar.h"
#include "widgets/figuretile.h"
#include "widgets/fittext.h"
#include "widgets/tilegridlayout.h"

#include <QtCharts/QChartView>

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace acc {

namespace {

const QString kDash = QStringLiteral("\u2014");

} // namespace

ViewDescriptor SpendView::descriptor()
{
    return {QStringLiteral("spend"), [] { return SpendView::tr("Spend & results"); },
            QStringLiteral("office-chart-bar"),
            [](const theme::Theme &theme, QWidget *parent) -> ReportView * {
                return new SpendView(parent, theme);
            }};
}

SpendView::SpendView(QWidget *parent, const theme::Theme &theme)
    : ReportView(parent)
{
    setObjectName(QStringLiteral("spendView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 8, 14, 8);
    layout->setSpacing(8);

    const HeadingBar bar = addHeadingBar(this, layout, theme, tr("Save the spend by program as a CSV file"));
    m_heading = bar.heading;
    m_exportButton = bar.exportButton;

    // Five tiles in a row while each gets 300 pixels (a wide screen), else 3 + 2: a sum of
    // money in large type needs the room.
    auto *tiles = new TileGridLayout(300);
    tiles->setSpacing(12);
    for (int i = 0; i < 5; ++i) {
        auto *tile = new FigureTile(this);
        m_tiles.append(tile);
        tiles->addWidget(tile);
    }
    layout->addLayout(tiles);

    m_tabs = new QTabWidget(this);
    m_tabs->tabBar()->setFont(theme.font(theme::Text::Small));
    layout->addWidget(m_tabs, 1);

    m_chart = new RankedBarChart(theme.chart());
    charts::setTitle(m_chart, tr("Spend by program"));
    m_chart->setModel(&m_programs, SpendProgramModel::Spend);
    m_chart->setSeries(QString(), theme::series(4), tr("Spend"), theme::series(4));
    m_chart->setEmptyText(tr("No spend in the period"));
    m_chart->setLabels(
        [this](int row) {
            return tr("%1 · %2").arg(
                display::shorten(
                    m_programs.index(row, SpendProgramModel::Program).data(roleId(Role::Text)).toString(),
                    display::kChartChars),
                m_programs.index(row, SpendProgramModel::Share).data().toString());
        },
        [this](int row) {
            return tr("%1: %2, %3 of the spend")
                .arg(m_programs.index(row, SpendProgramModel::Program).data().toString(),
                     m_programs.index(row, SpendProgramModel::Spend).data().toString(),
                     m_programs.index(row, SpendProgramModel::Share).data().toString());
        });
    auto *view = new QChartView(m_chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setMinimumHeight(220);
    view->setAccessibleName(tr("Spend by program"));
    m_tabs->addTab(view, tr("Spend by &program"));

    m_programTable = new QTableView(this);
    m_programTable->setModel(&m_programs);
    theme.styleTable(m_programTable);
    m_programTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_programTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_programTable->horizontalHeader()->setSectionResizeMode(SpendProgramModel::Program,
                                                             QHeaderView::Stretch);
    m_programTable->setAccessibleName(tr("Spend by program"));
    m_tabs->addTab(m_programTable, tr("Program t&able"));

    m_quarterTable = new QTableView(this);
    m_quarterTable->setModel(&m_quarters);
    theme.styleTable(m_quarterTable);
    m_quarterTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_quarterTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_quarterTable->setAccessibleName(tr("Spend and results by quarter"));
    m_tabs->addTab(m_quarterTable, tr("Last 8 &quarters"));

    setSnapshot(nullptr);
}

SpendView::~SpendView()
{
    // The chart reads the model: let it go first.
    m_chart->setModel(nullptr, 0);
}

QString SpendView::title() const
{
    return tr("Spend & results");
}

void SpendView::setSnapshot(const std::shared_ptr<const MetricsSnapshot> &snapshot)
{
    m_snapshot = snapshot && snapshot->data ? snapshot : nullptr;
    m_programs.setSnapshot(m_snapshot);
    m_quarters.setSnapshot(m_snapshot);
    m_exportButton->setEnabled(m_snapshot != nullptr);
    if (!m_snapshot) {
        m_heading->setText(tr("Spend & results"));
        for (FigureTile *tile : std::as_const(m_tiles))
            tile->setFigure(QString(), kDash, tr("No figures yet"));
        return;
    }
    const MetricsReport &report = m_snapshot->report;
    const QString currency = m_snapshot->data->currency;
    const QString period = format::periodShort(report.days.period);
    const int programs = m_programs.rowCount();
    m_chart->setValueTitle(tr("Spend in the period (%1)").arg(currency), false);
    m_heading->setText(programs == 0 ? tr("No spend recorded for %1").arg(period)
                                     : tr("Spend against results, %1").arg(period));

    const QList<Headline> headlines = sections::spendHeadlines(*m_snapshot, programs);
    for (int i = 0; i < m_tiles.size() && i < headlines.size(); ++i) {
        const Headline &h = headlines[i];
        m_tiles[i]->setHeadline(h);
    }
}

bool SpendView::exportTableTo(const QString &path, QString *error) const
{
    // Never over the company database.
    if (!checkOutputPath(path, m_snapshot ? m_snapshot->spec : QString(), {}, error))
        return false;
    CsvWriter writer;
    writer.setRawColumn(SpendProgramModel::Spend, 2);
    writer.setRawColumn(SpendProgramModel::Share, 4);
    writer.setHeader(SpendProgramModel::Spend, tr("Spend (%1)").arg(m_programs.currency()));
    return writer.writeFile(m_programs, path, error);
}

void SpendView::exportTable()
{
    const QString period = m_snapshot ? m_snapshot->report.days.period.toString() : QString();
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the spend by program as CSV"),
                                     tr("spend-%1.csv").arg(period), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTableTo(path, &error))
        QMessageBox::warning(this, tr("Export failed"), tr("The table could not be saved.\n\n%1").arg(error));
}

} // namespace acc
