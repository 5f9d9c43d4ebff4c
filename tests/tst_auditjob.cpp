// The background audit: results arrive on the owner's thread, a newer audit supersedes an older
// one, cancelling ends cleanly, and errors arrive as messages.
#include "auditjob.h"
#include "scratchrepo.h"

#include <QSignalSpy>
#include <QtTest>

using namespace tfi;

class TestAuditJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void deliversOneImmutableResult();
    void newerAuditSupersedesOlder();
    void cancelEndsWithoutResult();
    void missingPathFails();
    void progressArrivesOnOwnerThread();

private:
    std::unique_ptr<test::ScratchRepo> m_repo;
};

void TestAuditJob::init()
{
    m_repo = std::make_unique<test::ScratchRepo>();
    QVERIFY(m_repo->isValid());
    m_repo->write(u"Procfile"_qs,
                  "web: gunicorn app:app --bind 0.0.0.0:$PORT\nrelease: python manage.py migrate\n");
    m_repo->write(u"requirements.txt"_qs, "gunicorn==21.2.0\n");
    for (int i = 0; i < 40; ++i)
        m_repo->write(u"k8s/svc%1.yaml"_qs.arg(i),
                      "apiVersion: v1\nkind: Service\nmetadata:\n  name: svc" + QByteArray::number(i) +
                          "\nspec:\n  selector:\n    app: web\n  ports:\n    - port: 80\n");
    m_repo->commit(u"initial"_qs);
}

void TestAuditJob::deliversOneImmutableResult()
{
    AuditJob job;
    QSignalSpy finished(&job, &AuditJob::finished);
    AuditOptions options;
    options.path = m_repo->root();
    options.historyLimit = 0;
    job.start(options);
    QVERIFY(job.isRunning());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.count(), 1);
    const auto result = finished.constFirst().constFirst().value<AuditResultPtr>();
    QVERIFY(result);
    QCOMPARE(result->factors.size(), 12);
    QVERIFY(!job.isRunning());
}

void TestAuditJob::newerAuditSupersedesOlder()
{
    AuditJob job;
    QSignalSpy finished(&job, &AuditJob::finished);
    QSignalSpy cancelled(&job, &AuditJob::cancelled);
    AuditOptions first;
    first.path = m_repo->root();
    job.start(first);
    // The second audit reads another revision: its result is recognisable.
    m_repo->write(u"Dockerfile"_qs, "FROM python:3.12-slim\nCMD [\"gunicorn\", \"app:app\"]\n");
    const QString second = m_repo->commit(u"add a Dockerfile"_qs);
    AuditOptions newer = first;
    newer.revision = second;
    const quint64 generation = job.start(newer);
    QCOMPARE(job.generation(), generation);
    QVERIFY(finished.wait(30000));
    job.waitForIdle();
    QCoreApplication::processEvents(); // deliveries of the first audit, if any, are queued
    QCOMPARE(finished.count(), 1);
    QCOMPARE(cancelled.count(), 0);
    const auto result = finished.constFirst().constFirst().value<AuditResultPtr>();
    QCOMPARE(result->repository.revision, second);
}

void TestAuditJob::cancelEndsWithoutResult()
{
    AuditJob job;
    QSignalSpy finished(&job, &AuditJob::finished);
    QSignalSpy cancelled(&job, &AuditJob::cancelled);
    AuditOptions options;
    options.path = m_repo->root();
    job.start(options);
    job.cancel();
    QVERIFY(cancelled.wait(30000) || finished.count() == 1);
    // Cancelling can lose the race with a very fast audit; it must never deliver both.
    QCOMPARE(cancelled.count() + finished.count(), 1);
    QVERIFY(!job.isRunning());
}

void TestAuditJob::missingPathFails()
{
    AuditJob job;
    QSignalSpy failed(&job, &AuditJob::failed);
    AuditOptions options;
    options.path = m_repo->root() + u"/does-not-exist"_qs;
    job.start(options);
    QVERIFY(failed.wait(30000));
    QVERIFY(failed.constFirst().constFirst().toString().contains(u"does-not-exist"_qs));
}

void TestAuditJob::progressArrivesOnOwnerThread()
{
    AuditJob job;
    QThread *owner = QThread::currentThread();
    bool allOnOwner = true;
    int reports = 0;
    connect(&job, &AuditJob::progress, this, [&](const QString &phase, int, int, const QString &) {
        allOnOwner &= QThread::currentThread() == owner;
        reports += phase.isEmpty() ? 0 : 1;
    });
    QSignalSpy finished(&job, &AuditJob::finished);
    AuditOptions options;
    options.path = m_repo->root();
    job.start(options);
    QVERIFY(finished.wait(30000));
    QVERIFY(reports > 0);
    QVERIFY(allOnOwner);
}

QTEST_GUILESS_MAIN(TestAuditJob)
#include "tst_auditjob.moc"
