#pragma once

#include "../deploymentmodel.h"
#include "../parsecontext.h"
#include "../sourcefile.h"

namespace tfi {

// Compose files (compose.yaml, docker-compose.yml, their .override and .<env> variants) into
// ComposeFileInfo, with interpolation from the project directory's .env.
// Appends what it finds to `out`; anything unreadable becomes a diagnostic naming the file and line.
void parseCompose(const SourceFile &file, const ParseContext &context, DeploymentModel &out);

// The effective services of one Compose project: the files in order (base first, then overrides),
// merged by Compose's rules (scalars replaced; ports, expose, dns appended; environment, labels and
// volumes merged by key/target). The result's services carry provenance from the file that set
// each value last, and `environment` as given.
QList<Workload> mergeComposeFiles(const QList<ComposeFileInfo> &filesInOrder, const QString &environment);

} // namespace tfi
