#include "lossreviewview.h"
#include "widgets/splittermemory.h"

#include "views/columnfit.h"

#include "exitcalldialog.h"

#include "charts/chartsupport.h"
#include "charts/losstrendchart.h"
#include "charts/reasonparetochart.h"
#include "lossheadlines.h"
#include "models/displaytext.h"
#include "models/format.h"
#include "models/roles.h"
#include "report/csvwriter.h"
#include "report/outputfile.h"
#include "theme/theme.h"
#include "widgets/figuretile.h"
#include "widgets/fittext.h"
#include "widgets/flowlayout.h"
#include "widgets/scrollpage.h"
#include "widgets/tilegridlayout.h"

#include <QtCharts/QChartView>

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace acc {

ViewDescriptor LossReviewView::descriptor()
{
    return {QStringLiteral("loss-review"), [] { return LossReviewView::tr("Loss review"); },
            QStringLiteral("view-statistics"),
            [](const theme::Theme &theme, QWidget *parent) -> ReportView * {
                return new LossReviewView(parent, theme);
            }};
}

LossReviewView::LossReviewView(QWidget *parent, const theme::Theme &theme)
    : ReportView(parent)
{
    setObjectName(QStringLiteral("lossReviewView"));
    m_proxy.setSourceModel(&m_lost);

    // On a small screen the view scrolls rather than squeeze its charts (scrollpage.h).
    QVBoxLayout *layout = scrollpage::create(this, QStringLiteral("lossReviewScroll"));

    // Five tiles in a row while each gets 190 pixels (the figures shrink before that),
    // 3 + 2 below that: on a 1024-pixel projector the values stay whole.
    auto *tiles = new TileGridLayout(190);
    tiles->setSpacing(12);
    for (int i = 0; i < 5; ++i) {
        auto *tile = new FigureTile(this);
        m_tiles.append(tile);
        tiles->addWidget(tile);
    }
    layout->addLayout(tiles);

    const theme::ChartStyle style = theme.chart();
    m_trendChart = new LossTrendChart(style);
    m_paretoChart = new ReasonParetoChart(style);
    m_trendView = new QChartView(m_trendChart, this);
    m_paretoView = new QChartView(m_paretoChart, this);
    for (QChartView *v : {m_trendView, m_paretoView}) {
        v->setRenderHint(QPainter::Antialiasing);
        // Room for the axes and the bars at a projector's type size; on a short screen
        // the table below keeps its rows and the charts give way down to this.
        v->setMinimumHeight(260);
        v->setFrameShape(QFrame::NoFrame);
    }
    m_trendView->setAccessibleName(tr("Lost customers and lost value by month"));
    m_paretoView->setAccessibleName(tr("Loss reasons by lost value"));
    m_trendView->setToolTip(tr("Click a month's bar to list the customers lost that month"));
    m_paretoView->setToolTip(tr("Click a reason's bar to list the customers lost for it"));
    m_trendChart->setModel(&m_trend, m_currency);
    m_paretoChart->setModel(&m_reasons, m_currency);

    auto *filterBar = new FlowLayout;
    filterBar->setSpacing(8);
    m_filterLabel = new FitText(15, 11, true, this);
    m_filterLabel->setColor(theme::ink());
    m_filterLabel->setAccessibleName(tr("Customers shown"));
    m_monthBox = new QComboBox(this);
    m_monthBox->setAccessibleName(tr("Month"));
    m_monthBox->setToolTip(tr("List the customers lost in one month (Ctrl+M)"));
    m_reasonBox = new QComboBox(this);
    // As wide as their longest item ("Whole period (Q3 2026 (July to September))"): the
    // bar wraps onto another row rather than cutting them.
    for (QComboBox *box : {m_monthBox, m_reasonBox})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_reasonBox->setAccessibleName(tr("Reason"));
    m_reasonBox->setToolTip(tr("List the customers lost for one reason (Ctrl+R)"));
    auto *monthLabel = new QLabel(tr("&Month:"), this);
    monthLabel->setBuddy(m_monthBox);
    auto *reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reasonBox);
    m_clearButton = new QPushButton(tr("&Clear filter"), this);
    m_clearButton->setToolTip(tr("Show every customer lost in the period (Esc)"));
    m_exportButton = new QPushButton(tr("&Export CSV…"), this);
    m_exportButton->setToolTip(tr("Save the table as a CSV file"));
    filterBar->addWidget(m_filterLabel, 1);
    for (const auto &[label, box] :
         {std::pair{monthLabel, m_monthBox}, std::pair{reasonLabel, m_reasonBox}}) {
        auto *pair = new QHBoxLayout;
        pair->setSpacing(8);
        pair->addWidget(label);
        pair->addWidget(box);
        filterBar->addLayout(pair);
    }
    filterBar->addWidget(m_clearButton);
    filterBar->addWidget(m_exportButton);
    m_exitCallButton = new QPushButton(tr("E&xit call…"), this);
    m_exitCallButton->setToolTip(tr("Assign the chosen lost customer to an executive to call, or record the "
                                    "call's outcome (Ctrl+Shift+X)"));
    connect(m_exitCallButton, &QPushButton::clicked, this, [this] { editExitCall(); });
    auto *exitCall = new QAction(this);
    exitCall->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    exitCall->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(exitCall);
    connect(exitCall, &QAction::triggered, this, [this] { editExitCall(); });

    m_table = new QTableView(this);
    m_table->setModel(&m_proxy);
    theme.styleTable(m_table);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LostCustomersModel::LostValue, Qt::DescendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(false);
    // Every column as wide as its contents (fitColumns), the name taking the rest: on a
    // narrow screen the names keep their room before anything scrolls.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(LostCustomersModel::Name, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Lost customers"));
    m_table->setToolTip(tr("Enter or double-click: open the customer in the Customers view"));

    auto *charts = new QSplitter(Qt::Horizontal, this);
    m_charts = charts;
    charts->addWidget(m_trendView);
    charts->addWidget(m_paretoView);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);
    charts->setChildrenCollapsible(false);
    splittermemory::remember(charts, QStringLiteral("loss-review/charts"));

    // The customers behind the bars, and the same customers by segment and by owner.
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_table, tr("&List"));
    // Beside the tabs, where the list is: the row's exit call.
    m_tabs->setCornerWidget(m_exitCallButton, Qt::TopRightCorner);
    for (LossBreakdownModel *model : {&m_bySegment, &m_byOwner}) {
        auto *table = new QTableView(this);
        table->setModel(model);
        theme.styleTable(table);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->horizontalHeader()->setSectionResizeMode(LossBreakdownModel::Group, QHeaderView::Stretch);
        m_breakdownTables.append(table);
    }
    m_breakdownTables[0]->setAccessibleName(tr("Lost customers by segment"));
    m_breakdownTables[1]->setAccessibleName(tr("Lost customers by account owner"));
    m_tabs->addTab(m_breakdownTables[0], tr("By &segment"));
    m_tabs->addTab(m_breakdownTables[1], tr("By o&wner"));
    // A hidden tab is not resized: the list fits its columns again when it comes back.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { fitColumns(); });
    m_tabs->tabBar()->setFont(theme.font(theme::Text::Small));

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(filterBar);
    lowerLayout->addWidget(m_tabs, 1);

    constexpr int kListMinimumHeight = 150;
    // On the list, not its pane: the pane's minimum then grows with the filter bar when
    // the bar wraps onto more rows (a narrow window, a long language).
    m_tabs->setMinimumHeight(kListMinimumHeight);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(charts);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    split->setSizes({560, 400});
    splittermemory::remember(split, QStringLiteral("loss-review/split"));
    layout->addWidget(split, 1);
    arrangeCharts();

    connect(m_trendChart, &LossTrendChart::monthClicked, this, &LossReviewView::onMonthClicked);
    connect(m_paretoChart, &ReasonParetoChart::reasonClicked, this, &LossReviewView::onReasonClicked);
    connect(m_monthBox, &QComboBox::activated, this, [this](int index) {
        if (!m_updating)
            selectMonth(m_monthBox->itemData(index).toInt());
    });
    connect(m_reasonBox, &QComboBox::activated, this, [this](int index) {
        if (!m_updating)
            selectReason(m_reasonBox->itemData(index).toString());
    });
    // A row opens its customer in the Customers view, among the customers listed here.
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit customersRequested(shownCustomers(index.data(roleId(Role::CustomerIndex)).toInt()));
    });
    connect(m_clearButton, &QPushButton::clicked, this, &LossReviewView::clearFilter);
    connect(m_exportButton, &QPushButton::clicked, this, &LossReviewView::exportTable);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &LossReviewView::clearFilter,
                                 Qt::WidgetWithChildrenShortcut);
    Q_UNUSED(escape);
    new QShortcut(
        QKeySequence(Qt::CTRL | Qt::Key_M), this, this,
        [this] {
            m_monthBox->setFocus();
            m_monthBox->showPopup();
        },
        Qt::WidgetWithChildrenShortcut);
    new QShortcut(
        QKeySequence(Qt::CTRL | Qt::Key_R), this, this,
        [this] {
            m_reasonBox->setFocus();
            m_reasonBox->showPopup();
        },
        Qt::WidgetWithChildrenShortcut);
    applySelection();
}

