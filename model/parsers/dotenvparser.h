#pragma once

#include "../deploymentmodel.h"
#include "../parsecontext.h"
#include "../sourcefile.h"

namespace tfi {

// dotenv files (.env, .env.<name>, <name>.env and templates) into DotenvFile.
// Appends what it finds to `out`; anything unreadable becomes a diagnostic naming the file and line.
void parseDotenv(const SourceFile &file, const ParseContext &context, DeploymentModel &out);

// The entries of dotenv text (export prefix, quotes, escapes, multi-line values, comments).
// Shared with Compose, which reads env_file and the project's .env for interpolation.
QList<EnvVar> parseDotenvEntries(const QString &path, const QByteArray &content, Diagnostics &diagnostics);

// True for template names: .env.example, .env.sample, .env.template, .env.dist, *-sample, *.example ...
bool isDotenvTemplateName(const QString &fileName);

} // namespace tfi
