#pragma once

#include "engine/customerfacts.h"
#include "engine/datafilter.h"
#include "engine/metrics.h"
#include "engine/scorecard.h"
#include "storage/exitcallstore.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <optional>

namespace acc {

struct BestViewFigures;

// One consistent picture for every view: the data set and the figures of one period.
struct MetricsSnapshot
{
    QString spec;
    // The data the figures are computed from: the company, or the slice the filter keeps.
    std::shared_ptr<const Dataset> data;
    DataFilter filter;
    // The values the filter can take, from the whole company.
    std::shared_ptr<const FilterChoices> filterChoices;
    MetricsReport report;
    // Every customer's figures on the report's state day (for the customer lists).
    std::shared_ptr<const CustomerFacts> facts;
    // The Best customers view's curve, grid and stage counts (models/bestviewfigures.h).
    std::shared_ptr<const BestViewFigures> bestView;
    // The window's first delivery: computed without the customer-base model, which the
    // service is fitting now and delivers next (report.modelComputed false meanwhile).
    bool modelPending = false;
    // The exit calls recorded, read with the request on the worker (nullptr on the
    // synchronous path: a view then reads them itself).
    std::shared_ptr<const QList<ExitCall>> exitCalls;
    // Which computation of the service made it (0: the synchronous path): its model stage's
    // snapshot keeps the number, so a view that shows no model figure can skip it.
    quint64 computation = 0;
    // Why the company cannot be changed from this desk (Database::editRefusal), or empty:
    // the views' editors are disabled and say it.
    QString readOnly;
};

// The second stage of a computation: the scorecard's figures over the periods before the
// snapshot's (scorecard::computeTrend), delivered after the snapshot so that they never
// delay its first paint.
struct TrendSnapshot
{
    // The snapshot the trend belongs to (see belongsTo(); it is not kept alive).
    std::weak_ptr<const MetricsSnapshot> snapshot;
    scorecard::Trend trend;

    bool belongsTo(const std::shared_ptr<const MetricsSnapshot> &s) const
    {
        return s && snapshot.lock() == s;
    }
};

// Computes the figures off the GUI thread. It loads the company data on a worker (with
// its own database connection, one per thread), reads the request stored with it (the
// criteria in force and the period's targets: storedRequest), computes the report for the
// chosen period, and hands the snapshot back on the GUI thread. A period change while a
// computation runs is queued; stale results are dropped, so the window never freezes and
// never shows figures of a period no longer chosen.
//
// The figures come in two deliveries (snapshotReady twice): first everything but the
// customer-base model (report.modelComputed false), as soon as it is computed, so the view
// on show follows a period switch at once; then the same snapshot with the BG/NBD and
// Gamma-Gamma fit added (modelstage.h), which takes longer on a large company. A fit is
// kept for the data and state day it was made on, so going back to a period seen before
// costs no second fit. isBusy() holds until the model stage has delivered.
//
// Once the model snapshot is delivered, a further stage computes its trend on a
// worker of its own (trendReady, trend()). A new computation cancels a running trend
// stage (it stops at the next period it would compute) and never waits for it; a trend
// of a snapshot no longer current is dropped.
class MetricsService final : public QObject
{
    Q_OBJECT
public:
    explicit MetricsService(QObject *parent = nullptr);
    ~MetricsService() override;

    // Opens another company database (SQLite path or postgresql:// URL) and reloads.
    void setDatabase(const QString &spec);
    const QString &database() const { return m_spec; }
    void setPeriod(const Period &period);
    const Period &period() const { return m_period; }
    // Computes every figure on the customers the filter keeps (datafilter.h).
    void setFilter(const DataFilter &filter);
    const DataFilter &filter() const { return m_filter; }
    // Reloads the data from the database (after an import, or a colleague's change).
    void reload();
    // Computes again on the data already loaded, with the request read afresh: after the
    // criteria in force or the period's targets changed.
    void recompute();

    std::shared_ptr<const MetricsSnapshot> snapshot() const { return m_snapshot; }
    // The trend of the current snapshot, or nullptr while it is computed.
    std::shared_ptr<const TrendSnapshot> trend() const { return m_trend; }
    // The main stage runs (the trend stage does not count: it never holds a view back).
    bool isBusy() const { return m_busy; }
    bool isTrendBusy() const { return m_trendBusy; }
    // How many customer-base fits this service has made (a fit found kept, in memory or on
    // disk, is not counted).
    int fitsMade() const { return m_fitsMade; }
    // Where fits are kept between runs (fitcache.h); empty (the default) keeps them in
    // memory only. The window uses the user's cache folder.
    void setFitFolder(const QString &folder) { m_fitFolder = folder; }
    // Blocks until the running computation (if any) and its trend have delivered. For
    // tests, screenshots and printing.
    void waitForIdle();