LossReviewView::~LossReviewView()
{
    // The charts read the models: let them go first.
    m_trendChart->setModel(nullptr, QString());
    m_paretoChart->setModel(nullptr, QString());
}

void LossReviewView::resizeEvent(QResizeEvent *event)
{
    ReportView::resizeEvent(event);
    arrangeCharts();
    fitColumns();
}

void LossReviewView::arrangeCharts()
{
    // Side by side, the reasons chart gets two fifths of the width: below a view of 1000
    // pixels (a 1024x768 screen) that leaves each reason a sliver where no long name
    // ("Moved to competitor") reads and the value axis cuts its figures. There the
    // reasons go under the trend at full width (the view scrolls to its list there anyway:
    // the tiles take two rows).
    scrollpage::stackCharts(m_charts, width(), 1000, 290);
}

void LossReviewView::fitColumns()
{
    // The filter boxes show their whole items where there is room.
    for (QComboBox *box : {m_monthBox, m_reasonBox})
        box->setMinimumContentsLength(width() >= 1500 ? 24 : width() >= 1100 ? 12 : 6);
    // Each column as wide as its widest text among the first 200 rows (by lost value: the
    // widest sums lead) or its title. On a narrow screen the least telling columns give
    // their room to the name, the reason and the lost value, one at a time until the rest
    // fit with a name of at least 20 characters (the export keeps every column). The exit
    // calls' column shows once a lost customer listed has one.
    columnfit::fit(m_table, columnfit::measure(m_table, 200), LostCustomersModel::Name,
                   {LostCustomersModel::CustomerId, LostCustomersModel::Region, LostCustomersModel::Segment,
                    LostCustomersModel::WonBackOn, LostCustomersModel::Owner},
                   20,
                   m_lost.exitCallCount() == 0
                       ? std::initializer_list<int>{LostCustomersModel::ExitCallReason}
                       : std::initializer_list<int>{});
}

