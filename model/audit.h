#pragma once

#include "auditresult.h"
#include "parsecontext.h"
#include "reposnapshot.h"

#include <atomic>
#include <functional>

namespace tfi {

struct AuditOptions
{
    QString path;
    QString revision;
    ParseLimits limits;
    int historyLimit = 10000; // commits of history scanned for secrets; 0 turns the history scan off
    // Phase text ("Reading files", "Parsing manifests") and progress; called from the audit thread.
    std::function<void(const QString &phase, int done, int total, const QString &path)> progress;
    const std::atomic_bool *cancelled = nullptr;
};

// Runs a whole audit: load, parse, build the model, derive the sections, apply the rules.
// Returns nullptr and fills `error` when the repository cannot be read at all; anything less
// (a broken file) is a diagnostic in the result. Safe to call from any thread.
AuditResultPtr runAudit(const AuditOptions &options, LoadError &error);

} // namespace tfi
