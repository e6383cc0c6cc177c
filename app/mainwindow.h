#pragma once

#include "engine/datafilter.h"
#include "engine/period.h"
#include "models/customerselection.h"
#include "report/meetingpack.h"
#include "theme/theme.h"

#include <QHash>
#include <QMainWindow>

#include <memory>
#include <optional>

class QTimer;
class QLabel;
class QProgressBar;
class QSplitter;
class QStackedWidget;

namespace acc {

class FitText;
class NavigationList;

class ChangeListener;
class CriteriaDialog;
class FilterBar;
class HelpDialog;
class SettingsDialog;
class LossReviewView;
class MeetingWindow;
class MetricsService;
class PeriodSelector;
class ReportView;
struct MetricsSnapshot;
struct TrendSnapshot;
struct ViewDescriptor;

// The desktop window: header with the company and the period, the list of views on the
// left, the chosen view in the middle, the data's as-of date and a busy indicator below.
// It assembles views and passes them the service's snapshots; it computes nothing.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(MetricsService *service, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a company database (SQLite path or postgresql:// URL). A missing file is not
    // created: the window says so in a message box and returns false.
    bool openDatabase(const QString &spec);
    // The period to show first; without one, the month that holds the data's as-of date.
    void setInitialPeriod(const Period &period);
    // The window remembers (QSettings, docs/settings.md): the companies it opens go to
    // File > Open Recent, and on closing it keeps its geometry, the list's width, the view
    // and each company's period. Off by default (tests, screenshots); the app turns it on.
    void setRemembers(bool remembers) { m_remembers = remembers; }
    // Puts the window back as it was left: geometry and the list's width. False when
    // nothing was remembered (the first start).
    bool restoreRemembered();
    // The name of the view in front ("loss-review").
    QString currentViewName() const;
    // Help > User guide (F1): the guide's page of the view in front.
    void showHelp();
    HelpDialog *helpDialog() const { return m_help; }
    NavigationList *navigation() const { return m_navigation; }

    PeriodSelector *periodSelector() const { return m_periodSelector; }
    FilterBar *filterBar() const { return m_filterBar; }
    // Shows only the customers the filter keeps, in every view (and the packs and exports
    // made from the window).
    void setFilter(const DataFilter &filter);
    LossReviewView *lossReview() const;
    const QList<ReportView *> &views() const { return m_views; }
    // The view of that command-line name ("best-customers"), or nullptr.
    ReportView *view(const QString &name) const;
    ReportView *currentView() const;
    void showView(int index);
    // False when no view has that name.
    bool showView(const QString &name);
    // A drill-down: the Customers view opens on these customers.
    void openCustomers(const CustomerSelection &selection);

    // Writes the meeting pack of the shown period and snapshot: monthly for a month,
    // quarterly for a quarter; never over the company database.
    bool exportPackTo(const QString &path, PackKind kind, QString *error);

    // Meeting mode on the period shown (its agenda: monthly for a month, quarterly for a
    // quarter), full screen on the projector unless fullScreen is false (the window is
    // then made but not shown). nullptr, after saying why, for a year or without figures.
    MeetingWindow *startMeeting(bool fullScreen = true);

    void exportPack();
    void printPreview();
    void reload();
    // Opens the best-customer criteria dialog on the figures shown and the open database;
    // after it saves a version, the figures are computed again. nullptr without figures.
    CriteriaDialog *editCriteria();
    // Opens File > Settings on the open company; after it saves the company's settings,
    // the data is loaded again.
    SettingsDialog *editSettings();
    // Opens the import wizard on the open database (asking for a new database file when
    // none is open), with these files already chosen; every view reloads after an import.
    void importData(const QStringList &files = {});

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void addView(const ViewDescriptor &descriptor);
    void createActions();
    void onSnapshotReady();
    void onTrendReady();
    void onFailed(const QString &message);
    void onBusyChanged(bool busy);
    void onPeriodChanged(const Period &period);
    void updateTitle();
    void announceChartCopied(const QString &title);
    // Gives the view the snapshot (and trend) on show, unless it has them already.
    void syncView(ReportView *view);
    void showError(const QString &title, const QString &text);
    void updateActions();
    // Monthly for a month, quarterly for a quarter; none for a year.
    std::optional<PackKind> packKind() const;
    // False, after saying so in a message box, when the period has no pack (a year).
    bool checkPackPeriod();
    // The other desks on a shared company (mainwindowlive.cpp).
    void setUpLive();
    void listenTo(const QString &spec);
    void reloadWhenIdle();

    MetricsService *m_service = nullptr;
    std::shared_ptr<const MetricsSnapshot> m_snapshot;
    bool m_defaultPeriodPending = true;
    QString m_spec;
    HelpDialog *m_help = nullptr;

    FitText *m_companyLabel = nullptr;
    FilterBar *m_filterBar = nullptr;
    PeriodSelector *m_periodSelector = nullptr;
    NavigationList *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QSplitter *m_split = nullptr;
    bool m_navigationMoved = false; // the user dragged the splitter: the width is theirs
    bool m_remembers = false;
    // The views, or the page saying which company is opening (no other company's figures
    // are shown meanwhile) or why it could not be.
    QStackedWidget *m_body = nullptr;
    QLabel *m_opening = nullptr;
    QLabel *m_asOfLabel = nullptr;
    QLabel *m_busyLabel = nullptr;
    QProgressBar *m_busyBar = nullptr;
    theme::Theme m_theme = theme::Theme::standard();
    QList<ReportView *> m_views;
    struct Shown
    {
        std::shared_ptr<const MetricsSnapshot> snapshot;
        std::shared_ptr<const TrendSnapshot> trend;
    };
    // What each view was last given (views behind the one on show fall behind).
    QHash<ReportView *, Shown> m_shown;
    QStringList m_viewNames; // the registry's names, by position
    QList<QAction *> m_needsData;
    // Disabled, saying why, on a company this desk may not change (a read-only role).
    QList<QAction *> m_needsWrite;
    QAction *m_previousAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_criteriaAction = nullptr;
    ChangeListener *m_listener = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QTimer *m_liveReload = nullptr;
    QString m_liveNote;
};

} // namespace acc
