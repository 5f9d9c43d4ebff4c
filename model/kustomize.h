#pragma once

#include "deploymentmodel.h"
#include "parsecontext.h"
#include "yamlutil.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace tfi {

// A Kustomize overlay built natively (no kubectl): resources, bases and components, generators,
// strategic-merge and JSON 6902 patches and the built-in transformers, following Kustomize v5.
// `yaml` is block-style YAML, one scalar per line; `origins` maps each of its lines to the file,
// line and column that set that value last (a base manifest, a patch, an images: entry, a
// generator literal, an env-file line, the kustomization line of a transformer).
// Remote resources are not fetched; they, missing files, cycles and malformed patches become
// diagnostics and the rest is still rendered.
struct KustomizeRender
{
    QByteArray yaml;
    std::shared_ptr<const LineOrigins> origins;
    Diagnostics diagnostics;
};

// `directory` is the repository-relative directory of a kustomization (or the kustomization file).
KustomizeRender renderKustomization(const QString &directory, const ParseContext &context);

// Renders and parses: the overlay's objects, each with `environment` set. Generated ConfigMaps and
// Secrets are marked `generated`. Locations point at the original files.
DeploymentModel renderKustomizeEnvironment(const QString &directory, const QString &environment,
                                           const ParseContext &context);

} // namespace tfi
