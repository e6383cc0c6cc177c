#include "metricsservice.h"
#include "fitcache.h"

#include "bestviewfigures.h"

#include "engine/modelstage.h"

#include "storage/database.h"
#include "storage/datastore.h"
#include "storage/requeststore.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace acc {

namespace {

// The trend of the scorecard's figures for the snapshot; nullptr when cancelled.
std::shared_ptr<const TrendSnapshot> trendOf(const std::shared_ptr<const MetricsSnapshot> &snapshot,
                                             const std::atomic_bool *cancel)
{
    auto out = std::make_shared<TrendSnapshot>();
    out->snapshot = snapshot;
    if (!snapshot || !snapshot->data)
        return out;
    QStringList keys;
    for (const scorecard::Row &row : scorecard::rows(snapshot->report.targets))
        keys.append(row.key);
    auto trend = scorecard::computeTrend(*snapshot->data, snapshot->report.days.period, keys, cancel);
    if (!trend)
        return nullptr;
    out->trend = std::move(*trend);
    return out;
}

} // namespace

MetricsService::MetricsService(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &MetricsService::finished);
    connect(&m_trendWatcher, &QFutureWatcher<TrendOutcome>::finished, this, &MetricsService::trendFinished);
    connect(&m_modelWatcher, &QFutureWatcher<Outcome>::finished, this, &MetricsService::modelFinished);
    m_trendPool.setMaxThreadCount(1);
}

MetricsService::~MetricsService()
{
    cancelTrend();
    m_watcher.waitForFinished();
    m_modelWatcher.waitForFinished();
    m_trendWatcher.waitForFinished();
    m_trendPool.waitForDone(); // cancelled stages stop before their next period
}

void MetricsService::setDatabase(const QString &spec)
{
    m_spec = spec;
    // The old company's figures go at once: nothing of it is shown, or kept, from here.
    m_data.reset();
    m_choices.reset();
    m_snapshot.reset();
    m_trend.reset();
    m_models.clear();
    m_reloadData = true;
    start();
}

void MetricsService::setPeriod(const Period &period)
{
    if (period == m_period && m_snapshot)
        return;
    m_period = period;
    start();
}

void MetricsService::setFilter(const DataFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    start();
}

void MetricsService::reload()
{
    m_reloadData = true;
    start();
}

void MetricsService::recompute()
{
    start();
}

std::shared_ptr<const MetricsSnapshot> MetricsService::compute(std::shared_ptr<const Dataset> data,
                                                               const QString &spec,
                                                               const MetricsRequest &request,
                                                               const DataFilter &filter)
{
    return computeSnapshot(std::move(data), spec, request, filter);
}

std::shared_ptr<MetricsSnapshot> MetricsService::computeSnapshot(std::shared_ptr<const Dataset> data,
                                                                 const QString &spec,
                                                                 const MetricsRequest &request,
                                                                 const DataFilter &filter,
                                                                 std::shared_ptr<const FilterChoices> choices)
{
    auto snapshot = std::make_shared<MetricsSnapshot>();
    snapshot->spec = spec;
    snapshot->filter = filter;
    snapshot->filterChoices =
        choices ? std::move(choices) : std::make_shared<const FilterChoices>(filterChoices(*data));
    if (!filter.isEmpty())
        data = std::make_shared<const Dataset>(filterDataset(*data, filter));
    if (request.cancelled())
        return nullptr;
    snapshot->report = computeMetrics(*data, request);
    if (request.cancelled())
        return nullptr;
    snapshot->facts = std::make_shared<const CustomerFacts>(computeCustomerFacts(*data, snapshot->report));
    snapshot->bestView = std::make_shared<const BestViewFigures>(
        BestViewFigures::compute(*data, *snapshot->facts, snapshot->report));
    snapshot->data = std::move(data);
    return snapshot;
}

std::shared_ptr<const TrendSnapshot>
MetricsService::computeTrend(const std::shared_ptr<const MetricsSnapshot> &snapshot)
{
    return trendOf(snapshot, nullptr);
}

