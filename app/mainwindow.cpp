#include "mainwindow.h"

#include "charts/chartcopy.h"
#include "meeting/meetinglaunch.h"
#include "meeting/meetingwindow.h"

#include "dialogs/about/aboutdialog.h"
#include "dialogs/criteria/criteriadialog.h"
#include "dialogs/help/helpdialog.h"
#include "dialogs/importwizard/importwizard.h"
#include "dialogs/settings/settingsdialog.h"
#include "models/displaytext.h"
#include "models/filtertext.h"
#include "models/format.h"
#include "models/metricsservice.h"
#include "report/outputfile.h"
#include "report/packbuilder.h"
#include "report/packpainter.h"
#include "storage/database.h"
#include "theme/theme.h"
#include "usersettings.h"
#include "views/lossreview/lossreviewview.h"
#include "views/viewregistry.h"
#include "widgets/filterbar.h"
#include "widgets/navigationlist.h"
#include "widgets/periodselector.h"
#include "widgets/recentmenu.h"

#include "widgets/fittext.h"
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>

#include <algorithm>

namespace acc {

MainWindow::MainWindow(MetricsService *service, QWidget *parent)
    : QMainWindow(parent)
    , m_service(service)
{
    setWindowTitle(tr("Accountable"));
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true); // CSV files dropped on the window open the import wizard
    setFont(m_theme.font(theme::Text::Body));
    setPalette(m_theme.palette(palette()));

    // The header: the company, the filter and the period. A plain row rather than a tool
    // bar, which would move the period out of sight behind "»" on a 1024-pixel screen: the
    // company's name gives way first (it shrinks, then is cut short with a tooltip).
    auto *header = new QFrame(this);
    header->setObjectName(QStringLiteral("header"));
    header->setStyleSheet(
        QStringLiteral("QFrame#header { background: %1; border: none; border-bottom: 1px solid %2; }")
            .arg(theme::background().name(), theme::grid().name()));
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(12, 8, 12, 8);
    headerLayout->setSpacing(12);
    const qreal titleSize = m_theme.font(theme::Text::Title).pointSizeF();
    m_companyLabel = new FitText(titleSize, titleSize * 0.6, true, this);
    m_companyLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_companyLabel->setAccessibleName(tr("Company"));
    headerLayout->addWidget(m_companyLabel, 1);
    m_filterBar = new FilterBar(this);
    m_filterBar->setFont(m_theme.font(theme::Text::Body));
    headerLayout->addWidget(m_filterBar);
    m_periodSelector = new PeriodSelector(this);
    headerLayout->addWidget(m_periodSelector);

