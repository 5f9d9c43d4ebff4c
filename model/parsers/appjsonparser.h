#pragma once

#include "../deploymentmodel.h"
#include "../parsecontext.h"
#include "../sourcefile.h"

namespace tfi {

// Heroku app.json: env, formation, scripts, addons and environments.
// Appends what it finds to `out`; anything unreadable becomes a diagnostic naming the file and line.
void parseAppJson(const SourceFile &file, const ParseContext &context, DeploymentModel &out);

} // namespace tfi
