#pragma once

#include "../deploymentmodel.h"
#include "../parsecontext.h"
#include "../sourcefile.h"

namespace tfi {

// kustomization.yaml / .yml / Kustomization, read as plain YAML into KustomizationInfo.
// Appends what it finds to `out`; anything unreadable becomes a diagnostic naming the file and line.
void parseKustomization(const SourceFile &file, const ParseContext &context, DeploymentModel &out);

} // namespace tfi