void LossReviewView::reloadExitCalls(bool fit)
{
    QString error;
    const auto calls = m_snapshot ? exitcalls::read(m_snapshot->spec, &error) : std::nullopt;
    m_lost.setExitCalls(calls.value_or(QList<ExitCall>{}));
    if (fit)
        fitColumns();
}

ExitCallDialog *LossReviewView::editExitCall()
{
    const QModelIndex current = m_table->currentIndex();
    // Ctrl+Shift+X with the button disabled: a company this desk may only read.
    if (!m_snapshot || !current.isValid() || !m_snapshot->readOnly.isEmpty())
        return nullptr;
    const int row = m_proxy.mapToSource(current).row();
    const LostCustomer &lost = m_lost.lostAt(row);
    const CustomerRecord &customer = m_snapshot->data->customers.at(std::size_t(lost.customer));
    ExitCall call = m_lost.exitCallAt(row).value_or(ExitCall{});
    call.customerId = customer.customerId;
    call.lostOn = toDate(lost.lostOn);
    const QString heading =
        tr("%1 (%2), lost on %3 (%4), %5 a year")
            .arg(display::shorten(customer.name, 60), display::shorten(customer.customerId, 40),
                 format::date(lost.lostOn),
                 display::shorten(m_lost.index(row, LostCustomersModel::Reason).data().toString(), 60),
                 format::money(lost.value, m_currency));
    auto *dialog = new ExitCallDialog(m_snapshot->spec, call, heading, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { reloadExitCalls(); });
    dialog->open();
    return dialog;
}

