#pragma once

#include "import/importer.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace acc {

// Runs an import (or a validate-only pass) on a worker thread with a database connection
// of its own, reports progress on the GUI thread and can be cancelled: on cancel nothing
// is written, the transaction is rolled back.
class ImportJob final : public QObject
{
    Q_OBJECT
public:
    explicit ImportJob(QObject *parent = nullptr);
    ~ImportJob() override;

    void start(const QString &databaseSpec, const QList<import::ImportFile> &files,
               const import::ImportOptions &options);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    // Blocks until the job has finished (tests, closing the window).
    void wait();

    const import::ImportReport &report() const { return m_report; }

signals:
    // Fraction of the bytes read so far (0..1), the file being read and rows read.
    void progress(double fraction, const QString &file, qint64 rows);
    void finished();

private:
    QFutureWatcher<import::ImportReport> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    import::ImportReport m_report;
};

} // namespace acc