    // The synchronous path, for the command line and tests: the request as storedRequest()
    // reads it from the database (criteria in force, the period's targets), so the window,
    // `pack` and `metrics` compute the same report.
    static std::shared_ptr<const MetricsSnapshot> compute(std::shared_ptr<const Dataset> data,
                                                          const QString &spec, const MetricsRequest &request,
                                                          const DataFilter &filter = {});
    // The trend stage of the synchronous path: the trend of the scorecard's figures
    // (scorecard::rows of the snapshot's targets) for the snapshot's period, on its data.
    static std::shared_ptr<const TrendSnapshot>
    computeTrend(const std::shared_ptr<const MetricsSnapshot> &snapshot);

signals:
    void snapshotReady();
    void failed(const QString &message);
    void busyChanged(bool busy);
    // trend() holds the trend of the current snapshot.
    void trendReady();

private:
    struct Outcome
    {
        std::shared_ptr<const MetricsSnapshot> snapshot;
        std::shared_ptr<const Dataset> data; // the whole company, as loaded
        QString error;
        quint64 generation = 0;
        bool cancelled = false; // stopped for a newer computation: nothing to show
        bool fitted = false;    // the model stage made a fit (none was kept)
    };
    // Stops a running computation: its load (another database) or its figures (another
    // period or filter), checked every few thousand rows and between groups.
    struct Cancel
    {
        std::atomic_bool load{false};
        std::atomic_bool figures{false};
    };
    struct TrendOutcome
    {
        std::shared_ptr<const TrendSnapshot> trend; // nullptr when cancelled
        quint64 generation = 0;
    };
    // The customer-base model's fit, cached by the data and state day it was fitted on.
    struct ModelKey
    {
        quint64 data = 0; // the whole company's Dataset::fingerprint
        DataFilter filter;
        Day stateDay = kNoDay;
        bool operator==(const ModelKey &) const = default;
    };
    // choices: the filter's values, when already known for this data (computed otherwise).
    // nullptr when request.cancel stopped it.
    static std::shared_ptr<MetricsSnapshot>
    computeSnapshot(std::shared_ptr<const Dataset> data, const QString &spec, const MetricsRequest &request,
                    const DataFilter &filter, std::shared_ptr<const FilterChoices> choices = {});
    void start();
    void finished();
    void startModel();
    void modelFinished();
    void setBusy(bool busy);
    void startTrend();
    void trendFinished();
    void cancelTrend();

    QString m_spec;
    Period m_period;
    DataFilter m_filter;
    bool m_reloadData = true;
    bool m_pending = false;
    bool m_busy = false;
    quint64 m_generation = 0;
    std::shared_ptr<const Dataset> m_data;
    std::shared_ptr<const FilterChoices> m_choices; // of m_data, read once per load
    std::shared_ptr<const MetricsSnapshot> m_snapshot;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<Cancel> m_cancel; // of the running computation
    // The model stage: the snapshot with the BG/NBD and Gamma-Gamma fit added.
    QFutureWatcher<Outcome> m_modelWatcher;
    QList<std::pair<ModelKey, std::shared_ptr<const CustomerBaseFigures>>> m_models; // newest last
    std::optional<ModelKey> m_pendingModelKey; // the fit the running model stage makes, to keep
    bool m_modelQueued = false;                // the snapshot on show waits for the running fit to end
    int m_fitsMade = 0;
    QString m_fitFolder;
    bool m_trendBusy = false;
    std::shared_ptr<const TrendSnapshot> m_trend;
    // Set to true to stop the running trend stage; a new flag for every stage.
    std::shared_ptr<std::atomic_bool> m_trendCancel;
    // The trend stage's own worker: one thread, so a trend (even a cancelled one finishing
    // its period) never holds a main computation back waiting for a free pool thread.
    QThreadPool m_trendPool;
    QFutureWatcher<TrendOutcome> m_trendWatcher;
};

} // namespace acc
