#pragma once

#include "../deploymentmodel.h"
#include "../parsecontext.h"
#include "../sourcefile.h"

namespace tfi {

// Dockerfile / Containerfile into DockerfileInfo.
// Appends what it finds to `out`; anything unreadable becomes a diagnostic naming the file and line.
void parseDockerfile(const SourceFile &file, const ParseContext &context, DeploymentModel &out);

} // namespace tfi
