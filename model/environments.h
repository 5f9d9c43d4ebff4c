#pragma once

#include "auditresult.h"
#include "deploymentmodel.h"
#include "parsecontext.h"

namespace tfi {

// "production" -> "prod", "stg" -> "staging", "development"/"local" -> "dev", "ci" -> "test";
// other names stay as the repository names them (lower case).
QString canonicalEnvironmentName(const QString &name);
bool isDevEnvironment(const QString &canonicalName);
bool isProdEnvironment(const QString &canonicalName);

// Discovers the environments of the repository (Kustomize overlays, Helm values files, Compose
// override and environment files, dotenv files, app.json environments, platform files) and
// rewrites the model so that each workload appears once per environment it exists in, with
// `environment` set. Objects that only exist as the shared base of rendered overlays are
// replaced by their rendered forms.
QList<EnvironmentInfo> applyEnvironments(DeploymentModel &model, const ParseContext &context);

} // namespace tfi
