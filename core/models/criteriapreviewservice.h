#pragma once

#include "criteria/criteriapreview.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace acc {

// Runs CriteriaPreview off the GUI thread for the criteria dialog: each request() restarts
// a short debounce; then the newest set asked for is computed on a worker (one at a time:
// a request made meanwhile waits for the running one, then only the newest runs). Every
// request takes a new generation number, and a result of an older generation is dropped,
// so what is shown is always the figures of the rules as they stand.
class CriteriaPreviewService final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 60;

    explicit CriteriaPreviewService(QObject *parent = nullptr);
    ~CriteriaPreviewService() override;

    void setPreview(std::shared_ptr<CriteriaPreview> preview);
    const std::shared_ptr<CriteriaPreview> &preview() const { return m_preview; }

    // Asks for the figures of set, computed after delayMs without another request.
    void request(const CriteriaSet &set, int delayMs = kDebounceMs);
    // Forgets the waiting request and drops the running one's result (the rules became
    // invalid): nothing is delivered until the next request.
    void cancel();

    // The newest figures delivered, for the set of generation figuresGeneration().
    const std::optional<PreviewFigures> &figures() const { return m_figures; }
    quint64 generation() const { return m_generation; }
    quint64 figuresGeneration() const { return m_figuresGeneration; }
    // A request waits for its debounce or is being computed.
    bool isBusy() const { return m_busy; }
    // For tests: runs the waiting request now and waits until it is delivered.
    void waitForIdle();

signals:
    void ready();
    void busyChanged(bool busy);

private:
    struct Outcome
    {
        PreviewFigures figures;
        quint64 generation = 0;
    };
    void start();
    void finished();
    void setBusy(bool busy);

    std::shared_ptr<CriteriaPreview> m_preview;
    std::optional<CriteriaSet> m_pendingSet;
    quint64 m_generation = 0;
    quint64 m_figuresGeneration = 0;
    bool m_busy = false;
    std::optional<PreviewFigures> m_figures;
    QTimer m_debounce;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace acc
