#pragma once

#include "auditresult.h"

namespace tfi {

// The environment name used for values when the repository defines no environments.
QString defaultEnvironmentName();

// `processes` of the report: each workload with its joined port chain
// (containerPort <- Service port / nodePort, Compose published, fly external).
QList<ProcessEntry> buildProcesses(const DeploymentModel &model);

// `variables` of the report: per workload, each effective env var per environment,
// masked where sensitive, with keyed digests.
QList<VariableRow> buildVariables(const DeploymentModel &model);

} // namespace tfi
