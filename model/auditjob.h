#pragma once

#include "audit.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

namespace tfi {

// Runs audits off the calling thread, one at a time from the owner's point of view: starting a
// new audit cancels the running one, and only the newest audit's result is ever delivered.
// Results arrive on the owner's thread as one immutable AuditResult.
class AuditJob final : public QObject
{
    Q_OBJECT
public:
    explicit AuditJob(QObject *parent = nullptr);
    ~AuditJob() override;

    // Starts an audit (the callbacks of `options` are replaced). Returns its generation number.
    quint64 start(AuditOptions options);
    void cancel();
    bool isRunning() const { return m_running; }
    quint64 generation() const { return m_generation; }
    // Blocks until every started audit thread has returned (used on shutdown and in tests).
    void waitForIdle();

Q_SIGNALS:
    void started(quint64 generation, const QString &path);
    void progress(const QString &phase, int done, int total, const QString &path);
    void finished(tfi::AuditResultPtr result);
    void failed(const QString &message);
    void cancelled();

private:
    struct Run;
    void deliver(quint64 generation, AuditResultPtr result, const LoadError &error);

    quint64 m_generation = 0;
    bool m_running = false;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    std::shared_ptr<std::atomic_int> m_activeThreads = std::make_shared<std::atomic_int>(0);
};

} // namespace tfi
