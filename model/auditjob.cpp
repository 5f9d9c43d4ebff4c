#include "auditjob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace tfi {

AuditJob::AuditJob(QObject *parent) : QObject(parent) {}

AuditJob::~AuditJob()
{
    cancel();
    waitForIdle();
}

quint64 AuditJob::start(AuditOptions options)
{
    cancel();
    const quint64 generation = ++m_generation;
    auto cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_cancelFlag = cancelFlag;
    m_running = true;
    Q_EMIT started(generation, options.path);

    // The destructor waits for every audit thread, so `self` outlives the threads that use it.
    AuditJob *self = this;
    // Progress is throttled: the audit reports per file, the GUI needs a few updates a second.
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto lastReport = std::make_shared<std::atomic<qint64>>(-1000);
    options.progress = [self, generation, clock, lastReport](const QString &phase, int done, int total,
                                                             const QString &path) {
        const qint64 now = clock->elapsed();
        if (done != total && now - lastReport->load() < 50)
            return;
        lastReport->store(now);
        QMetaObject::invokeMethod(
            self,
            [self, generation, phase, done, total, path] {
                if (self->m_generation == generation)
                    Q_EMIT self->progress(phase, done, total, path);
            },
            Qt::QueuedConnection);
    };
    options.cancelled = cancelFlag.get();

    auto active = m_activeThreads;
    ++*active;
    [[maybe_unused]] auto future = QtConcurrent::run([self, generation, options, cancelFlag, active] {
        LoadError error;
        AuditResultPtr result = runAudit(options, error);
        if (cancelFlag->load())
            error.kind = LoadError::Kind::Cancelled;
        QMetaObject::invokeMethod(
            self, [self, generation, result, error] { self->deliver(generation, result, error); },
            Qt::QueuedConnection);
        --*active;
    });
    return generation;
}

void AuditJob::cancel()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

void AuditJob::waitForIdle()
{
    while (m_activeThreads->load() > 0)
        QThread::msleep(5);
}

void AuditJob::deliver(quint64 generation, AuditResultPtr result, const LoadError &error)
{
    if (generation != m_generation)
        return; // superseded by a newer audit
    m_running = false;
    if (error.kind == LoadError::Kind::Cancelled) {
        Q_EMIT cancelled();
        return;
    }
    if (!result) {
        Q_EMIT failed(error.message);
        return;
    }
    Q_EMIT finished(result);
}

} // namespace tfi
