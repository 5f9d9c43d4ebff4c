#include "audit.h"

#include "modelbuilder.h"
#include "reportsections.h"
#include "rules/ruleengine.h"

#include <QCoreApplication>

namespace tfi {

namespace {

bool isCancelled(const AuditOptions &options)
{
    return options.cancelled && options.cancelled->load(std::memory_order_relaxed);
}

} // namespace

AuditResultPtr runAudit(const AuditOptions &options, LoadError &error)
{
    auto result = std::make_shared<AuditResult>();
    result->startedAt = QDateTime::currentDateTimeUtc();
    result->historyLimit = options.historyLimit;

    LoadOptions load;
    load.path = options.path;
    load.revision = options.revision;
    load.maxFileSize = options.limits.maxFileSize;
    load.cancelled = options.cancelled;
    if (options.progress) {
        const QString phase = QCoreApplication::translate("tfi::Audit", "Reading files");
        // `phase` is copied: the lambda outlives this block.
        load.progress = [&options, phase](int done, int total, const QString &path) {
            options.progress(phase, done, total, path);
        };
    }
    result->snapshot = loadSnapshot(load, error);
    if (!result->snapshot)
        return nullptr;
    result->repository = result->snapshot->info();
    result->diagnostics = result->snapshot->diagnostics();

    BuildOptions build;
    build.limits = options.limits;
    build.cancelled = options.cancelled;
    if (options.progress) {
        const QString phase = QCoreApplication::translate("tfi::Audit", "Parsing manifests");
        build.progress = [&options, phase](int done, int total, const QString &path) {
            options.progress(phase, done, total, path);
        };
    }
    result->model = buildDeploymentModel(*result->snapshot, build, &result->environments);
    if (isCancelled(options)) {
        error = {LoadError::Kind::Cancelled, QCoreApplication::translate("tfi::Audit", "cancelled")};
        return nullptr;
    }
    result->diagnostics.append(result->model.diagnostics);

    result->processes = buildProcesses(result->model);
    result->variables = buildVariables(result->model);
    if (options.progress)
        options.progress(QCoreApplication::translate("tfi::Audit", "Applying rules"), 0, 0, QString());
    applyRules(*result);
    result->finishedAt = QDateTime::currentDateTimeUtc();
    return result;
}

} // namespace tfi
