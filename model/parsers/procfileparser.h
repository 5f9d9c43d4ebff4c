#pragma once

#include "../deploymentmodel.h"
#include "../parsecontext.h"
#include "../sourcefile.h"

namespace tfi {

// Procfile: one Workload (kind Procfile) per process type; `release` also becomes an AdminTask.
// Appends what it finds to `out`; anything unreadable becomes a diagnostic naming the file and line.
void parseProcfile(const SourceFile &file, const ParseContext &context, DeploymentModel &out);

} // namespace tfi