QString LossReviewView::title() const
{
    return tr("Loss review");
}

void LossReviewView::setSnapshot(const std::shared_ptr<const MetricsSnapshot> &snapshot)
{
    m_snapshot = snapshot;
    // Exit calls are written: not on a company this desk may only read (issue 14).
    const QString readOnly = snapshot ? snapshot->readOnly : QString();
    m_exitCallButton->setEnabled(readOnly.isEmpty());
    m_exitCallButton->setToolTip(
        readOnly.isEmpty() ? tr("Assign the chosen lost customer to an executive to call, or record the "
                                "call's outcome (Ctrl+Shift+X)")
                           : tr("Read-only: %1").arg(readOnly));
    if (!m_snapshot) {
        m_selection.reset(nullptr, Period());
        m_trend.setTrend({}, QString());
        m_lost.setLostCustomers(nullptr, {});
        applySelection();
        return;
    }
    const MetricsReport &report = m_snapshot->report;
    m_currency = m_snapshot->data->currency;
    const QList<Headline> headlines = lossHeadlines(report, m_currency);
    for (int i = 0; i < m_tiles.size() && i < headlines.size(); ++i)
        m_tiles[i]->setHeadline(headlines[i]);
    m_selection.reset(&report.assets, report.days.period);
    m_trendChart->setModel(&m_trend, m_currency);
    m_paretoChart->setModel(&m_reasons, m_currency);
    m_trend.setTrend(report.assets.trendMonths, m_currency);
    m_lost.setLostCustomers(m_snapshot->data, report.assets.trendLostCustomers);
    if (m_snapshot->exitCalls)
        m_lost.setExitCalls(*m_snapshot->exitCalls); // read by the service, off this thread
    else
        reloadExitCalls(false);
    m_bySegment.setSource(&m_lost, m_currency);
    m_byOwner.setSource(&m_lost, m_currency);
    applySelection();
}

void LossReviewView::onMonthClicked(int row)
{
    // A second click on the selected month goes back to the whole period.
    selectMonth(row == m_selection.month() ? -1 : row);
}

void LossReviewView::onReasonClicked(int row)
{
    const QList<ReasonFigure> reasons = m_selection.reasons();
    if (row < 0 || row >= reasons.size())
        return;
    const QString &reason = reasons.at(row).reason;
    selectReason(reason == m_selection.reason() ? QString() : reason);
}

void LossReviewView::selectMonth(int trendRow)
{
    m_selection.selectMonth(trendRow);
    applySelection();
}

void LossReviewView::selectReason(const QString &reason)
{
    m_selection.selectReason(reason);
    applySelection();
}

void LossReviewView::clearFilter()
{
    m_selection.clear();
    applySelection();
}

QString LossReviewView::filterText() const
{
    return m_filterLabel->text();
}

CustomerSelection LossReviewView::shownCustomers(int focus) const
{
    CustomerSelection selection;
    selection.title = filterText();
    selection.focus = focus;
    const int rows = m_proxy.rowCount();
    selection.customers.reserve(rows);
    for (int r = 0; r < rows; ++r)
        selection.customers.append(m_proxy.index(r, 0).data(roleId(Role::CustomerIndex)).toInt());
    return selection;
}

