#pragma once

#include "auditresult.h"
#include "deploymentmodel.h"
#include "parsecontext.h"
#include "reposnapshot.h"

#include <atomic>
#include <functional>

namespace tfi {

struct BuildOptions
{
    ParseLimits limits;
    std::function<void(int done, int total, const QString &path)> progress;
    const std::atomic_bool *cancelled = nullptr;
};

// Parses every recognised file of the snapshot (in parallel), merges the results in path
// order, joins the formats (Compose overrides, Procfile with app.json, Helm chart files,
// Kustomize patch files), lays workloads out per environment and derives connections.
// The environments found go to `environments` when given.
DeploymentModel buildDeploymentModel(const RepoSnapshot &snapshot, const BuildOptions &options,
                                     QList<EnvironmentInfo> *environments = nullptr);

// An env var as the process sees it, with the value resolved through ConfigMaps and Secrets
// of the model where they are defined.
struct ResolvedEnvVar
{
    EnvVar var;             // as declared (location: where the name is declared)
    QString value;          // resolved value; empty when unknown
    bool resolved = false;  // value is known
    bool sensitive = false; // must be masked in every output
    Location valueLocation; // where the value was set (ConfigMap entry, .env line, ...)
};

// The effective environment of one container: envFrom objects first, then env (later wins),
// as Kubernetes and Compose apply them.
QList<ResolvedEnvVar> effectiveEnvironment(const DeploymentModel &model, const Workload &workload,
                                           const Container &container);

} // namespace tfi
