#include "importjob.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace acc {

ImportJob::ImportJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<import::ImportReport>::finished, this, [this] {
        m_report = m_watcher.result();
        emit finished();
    });
}

ImportJob::~ImportJob()
{
    cancel();
    m_watcher.waitForFinished();
}

void ImportJob::start(const QString &databaseSpec, const QList<import::ImportFile> &files,
                      const import::ImportOptions &options)
{
    if (m_watcher.isRunning())
        return;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_report = {};
    auto cancelFlag = m_cancel;
    // The destructor waits for the worker, so `this` outlives it; progress calls queued on
    // the GUI thread are dropped by Qt if the job is gone by then.
    m_watcher.setFuture(QtConcurrent::run([this, databaseSpec, files, options, cancelFlag]() {
        import::ImportOptions opts = options;
        opts.cancel = cancelFlag.get();
        opts.progress = [this](const import::ImportProgress &p) {
            const double fraction = p.bytesTotal > 0 ? double(p.bytesDone) / double(p.bytesTotal) : 0.0;
            QMetaObject::invokeMethod(
                this, [this, fraction, file = p.file, rows = p.rows] { emit progress(fraction, file, rows); },
                Qt::QueuedConnection);
        };
        Database db; // this worker thread's own connection
        QString error;
        if (!db.open(databaseSpec, &error)) {
            import::ImportReport report;
            report.validateOnly = opts.validateOnly;
            report.addError({QString(), 0, QString(), QString(), error});
            return report;
        }
        import::Importer importer(db);
        return importer.run(files, opts);
    }));
}

void ImportJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ImportJob::wait()
{
    m_watcher.waitForFinished();
    QCoreApplication::sendPostedEvents(this);
    QCoreApplication::processEvents();
}

} // namespace acc