    m_navigation = new NavigationList(m_theme, this);
    m_navigation->setAccessibleName(tr("Views"));
    m_stack = new QStackedWidget(this);
    m_body = new QStackedWidget(this);
    m_opening = new QLabel(m_body);
    m_opening->setObjectName(QStringLiteral("openingPage"));
    m_opening->setAlignment(Qt::AlignCenter);
    m_opening->setWordWrap(true);
    m_opening->setFont(m_theme.font(theme::Text::Heading));
    m_opening->setMargin(48);
    m_body->addWidget(m_stack);
    m_body->addWidget(m_opening);
    auto *split = m_split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_navigation);
    split->addWidget(m_body);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    split->setSizes({200, 1700});
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(header);
    centralLayout->addWidget(split, 1);
    setCentralWidget(central);

    m_asOfLabel = new QLabel(this);
    m_busyLabel = new QLabel(tr("Computing the figures…"), this);
    m_busyBar = new QProgressBar(this);
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(140);
    m_busyBar->setAccessibleName(tr("Computing"));
    m_busyLabel->hide();
    m_busyBar->hide();
    statusBar()->addWidget(m_asOfLabel);
    statusBar()->addPermanentWidget(m_busyLabel);
    statusBar()->addPermanentWidget(m_busyBar);
    setUpLive();

    for (const ViewDescriptor &descriptor : views::all())
        addView(descriptor);
    connect(split, &QSplitter::splitterMoved, this, [this] { m_navigationMoved = true; });
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    // A view is brought up to date when it comes to the front (views hidden behind it
    // wait: a period switch costs the one view on show).
    connect(m_stack, &QStackedWidget::currentChanged, this,
            [this](int index) { syncView(qobject_cast<ReportView *>(m_stack->widget(index))); });
    m_navigation->setCurrentRow(0);

    createActions();

    connect(m_periodSelector, &PeriodSelector::periodChanged, this, &MainWindow::onPeriodChanged);
    connect(m_filterBar, &FilterBar::filterChanged, this, [this](const DataFilter &f) {
        m_service->setFilter(f);
        updateTitle();
    });
    connect(m_service, &MetricsService::snapshotReady, this, &MainWindow::onSnapshotReady);
    connect(m_service, &MetricsService::failed, this, &MainWindow::onFailed);
    connect(m_service, &MetricsService::busyChanged, this, &MainWindow::onBusyChanged);
    connect(m_service, &MetricsService::trendReady, this, &MainWindow::onTrendReady);
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    if (m_navigationMoved)
        return;
    const int total = width() - m_split->handleWidth(); // the splitter spans the window
    const int list = m_navigation->widthIn(total);
    m_split->setSizes({list, std::max(0, total - list)});
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_remembers) {
        QSettings settings;
        settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
        settings.setValue(QStringLiteral("window/state"), saveState());
        if (m_navigationMoved)
            settings.setValue(QStringLiteral("window/navigationWidth"), m_navigation->width());
        else
            settings.remove(QStringLiteral("window/navigationWidth"));
        user::setLastView(currentViewName());
        if (!m_spec.isEmpty() && m_periodSelector->period().isValid())
            user::setLastPeriod(m_spec, m_periodSelector->period().toString());
    }
    QMainWindow::closeEvent(event);
}

bool MainWindow::restoreRemembered()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        return false;
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (const int width = settings.value(QStringLiteral("window/navigationWidth")).toInt(); width > 0) {
        m_navigationMoved = true; // the user's, as dragged
        m_split->setSizes({width, std::max(0, this->width() - width)});
    }
    return true;
}

QString MainWindow::currentViewName() const
{
    return m_viewNames.value(m_stack->currentIndex());
}

void MainWindow::addView(const ViewDescriptor &descriptor)
{
    ReportView *view = descriptor.create(m_theme, this);
    m_views.append(view);
    m_viewNames.append(descriptor.name);
    m_stack->addWidget(view);
    // The project's own icon for the view (resources/icons/views), else the desktop theme's.
    const QString drawn = QStringLiteral(":/icons/views/%1.svg").arg(descriptor.name);
    const QIcon icon = QFile::exists(drawn) ? QIcon(drawn) : QIcon::fromTheme(descriptor.iconName);
    auto *item = new QListWidgetItem(icon, descriptor.title(), m_navigation);
    item->setData(Qt::UserRole, descriptor.name);
    connect(view, &ReportView::customersRequested, this, &MainWindow::openCustomers);
    connect(view, &ReportView::inputsChanged, m_service, &MetricsService::recompute);
    connect(view, &ReportView::criteriaEditRequested, this, [this] { editCriteria(); });
    connect(view, &ReportView::viewRequested, this, [this](const QString &name) { showView(name); });
}

void MainWindow::announceChartCopied(const QString &title)
{
    statusBar()->showMessage(title.isEmpty()
                                 ? tr("Chart copied to the clipboard as an image")
                                 : tr("Chart \"%1\" copied to the clipboard as an image").arg(title),
                             5000);
}

LossReviewView *MainWindow::lossReview() const
{
    return qobject_cast<LossReviewView *>(view(QStringLiteral("loss-review")));
}

ReportView *MainWindow::view(const QString &name) const
{
    const auto i = m_viewNames.indexOf(name);
    if (i < 0)
        return nullptr;
    ReportView *found = m_views.at(i);
    // Asked for by name (the command line, printing, tests): it shows the current figures.
    const_cast<MainWindow *>(this)->syncView(found);
    return found;
}

