#include "criteriapreviewservice.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace acc {

CriteriaPreviewService::CriteriaPreviewService(QObject *parent)
    : QObject(parent)
{
    m_debounce.setSingleShot(true);
    connect(&m_debounce, &QTimer::timeout, this, &CriteriaPreviewService::start);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &CriteriaPreviewService::finished);
}

// The worker holds its own reference to the preview and its set: a closed dialog need
// not wait for it.
CriteriaPreviewService::~CriteriaPreviewService() = default;

void CriteriaPreviewService::setPreview(std::shared_ptr<CriteriaPreview> preview)
{
    cancel();
    m_preview = std::move(preview);
    m_figures.reset();
}

void CriteriaPreviewService::request(const CriteriaSet &set, int delayMs)
{
    if (!m_preview)
        return;
    ++m_generation;
    m_pendingSet = set;
    setBusy(true);
    m_debounce.start(std::max(0, delayMs));
}

void CriteriaPreviewService::cancel()
{
    ++m_generation;
    m_pendingSet.reset();
    m_debounce.stop();
    setBusy(m_watcher.isRunning());
}

void CriteriaPreviewService::start()
{
    if (!m_pendingSet || !m_preview || m_watcher.isRunning())
        return; // a running computation starts the waiting one when it delivers
    const CriteriaSet set = std::move(*m_pendingSet);
    m_pendingSet.reset();
    const quint64 generation = m_generation;
    std::shared_ptr<CriteriaPreview> preview = m_preview;
    m_watcher.setFuture(QtConcurrent::run([preview, set, generation] {
        return Outcome{preview->compute(set), generation};
    }));
}

void CriteriaPreviewService::finished()
{
    Outcome out = m_watcher.result();
    if (out.generation == m_generation) {
        m_figures = std::move(out.figures);
        m_figuresGeneration = out.generation;
        setBusy(false);
        emit ready();
        return;
    }
    // Stale: the rules changed while it ran. Run the newest now unless its debounce waits.
    if (m_pendingSet && !m_debounce.isActive())
        start();
    else if (!m_pendingSet)
        setBusy(false);
}

void CriteriaPreviewService::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void CriteriaPreviewService::waitForIdle()
{
    while (m_busy) {
        if (m_debounce.isActive()) {
            m_debounce.stop();
            start();
        }
        m_watcher.waitForFinished();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

} // namespace acc
