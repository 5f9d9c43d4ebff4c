#pragma once

#include "../deploymentmodel.h"
#include "../parsecontext.h"
#include "../sourcefile.h"

namespace tfi {

// Helm, read as plain YAML. Chart.yaml becomes a HelmChartInfo; the model builder lists the chart's
// values and template files. Appends what it finds to `out`; anything unreadable becomes a
// diagnostic naming the file and line.
void parseHelmChartFile(const SourceFile &file, const ParseContext &context, DeploymentModel &out);

// A values file (values.yaml, values-prod.yaml, values.prod.yaml, values/prod.yaml) flattened into
// HelmValuesFile ("image.tag" -> value, with provenance). chartDirectory is the chart it belongs to.
void parseHelmValues(const SourceFile &file, const QString &chartDirectory, const ParseContext &context,
                     DeploymentModel &out);

// Templates annotated as helm.sh/hook (pre-install, post-upgrade, ...) become AdminTasks of the chart.
void parseHelmTemplate(const SourceFile &file, const QString &chartDirectory, const ParseContext &context,
                       DeploymentModel &out);

} // namespace tfi