void MainWindow::syncView(ReportView *view)
{
    if (!view || !m_snapshot)
        return;
    auto &shown = m_shown[view];
    const bool onlyTheModelAdded = shown.snapshot && shown.snapshot->computation != 0 &&
                                   shown.snapshot->computation == m_snapshot->computation &&
                                   shown.snapshot->modelPending && !m_snapshot->modelPending;
    if (onlyTheModelAdded && !view->usesModel()) {
        shown.snapshot = m_snapshot; // the same figures for this view: nothing to redo
    } else if (shown.snapshot != m_snapshot) {
        shown.snapshot = m_snapshot;
        shown.trend.reset();
        view->setSnapshot(m_snapshot);
    }
    const auto trend = m_service->trend();
    if (view->usesTrend() && trend && trend->belongsTo(m_snapshot) && shown.trend != trend) {
        shown.trend = trend;
        view->setTrend(trend);
    }
}

ReportView *MainWindow::currentView() const
{
    return qobject_cast<ReportView *>(m_stack->currentWidget());
}

void MainWindow::showView(int index)
{
    m_navigation->setCurrentRow(index);
}

bool MainWindow::showView(const QString &name)
{
    const auto i = m_viewNames.indexOf(name);
    if (i < 0)
        return false;
    showView(int(i));
    return true;
}

void MainWindow::openCustomers(const CustomerSelection &selection)
{
    ReportView *customers = view(QStringLiteral("customers"));
    if (!customers)
        return;
    customers->showCustomers(selection);
    showView(QStringLiteral("customers"));
}

bool MainWindow::openDatabase(const QString &spec)
{
    if (!Database::isPostgresSpec(spec) && !QFileInfo(spec).isFile()) {
        showError(tr("No company database"),
                  tr("There is no company database at %1.\n\nCreate one with \"accountable demo --db %1\" or "
                     "\"accountable import --db %1 FILE.csv…\", or open another with File > Open database.")
                      .arg(QDir::toNativeSeparators(spec)));
        return false;
    }
    m_spec = spec;
    if (m_remembers)
        user::noteOpened(spec);
    m_snapshot.reset();
    m_opening->setText(tr("Opening %1…").arg(Database::displayName(spec)));
    m_body->setCurrentWidget(m_opening);
    // Another company has other segments, regions and owners: it opens unfiltered.
    m_filterBar->setFilter({});
    m_service->setFilter({});
    m_defaultPeriodPending = !m_periodSelector->period().isValid();
    setWindowFilePath(spec);
    m_service->setDatabase(spec);
    listenTo(spec);
    // The service needs a period to start; until the data's as-of date is known it is a
    // provisional one, replaced by the month that holds the as-of date.
    m_service->setPeriod(m_periodSelector->period().isValid()
                             ? m_periodSelector->period()
                             : Period::containing(Period::Kind::Month, QDate::currentDate()));
    updateActions();
    return true;
}

void MainWindow::setInitialPeriod(const Period &period)
{
    m_defaultPeriodPending = false;
    const QSignalBlocker block(m_periodSelector);
    m_periodSelector->setPeriod(period);
}

void MainWindow::onPeriodChanged(const Period &period)
{
    m_defaultPeriodPending = false;
    m_service->setPeriod(period);
    updateActions();
}

void MainWindow::onSnapshotReady()
{
    const auto snapshot = m_service->snapshot();
    if (!snapshot || snapshot == m_snapshot)
        return;
    m_body->setCurrentWidget(m_stack);
    const MetricsReport &report = snapshot->report;
    const int fiscalStart = snapshot->data->fiscalYearStart;
    {
        // Quarters and years follow the company's fiscal year (File > Settings); the
        // engine anchors the request the same way, so the figures need no second run.
        const QSignalBlocker block(m_periodSelector);
        m_periodSelector->setFiscalStart(fiscalStart);
    }
    m_periodSelector->setLatestDay(toDate(report.asOf));
    if (snapshot->filterChoices)
        m_filterBar->setChoices(*snapshot->filterChoices);
    if (m_defaultPeriodPending) {
        m_defaultPeriodPending = false;
        const Period wanted =
            hasDay(report.asOf)
                ? Period::containing(Period::Kind::Month, toDate(report.asOf)).withFiscalStart(fiscalStart)
                : report.days.period;
        if (!(wanted == report.days.period)) {
            const QSignalBlocker block(m_periodSelector);
            m_periodSelector->setPeriod(wanted);
            m_service->setPeriod(wanted);
            return;
        }
        const QSignalBlocker block(m_periodSelector);
        m_periodSelector->setPeriod(wanted);
    }
    if (!(report.days.period == m_periodSelector->period()) || !(snapshot->filter == m_filterBar->filter()))
        return; // a result for a period or filter no longer chosen
    m_snapshot = snapshot;
    updateTitle();
    m_asOfLabel->setText(hasDay(report.asOf) ? tr("Data as of %1").arg(format::date(report.asOf))
                                             : tr("The database holds no dated records yet"));
    // Only the view on show computes its models now; the others when they come to the
    // front (syncView), so a period switch costs one view.
    syncView(currentView());
    updateActions();
}