void MetricsService::start()
{
    if (m_spec.isEmpty() || !m_period.isValid())
        return;
    ++m_generation;
    cancelTrend(); // its snapshot is about to be replaced: the CPU goes to the new one
    if (m_watcher.isRunning()) {
        // Its figures are no longer wanted; its data still is, unless another database (or
        // a reload) is asked for.
        m_cancel->figures.store(true);
        if (m_reloadData)
            m_cancel->load.store(true);
        m_pending = true; // picked up when the running computation delivers
        return;
    }
    m_pending = false;
    const QString spec = m_spec;
    const Period period = m_period;
    const DataFilter filter = m_filter;
    const quint64 generation = m_generation;
    std::shared_ptr<const Dataset> data = m_reloadData ? nullptr : m_data;
    std::shared_ptr<const FilterChoices> choices = data ? m_choices : nullptr;
    m_reloadData = false;
    m_cancel = std::make_shared<Cancel>();
    m_watcher.setFuture(
        QtConcurrent::run([spec, period, filter, generation, data, choices, cancel = m_cancel]() mutable {
            Outcome out;
            out.generation = generation;
            Database db; // a connection of this worker thread's own
            QString error;
            if (!db.open(spec, &error, Database::Mode::ReadOnly)) {
                out.error = error;
                return out;
            }
            if (!data) {
                auto loaded = loadDataset(db, &error, &cancel->load);
                if (!loaded) {
                    out.cancelled = error.isEmpty();
                    out.error = error;
                    return out;
                }
                data = std::make_shared<const Dataset>(std::move(*loaded));
            }
            // Criteria and targets are read for every computation: they change more often than
            // the data, and cost a few rows.
            const auto request = storedRequest(db, period, &error);
            if (!request) {
                out.error = error;
                return out;
            }
            out.data = data;
            MetricsRequest first = *request;
            first.withModel = false; // the model stage adds it (startModel)
            first.cancel = &cancel->figures;
            auto snapshot = computeSnapshot(std::move(data), spec, first, filter, std::move(choices));
            if (!snapshot) {
                out.cancelled = true;
                return out;
            }
            snapshot->modelPending = request->withModel;
            // Read here, off the GUI thread, with the data they annotate (the Loss review's
            // corrected reasons); none on failure, as the view would show without them.
            snapshot->exitCalls = std::make_shared<const QList<ExitCall>>(
                ExitCallStore(db).all(&error).value_or(QList<ExitCall>{}));
            snapshot->computation = generation;
            snapshot->readOnly = db.editRefusal();
            out.snapshot = std::move(snapshot);
            return out;
        }));
    setBusy(true);
}

void MetricsService::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void MetricsService::finished()
{
    const Outcome out = m_watcher.result();
    if (out.data && out.data != m_data) {
        // A reload of an unchanged database keeps its fits.
        if (!m_data || m_data->fingerprint != out.data->fingerprint)
            m_models.clear();
        m_data = out.data;
        m_choices = out.snapshot ? out.snapshot->filterChoices : nullptr;
    }
    if (m_pending) {
        start();
        return;
    }
    if (out.cancelled) { // a newer computation replaced it and has already run
        setBusy(m_modelWatcher.isRunning());
        return;
    }
    if (!out.error.isEmpty()) {
        setBusy(m_modelWatcher.isRunning());
        emit failed(out.error);
        return;
    }
    if (out.generation != m_generation) {
        setBusy(m_modelWatcher.isRunning());
        return;
    }
    m_snapshot = out.snapshot;
    m_trend.reset();
    emit snapshotReady();
    if (m_snapshot->modelPending) {
        startModel();
    } else {
        setBusy(m_modelWatcher.isRunning());
        startTrend();
    }
}

