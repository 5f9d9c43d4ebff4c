#pragma once

#include "../deploymentmodel.h"
#include "../parsecontext.h"
#include "../sourcefile.h"

namespace tfi {

// Kubernetes manifests (multi-document YAML): workloads, Services, ConfigMaps, Secrets,
// Ingresses, HPAs and PDBs. Unknown kinds (CRDs) are ignored; a Kustomization file is not parsed here.
// Appends what it finds to `out`; anything unreadable becomes a diagnostic naming the file and line.
void parseKubernetesYaml(const SourceFile &file, const ParseContext &context, DeploymentModel &out);

} // namespace tfi
