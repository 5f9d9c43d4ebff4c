#pragma once

#include "../deploymentmodel.h"
#include "../parsecontext.h"
#include "../sourcefile.h"

namespace tfi {

// render.yaml: services, envVars, envVarGroups and databases.
// Appends what it finds to `out`; anything unreadable becomes a diagnostic naming the file and line.
void parseRenderYaml(const SourceFile &file, const ParseContext &context, DeploymentModel &out);

} // namespace tfi