void MainWindow::onTrendReady()
{
    syncView(currentView()); // a trend of a snapshot no longer shown is left out there
}

void MainWindow::updateTitle()
{
    QString company = m_snapshot ? m_snapshot->data->companyName : QString();
    if (company.isEmpty())
        company = QFileInfo(m_spec).completeBaseName();
    company = display::shorten(company, display::kCellChars);
    m_companyLabel->setText(company);
    const DataFilter &filter = m_filterBar->filter();
    setWindowTitle(filter.isEmpty() ? tr("%1 — Accountable").arg(company)
                                    : tr("%1 — %2 — Accountable").arg(company, FilterText::describe(filter)));
    // An active filter must not go unnoticed on a projector: the button reads it in bold.
    QFont f = m_filterBar->font();
    f.setBold(!filter.isEmpty());
    m_filterBar->setFont(f);
}

void MainWindow::setFilter(const DataFilter &filter)
{
    if (filter == m_filterBar->filter())
        return;
    m_filterBar->setFilter(filter);
    m_service->setFilter(filter);
    updateTitle();
}

SettingsDialog *MainWindow::editSettings()
{
    auto *dialog = new SettingsDialog(m_spec, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::companySettingsSaved, this, [this] {
        statusBar()->showMessage(tr("Settings saved: the figures are computed again"), 8000);
        reload();
    });
    dialog->open();
    return dialog;
}

void MainWindow::onFailed(const QString &message)
{
    if (!m_snapshot)
        m_opening->setText(tr("%1 could not be opened.").arg(Database::displayName(m_spec)));
    showError(tr("The figures could not be computed"),
              tr("Accountable could not read the company database %1.\n\n%2").arg(m_spec, message));
}

void MainWindow::onBusyChanged(bool busy)
{
    m_busyLabel->setVisible(busy);
    m_busyBar->setVisible(busy);
}

void MainWindow::showError(const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Critical, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("errorBox"));
    box->open();
}

void MainWindow::updateActions()
{
    const bool hasData = m_snapshot != nullptr;
    for (QAction *a : std::as_const(m_needsData))
        a->setEnabled(hasData);
    const QString readOnly = m_snapshot ? m_snapshot->readOnly : QString();
    for (QAction *a : std::as_const(m_needsWrite)) {
        if (!readOnly.isEmpty())
            a->setEnabled(false);
        a->setStatusTip(readOnly.isEmpty() ? QString() : tr("Read-only: %1").arg(readOnly));
    }
    m_previousAction->setEnabled(m_periodSelector->canStepBack());
    m_nextAction->setEnabled(m_periodSelector->canStepForward());
}

void MainWindow::reload()
{
    if (!m_spec.isEmpty())
        m_service->reload();
}

std::optional<PackKind> MainWindow::packKind() const
{
    switch (m_periodSelector->period().kind()) {
    case Period::Kind::Month:
        return PackKind::Monthly;
    case Period::Kind::Quarter:
        return PackKind::Quarterly;
    case Period::Kind::Year:
        break;
    }
    return std::nullopt; // an annual agenda is a later issue
}

MeetingWindow *MainWindow::startMeeting(bool fullScreen)
{
    if (!m_snapshot || !m_snapshot->data)
        return nullptr;
    const Period period = m_snapshot->report.days.period;
    const auto kind = agenda::kindFor(period);
    if (!kind) {
        showError(tr("No meeting for a whole year"),
                  tr("The monthly review covers a month and the quarterly meeting a quarter. Choose a month "
                     "or a quarter above, then start the meeting."));
        return nullptr;
    }
    auto *meeting = new MeetingWindow(m_snapshot, *kind);
    connect(meeting, &MeetingWindow::inputsChanged, this, &MainWindow::reload);
    if (!fullScreen)
        return meeting;
    meetinglaunch::show(meeting, screen());
    return meeting;
}