void MetricsService::startModel()
{
    if (m_modelWatcher.isRunning()) {
        // A fit for a period left behind cannot be stopped half way: this one starts when
        // it is done (modelFinished), and its fit is kept for when that period comes back.
        m_modelQueued = true;
        return;
    }
    m_modelQueued = false;
    const std::shared_ptr<const MetricsSnapshot> first = m_snapshot;
    const ModelKey key{m_data ? m_data->fingerprint : 0, first->filter, first->report.days.stateDay};
    std::shared_ptr<const CustomerBaseFigures> cached;
    for (const auto &entry : std::as_const(m_models)) {
        if (entry.first == key)
            cached = entry.second;
    }
    // Kept when it is made, for the data's fingerprint: a reload of an unchanged database
    // finds it; other data clears the cache.
    m_pendingModelKey = cached ? std::nullopt : std::optional<ModelKey>(key);
    const quint64 generation = m_generation;
    const QString folder = key.data != 0 ? m_fitFolder : QString();
    m_modelWatcher.setFuture(QtConcurrent::run([first, cached, generation, key, folder]() {
        Outcome out;
        out.generation = generation;
        auto full = std::make_shared<MetricsSnapshot>(*first);
        full->modelPending = false;
        std::optional<CustomerBaseFigures> fit =
            cached ? std::optional(*cached) : fitcache::read(folder, key.data, key.filter, key.stateDay);
        if (!fit) {
            fit = computeCustomerBaseFigures(*first->data, first->report.days.stateDay);
            out.fitted = true;
            fitcache::write(folder, key.data, key.filter, key.stateDay, *fit);
        }
        addCustomerBaseModel(full->report, std::move(*fit));
        auto facts = std::make_shared<CustomerFacts>(*first->facts);
        applyCustomerBaseModel(*facts, full->report.service.model);
        full->facts = std::move(facts);
        out.snapshot = std::move(full);
        return out;
    }));
}

void MetricsService::modelFinished()
{
    const Outcome out = m_modelWatcher.result();
    m_fitsMade += out.fitted ? 1 : 0;
    if (out.snapshot && m_pendingModelKey && m_data && m_pendingModelKey->data == m_data->fingerprint) {
        m_models.append({*m_pendingModelKey,
                         std::make_shared<const CustomerBaseFigures>(out.snapshot->report.service.model)});
        constexpr qsizetype kKeptFits = 24;
        while (m_models.size() > kKeptFits)
            m_models.removeFirst();
    }
    m_pendingModelKey.reset();
    if (m_watcher.isRunning() || m_pending)
        return; // a newer computation runs: it delivers and starts its own model stage
    if (m_modelQueued && m_snapshot && m_snapshot->modelPending) {
        startModel(); // the model of the snapshot on show, asked for while this one ran
        return;
    }
    m_modelQueued = false;
    setBusy(false);
    if (out.generation != m_generation || !out.snapshot)
        return;
    m_snapshot = out.snapshot;
    m_trend.reset();
    emit snapshotReady();
    startTrend();
}

void MetricsService::cancelTrend()
{
    if (m_trendCancel)
        m_trendCancel->store(true);
}

void MetricsService::startTrend()
{
    if (!m_snapshot)
        return;
    cancelTrend();
    m_trendCancel = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<const MetricsSnapshot> snapshot = m_snapshot;
    const std::shared_ptr<std::atomic_bool> cancel = m_trendCancel;
    const quint64 generation = m_generation;
    // A stage still finishing after its cancel is left to stop by itself (on the trend
    // pool's one thread, queued before this one): the watcher follows the new one only.
    m_trendWatcher.setFuture(QtConcurrent::run(&m_trendPool, [snapshot, cancel, generation]() {
        TrendOutcome out;
        out.generation = generation;
        out.trend = trendOf(snapshot, cancel.get());
        return out;
    }));
    m_trendBusy = true;
}

void MetricsService::trendFinished()
{
    const TrendOutcome out = m_trendWatcher.result();
    m_trendBusy = false;
    // Dropped when a newer computation was asked for since, or cancelled.
    if (!out.trend || out.generation != m_generation || !out.trend->belongsTo(m_snapshot))
        return;
    m_trend = out.trend;
    emit trendReady();
}

void MetricsService::waitForIdle()
{
    // The watcher reports through posted events: deliver them until nothing is pending.
    while (m_busy || m_trendBusy) {
        m_watcher.waitForFinished();
        m_modelWatcher.waitForFinished();
        m_trendWatcher.waitForFinished();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

} // namespace acc
