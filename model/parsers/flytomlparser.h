#pragma once

#include "../deploymentmodel.h"
#include "../parsecontext.h"
#include "../sourcefile.h"

namespace tfi {

// fly.toml: env, processes, services, http_service, deploy, kill signal and vm.
// Appends what it finds to `out`; anything unreadable becomes a diagnostic naming the file and line.
void parseFlyToml(const SourceFile &file, const ParseContext &context, DeploymentModel &out);

} // namespace tfi