bool MainWindow::checkPackPeriod()
{
    if (packKind())
        return true;
    showError(tr("No meeting pack for a whole year"),
              tr("A meeting pack covers a month (the monthly review) or a quarter (the quarterly "
                 "meeting). Choose a month or a quarter above, then make the pack."));
    return false;
}

bool MainWindow::exportPackTo(const QString &path, PackKind kind, QString *error)
{
    if (!m_snapshot) {
        if (error)
            *error = tr("there are no figures to print yet");
        return false;
    }
    const Period::Kind periodKind = m_snapshot->report.days.period.kind();
    if ((kind == PackKind::Monthly) != (periodKind == Period::Kind::Month) ||
        (kind == PackKind::Quarterly) != (periodKind == Period::Kind::Quarter)) {
        if (error)
            *error = tr("a monthly pack covers a month and a quarterly pack a quarter, not %1")
                         .arg(m_snapshot->report.days.period.toString());
        return false;
    }
    if (!checkOutputPath(path, m_snapshot->spec, {}, error))
        return false;
    const MeetingPack pack = PackBuilder::build(*m_snapshot, kind);
    return PackPainter(pack).writePdf(path, error);
}

void MainWindow::exportPack()
{
    if (!m_snapshot || !checkPackPeriod())
        return;
    const QString suggested = tr("meeting-pack-%1.pdf").arg(m_snapshot->report.days.period.toString());
    const QString path = QFileDialog::getSaveFileName(this, tr("Export meeting pack as PDF"), suggested,
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = exportPackTo(path, *packKind(), &error);
    QApplication::restoreOverrideCursor();
    if (!ok)
        showError(tr("The meeting pack could not be saved"), error);
    else
        statusBar()->showMessage(tr("Meeting pack saved to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::printPreview()
{
    if (!m_snapshot || !checkPackPeriod())
        return;
    const auto pack = std::make_shared<MeetingPack>(PackBuilder::build(*m_snapshot, *packKind()));
    QPrinter printer(QPrinter::HighResolution);
    PackPainter::setUpPrinter(printer);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Meeting pack"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [pack](QPrinter *p) { PackPainter(*pack).paint(p); });
    dialog.resize(1200, 900);
    dialog.exec();
}

CriteriaDialog *MainWindow::editCriteria()
{
    if (!m_snapshot)
        return nullptr;
    auto *dialog = new CriteriaDialog(m_snapshot, m_spec, m_theme, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A generous share of the window: rules, preview and history side by side.
    dialog->resize(std::clamp(width() * 9 / 10, std::min(1000, width()), 1500),
                   std::clamp(height() * 9 / 10, std::min(640, height()), 1000));
    connect(dialog, &CriteriaDialog::saved, this, [this](const QString &name, int version) {
        statusBar()->showMessage(tr("Criteria \"%1\" version %2 saved and in force")
                                     .arg(display::shorten(name, 80), QString::number(version)),
                                 8000);
        m_service->recompute();
    });
    dialog->open();
    return dialog;
}

void MainWindow::importData(const QStringList &files)
{
    QString spec = m_spec;
    if (spec.isEmpty()) {
        spec = QFileDialog::getSaveFileName(
            this, tr("Import into a new company database"), QStringLiteral("company.sqlite"),
            tr("Company databases (*.sqlite *.db)"), nullptr, QFileDialog::DontConfirmOverwrite);
        if (spec.isEmpty())
            return;
    }
    auto *wizard = new ImportWizard(spec, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->addFiles(files);
    connect(wizard, &ImportWizard::imported, this, [this, spec] {
        if (m_spec == spec)
            reload();
        else
            openDatabase(spec);
    });
    wizard->open();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    importData(files);
}

void MainWindow::showHelp()
{
    if (!m_help)
        m_help = new HelpDialog(this);
    m_help->showView(currentViewName());
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
}

} // namespace acc