void LossReviewView::applySelection()
{
    m_updating = true;
    m_proxy.setFilter(m_selection.filter());
    m_bySegment.setFilter(m_selection.filter());
    m_byOwner.setFilter(m_selection.filter());
    fitColumns();
    m_reasons.setReasons(m_selection.reasons(), m_currency);
    m_trendChart->setHighlighted(m_selection.highlightedMonths());
    m_paretoChart->setHighlighted(m_selection.highlightedReason());

    const Period scope = m_selection.scope();
    const bool valid = scope.isValid() && m_snapshot;
    charts::setTitle(m_paretoChart, valid ? tr("Why customers left, %1").arg(format::periodLong(scope))
                                          : tr("Why customers left"));

    m_monthBox->clear();
    if (valid) {
        m_monthBox->addItem(tr("Whole period (%1)").arg(format::periodShort(m_selection.period())), -1);
        for (int i = 0; i < m_trend.rowCount(); ++i) {
            const AssetsFigures &f = m_trend.figuresAt(i);
            if (f.period == m_selection.period())
                continue;
            m_monthBox->addItem(format::periodLong(f.period), i);
        }
        m_monthBox->setCurrentIndex(std::max(0, m_monthBox->findData(m_selection.month())));
    }
    m_reasonBox->clear();
    m_reasonBox->addItem(tr("All reasons"), QString());
    {
        // Shown as the reason table's labels; the item's data is the engine's key.
        const QList<ReasonFigure> reasons = m_selection.reasons();
        QStringList keys;
        for (const ReasonFigure &r : reasons)
            keys.append(r.reason);
        const QStringList labels = display::uniqueLabels(keys, display::kCellChars);
        for (qsizetype i = 0; i < reasons.size(); ++i)
            m_reasonBox->addItem(labels.at(i), reasons.at(i).reason);
    }
    m_reasonBox->setCurrentIndex(std::max(0, m_reasonBox->findData(m_selection.reason())));

    if (!valid) {
        m_filterLabel->setText(tr("No figures yet"));
    } else {
        const QString when = format::periodLong(scope);
        const QString value = format::moneyShort(m_selection.value(), m_currency);
        const int count = m_selection.count();
        const QString customers = QLocale().toString(count);
        const QString reason = display::shorten(m_selection.reason(), display::kChartChars);
        QString text;
        if (reason.isEmpty())
            text = count == 1 ? tr("Lost in %1 · 1 customer · %2").arg(when, value)
                              : tr("Lost in %1 · %2 customers · %3").arg(when, customers, value);
        else
            text =
                count == 1
                    ? tr("Lost in %1 · Reason: %2 · 1 customer · %3").arg(when, reason, value)
                    : tr("Lost in %1 · Reason: %2 · %3 customers · %4").arg(when, reason, customers, value);
        m_filterLabel->setText(text);
    }
    m_clearButton->setEnabled(m_selection.isFiltered());
    m_updating = false;
}

bool LossReviewView::exportTableTo(const QString &path, QString *error) const
{
    // Never over the company database.
    if (!checkOutputPath(path, m_snapshot ? m_snapshot->spec : QString(), {}, error))
        return false;
    // The table on show: the customers, or their breakdown by segment or owner.
    CsvWriter writer;
    const int tab = m_tabs->currentIndex();
    if (tab > 0) {
        const LossBreakdownModel &model = tab == 1 ? m_bySegment : m_byOwner;
        writer.setRawColumn(LossBreakdownModel::Value, 2);
        writer.setHeader(
            LossBreakdownModel::Value,
            tr("%1 (%2)").arg(model.headerData(LossBreakdownModel::Value, Qt::Horizontal).toString(),
                              m_currency));
        return writer.writeFile(model, path, error);
    }
    writer.setRawColumn(LostCustomersModel::LostValue, 2);
    writer.setHeader(
        LostCustomersModel::LostValue,
        tr("%1 (%2)").arg(m_lost.headerData(LostCustomersModel::LostValue, Qt::Horizontal).toString(),
                          m_currency));
    return writer.writeFile(m_proxy, path, error);
}

void LossReviewView::exportTable()
{
    const int tab = m_tabs->currentIndex();
    const QString suggested = tab == 1   ? tr("lost-by-segment-%1.csv").arg(m_selection.scope().toString())
                              : tab == 2 ? tr("lost-by-owner-%1.csv").arg(m_selection.scope().toString())
                                         : tr("lost-customers-%1.csv").arg(m_selection.scope().toString());
    const QString path = QFileDialog::getSaveFileName(this, tr("Export lost customers as CSV"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTableTo(path, &error))
        QMessageBox::warning(this, tr("Export failed"), tr("The table could not be saved.\n\n%1").arg(error));
}

} // namespace acc
